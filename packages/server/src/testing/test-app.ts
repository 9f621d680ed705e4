// Builds the real application over a fresh test database, with builders for workspaces, members and keys.
import { exampleNpsSurvey, type Role, type SurveyDefinitionInput } from "@touchpoint/core";
import type { LightMyRequestResponse } from "fastify";
import { insertApiKey } from "../modules/platform/api-keys.ts";
import { systemActor } from "../modules/platform/caller.ts";
import { addMembership, createWorkspace, ensureUser } from "../modules/platform/workspaces.ts";
import type { Clock } from "../platform/clock.ts";
import { type App, buildApp } from "../platform/http/app.ts";
import { registerJobHandlers } from "../platform/jobs/handlers.ts";
import { type JobQueue, startJobQueue } from "../platform/jobs/queue.ts";
import { createTestDatabase, type Engine, type TestDatabase } from "./test-database.ts";

export const TEST_PASSWORD = "correct horse battery";

export class TestClock implements Clock {
  private current = new Date("2026-11-25T08:00:00Z");
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: App;
  jobs: JobQueue;
  testDb: TestDatabase;
  clock: TestClock;
  dispose(): Promise<void>;
}

export interface TestAppOptions {
  bodyLimit?: number;
  rateLimitPerMinute?: number;
  trustProxy?: boolean;
  /** Where invitation emails go, e.g. a local smtp-server; unset means SMTP is not configured. */
  smtpUrl?: string;
}

export async function createTestApp(engine: Engine, options: TestAppOptions = {}): Promise<TestApp> {
  const testDb = await createTestDatabase(engine);
  const clock = new TestClock();
  // No background workers in tests: a test runs due jobs itself with jobs.runDue, so timing never matters.
  const jobs = await startJobQueue(testDb.database, {
    workers: false,
    onError: (error) => console.error(error),
  });
  const secret = "test-secret-test-secret-test-secret";
  const mail = { smtpUrl: options.smtpUrl };
  await registerJobHandlers(jobs, { database: testDb.database, clock, secret, config: mail });
  const app = await buildApp({
    config: {
      bodyLimit: options.bodyLimit ?? 1_048_576,
      rateLimitPerMinute: options.rateLimitPerMinute ?? 10_000,
      trustProxy: options.trustProxy ?? false,
      logLevel: "silent",
      ...mail,
    },
    database: testDb.database,
    jobs,
    clock,
    secret,
    // TP_TEST_LOG=1 shows what the server logged, e.g. the cause of a 500, while debugging a test.
    logger: process.env.TP_TEST_LOG ? { level: "error" } : false,
  });
  await app.ready();
  return {
    app,
    jobs,
    testDb,
    clock,
    dispose: async () => {
      await app.close();
      await jobs.stop();
      await testDb.dispose();
    },
  };
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface SeededWorkspace {
  workspaceId: string;
  slug: string;
  /** Email of a member per role. */
  emails: Record<Role, string>;
  userIds: Record<Role, string>;
  /** A live API key per role. */
  keys: Record<Role, string>;
}

/** A workspace with one member and one API key for every role. */
export async function seedWorkspace(t: TestApp, name = `Workspace ${unique()}`): Promise<SeededWorkspace> {
  const roles: Role[] = ["owner", "admin", "analyst", "agent", "viewer"];
  const { database } = t.testDb;
  return database.transaction(async (tx) => {
    const workspace = await createWorkspace(tx, name, systemActor);
    const seeded = {
      workspaceId: workspace.id,
      slug: workspace.slug,
      emails: {},
      userIds: {},
      keys: {},
    } as SeededWorkspace;
    for (const role of roles) {
      const email = `${role}-${unique()}@example.com`;
      const { user } = await ensureUser(tx, { email, password: TEST_PASSWORD, name: `${role} person` });
      await addMembership(tx, workspace.id, user.id, role, systemActor);
      const { key } = await insertApiKey(tx, workspace.id, { name: `${role} key`, role }, systemActor, null);
      seeded.emails[role] = email;
      seeded.userIds[role] = user.id;
      seeded.keys[role] = key;
    }
    return seeded;
  });
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function logIn(app: App, email: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookies = response.cookies as { name: string; value: string }[];
  const session = cookies.find((c) => c.name === "tp_session");
  const csrf = cookies.find((c) => c.name === "tp_csrf");
  if (!session || !csrf) throw new Error("login set no session cookies");
  return { cookie: `tp_session=${session.value}`, csrf: csrf.value };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
export const withSession = (session: Session) => ({ cookie: session.cookie, "x-csrf-token": session.csrf });

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json() as T;
}

/** Creates a survey through the API and publishes it; the definition defaults to core's example. */
export async function publishTestSurvey(t: TestApp, ws: SeededWorkspace, definition?: SurveyDefinitionInput) {
  const created = await t.app.inject({
    method: "POST",
    url: "/api/v1/surveys",
    headers: bearer(ws.keys.analyst),
    payload: { definition: definition ?? exampleNpsSurvey() },
  });
  const survey = json<{ id: string; slug: string }>(created);
  await t.app.inject({
    method: "POST",
    url: `/api/v1/surveys/${survey.id}/status`,
    headers: bearer(ws.keys.analyst),
    payload: { status: "live" },
  });
  return survey;
}
