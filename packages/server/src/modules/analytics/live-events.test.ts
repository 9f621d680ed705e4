import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { LIVE_EVENT_LIMITS } from "./live-events.ts";
import { openEventStream } from "./live-events-test-stream.ts";
import { analyticsSurvey, createSurvey, ingestResponses } from "./query-test-fixtures.ts";

describe.each(testEngines)("live analytics events on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let base: string;
  const aborts = new AbortController();

  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    aborts.abort();
    await t?.dispose();
  });

  it("sends a rollup event with the survey ids to the workspace's clients only", async () => {
    const surveyId = await createSurvey(t, ws, analyticsSurvey());
    const otherSurveyId = await createSurvey(t, other, analyticsSurvey());
    const mine = await openEventStream(base, ws.keys.viewer, aborts.signal);
    const theirs = await openEventStream(base, other.keys.viewer, aborts.signal);
    expect(mine.response.status).toBe(200);
    expect(mine.response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    await Promise.all([mine.until(": connected"), theirs.until(": connected")]);

    // Completed and counted through the responses path, then drained into the rollups.
    await ingestResponses(t, ws.workspaceId, surveyId, [{ answers: { nps: 9 }, day: "2026-11-20" }]);
    const received = await mine.until(`"surveyIds":["${surveyId}"]}\n\n`);
    expect(received).toContain(`event: rollup\ndata: {"surveyIds":["${surveyId}"]}\n\n`);

    // The other workspace's own event arrives after ours; nothing of ours came before it.
    await ingestResponses(t, other.workspaceId, otherSurveyId, [{ answers: { nps: 3 }, day: "2026-11-20" }]);
    const theirText = await theirs.until(otherSurveyId);
    expect(theirText).not.toContain(surveyId);
    expect(mine.text()).not.toContain(otherSurveyId);
  });

  it("caps a workspace's open streams (429) and frees a place when a client disconnects", async () => {
    const limit = LIVE_EVENT_LIMITS.perWorkspace;
    LIVE_EVENT_LIMITS.perWorkspace = 2;
    const first = new AbortController();
    const crowded = await seedWorkspace(t);
    try {
      await (await openEventStream(base, crowded.keys.analyst, first.signal)).until(": connected");
      await (await openEventStream(base, crowded.keys.analyst, aborts.signal)).until(": connected");
      const refused = await fetch(`${base}/api/v1/analytics/events`, {
        headers: bearer(crowded.keys.analyst),
      });
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { code: string }).code).toBe("too_many_streams");
      // The other workspace's place is its own.
      await (await openEventStream(base, ws.keys.analyst, aborts.signal)).until(": connected");

      first.abort();
      // The server hears the socket close on its next turns of the event loop.
      let status = 429;
      for (let attempt = 0; attempt < 50 && status === 429; attempt++) {
        const again = new AbortController();
        const response = await fetch(`${base}/api/v1/analytics/events`, {
          headers: bearer(crowded.keys.analyst),
          signal: again.signal,
        });
        status = response.status;
        if (status === 429) await response.body?.cancel();
        else again.abort();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe(200);
    } finally {
      LIVE_EVENT_LIMITS.perWorkspace = limit;
    }
  });

  it("refuses a caller without credentials", async () => {
    const response = await fetch(`${base}/api/v1/analytics/events`);
    expect(response.status).toBe(401);
  });
});
