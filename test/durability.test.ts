// An acknowledged response is never lost: the server is killed with SIGKILL in the middle of a load of
// concurrent submissions, restarted on the same data, and every response that got a 201 must be there.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { exampleNpsSurvey } from "@touchpoint/core";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../packages/server/src/testing/test-database.ts";

const bin = path.resolve(import.meta.dirname, "../packages/server/bin/touchpoint.js");
const apiKey = `tp_${"d".repeat(40)}`;

function serve(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, "serve"], { env: { ...process.env, ...env } });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once("exit", resolve));

async function api(url: string, method: string, body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function storedClientIds(url: string, surveyId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await api(
      `${url}/api/v1/surveys/${surveyId}/responses?limit=500${cursor ? `&cursor=${cursor}` : ""}`,
      "GET",
    );
    for (const item of page.body.items as { clientResponseId: string }[]) ids.add(item.clientResponseId);
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return ids;
}

const engines = [
  {
    name: "embedded",
    database: async () => ({
      env: { TOUCHPOINT_DATA_DIR: mkdtempSync(path.join(tmpdir(), "tp-kill-")) },
      dispose: async () => {},
    }),
  },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: "postgres",
          database: async () => {
            const testDb: TestDatabase = await createTestDatabase("postgres");
            await testDb.database.close();
            return {
              env: { DATABASE_URL: testDb.url, TOUCHPOINT_SECRET: "durability-secret-durability-secret" },
              dispose: () => testDb.dispose().catch(() => {}),
            };
          },
        },
      ]
    : []),
];

describe.each(engines)("acknowledged responses survive SIGKILL on $name", ({ database }) => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
  });

  it("keeps every response that was acknowledged before the kill", async () => {
    const db = await database();
    const env = {
      ...db.env,
      PORT: "0",
      LOG_LEVEL: "silent",
      TOUCHPOINT_API_KEY: apiKey,
      TOUCHPOINT_ADMIN_PASSWORD: "durability admin",
    };
    const first = await serve(env);
    children.push(first.child);
    const created = await api(`${first.url}/api/v1/surveys`, "POST", { definition: exampleNpsSurvey() });
    const surveyId = created.body.id as string;
    await api(`${first.url}/api/v1/surveys/${surveyId}/status`, "POST", { status: "live" });

    const acknowledged: string[] = [];
    let attempted = 0;
    let killed = false;
    const client = async (worker: number) => {
      for (let n = 0; !killed; n++) {
        const clientResponseId = `w${worker}-${n}`;
        attempted++;
        try {
          const result = await api(`${first.url}/api/v1/surveys/${surveyId}/responses`, "POST", {
            answers: { nps: n % 11, ...(n % 11 <= 6 ? { reason: `Lý do ${n}` } : {}) },
            clientResponseId,
          });
          if (result.status === 201) acknowledged.push(clientResponseId);
        } catch {
          // The connection died with the server: not acknowledged, so nothing is owed.
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, worker) => client(worker)));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    first.child.kill("SIGKILL");
    killed = true;
    await exited(first.child);
    await load;
    expect(acknowledged.length).toBeGreaterThan(20);

    const second = await serve(env);
    children.push(second.child);
    const stored = await storedClientIds(second.url, surveyId);
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(
      lost,
      `${lost.length} of ${acknowledged.length} acknowledged responses lost (${attempted} attempted)`,
    ).toEqual([]);
    second.child.kill("SIGTERM");
    await exited(second.child);
    await db.dispose();
  });
});
