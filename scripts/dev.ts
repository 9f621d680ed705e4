// `npm run dev`: the server restarting on change (node --watch) and the dashboard with hot reload (Vite),
// which forwards /api to the server. Open the URL Vite prints.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const children: ChildProcess[] = [
  spawn(process.execPath, ["--watch", "packages/server/bin/touchpoint.js", "serve"], {
    cwd: root,
    stdio: "inherit",
  }),
  spawn("npm", ["run", "dev", "--workspace", "@touchpoint/web"], { cwd: root, stdio: "inherit" }),
];

const stopAll = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.once("SIGINT", stopAll);
process.once("SIGTERM", stopAll);
for (const child of children) child.once("exit", stopAll);
