import { existsSync, readFileSync } from "node:fs";
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

const SAMPLES = "/work/shared/data/survey-formats/qualtrics";

type Listed = {
  clientResponseId: string;
  status: string;
  language: string;
  channel: string;
  completedAt: string | null;
  answers: Record<string, unknown>;
};

/** A .qsf with the given questions in one block, the way Qualtrics exports it. */
function qsf(questions: Record<string, Record<string, unknown>>): string {
  return JSON.stringify({
    SurveyEntry: { SurveyID: "SV_1", SurveyName: "Hand-built", SurveyLanguage: "EN" },
    SurveyElements: [
      {
        Element: "BL",
        Payload: [
          {
            Type: "Standard",
            ID: "BL_1",
            BlockElements: Object.keys(questions).map((qid) => ({ Type: "Question", QuestionID: qid })),
          },
        ],
      },
      { Element: "FL", Payload: { Type: "Root", Flow: [{ Type: "Block", ID: "BL_1" }] } },
      ...Object.entries(questions).map(([qid, payload]) => ({
        Element: "SQ",
        PrimaryAttribute: qid,
        Payload: { QuestionID: qid, ...payload },
      })),
    ],
  });
}
const options = (...labels: string[]) =>
  Object.fromEntries(labels.map((label, i) => [String(i + 1), { Display: label }]));

/** The three header rows of a legacy export: names, question texts, ImportIds. */
function qualtricsCsv(columns: [name: string, importId: string][], rows: string[][]): string {
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  return [
    columns.map(([name]) => name),
    columns.map(([name]) => `Text of ${name}`),
    columns.map(([, importId]) => JSON.stringify({ ImportId: importId })),
    ...rows,
  ]
    .map((row) => row.map(quote).join(","))
    .join("\r\n");
}

describe.each(testEngines)("Qualtrics CSV import on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const importSurvey = async (fileName: string, content: string) => {
    const imported = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys/import",
      headers: bearer(ws.keys.analyst),
      payload: { fileName, content },
    });
    return json<{ survey: { id: string; definition: unknown } }>(imported).survey;
  };
  const publish = async (id: string) => {
    await t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${id}/status`,
      headers: bearer(ws.keys.analyst),
      payload: { status: "live" },
    });
    return id;
  };
  const publishImported = async (fileName: string, content: string) =>
    publish((await importSurvey(fileName, content)).id);
  const upload = (surveyId: string, contentType: string, body: string, query = "") =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${surveyId}/responses/import${query}`,
      headers: { ...bearer(ws.keys.analyst), "content-type": contentType },
      payload: body,
    });
  const listed = async (surveyId: string) =>
    Object.fromEntries(
      json<{ items: Listed[] }>(
        await t.app.inject({
          method: "GET",
          url: `/api/v1/surveys/${surveyId}/responses?limit=500`,
          headers: bearer(ws.keys.viewer),
        }),
      ).items.map((response) => [response.clientResponseId, response]),
    );

  describe("a hand-built export", () => {
    let surveyId: string;
    const csv = qualtricsCsv(
      [
        ["ResponseID", "responseId"],
        ["EndDate", "endDate"],
        ["Status", "status"],
        ["Finished", "finished"],
        ["UserLanguage", "userLanguage"],
        ["IPAddress", "ipAddress"],
        ["satisfaction", "QID1"],
        ["satisfaction_3_TEXT", "QID1-3-TEXT"],
        ["features_1", "QID2-1"],
        ["features_2", "QID2-2"],
        ["features_3", "QID2-3"],
        ["service_1", "QID3-1"],
        ["service_2", "QID3-2"],
        ["comment", "QID4-TEXT"],
        ["order_1", "QID5-1"],
        ["order_2", "QID5-2"],
        ["order_3", "QID5-3"],
      ],
      [
        ["R_1", "2026-03-02 09:15:00", "0", "1", "EN", "10.0.0.1", "2", "", "1", "", "1", "3", "1"].concat([
          "Nhanh, gọn",
          "2",
          "1",
          "3",
        ]),
        ["R_2", "2026-03-02 10:00:00", "1", "1", "EN", "", "1", "", "", "", "", "", "", "", "", "", ""],
        ["R_3", "2026-03-03 08:00:00", "0", "0", "EN", "", "3", "Qua điện thoại", "", "1", "", "", ""].concat(
          ["", "", "", ""],
        ),
        ["R_4", "2026-03-04 08:00:00", "0", "1", "EN", "", "7", "", "", "", "", "", "", "", "", "", ""],
      ],
    );

    beforeAll(async () => {
      surveyId = await publishImported(
        "hand-built.qsf",
        qsf({
          QID1: {
            DataExportTag: "satisfaction",
            QuestionType: "MC",
            Selector: "SAVR",
            QuestionText: "How satisfied are you?",
            Choices: { ...options("Happy", "Unhappy"), 3: { Display: "Other", TextEntry: "true" } },
          },
          QID2: {
            DataExportTag: "features",
            QuestionType: "MC",
            Selector: "MAVR",
            QuestionText: "Which features do you use?",
            Choices: options("Transfers", "Cards", "Savings"),
          },
          QID3: {
            DataExportTag: "service",
            QuestionType: "Matrix",
            Selector: "Likert",
            SubSelector: "SingleAnswer",
            QuestionText: "Rate our service",
            Choices: options("Branch", "App"),
            Answers: options("Poor", "Fair", "Good"),
          },
          QID4: {
            DataExportTag: "comment",
            QuestionType: "TE",
            Selector: "ML",
            QuestionText: "Anything else?",
          },
          QID5: {
            DataExportTag: "order",
            QuestionType: "RO",
            Selector: "DND",
            QuestionText: "Rank these",
            Choices: options("Price", "Speed", "Staff"),
          },
        }),
      );
    });

    it("maps choice codes, matrix cells, ranks and metadata, skips previews and lists unused columns", async () => {
      const report = json<ImportReport>(await upload(surveyId, "text/csv", csv, "?format=qualtrics"));
      expect(report).toMatchObject({ rows: 4, stored: 2, duplicates: 0, failed: 1, skipped: 1 });
      expect(report.errors.map((e) => [e.row, e.errors[0]?.path])).toEqual([
        [7, "answers.satisfaction.choice"],
      ]);
      expect(report.warnings).toEqual([
        "Columns with no matching question or field were not imported: IPAddress",
        "1 survey preview rows (Status 1) were skipped",
      ]);
      const stored = await listed(surveyId);
      expect(Object.keys(stored).sort()).toEqual(["R_1", "R_3"]);
      expect(stored.R_1).toMatchObject({
        status: "completed",
        channel: "import",
        language: "en",
        completedAt: "2026-03-02T09:15:00.000Z",
        answers: {
          satisfaction: { choice: "c2" },
          features: { choices: ["c1", "c3"] },
          service: { r1: "c3", r2: "c1" },
          comment: "Nhanh, gọn",
          order: ["c2", "c1", "c3"],
        },
      });
      expect(stored.R_3).toMatchObject({
        status: "partial",
        answers: { satisfaction: { other: "Qua điện thoại" }, features: { choices: ["c2"] } },
      });
    });

    it("counts a re-import as duplicates, also when the variant is named in the content type", async () => {
      const report = json<ImportReport>(await upload(surveyId, "text/csv; variant=qualtrics", csv));
      expect(report).toMatchObject({ rows: 4, stored: 0, duplicates: 2, failed: 1, skipped: 1 });
    });

    it("refuses format=qualtrics on a JSONL body", async () => {
      const response = await upload(surveyId, "application/x-ndjson", "{}", "?format=qualtrics");
      expect(response.statusCode).toBe(400);
    });
  });

  describe("a numeric export of recoded questions, read by a survey exported and imported again", () => {
    let surveyId: string;
    const columns: [string, string][] = [
      ["ResponseId", "_recordId"],
      ["satisfaction", "QID1"],
      ["features_1", "QID2_1"],
      ["features_2", "QID2_2"],
      ["features_3", "QID2_3"],
      ["service_1", "QID3_1"],
      ["service_2", "QID3_2"],
      ["recommend_NPS_GROUP", "QID4_NPS_GROUP"],
      ["recommend", "QID4"],
    ];
    const recodes = (...values: number[]) =>
      Object.fromEntries(values.map((value, i) => [String(i + 1), value]));

    beforeAll(async () => {
      const original = await importSurvey(
        "recoded.qsf",
        qsf({
          QID1: {
            DataExportTag: "satisfaction",
            QuestionType: "MC",
            Selector: "SAVR",
            QuestionText: "How satisfied are you?",
            // Entered top-down, recoded so that higher is better: the codes run against the keys.
            Choices: options("Very satisfied", "Satisfied", "Dissatisfied"),
            RecodeValues: recodes(3, 2, 1),
          },
          QID2: {
            DataExportTag: "features",
            QuestionType: "MC",
            Selector: "MAVR",
            QuestionText: "Which features do you use?",
            Choices: options("Transfers", "Cards", "Savings"),
            RecodeValues: recodes(10, 20, 30),
          },
          QID3: {
            DataExportTag: "service",
            QuestionType: "Matrix",
            Selector: "Likert",
            SubSelector: "SingleAnswer",
            QuestionText: "Rate our service",
            Choices: options("Branch", "App"),
            Answers: options("Poor", "Fair", "Good", "Not used"),
            RecodeValues: recodes(1, 2, 3, -1),
          },
          QID4: {
            DataExportTag: "recommend",
            QuestionType: "MC",
            Selector: "NPS",
            QuestionText: "How likely are you to recommend us?",
            Choices: Array.from({ length: 11 }, (_, i) => ({ Display: String(i) })),
            RecodeValues: Array.from({ length: 11 }, (_, i) => i + 1),
          },
        }),
      );
      const exported = await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${original.id}/export`,
        headers: bearer(ws.keys.viewer),
      });
      const copy = await importSurvey("recoded.touchpoint.json", exported.body);
      expect(copy.definition).toEqual(original.definition);
      surveyId = await publish(copy.id);
    });

    it("reads recoded values, raw choice keys and choice texts, and fails a value that is none", async () => {
      const csv = qualtricsCsv(columns, [
        ["R_numeric", "1", "1", "", "1", "-1", "3", "3", "11"],
        ["R_text", "Very satisfied", "", "Cards", "", "Good", "Not used", "Promoter", "0"],
        ["R_keys", "2", "", "", "", "4", "", "", ""],
        ["R_unknown", "7", "", "", "", "", "", "", ""],
      ]);
      const report = json<ImportReport>(await upload(surveyId, "text/csv", csv, "?format=qualtrics"));
      expect(report).toMatchObject({ rows: 4, stored: 3, failed: 1 });
      expect(report.errors.map((e) => [e.row, e.errors[0]?.path])).toEqual([
        [7, "answers.satisfaction.choice"],
      ]);
      const stored = await listed(surveyId);
      expect(stored.R_numeric?.answers).toEqual({
        satisfaction: { choice: "c3" },
        features: { choices: ["c1", "c3"] },
        service: { r1: "c4", r2: "c3" },
        recommend: 10,
      });
      expect(stored.R_text?.answers).toEqual({
        satisfaction: { choice: "c1" },
        features: { choices: ["c2"] },
        service: { r1: "c3", r2: "c4" },
        recommend: 0,
      });
      expect(stored.R_keys?.answers).toEqual({ satisfaction: { choice: "c2" }, service: { r1: "c4" } });
    });

    it("reads multi-select columns named by recode value when the export has no ImportId row", async () => {
      const csv = [
        "ResponseId,features_10,features_20,features_30,recommend",
        "Response ID,Transfers,Cards,Savings,Recommend",
        "R_named,1,,1,1",
      ].join("\r\n");
      const report = json<ImportReport>(await upload(surveyId, "text/csv", csv, "?format=qualtrics"));
      expect(report).toMatchObject({ rows: 1, stored: 1, failed: 0 });
      expect((await listed(surveyId)).R_named?.answers).toEqual({
        features: { choices: ["c1", "c3"] },
        recommend: 0,
      });
    });
  });

  describe.skipIf(!existsSync(SAMPLES))("the QualtricsTools sample survey", () => {
    it("imports every response of the export of the survey created from its .qsf", async () => {
      const surveyId = await publishImported(
        "QualtricsTools_Sample_Survey.qsf",
        readFileSync(`${SAMPLES}/QualtricsTools_Sample_Survey.qsf`, "utf8"),
      );
      const csv = readFileSync(`${SAMPLES}/QualtricsTools_Sample_Survey_responses.csv`, "utf8");
      const report = json<ImportReport>(await upload(surveyId, "text/csv", csv, "?format=qualtrics"));
      expect(report).toMatchObject({ rows: 5, stored: 5, duplicates: 0, failed: 0, errors: [] });
      const stored = await listed(surveyId);
      // Read off the CSV: q1_recent keeps the first ticked column of each row; the skip logic after
      // Canteloupe (q2_favorite 1) leaves the rest of the block empty.
      const skippedRest = (q1_recent: Record<string, string>) => ({
        q1_recent,
        q2_favorite: { choice: "c1" },
      });
      expect(stored.R_9RWrgh1F9m7488l?.answers).toEqual(skippedRest({ r1: "c1", r2: "c2", r3: "c2" }));
      expect(stored.R_01HREuYKcsQtj5r?.answers).toEqual(skippedRest({ r1: "c1", r2: "c1", r3: "c2" }));
      expect(stored.R_3OCWLC3rgTT1pgF?.answers).toEqual(skippedRest({ r1: "c2", r2: "c1", r3: "c1" }));
      expect(stored.R_7U6eBR7waV8xr0N).toMatchObject({
        status: "completed",
        completedAt: "2016-07-20T12:49:25.000Z",
        answers: {
          q1_recent: { r1: "c1", r2: "c1", r3: "c1" },
          q2_favorite: { choice: "c2" },
          q3_volunteer: { choices: ["c4"] },
          q4_rank: { r1: "c2", r2: "c2", r3: "c1" },
          q5_position: expect.stringMatching(/^Augue ab et\?/),
          Q8: { choices: ["r1", "r2", "r3"] },
          Q9: { choices: ["r1", "r2", "r3"] },
        },
      });
      // Pomegranate ranked -1: Qualtrics' recode of "Never Tried It", the fourth column.
      expect(stored.R_6FsLhwCAYml5NOJ?.answers).toEqual({
        q1_recent: { r1: "c2", r2: "c2", r3: "c1" },
        q2_favorite: { choice: "c3" },
        q3_volunteer: { choices: ["c4"] },
        q4_rank: { r1: "c2", r2: "c3", r3: "c4" },
        q5_position: expect.stringMatching(/^Dignissim natoque consectetuer augue sapien, .* Dignissim\.$/),
        Q8: { choices: ["r1", "r2", "r3"] },
        Q9: { choices: ["r1", "r2", "r3"] },
      });
      expect(report.warnings?.[0]).toMatch(/^Columns with no matching .*: ResponseSet, IPAddress, /);
      expect(report.warnings).toContain(
        "Matrix q1_recent has rows with several answers; Touchpoint keeps the first of each row",
      );
    });
  });
});
