import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";

describe("POST /api/v1/text/analyze", () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp("embedded");
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const analyze = (payload: object, key = ws.keys.viewer) =>
    t.app.inject({ method: "POST", url: "/api/v1/text/analyze", headers: bearer(key), payload });

  it("analyses each text in order, empty ones as unknown and neutral", async () => {
    const response = await analyze({
      texts: ["Nhân viên nhiệt tình, rất hài lòng", "", "Awful app, crashes all the time"],
    });
    expect(response.statusCode).toBe(200);
    const { items } = json<{ items: { language: string; sentiment: string }[] }>(response);
    expect(items.map((item) => [item.language, item.sentiment])).toEqual([
      ["vi", "positive"],
      ["unknown", "neutral"],
      ["en", "negative"],
    ]);
  });

  it("names each text it cannot analyse, and refuses more than 1,000", async () => {
    const bad = await analyze({ texts: ["ok", 7, "x".repeat(10_001)] });
    expect(bad.statusCode).toBe(422);
    expect(json<{ errors: { path: string }[] }>(bad).errors.map((e) => e.path)).toEqual([
      "texts.1",
      "texts.2",
    ]);
    expect((await analyze({ texts: Array.from({ length: 1001 }, () => "a") })).statusCode).toBe(400);
    expect((await analyze({ texts: ["a"], language: "fr" })).statusCode).toBe(400);
  });
});
