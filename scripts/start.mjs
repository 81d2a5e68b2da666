// `npm start`: build the client once if it is not built, then run the server on Node 22
// (node_modules/.bin/node, pinned by the `node` dev dependency), which runs TypeScript directly.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";

if (!fs.existsSync("dist/client/index.html")) {
  console.log("Building the client (first start)…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["server/main.ts"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
