import type { ChildProcess } from "node:child_process";

export type ChildMessage = { type: string } & Record<string, unknown>;

/** The next IPC message of `type` from a forked bench process; fails if it exits or stays silent. */
export const nextMessage = (child: ChildProcess, type: string, timeoutMs = 300_000): Promise<ChildMessage> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" from child in time`)), timeoutMs);
    const onMessage = (m: ChildMessage) => {
      if (m.type !== type) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(m);
    };
    child.on("message", onMessage);
    child.once("exit", (code) => reject(new Error(`child exited (${code}) waiting for "${type}"`)));
  });
