import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  publishTestSurvey,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import {
  between,
  expectedOrder,
  filterSurvey,
  type Listed,
  listClient,
  type Page,
  type Stored,
  seedListFixtures,
} from "./test-response-list.ts";

describe.each(testEngines)("ordering and paging responses on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let stored: Stored[];
  let list: ReturnType<typeof listClient>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    const seeded = await seedListFixtures(t, ws);
    stored = seeded.stored;
    list = listClient(t, ws, seeded.surveyId);
  });
  afterAll(() => t.dispose());

  it("stores the completion times the fixtures expect", async () => {
    const items = json<Page>(await list.get("limit=500")).items;
    for (const s of stored) {
      const item = items.find((candidate) => candidate.id === s.id);
      expect(item?.completedAt ? new Date(item.completedAt).getTime() : null, s.key).toBe(s.completedAt);
    }
  });

  it.each(["-created_at", "created_at", "-submitted_at", "submitted_at"])(
    "pages through sort=%s one, two and five at a time without losing or repeating a tie",
    async (sort) => {
      const expected = expectedOrder(stored, sort);
      for (const limit of [1, 2, 5]) {
        const { keys, pages } = await list.walk(`sort=${sort}`, limit);
        expect(keys, `limit ${limit}`).toEqual(expected);
        expect(pages).toBe(Math.ceil(expected.length / limit));
      }
    },
  );

  it("lists imported back-dated responses first in completion order, though they arrived last", async () => {
    const { keys } = await list.walk("sort=submitted_at", 2);
    expect(keys.slice(0, 3).sort()).toEqual(["i1", "i2", "i3"]);
    expect(keys[2]).toBe("i1");
    expect((await list.walk("sort=-created_at", 2)).keys.slice(0, 3).sort()).toEqual(["i1", "i2", "i3"]);
  });

  it("pages through a filtered completion order", async () => {
    const detractors = new Set(stored.filter((f) => between(f, "nps", 0, 6)).map((s) => s.key));
    for (const sort of ["-submitted_at", "submitted_at"]) {
      const expected = expectedOrder(stored, sort).filter((key) => detractors.has(key));
      expect((await list.walk(`sort=${sort}&answer=nps:detractor`, 2)).keys).toEqual(expected);
    }
  });

  it("keeps a tie at microsecond precision together across pages", async () => {
    // The API writes milliseconds, but PostgreSQL keeps microseconds: a cursor rounded to the millisecond
    // would skip the rest of a tie written by SQL or another tool.
    const surveyId = (await publishTestSurvey(t, ws, filterSurvey())).id;
    const times = ["00.000900", "00.000500", "00.000500", "00.000100"].map((s) => `2025-01-01T00:00:${s}Z`);
    const ids: string[] = [];
    for (const at of times) {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/v1/surveys/${surveyId}/responses`,
        headers: bearer(ws.keys.agent),
        payload: { answers: { nps: 5 } },
      });
      const id = json<Listed>(response).id;
      ids.push(id);
      await t.testDb.database.db.execute(
        sql`update responses set completed_at = ${at}::timestamptz where workspace_id = ${ws.workspaceId} and id = ${id}`,
      );
    }
    const [latest, tied, alsoTied, earliest] = ids as [string, string, string, string];
    const expected = [latest, ...[tied, alsoTied].sort().reverse(), earliest];
    expect((await listClient(t, ws, surveyId).walk("sort=-submitted_at", 1)).keys).toEqual(expected);
  });
});
