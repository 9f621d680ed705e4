import { exampleNpsSurvey } from "@touchpoint/core";
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
import type { ImportReport } from "./import.ts";

describe.each(testEngines)("bulk import of responses on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let surveyId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { definition: exampleNpsSurvey() },
    });
    surveyId = json<{ id: string }>(created).id;
    await t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${surveyId}/status`,
      headers: bearer(ws.keys.analyst),
      payload: { status: "live" },
    });
  });
  afterAll(() => t.dispose());

  const upload = (contentType: string, body: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${surveyId}/responses/import`,
      headers: { ...bearer(ws.keys.analyst), "content-type": contentType },
      payload: body,
    });
  const listed = async (query = "") =>
    json<{
      items: {
        clientResponseId: string;
        answers: Record<string, unknown>;
        hidden: Record<string, string>;
        channel: string;
      }[];
    }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${surveyId}/responses?limit=500${query}`,
        headers: bearer(ws.keys.viewer),
      }),
    ).items;

  it("stores good CSV rows and reports bad ones with their line and field", async () => {
    const csv = [
      "client_response_id,nps,reason,csat,channel_used,touchpoint,channel,language",
      "csv-1,3,Phí chuyển khoản cao,2,branch,quay-1,branch,vi",
      "csv-2,10,,5,app,app-login,app,en",
      "csv-3,11,,,,,,",
      "csv-4,9,Không nên trả lời câu này,,,,,",
      '"csv-5","6","Nhân viên ""rất"" nhiệt tình, nhưng chậm","4","Tổng đài",,phone,vi',
    ].join("\n");
    const report = json<ImportReport>(await upload("text/csv", csv));
    expect(report).toMatchObject({ rows: 5, stored: 3, duplicates: 0, failed: 2 });
    expect(report.errors.map((e) => [e.row, e.errors[0]?.path])).toEqual([
      [4, "answers.nps"],
      [5, "answers.reason"],
    ]);
    const stored = await listed();
    const byId = Object.fromEntries(stored.map((r) => [r.clientResponseId, r]));
    expect(byId["csv-1"]).toMatchObject({
      channel: "branch",
      hidden: { touchpoint: "quay-1" },
      answers: { nps: 3, channel_used: { choice: "branch" } },
    });
    expect(byId["csv-5"]?.answers).toMatchObject({
      reason: 'Nhân viên "rất" nhiệt tình, nhưng chậm',
      channel_used: { other: "Tổng đài" },
    });
  });

  it("imports JSONL, skips rows already present, and reports lines that are not JSON", async () => {
    const lines = [
      JSON.stringify({ clientResponseId: "jsonl-1", answers: { nps: 8 }, hidden: { order_id: "A1" } }),
      "{not json",
      JSON.stringify({ clientResponseId: "csv-1", answers: { nps: 3 } }),
      JSON.stringify({
        clientResponseId: "jsonl-2",
        answers: { nps: 0, reason: "Ứng dụng hay bị lỗi" },
        channel: "app",
        submittedAt: "2026-10-01T09:30:00+07:00",
      }),
      JSON.stringify({ answers: { nps: 5 }, colour: "red" }),
    ].join("\n");
    const report = json<ImportReport>(await upload("application/x-ndjson", lines));
    expect(report).toMatchObject({ rows: 5, stored: 2, duplicates: 1, failed: 2 });
    expect(report.errors.map((e) => e.row)).toEqual([2, 5]);
    expect(report.errors[1]?.errors[0]?.path).toBe("colour");
    const again = json<ImportReport>(await upload("application/x-ndjson", lines));
    expect(again).toMatchObject({ stored: 0, duplicates: 3, failed: 2 });
  });

  it("counts imported completed responses through the same outbox job as live ones", async () => {
    await t.jobs.runDue("responses.completed");
    const survey = json<{ responseCount: number }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${surveyId}`,
        headers: bearer(ws.keys.viewer),
      }),
    );
    expect(survey.responseCount).toBe(5);
  });

  it("refuses other content types with 415", async () => {
    const response = await upload("application/xml", "<x/>");
    expect(response.statusCode).toBe(415);
  });
});
