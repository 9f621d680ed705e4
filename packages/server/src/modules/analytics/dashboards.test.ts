import {
  type AnalyticsQueryInput,
  type Dashboard,
  type DashboardSummary,
  type DashboardWidgetInput,
  resolveDashboardDates,
  withGlobalFilters,
} from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { createTestDatabase, testEngines } from "../../testing/test-database.ts";
import { provisionFirstWorkspace } from "../platform/provisioning.ts";
import { workspaces } from "../platform/schema.ts";
import { findDefaultDashboard } from "./dashboard-repo.ts";
import { DEFAULT_DASHBOARD_NOTE, HEATMAP_CHANNELS } from "./default-dashboard.ts";
import {
  analyticsSurvey,
  createSurvey,
  cycleDays,
  ingestResponses,
  type ResponseSpec,
} from "./query-test-fixtures.ts";

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };
const URL = "/api/v1/analytics/dashboards";
const layout = { x: 0, y: 0, w: 6, h: 3 };

describe.each(testEngines)("dashboards API on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let surveyId: string;
  let otherSurveyId: string;
  const specs: ResponseSpec[] = [];

  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    surveyId = await createSurvey(
      t,
      ws,
      analyticsSurvey([{ id: "speed", type: "rating", title: { vi: "Nhanh?" } }]),
    );
    otherSurveyId = await createSurvey(t, other, analyticsSurvey());
    // Within the default's last 30 days of the test clock (2026-11-25), answers varying together.
    const november = cycleDays("2026-11-02", 21);
    for (let i = 0; i < 40; i++) {
      specs.push({
        answers: { nps: i % 11, csat: 1 + (i % 5), ces: 1 + ((i * 3) % 7), speed: 1 + ((i + (i % 11)) % 5) },
        day: november(i),
        channel: i % 4 === 0 ? "app" : "web",
      });
    }
    await ingestResponses(t, ws.workspaceId, surveyId, specs);
  });
  afterAll(() => t?.dispose());

  const call = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, key: string, payload?: object) =>
    t.app.inject({ method, url, headers: bearer(key), ...(payload === undefined ? {} : { payload }) });

  const npsKpi = (survey = surveyId): DashboardWidgetInput[] => [
    {
      kind: "kpi",
      id: "nps",
      title: { en: "NPS" },
      layout,
      query: { metric: "nps", source: { kind: "survey_question", surveyId: survey, questionId: "nps" } },
    },
  ];

  it("creates the default CX dashboard on first list, reading the live NPS survey", async () => {
    const listed = await call("GET", URL, ws.keys.viewer);
    expect(listed.statusCode, listed.body).toBe(200);
    const items = json<{ items: DashboardSummary[] }>(listed).items;
    expect(items[0]).toMatchObject({ isDefault: true, name: "CX", createdBy: "system" });
    const dashboard = json<Dashboard>(await call("GET", `${URL}/${items[0]?.id}`, ws.keys.viewer));
    expect(dashboard.note).toBeNull();
    expect(dashboard.widgets.map((w) => w.id)).toEqual([
      "kpi_nps",
      "kpi_csat",
      "kpi_ces",
      "nps_trend",
      "nps_by_channel",
      "nps_drivers",
      "nps_distribution",
      "nps_channel_week",
      "negative_comments",
    ]);
    // A second list finds it instead of making another.
    const again = json<{ items: DashboardSummary[] }>(await call("GET", URL, ws.keys.viewer)).items;
    expect(again.filter((d) => d.isDefault)).toHaveLength(1);
  });

  it("starts empty with a note in a workspace without an NPS survey and fills in once one is live", async () => {
    const fresh = await seedWorkspace(t);
    const defaultOf = async () => {
      const [summary] = json<{ items: DashboardSummary[] }>(await call("GET", URL, fresh.keys.viewer)).items;
      return json<Dashboard>(await call("GET", `${URL}/${summary?.id}`, fresh.keys.viewer));
    };
    expect(await defaultOf()).toMatchObject({ isDefault: true, widgets: [], note: DEFAULT_DASHBOARD_NOTE });
    const live = await createSurvey(t, fresh, analyticsSurvey());
    const filled = await defaultOf();
    expect(filled.note).toBeNull();
    expect(filled.widgets.find((w) => w.id === "nps_trend")).toMatchObject({
      query: { source: { surveyId: live, questionId: "nps" }, groupBy: { kind: "week" } },
    });
  });

  it("runs every widget of the default dashboard through the analytics API", async () => {
    const [summary] = json<{ items: DashboardSummary[] }>(await call("GET", URL, ws.keys.viewer)).items;
    const dashboard = json<Dashboard>(await call("GET", `${URL}/${summary?.id}`, ws.keys.viewer));
    const today = "2026-11-25";
    const { from, to } = resolveDashboardDates(dashboard.globalFilters.date, today);
    expect({ from, to }).toEqual({ from: "2026-10-27", to: "2026-11-25" });
    for (const widget of dashboard.widgets) {
      let response: Awaited<ReturnType<typeof call>>;
      if (widget.kind === "kpi" || widget.kind === "trend" || widget.kind === "breakdown") {
        const query = withGlobalFilters(widget.query as AnalyticsQueryInput, dashboard.globalFilters, today);
        response = await call("POST", "/api/v1/analytics/query", ws.keys.viewer, query);
      } else if (widget.kind === "heatmap") {
        const rows = widget.rows.map((row) =>
          withGlobalFilters(row.query as AnalyticsQueryInput, dashboard.globalFilters, today),
        );
        expect(rows.map((row) => row.filters?.channels)).toEqual(HEATMAP_CHANNELS.map((c) => [c.channel]));
        const answers = await Promise.all(
          rows.map((row) => call("POST", "/api/v1/analytics/query", ws.keys.viewer, row)),
        );
        for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
        // The fixture answers 30 times on web and 10 on app over three weeks: every app week falls under the
        // anonymity threshold and is suppressed; the other channels have no answers at all.
        const cells = answers.map(
          (answer) => json<{ rows: { n: number | null; suppressed: boolean }[] }>(answer).rows,
        );
        expect(cells.map((row) => row.reduce((sum, cell) => sum + (cell.n ?? 0), 0))).toEqual([
          0, 30, 0, 0, 0,
        ]);
        expect(cells[0]?.length).toBeGreaterThan(0);
        expect(cells[0]?.every((cell) => cell.suppressed)).toBe(true);
        continue;
      } else if (widget.kind === "drivers") {
        const request = { ...widget.request, filters: { ...widget.request.filters, from, to } };
        response = await call("POST", "/api/v1/analytics/drivers", ws.keys.viewer, request);
      } else if (widget.kind === "distribution") {
        response = await call(
          "GET",
          `/api/v1/surveys/${widget.surveyId}/summary?from=${from}&to=${to}`,
          ws.keys.viewer,
        );
      } else {
        response = await call(
          "GET",
          `/api/v1/text/comments?sentiment=negative&surveyId=${widget.filters.surveyId}&from=${from}&to=${to}&limit=${widget.limit}`,
          ws.keys.viewer,
        );
      }
      expect(response.statusCode, `${widget.id}: ${response.body}`).toBe(200);
    }
    // The NPS tile's figure, counted from the answers: % promoters (9–10) − % detractors (0–6).
    const kpi = dashboard.widgets.find((w) => w.id === "kpi_nps");
    if (kpi?.kind !== "kpi") throw new Error("no NPS tile");
    const query = withGlobalFilters(kpi.query as AnalyticsQueryInput, dashboard.globalFilters, today);
    const body = json<{ rows: { value: number; n: number }[] }>(
      await call("POST", "/api/v1/analytics/query", ws.keys.viewer, query),
    );
    const scores = specs.map((s) => s.answers.nps as number);
    const expected =
      (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) / scores.length;
    expect(body.rows[0]?.n).toBe(40);
    expect(body.rows[0]?.value).toBeCloseTo(expected, 10);
  });

  it("creates, reads, lists by team, updates with its version and refuses a stale version with 409", async () => {
    const created = await call("POST", URL, ws.keys.analyst, {
      name: "Branches",
      team: "Retail",
      widgets: npsKpi(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const dashboard = json<Dashboard>(created);
    expect(dashboard).toMatchObject({
      version: 1,
      team: "Retail",
      isDefault: false,
      globalFilters: { date: { preset: "last_30_days" } },
    });

    const retail = json<{ items: DashboardSummary[] }>(
      await call("GET", `${URL}?team=Retail`, ws.keys.viewer),
    ).items;
    expect(retail.map((d) => d.id)).toEqual([dashboard.id]);

    const update = { name: "Branches (weekly)", team: "Retail", widgets: npsKpi(), version: 1 };
    const updated = await call("PUT", `${URL}/${dashboard.id}`, ws.keys.admin, update);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(json<Dashboard>(updated)).toMatchObject({ name: "Branches (weekly)", version: 2 });

    const stale = await call("PUT", `${URL}/${dashboard.id}`, ws.keys.owner, { ...update, name: "Lost" });
    expect(stale.statusCode).toBe(409);
    expect(json<Problem>(stale).code).toBe("version_conflict");

    const copy = await call("POST", `${URL}/${dashboard.id}/duplicate`, ws.keys.analyst, {
      team: "Call centre",
    });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(json<Dashboard>(copy)).toMatchObject({
      name: "Branches (weekly) (copy)",
      team: "Call centre",
      version: 1,
    });

    expect((await call("DELETE", `${URL}/${json<Dashboard>(copy).id}`, ws.keys.analyst)).statusCode).toBe(
      204,
    );
    expect((await call("GET", `${URL}/${json<Dashboard>(copy).id}`, ws.keys.viewer)).statusCode).toBe(404);

    const audit = json<{ items: { action: string }[] }>(
      await call("GET", "/api/v1/audit-log?limit=20", ws.keys.owner),
    );
    const actions = audit.items.map((entry) => entry.action);
    for (const action of [
      "dashboard.create",
      "dashboard.update",
      "dashboard.duplicate",
      "dashboard.delete",
    ]) {
      expect(actions).toContain(action);
    }
  });

  it("documents the dashboard and event routes in the OpenAPI document", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(json<{ paths: Record<string, unknown> }>(response).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/v1/analytics/dashboards",
        "/api/v1/analytics/dashboards/{id}",
        "/api/v1/analytics/dashboards/{id}/duplicate",
        "/api/v1/analytics/events",
      ]),
    );
  });

  it("refuses to delete the default dashboard", async () => {
    const [summary] = json<{ items: DashboardSummary[] }>(await call("GET", URL, ws.keys.viewer)).items;
    const response = await call("DELETE", `${URL}/${summary?.id}`, ws.keys.owner);
    expect(response.statusCode).toBe(409);
    expect(json<Problem>(response).code).toBe("default_dashboard");
  });

  it("names the widget path of a survey of another workspace, a misfit metric and a bad layout (422)", async () => {
    const foreign = await call("POST", URL, ws.keys.analyst, { name: "X", widgets: npsKpi(otherSurveyId) });
    expect(foreign.statusCode).toBe(422);
    expect(json<Problem>(foreign).errors?.[0]?.path).toBe("widgets.0.query.source.surveyId");

    const misfit = npsKpi();
    misfit.push({
      kind: "trend",
      id: "csat_on_text",
      title: { vi: "CSAT" },
      layout,
      query: {
        metric: "csat",
        source: { kind: "survey_question", surveyId, questionId: "comment" },
        groupBy: { kind: "week" },
      },
    });
    const wrong = await call("POST", URL, ws.keys.analyst, { name: "X", widgets: misfit });
    expect(wrong.statusCode).toBe(422);
    expect(json<Problem>(wrong).errors?.[0]?.path).toBe("widgets.1.query.metric");

    const drivers = await call("POST", URL, ws.keys.analyst, {
      name: "X",
      widgets: [
        {
          kind: "drivers",
          id: "d",
          title: { en: "D" },
          layout,
          request: { surveyId, outcome: "nps", predictors: ["comment"] },
        },
      ],
    });
    expect(json<Problem>(drivers).errors?.[0]?.path).toBe("widgets.0.request.predictors.0");

    const comments = await call("POST", URL, ws.keys.analyst, {
      name: "X",
      widgets: [
        { kind: "comments", id: "c", title: { vi: "Góp ý" }, layout, filters: { surveyId: otherSurveyId } },
      ],
    });
    expect(json<Problem>(comments).errors?.[0]?.path).toBe("widgets.0.filters.surveyId");

    const overflow = await call("POST", URL, ws.keys.analyst, {
      name: "X",
      widgets: [{ ...npsKpi()[0], layout: { x: 8, y: 0, w: 6, h: 2 } }],
    });
    expect(overflow.statusCode).toBe(422);
    expect(json<Problem>(overflow).errors?.[0]?.path).toBe("widgets.0.layout.w");
  });

  it("keeps dashboards inside their workspace (404) and lets only owner, admin and analyst change them", async () => {
    const mine = json<Dashboard>(
      await call("POST", URL, ws.keys.analyst, { name: "Mine", widgets: npsKpi() }),
    );
    expect((await call("GET", `${URL}/${mine.id}`, other.keys.owner)).statusCode).toBe(404);
    expect((await call("DELETE", `${URL}/${mine.id}`, other.keys.owner)).statusCode).toBe(404);
    const put = { name: "Theirs", widgets: [], version: 1 };
    expect((await call("PUT", `${URL}/${mine.id}`, other.keys.owner, put)).statusCode).toBe(404);

    for (const role of ["agent", "viewer"] as const) {
      expect((await call("GET", `${URL}/${mine.id}`, ws.keys[role])).statusCode).toBe(200);
      expect((await call("POST", URL, ws.keys[role], { name: "No", widgets: [] })).statusCode).toBe(403);
      expect((await call("PUT", `${URL}/${mine.id}`, ws.keys[role], put)).statusCode).toBe(403);
      expect((await call("DELETE", `${URL}/${mine.id}`, ws.keys[role])).statusCode).toBe(403);
    }
  });
});

describe.each(testEngines)("default dashboard of a new workspace on %s", (engine) => {
  it("is created, empty with a note, when the first workspace is provisioned", async () => {
    const testDb = await createTestDatabase(engine);
    try {
      const result = await provisionFirstWorkspace(testDb.database, {
        adminEmail: "owner@example.com",
        adminPassword: "correct horse battery",
        workspaceName: "Ngân hàng Sen",
        apiKey: undefined,
      });
      expect(result.created).toBe(true);
      const [workspace] = await testDb.database.db.select().from(workspaces);
      const dashboard = await findDefaultDashboard(testDb.database.db, workspace?.workspaceId ?? "");
      expect(dashboard).toMatchObject({ isDefault: true, widgets: [], note: DEFAULT_DASHBOARD_NOTE });
    } finally {
      await testDb.dispose();
    }
  });
});
