import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  json,
  logIn,
  seedWorkspace,
  type TestApp,
  withSession,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { SESSION_TTL_MS } from "./auth.ts";
import { cleanUpExpiredLogins } from "./jobs.ts";
import { sessions } from "./schema.ts";

describe.each(testEngines)("session clean-up job on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.dispose());

  it("deletes expired sessions and keeps live ones", async () => {
    const ws = await seedWorkspace(t);
    await logIn(t.app, ws.emails.viewer);
    t.clock.advance(SESSION_TTL_MS + 1000);
    const live = await logIn(t.app, ws.emails.agent);
    await cleanUpExpiredLogins(t.testDb.database, t.clock);
    const remaining = await t.testDb.database.db.select({ userId: sessions.userId }).from(sessions);
    expect(remaining.map((row) => row.userId)).toEqual([ws.userIds.agent]);
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: withSession(live) });
    expect(json(me)).toMatchObject({ role: "agent" });
  });
});
