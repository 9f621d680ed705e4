// A PostgreSQL outage: readiness fails, requests get 503 problems, the process stays up and recovers.
// The database is reached through a TCP relay this test can cut and restore.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertApiKey } from "../packages/server/src/modules/platform/api-keys.ts";
import { systemActor } from "../packages/server/src/modules/platform/caller.ts";
import { createWorkspace } from "../packages/server/src/modules/platform/workspaces.ts";
import { systemClock } from "../packages/server/src/platform/clock.ts";
import { type Database, openDatabase } from "../packages/server/src/platform/db/database.ts";
import { type App, buildApp } from "../packages/server/src/platform/http/app.ts";
import { type JobQueue, startJobQueue } from "../packages/server/src/platform/jobs/queue.ts";
import { createTestDatabase, type TestDatabase } from "../packages/server/src/testing/test-database.ts";

class Relay {
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();
  port = 0;
  private readonly target: { host: string; port: number };

  constructor(target: { host: string; port: number }) {
    this.target = target;
  }

  async start() {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, "127.0.0.1", resolve));
    const address = this.server.address();
    if (address && typeof address === "object") this.port = address.port;
  }

  async cut() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("database outage on PostgreSQL", () => {
  let testDb: TestDatabase;
  let relay: Relay;
  let database: Database;
  let app: App;
  let jobs: JobQueue;
  let key: string;

  beforeAll(async () => {
    testDb = await createTestDatabase("postgres");
    const url = new URL(testDb.url ?? "");
    relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
    await relay.start();
    key = await testDb.database.transaction(async (tx) => {
      const workspace = await createWorkspace(tx, "Outage", systemActor);
      return (await insertApiKey(tx, workspace.id, { name: "probe", role: "owner" }, systemActor, null)).key;
    });
    url.host = `127.0.0.1:${relay.port}`;
    database = await openDatabase({ engine: "postgres", url: url.toString(), poolSize: 2 });
    // Jobs keep the direct connection: this test is about request handling, not the queue.
    jobs = await startJobQueue(testDb.database, { workers: false, onError: () => {} });
    app = await buildApp({
      config: { bodyLimit: 1_048_576, rateLimitPerMinute: 10_000, trustProxy: false, logLevel: "silent" },
      database,
      jobs,
      clock: systemClock,
      secret: "outage-secret-outage-secret-outage",
      logger: false,
    });
  });
  afterAll(async () => {
    await app?.close();
    await jobs?.stop();
    await database?.close();
    await relay?.cut();
    await testDb?.dispose();
  });

  const me = () =>
    app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: `Bearer ${key}` } });

  it("answers normally while the database is up", async () => {
    expect((await app.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(200);
  });

  it("fails readiness and answers 503 problems while the database is gone", async () => {
    await relay.cut();
    const ready = await app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(503);
    const response = await me();
    expect(response.statusCode).toBe(503);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ status: 503, code: "service_unavailable" });
    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });

  it("recovers when the database returns", async () => {
    await relay.start();
    expect((await app.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(200);
  });
});
