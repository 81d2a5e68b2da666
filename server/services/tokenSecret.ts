import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The key that signs session tokens: TOKEN_SECRET when set, otherwise one generated on first start
 * and kept in the data folder, so tokens survive a restart. Several server processes behind one
 * database must share TOKEN_SECRET.
 */
export function loadTokenSecret(configured: string | undefined, dataDir: string): { secret: Uint8Array; generated: boolean } {
  if (configured) return { secret: new TextEncoder().encode(configured), generated: false };
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "token-secret");
  let generated = false;
  if (!fs.existsSync(file)) {
    try {
      fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
      generated = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  return { secret: new TextEncoder().encode(fs.readFileSync(file, "utf8").trim()), generated };
}
