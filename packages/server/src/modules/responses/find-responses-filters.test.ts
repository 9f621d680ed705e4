import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import {
  between,
  choiceOf,
  choicesOf,
  type Fixture,
  listClient,
  numberOf,
  type Page,
  type Stored,
  seedListFixtures,
} from "./test-response-list.ts";

describe.each(testEngines)("filtering responses by answer on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let surveyId: string;
  let stored: Stored[];
  let list: ReturnType<typeof listClient>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    ({ surveyId, stored } = await seedListFixtures(t, ws));
    list = listClient(t, ws, surveyId);
  });
  afterAll(() => t.dispose());

  const filters: [string, (f: Fixture) => boolean][] = [
    ["answer=visit:branch", (f) => choiceOf(f, "visit") === "branch"],
    ["answer=visit:branch,app", (f) => ["branch", "app"].includes(choiceOf(f, "visit") ?? "")],
    ["answer=city:hcm", (f) => choiceOf(f, "city") === "hcm"],
    ["answer=topics:staff", (f) => choicesOf(f, "topics").includes("staff")],
    ["answer=topics:fees,wait", (f) => choicesOf(f, "topics").some((c) => c === "fees" || c === "wait")],
    [
      "answer=topics:fees&answer=topics:staff",
      (f) => choicesOf(f, "topics").includes("fees") && choicesOf(f, "topics").includes("staff"),
    ],
    ["answer=nps:detractor", (f) => between(f, "nps", 0, 6)],
    ["answer=nps:passive", (f) => between(f, "nps", 7, 8)],
    ["answer=nps:promoter", (f) => between(f, "nps", 9, 10)],
    ["answer=nps:0..6", (f) => between(f, "nps", 0, 6)],
    ["answer=nps:..3", (f) => between(f, "nps", -Infinity, 3)],
    ["answer=nps:9..", (f) => between(f, "nps", 9, Infinity)],
    ["answer=nps:7", (f) => numberOf(f, "nps") === 7],
    ["answer=csat:4..5", (f) => between(f, "csat", 4, 5)],
    ["answer=amount:-1..2.5", (f) => between(f, "amount", -1, 2.5)],
    [
      "answer=nps:promoter&answer=visit:app",
      (f) => between(f, "nps", 9, 10) && choiceOf(f, "visit") === "app",
    ],
    ["answer=nps:detractor&status=partial", (f) => between(f, "nps", 0, 6) && f.how === "partial"],
  ];
  it.each(filters)("keeps exactly the responses that match %s", async (query, matches) => {
    const expected = stored.filter(matches).map((s) => s.key);
    expect(expected.length).toBeGreaterThan(0);
    expect((await list.keysOf(query)).sort()).toEqual(expected.sort());
  });

  it("never matches an answer given as 'other' text or a question left unanswered", async () => {
    expect(await list.keysOf("answer=visit:branch,app,hotline")).not.toContain("f04");
    expect(await list.keysOf("answer=nps:0..10")).not.toContain("f08");
  });

  it("answers 422 with the field path for an unknown question", async () => {
    const problem = await list.problemOf("answer=ghost:1");
    expect(problem).toMatchObject({ statusCode: 422, code: "invalid_filter" });
    expect(problem.errors?.map((e) => e.path)).toEqual(["querystring.answer.ghost"]);
  });

  it("answers 422 for a range on a question that is not numeric", async () => {
    for (const [query, question] of [
      ["answer=visit:1..3", "visit"],
      ["answer=topics:2", "topics"],
      ["answer=reason:1..5", "reason"],
    ]) {
      const problem = await list.problemOf(query as string);
      expect(problem.statusCode, query).toBe(422);
      expect(problem.errors?.[0]?.path, query).toBe(`querystring.answer.${question}`);
    }
  });

  it("answers 422 for bad numbers, empty ranges and NPS groups outside NPS, and names an unknown choice", async () => {
    for (const value of ["nps:abc", "nps:5..x", "nps:..", "nps:9..6", "amount:1e3", "csat:promoter"]) {
      const problem = await list.problemOf(`answer=${value}`);
      expect(problem.statusCode, value).toBe(422);
      expect(problem.errors?.[0]?.path, value).toBe(`querystring.answer.${value.split(":")[0]}`);
    }
    const unknownChoice = await list.problemOf("answer=visit:branch,zalo");
    expect(unknownChoice.errors?.[0]?.message).toMatch(/no choice zalo/);
  });

  it("answers 400 for a filter without a question, a sort it does not know, and a cursor of another order", async () => {
    expect((await list.problemOf("answer=branch")).statusCode).toBe(400);
    expect((await list.problemOf("sort=score")).statusCode).toBe(400);
    const arrival = json<Page>(await list.get("limit=1")).nextCursor as string;
    const problem = await list.problemOf(`sort=submitted_at&cursor=${arrival}`);
    expect(problem).toMatchObject({ statusCode: 400, code: "validation_failed" });
    expect(problem.errors?.[0]?.path).toBe("querystring.cursor");
    const bySubmission = json<Page>(await list.get("sort=submitted_at&limit=1")).nextCursor as string;
    expect((await list.problemOf(`cursor=${bySubmission}`)).statusCode).toBe(400);
  });

  it("documents the answer filter and the sort in the OpenAPI document", async () => {
    type Doc = { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    const doc = json<Doc>(await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" }));
    const names = doc.paths["/api/v1/surveys/{id}/responses"]?.get?.parameters?.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["answer", "sort", "cursor", "hidden"]));
  });

  it("filters on answers only within the caller's workspace", async () => {
    const other = await seedWorkspace(t);
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${surveyId}/responses?answer=nps:promoter`,
      headers: bearer(other.keys.viewer),
    });
    expect(response.statusCode).toBe(404);
  });
});
