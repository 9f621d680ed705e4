// Fixtures for the responses list tests: a survey with every filterable question type, responses sent
// through the API, completed later, and imported back-dated, with the completion time each should have.
import type { SurveyDefinitionInput } from "@touchpoint/core";
import { expect } from "vitest";
import {
  bearer,
  json,
  publishTestSurvey,
  type SeededWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";

const text = (en: string) => ({ vi: en, en });
const choices = (...ids: string[]) => ids.map((id) => ({ id, label: text(id) }));

/** Every filterable question type, no logic, so any combination of answers is valid. */
export function filterSurvey(): SurveyDefinitionInput {
  return {
    title: text("Filters"),
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    pages: [
      {
        id: "p1",
        questions: [
          { id: "nps", type: "nps", title: text("Recommend?") },
          { id: "csat", type: "csat", title: text("Satisfied?") },
          { id: "amount", type: "number", title: text("Amount") },
          {
            id: "visit",
            type: "single_choice",
            title: text("Visit"),
            allowOther: true,
            choices: choices("branch", "app", "hotline"),
          },
          {
            id: "topics",
            type: "multiple_choice",
            title: text("Topics"),
            choices: choices("fees", "staff", "wait"),
          },
          { id: "city", type: "dropdown", title: text("City"), choices: choices("hn", "hcm", "dn") },
          { id: "reason", type: "text", title: text("Why?") },
        ],
      },
    ],
    endings: [{ id: "thanks", title: text("Thanks") }],
    hiddenFields: [{ key: "touchpoint" }],
  };
}

export interface Fixture {
  key: string;
  answers: Record<string, unknown>;
  /** Back-dated completion time; absent means "now" on the test clock when it completes. */
  submittedAt?: string;
  how: "api" | "partial" | "patched" | "import";
}
const one = (choice: string) => ({ choice });
const many = (...ids: string[]) => ({ choices: ids });
const TIE = "2025-06-01T09:00:00.000Z";
const IMPORT_TIE = "2024-01-15T12:00:00.000Z";
export const FIXTURES: Fixture[] = [
  {
    key: "f01",
    how: "api",
    submittedAt: "2025-05-01T08:00:00.000Z",
    answers: { nps: 0, csat: 1, visit: one("branch"), topics: many("fees"), city: one("hn"), amount: 1.5 },
  },
  {
    key: "f02",
    how: "api",
    answers: {
      nps: 6,
      csat: 2,
      visit: one("app"),
      topics: many("staff", "wait"),
      city: one("hcm"),
      amount: -2,
    },
  },
  {
    key: "f03",
    how: "api",
    submittedAt: TIE,
    answers: { nps: 7, csat: 3, visit: one("hotline"), topics: many("fees", "staff"), city: one("dn") },
  },
  {
    key: "f04",
    how: "api",
    submittedAt: TIE,
    answers: { nps: 8, csat: 4, visit: { other: "Zalo" }, topics: many("wait") },
  },
  {
    key: "f05",
    how: "api",
    answers: {
      nps: 9,
      csat: 5,
      visit: one("branch"),
      topics: many("fees", "staff", "wait"),
      city: one("hcm"),
      amount: 2.5,
    },
  },
  {
    key: "f06",
    how: "api",
    submittedAt: "2025-04-01T00:00:00.000Z",
    answers: { nps: 10, visit: one("app"), city: one("hn"), amount: 3 },
  },
  {
    key: "f07",
    how: "api",
    submittedAt: TIE,
    answers: { nps: 3, csat: 4, topics: many("staff"), amount: 0 },
  },
  { key: "f08", how: "api", answers: { csat: 5, visit: one("branch"), reason: "Nhanh" } },
  {
    key: "f09",
    how: "api",
    submittedAt: "2025-07-01T00:00:00.000Z",
    answers: { nps: 10, csat: 5, visit: one("branch"), topics: many("staff"), city: one("hcm") },
  },
  {
    key: "f10",
    how: "api",
    answers: { nps: 5, visit: one("app"), topics: many("fees"), city: one("dn"), amount: 10 },
  },
  { key: "p1", how: "partial", answers: { nps: 2, visit: one("branch") } },
  { key: "p2", how: "patched", answers: { nps: 9, csat: 3 } },
  { key: "p3", how: "partial", answers: { nps: 7 } },
  // Imported last, completed first: arrival and completion orders disagree on purpose.
  {
    key: "i1",
    how: "import",
    submittedAt: "2024-03-01T00:00:00.000Z",
    answers: { nps: 4, csat: 2, visit: one("hotline"), topics: many("wait") },
  },
  { key: "i2", how: "import", submittedAt: IMPORT_TIE, answers: { nps: 9, visit: one("app") } },
  {
    key: "i3",
    how: "import",
    submittedAt: IMPORT_TIE,
    answers: { nps: 1, visit: one("branch"), topics: many("fees", "wait") },
  },
];

export interface Stored extends Fixture {
  id: string;
  /** Expected completion time in ms, from the fixture and the test clock; null while partial. */
  completedAt: number | null;
}
export interface Listed {
  id: string;
  clientResponseId: string | null;
  completedAt: string | null;
}
export type Page = { items: Listed[]; nextCursor: string | null };
export type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

export const numberOf = (f: Fixture, q: string) =>
  typeof f.answers[q] === "number" ? (f.answers[q] as number) : null;
export const between = (f: Fixture, q: string, min: number, max: number) => {
  const value = numberOf(f, q);
  return value !== null && value >= min && value <= max;
};
export const choiceOf = (f: Fixture, q: string) => (f.answers[q] as { choice?: string } | undefined)?.choice;
export const choicesOf = (f: Fixture, q: string) =>
  (f.answers[q] as { choices?: string[] } | undefined)?.choices ?? [];

/** The order each sort promises, computed from the fixtures: completed by time then id, partial ones last by id. */
export function expectedOrder(stored: Stored[], sort: string): string[] {
  const byId = (a: Stored, b: Stored) => (a.id < b.id ? -1 : 1);
  const descending = sort.startsWith("-");
  if (sort.endsWith("created_at")) {
    const ordered = [...stored].sort(byId);
    return (descending ? ordered.reverse() : ordered).map((s) => s.key);
  }
  const completed = stored
    .filter((s) => s.completedAt !== null)
    .sort((a, b) => (a.completedAt as number) - (b.completedAt as number) || byId(a, b));
  const partial = stored.filter((s) => s.completedAt === null).sort(byId);
  if (descending) return [...completed.reverse(), ...partial.reverse()].map((s) => s.key);
  return [...completed, ...partial].map((s) => s.key);
}

/** Stores the fixtures (clock advancing a minute each) and returns them with their ids and expected times. */
export async function seedListFixtures(t: TestApp, ws: SeededWorkspace) {
  const surveyId = (await publishTestSurvey(t, ws, filterSurvey())).id;
  const { get } = listClient(t, ws, surveyId);
  const submit = (payload: object) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${surveyId}/responses`,
      headers: bearer(ws.keys.agent),
      payload,
    });
  const completedAt = new Map<string, number | null>();
  for (const fixture of FIXTURES.filter((f) => f.how !== "import")) {
    t.clock.advance(60_000);
    const first = fixture.how === "patched" ? { nps: fixture.answers.nps } : fixture.answers;
    const response = await submit({
      answers: first,
      clientResponseId: fixture.key,
      complete: fixture.how === "api",
      ...(fixture.submittedAt ? { submittedAt: fixture.submittedAt } : {}),
    });
    expect(response.statusCode, response.body).toBe(201);
    completedAt.set(
      fixture.key,
      fixture.how !== "api" ? null : new Date(fixture.submittedAt ?? t.clock.now()).getTime(),
    );
  }
  const imported = FIXTURES.filter((f) => f.how === "import")
    .map((f) => JSON.stringify({ answers: f.answers, submittedAt: f.submittedAt, clientResponseId: f.key }))
    .join("\n");
  const report = await t.app.inject({
    method: "POST",
    url: `/api/v1/surveys/${surveyId}/responses/import`,
    headers: { ...bearer(ws.keys.agent), "content-type": "application/x-ndjson" },
    payload: imported,
  });
  expect(json<{ stored: number }>(report).stored).toBe(3);
  for (const f of FIXTURES.filter((f) => f.how === "import"))
    completedAt.set(f.key, new Date(f.submittedAt as string).getTime());

  const all = json<Page>(await get("limit=500")).items;
  const idOf = (key: string) => all.find((item) => item.clientResponseId === key)?.id as string;
  t.clock.advance(60_000);
  const patched = await t.app.inject({
    method: "PATCH",
    url: `/api/v1/surveys/${surveyId}/responses/${idOf("p2")}`,
    headers: bearer(ws.keys.agent),
    payload: { answers: { csat: 3 }, complete: true },
  });
  expect(patched.statusCode, patched.body).toBe(200);
  completedAt.set("p2", t.clock.now().getTime());
  const stored: Stored[] = FIXTURES.map((f) => ({
    ...f,
    id: idOf(f.key),
    completedAt: completedAt.get(f.key) ?? null,
  }));
  return { surveyId, stored };
}

/** Reads a survey's responses as a viewer. */
export function listClient(t: TestApp, ws: SeededWorkspace, surveyId: string) {
  const get = (query: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${surveyId}/responses?${query}`,
      headers: bearer(ws.keys.viewer),
    });
  /** Follows nextCursor to the end; the keys in the order served, and how many pages it took. */
  async function walk(query: string, limit: number) {
    const keys: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await get(
        `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const page = json<Page>(response);
      keys.push(...page.items.map((item) => item.clientResponseId ?? item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    return { keys, pages };
  }
  const keysOf = async (query: string) => (await walk(query, 500)).keys;
  const problemOf = async (query: string) => {
    const response = await get(query);
    return { statusCode: response.statusCode, ...json<Problem>(response) };
  };

  return { get, walk, keysOf, problemOf };
}
