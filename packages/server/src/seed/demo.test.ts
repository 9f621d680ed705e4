import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentProgress } from "../platform/progress.ts";
import { createTestApp, json, logIn, type TestApp, withSession } from "../testing/test-app.ts";
import { DEMO_PASSWORD, DEMO_SURVEY_SLUG, demoEmail, seedDemo } from "./demo.ts";

describe("demo data", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("embedded");
  });
  afterAll(() => t.dispose());

  const seed = () => seedDemo({ database: t.testDb.database, jobs: t.jobs, clock: t.clock }, silentProgress);

  it("loads a workspace, a live survey and 400 responses, and changes nothing the second time", async () => {
    await seed();
    await seed();
    const headers = withSession(await logIn(t.app, demoEmail("analyst"), DEMO_PASSWORD));
    const surveys = json<{ items: { id: string; slug: string; status: string }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/surveys", headers }),
    );
    expect(surveys.items).toHaveLength(1);
    expect(surveys.items[0]).toMatchObject({ slug: DEMO_SURVEY_SLUG, status: "live" });
    await t.jobs.runDue("responses.completed");
    const survey = json<{ responseCount: number }>(
      await t.app.inject({ method: "GET", url: `/api/v1/surveys/${surveys.items[0]?.id}`, headers }),
    );
    expect(survey.responseCount).toBe(400);
    const customers = json<{ items: { name: string; phones: string[] }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/customers?limit=200", headers }),
    );
    expect(customers.items).toHaveLength(120);
    expect(customers.items.every((customer) => customer.phones[0]?.startsWith("+849"))).toBe(true);
    const segments = json<{ items: { id: string; name: string }[] }>(
      await t.app.inject({ method: "GET", url: "/api/v1/segments", headers }),
    );
    expect(segments.items.map((segment) => segment.name).sort()).toEqual([
      "Gặp sự cố lặp lại",
      "Khách Kim cương",
      "Khách không hài lòng",
    ]);
    // The responses named customers, so the detractors' segment has members.
    const unhappy = segments.items.find((segment) => segment.name === "Khách không hài lòng");
    const count = json<{ count: number }>(
      await t.app.inject({ method: "GET", url: `/api/v1/segments/${unhappy?.id}/count`, headers }),
    );
    expect(count.count).toBeGreaterThan(0);
  });
});
