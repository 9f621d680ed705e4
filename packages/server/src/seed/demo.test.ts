import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentProgress } from "../platform/progress.ts";
import { createTestApp, json, logIn, type TestApp, withSession } from "../testing/test-app.ts";
import { testEngines } from "../testing/test-database.ts";
import { DEMO_PASSWORD, demoEmail, generateDemoData, seedDemo } from "./demo.ts";
import { appReleaseDate } from "./demo-bank.ts";
import { DEMO_CUSTOMERS } from "./demo-profiles.ts";
import { RELATIONSHIP_SLUG, TRANSACTIONAL_SLUG } from "./demo-surveys.ts";

// Seeding runs every completion job of thousands of responses: minutes on a busy machine's PGlite.
const SEED_TIMEOUT = 600_000;

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface StoredResponse {
  channel: string;
  answers: Record<string, unknown>;
  completedAt: string;
}

describe.each(testEngines)("demo data on %s", (engine) => {
  let t: TestApp;
  let headers: Record<string, string>;
  const seed = () => seedDemo({ database: t.testDb.database, jobs: t.jobs, clock: t.clock }, silentProgress);
  const get = async <T>(url: string) => json<T>(await t.app.inject({ method: "GET", url, headers }));
  async function all<T>(url: string): Promise<T[]> {
    const items: T[] = [];
    for (let cursor: string | null = ""; cursor !== null; ) {
      const page: Page<T> = await get<Page<T>>(`${url}${cursor ? `&cursor=${cursor}` : ""}`);
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    return items;
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    await seed();
    headers = withSession(await logIn(t.app, demoEmail("analyst"), DEMO_PASSWORD));
  }, SEED_TIMEOUT);
  afterAll(() => t?.dispose());

  it(
    "loads two live surveys with every generated response counted, and changes nothing the second time",
    async () => {
      await seed();
      const expected = generateDemoData(t.clock.now());
      const surveys = await get<{
        items: { id: string; slug: string; status: string; responseCount: number }[];
      }>("/api/v1/surveys");
      expect(
        surveys.items.map((survey) => [survey.slug, survey.status, survey.responseCount]).sort(),
      ).toEqual(
        [
          [RELATIONSHIP_SLUG, "live", expected.relationship.length],
          [TRANSACTIONAL_SLUG, "live", expected.transactional.length],
        ].sort(),
      );
      const customers = await all<{ phones: string[] }>("/api/v1/customers?limit=200");
      expect(customers).toHaveLength(DEMO_CUSTOMERS);
      expect(customers.every((customer) => customer.phones[0]?.startsWith("+849"))).toBe(true);
      const segments = await get<{ items: { id: string; name: string }[] }>("/api/v1/segments");
      expect(segments.items.map((segment) => segment.name).sort()).toEqual([
        "Gặp sự cố lặp lại",
        "Khách Kim cương",
        "Khách dùng ứng dụng",
        "Khách không hài lòng",
      ]);
      // The responses named customers and their jobs ran, so the detractors' segment has members.
      const unhappy = segments.items.find((segment) => segment.name === "Khách không hài lòng");
      const count = await get<{ count: number }>(`/api/v1/segments/${unhappy?.id}/count`);
      expect(count.count).toBeGreaterThan(0);
    },
    SEED_TIMEOUT,
  );

  it("stores the planted problem: app answers rate the app far lower from the release on", async () => {
    const surveys = await get<{ items: { id: string; slug: string }[] }>("/api/v1/surveys");
    const relationship = surveys.items.find((survey) => survey.slug === RELATIONSHIP_SLUG);
    const app = await all<StoredResponse>(
      `/api/v1/surveys/${relationship?.id}/responses?channel=app&limit=500`,
    );
    expect(app.every((response) => response.channel === "app")).toBe(true);
    const release = appReleaseDate(t.clock.now()).toISOString();
    const meanApp = (list: StoredResponse[]) =>
      list.reduce((sum, response) => sum + (response.answers.mobile_app as number), 0) / list.length;
    const before = app.filter((response) => response.completedAt < release);
    const after = app.filter((response) => response.completedAt >= release);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(meanApp(before) - meanApp(after)).toBeGreaterThan(1.2);
  });
});
