// The `touchpoint` command as an operator uses it: real processes on a temporary embedded data folder.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { exampleNpsSurvey } from "@touchpoint/core";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../packages/server/src/testing/test-database.ts";

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, "../packages/server/bin/touchpoint.js");
const dataDir = mkdtempSync(path.join(tmpdir(), "tp-cli-"));
const apiKey = `tp_${"k".repeat(40)}`;
const env = {
  ...process.env,
  TOUCHPOINT_DATA_DIR: dataDir,
  PORT: "0",
  LOG_LEVEL: "warn",
  TOUCHPOINT_ADMIN_EMAIL: "ops@example.com",
  TOUCHPOINT_ADMIN_PASSWORD: "operator password",
  TOUCHPOINT_WORKSPACE: "Công ty Ánh Dương",
  TOUCHPOINT_API_KEY: apiKey,
};
const touchpoint = (...args: string[]) => run(process.execPath, [bin, ...args], { env });

interface Serving {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function serve(command = "serve", ready = /running at (http:\/\/\S+)/, extraEnv = {}): Promise<Serving> {
  const child = spawn(process.execPath, [bin, command], { env: { ...env, ...extraEnv } });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ child, url: match[1] ?? "", output: () => output });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on("exit", resolve));

describe("touchpoint CLI", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
  });

  it("prints help for every command", async () => {
    for (const command of [
      [],
      ["serve"],
      ["worker"],
      ["migrate"],
      ["user", "create"],
      ["api-key", "create"],
      ["seed"],
      ["survey", "import"],
      ["survey", "export"],
      ["responses", "import"],
      ["interactions", "import"],
      ["customers", "import"],
      ["customers", "merge"],
      ["customers", "unmerge"],
      ["customers", "erase"],
      ["text", "analyze"],
    ]) {
      const { stdout } = await touchpoint(...command, "--help");
      expect(stdout, command.join(" ")).toContain("Usage: touchpoint");
    }
  });

  it("provisions the first workspace from the environment, refuses a second writer, and stops gracefully", async () => {
    const first = await serve();
    children.push(first.child);
    expect(first.output()).toContain('Created workspace "cong-ty-anh-duong" with owner ops@example.com');
    const me = await fetch(`${first.url}/api/v1/me`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(await me.json()).toMatchObject({ role: "owner", workspace: { slug: "cong-ty-anh-duong" } });

    const second = await touchpoint("migrate").catch((error: { code: number; stderr: string }) => error);
    expect(second).toMatchObject({ code: 1 });
    expect((second as { stderr: string }).stderr).toMatch(/is in use by process \d+ \(touchpoint serve\)/);

    first.child.kill("SIGTERM");
    expect(await exited(first.child)).toBe(0);
    expect(first.output()).toContain("Stopped.");

    const again = await serve();
    children.push(again.child);
    expect(again.output()).not.toContain("Created workspace");
    const login = await fetch(`${again.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "ops@example.com", password: "operator password" }),
    });
    expect(login.status).toBe(200);
    again.child.kill("SIGTERM");
    expect(await exited(again.child)).toBe(0);
  });

  it("creates users and prints a working API key once", async () => {
    await touchpoint(
      "user",
      "create",
      "--email",
      "Agent@Example.com",
      "--password",
      "agent password",
      "--workspace",
      "cong-ty-anh-duong",
      "--role",
      "agent",
    );
    const { stdout } = await touchpoint(
      "api-key",
      "create",
      "--workspace",
      "cong-ty-anh-duong",
      "--role",
      "viewer",
      "--name",
      "BI",
    );
    expect(stdout.trim()).toMatch(/^tp_[A-Za-z0-9_-]{43}$/);
    const bad = await touchpoint(
      "user",
      "create",
      "--email",
      "x@example.com",
      "--password",
      "short",
      "--workspace",
      "w",
    ).catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toContain("--password must be at least 10 characters");
  });

  it("stops with a one-line message naming a bad variable", async () => {
    const failure = await run(process.execPath, [bin, "migrate"], { env: { ...env, PORT: "eighty" } }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr.trim()).toMatch(/^Invalid PORT: [^\n]+$/);
  });

  it("finishes a request that is in flight when SIGTERM arrives", async () => {
    const server = await serve();
    children.push(server.child);
    const body = JSON.stringify({ email: "ops@example.com", password: "operator password" });
    const url = new URL(`${server.url}/api/v1/auth/login`);
    const response = new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      request.on("error", reject);
      request.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill("SIGTERM");
        setTimeout(() => request.end(body.slice(10)), 300);
      }, 200);
    });
    expect(await response).toBe(200);
    expect(await exited(server.child)).toBe(0);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "runs job workers as their own process on PostgreSQL",
    async () => {
      const testDb = await createTestDatabase("postgres");
      try {
        const worker = await serve("worker", /Worker started/, {
          DATABASE_URL: testDb.url,
          TOUCHPOINT_SECRET: "worker-secret-worker-secret-worker-secret",
        });
        children.push(worker.child);
        worker.child.kill("SIGTERM");
        expect(await exited(worker.child)).toBe(0);
      } finally {
        await testDb.dispose();
      }
    },
  );

  it("refuses a separate worker on the embedded database with a clear message", async () => {
    const failure = await touchpoint("worker").catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain("DATABASE_URL is required by touchpoint worker");
  });

  it("imports a CSV of responses into a survey with a progress bar and a per-row report", async () => {
    const server = await serve();
    children.push(server.child);
    const headers = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };
    const created = await fetch(`${server.url}/api/v1/surveys`, {
      method: "POST",
      headers,
      body: JSON.stringify({ slug: "cli-import-survey", definition: exampleNpsSurvey() }),
    });
    const survey = (await created.json()) as { id: string };
    await fetch(`${server.url}/api/v1/surveys/${survey.id}/status`, {
      method: "POST",
      headers,
      body: JSON.stringify({ status: "live" }),
    });
    server.child.kill("SIGTERM");
    await exited(server.child);

    const file = path.join(dataDir, "responses.csv");
    writeFileSync(file, ["nps,reason,touchpoint", "2,Xếp hàng lâu,quay-3", "12,,", "9,,app"].join("\n"));
    const result = await touchpoint(
      "responses",
      "import",
      "cli-import-survey",
      file,
      "--workspace",
      "cong-ty-anh-duong",
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(result).toMatchObject({ code: 2 });
    const { stdout, stderr } = result as { stdout: string; stderr: string };
    expect(stdout).toContain("3 rows: 2 stored, 0 already present, 1 failed.");
    expect(stderr).toContain("row 3: answers.nps");
  });

  it("imports a survey file as a draft and exports it again", async () => {
    const file = path.join(dataDir, "survey.json");
    writeFileSync(
      file,
      JSON.stringify({
        title: "Khảo sát CLI",
        pages: [{ name: "p", elements: [{ type: "comment", name: "why", title: "Vì sao?" }] }],
      }),
    );
    const imported = await touchpoint("survey", "import", file, "--workspace", "cong-ty-anh-duong");
    const slug = /\((\S+), id/.exec(imported.stdout)?.[1] ?? "";
    expect(imported.stdout).toContain('Created draft "Khảo sát CLI"');
    const exported = await touchpoint("survey", "export", slug, "--workspace", "cong-ty-anh-duong");
    expect(JSON.parse(exported.stdout)).toMatchObject({
      format: "touchpoint-survey",
      definition: { pages: [{ questions: [{ id: "why", type: "text" }] }] },
    });
  });
});
