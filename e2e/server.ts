// Starts a real Touchpoint server process on a fresh embedded data folder for browser tests.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ADMIN_EMAIL = "e2e-owner@example.com";
export const ADMIN_PASSWORD = "e2e owner password";

export interface E2eServer {
  url: string;
  stop(): Promise<void>;
}

/** `env`: more configuration for this server, such as `SMTP_URL` of a test mailbox. */
export function startE2eServer(env: Record<string, string> = {}): Promise<E2eServer> {
  const bin = path.resolve(import.meta.dirname, "../packages/server/bin/touchpoint.js");
  const child: ChildProcess = spawn(process.execPath, [bin, "serve"], {
    env: {
      ...process.env,
      PORT: "0",
      LOG_LEVEL: "warn",
      TOUCHPOINT_DATA_DIR: mkdtempSync(path.join(tmpdir(), "tp-e2e-")),
      TOUCHPOINT_ADMIN_EMAIL: ADMIN_EMAIL,
      TOUCHPOINT_ADMIN_PASSWORD: ADMIN_PASSWORD,
      TOUCHPOINT_WORKSPACE: "Siêu thị Điểm Chạm",
      ...env,
    },
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      resolve({
        url: match[1],
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}
