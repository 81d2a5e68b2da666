import fs from "node:fs";
import path from "node:path";

export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

export class DataDirInUseError extends Error {
  readonly pid: number;
  constructor(pid: number, dir: string) {
    super(`another Enclave server (pid ${pid}) is using the data folder ${dir}; stop it first or set another DATA_DIR`);
    this.pid = pid;
  }
}

/** Who holds the data folder right now, if anyone alive does. */
export function lockHolder(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "enclave.lock"), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the data folder for this process, so two servers never share one embedded database.
 * A lock left by a process that died is taken over; `onStale` says so.
 */
export function acquireDataDirLock(dataDir: string, onStale: (pid: number) => void): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "enclave.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.unlinkSync(file);
        } catch { /* already gone */ }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(fs.readFileSync(file, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isProcessAlive(pid)) throw new DataDirInUseError(pid, dataDir);
      onStale(pid);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock the data folder ${dataDir}`);
}
