// Bulk import of responses from CSV, JSONL or a Qualtrics CSV export, streamed: rows are validated one by one and stored in
// batches; good rows are kept, bad rows reported with their line and field paths, nothing silently dropped.
import type { Readable } from "node:stream";
import {
  allQuestions,
  answerFromCell,
  type SubmitResponseInput,
  type Survey,
  submitResponseInputSchema,
} from "@touchpoint/core";
import { NotFoundError, ValidationError } from "../../platform/errors.ts";
import { fieldErrorsFromZod } from "../../platform/field-errors.ts";
import { emptyImportReport, type ImportReport, recordRowFailure } from "../../platform/import/report.ts";
import { csvRecords, jsonlRows, NOT_JSON } from "../../platform/import/rows.ts";
import { findSurveyIn } from "../surveys/service.ts";
import { qualtricsRows } from "./qualtrics-csv.ts";
import type { NewResponse } from "./repo.ts";
import { prepareResponse, type ResponsesDeps, storeResponses } from "./service.ts";

export const IMPORT_FORMATS = ["csv", "jsonl", "qualtrics"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type { ImportReport };

const BATCH_SIZE = 500;

interface SourceRow {
  line: number;
  input: unknown;
  preview?: boolean;
}

/** CSV columns: question ids, hidden field keys (or hidden.<key>), language, channel, submitted_at, client_response_id, customer.<field>. */
async function* csvRows(source: Readable, survey: Survey): AsyncGenerator<SourceRow> {
  const questions = new Map(allQuestions(survey.definition).map((question) => [question.id, question]));
  const hiddenKeys = new Set(survey.definition.hiddenFields.map((field) => field.key));
  for await (const { line, cells } of csvRecords(source)) {
    const input: Record<string, unknown> = { answers: {}, hidden: {}, channel: "import" };
    const answers = input.answers as Record<string, unknown>;
    const hidden = input.hidden as Record<string, string>;
    const customer: Record<string, string> = {};
    for (const [column, cell] of Object.entries(cells)) {
      const key = column.trim();
      const question = questions.get(key);
      if (question) {
        const answer = answerFromCell(question, cell);
        if (answer !== undefined) answers[key] = answer;
      } else if (key.startsWith("hidden.") || hiddenKeys.has(key)) {
        if (cell !== "") hidden[key.replace(/^hidden\./, "")] = cell;
      } else if (key.startsWith("customer.")) {
        if (cell.trim()) customer[key.slice("customer.".length)] = cell.trim();
      } else if (cell.trim() !== "") {
        const field = {
          language: "language",
          channel: "channel",
          submitted_at: "submittedAt",
          submittedAt: "submittedAt",
          client_response_id: "clientResponseId",
          clientResponseId: "clientResponseId",
        }[key];
        input[field ?? key] = cell.trim();
      }
    }
    if (Object.keys(customer).length > 0) input.customer = customer;
    yield { line, input };
  }
}

export async function importResponses(
  deps: ResponsesDeps,
  workspaceId: string,
  surveyId: string,
  format: ImportFormat,
  source: Readable,
  onProgress: (rows: number) => void = () => {},
): Promise<ImportReport> {
  const survey = await findSurveyIn(deps.database.db, workspaceId, surveyId);
  if (!survey) throw new NotFoundError("Survey");
  if (survey.status === "draft")
    throw new ValidationError("Publish the survey before importing responses into it.");
  const report = emptyImportReport();
  const fail = (row: number, errors: ImportReport["errors"][number]["errors"]) =>
    recordRowFailure(report, row, errors);
  let batch: NewResponse[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    const inserted = await deps.database.transaction((tx) =>
      storeResponses(deps, tx, survey, workspaceId, rows),
    );
    report.stored += inserted.length;
    report.duplicates += rows.length - inserted.length;
    onProgress(report.rows);
  };
  const warnings = new Set<string>();
  const rows: AsyncGenerator<SourceRow> =
    format === "csv"
      ? csvRows(source, survey)
      : format === "qualtrics"
        ? qualtricsRows(source, survey, (message) => warnings.add(message))
        : jsonlRows(source);
  let previews = 0;
  for await (const { line, input, preview } of rows) {
    report.rows += 1;
    if (preview) {
      previews += 1;
      continue;
    }
    if (input === NOT_JSON) {
      fail(line, [{ path: "", message: "not valid JSON" }]);
      continue;
    }
    const parsed = submitResponseInputSchema.safeParse({ channel: "import", ...(input as object) });
    if (!parsed.success) {
      fail(line, fieldErrorsFromZod(parsed.error));
      continue;
    }
    const prepared = prepareResponse(
      survey,
      workspaceId,
      parsed.data as SubmitResponseInput,
      deps.clock.now(),
    );
    if (!prepared.ok) {
      fail(line, prepared.errors);
      continue;
    }
    // Repeated ids, in one batch or across batches, are skipped by the insert and counted as duplicates.
    batch.push(prepared.row);
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  if (previews > 0) {
    report.skipped = previews;
    warnings.add(`${previews} survey preview rows (Status 1) were skipped`);
  }
  if (warnings.size > 0) report.warnings = [...warnings];
  return report;
}
