import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CLIENT_DIR = path.join(ROOT, "dist/client");

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds the client when there is no build or its sources changed since (a stale build tests old
 * code). Called once per test run from the global setup, so browser test files running side by
 * side never build into the same folder at once.
 */
export function ensureClientBuilt(): void {
  const index = path.join(CLIENT_DIR, "index.html");
  const sources = Math.max(newestIn(path.join(ROOT, "client")), newestIn(path.join(ROOT, "shared")));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  // Two test runs at once (a developer's and an editor's) must not build into one folder together.
  const lock = path.join(ROOT, "dist/.client-build.lock");
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`another client build holds ${lock}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
    // vitest sets NODE_ENV=test, which would make Vite build a development client.
    const build = spawnSync("npx", ["vite", "build"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
