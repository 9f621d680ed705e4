import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
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

const formats = path.resolve(import.meta.dirname, "../../../../../../shared/data/survey-formats");

describe("survey import and export over the API", () => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp("embedded");
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const importFile = (fileName: string, content: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/surveys/import",
      headers: bearer(ws.keys.analyst),
      payload: { fileName, content },
    });

  it("creates a draft from SurveyJS JSON and lists what it could not map", async () => {
    const surveyJs = {
      title: "Góp ý dịch vụ",
      pages: [
        {
          name: "p1",
          elements: [
            {
              type: "rating",
              name: "nps",
              title: "How likely are you to recommend us?",
              rateMin: 0,
              rateMax: 10,
            },
            { type: "html", name: "intro", html: "<b>Hi</b>" },
          ],
        },
      ],
    };
    const response = await importFile("feedback.json", JSON.stringify(surveyJs));
    expect(response.statusCode, response.body).toBe(201);
    const body = json<{
      survey: { status: string; definition: { pages: { questions: { type: string }[] }[] } };
      unmapped: { what: string }[];
    }>(response);
    expect(body.survey.status).toBe("draft");
    expect(body.survey.definition.pages[0]?.questions.map((q) => q.type)).toEqual(["nps"]);
    expect(body.unmapped.length).toBeGreaterThan(0);
  });

  it("refuses a file that is no survey with a 422 problem", async () => {
    const response = await importFile("notes.txt", "just some text");
    expect(response.statusCode).toBe(422);
    expect(json(response)).toMatchObject({ code: "survey_import_failed" });
  });

  it("exports a survey as JSON that re-imports to the same definition", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { definition: exampleNpsSurvey() },
    });
    const original = json<{ id: string; definition: unknown }>(created);
    const exported = await t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${original.id}/export`,
      headers: bearer(ws.keys.viewer),
    });
    expect(exported.headers["content-disposition"]).toMatch(/attachment; filename=".+\.touchpoint\.json"/);
    const reimported = json<{ survey: { definition: unknown }; unmapped: unknown[] }>(
      await importFile("copy.touchpoint.json", exported.body),
    );
    expect(reimported.survey.definition).toEqual(original.definition);
    expect(reimported.unmapped).toEqual([]);
  });

  it.skipIf(!existsSync(formats))("imports the real Qualtrics sample survey", async () => {
    const qsf = readFileSync(path.join(formats, "qualtrics/QualtricsTools_Sample_Survey.qsf"), "utf8");
    const body = json<{ survey: { definition: { pages: { questions: unknown[] }[] } }; unmapped: unknown[] }>(
      await importFile("QualtricsTools_Sample_Survey.qsf", qsf),
    );
    const questions = body.survey.definition.pages.flatMap((page) => page.questions);
    expect(questions).toHaveLength(7);
    expect(body.unmapped.length).toBeGreaterThanOrEqual(5);
  });
});
