// HTTP routes of the responses module: the ingestion API for every channel, and reading responses back.

import type { Readable } from "node:stream";
import {
  channelSchema,
  languageSchema,
  listOf,
  pageOf,
  patchResponseInputSchema,
  problemSchema,
  quotaProgressSchema,
  responseStatusSchema,
  submitResponseInputSchema,
  surveyResponseSchema,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError, ValidationError } from "../../platform/errors.ts";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { acceptImportBodies, IMPORT_CONTENT_TYPES } from "../../platform/http/import-bodies.ts";
import { importReportSchema } from "../../platform/import/report.ts";
import { findResponses } from "./find-responses.ts";
import { IMPORT_FORMATS, type ImportFormat, importResponses } from "./import.ts";
import { quotaProgress } from "./quota-progress.ts";
import { RESPONSE_SORTS } from "./response-cursor.ts";
import { getResponse, patchResponse, type ResponsesDeps, submitResponse } from "./service.ts";

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  410: problemSchema,
  422: problemSchema,
};
const surveyParams = z.strictObject({ id: z.uuid() });
const responseParams = z.strictObject({ id: z.uuid(), responseId: z.uuid() });
const hiddenFilter = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}:.{1,2000}$/, "use key:value, e.g. touchpoint:branch")
  .transform((pair) => {
    const at = pair.indexOf(":");
    return [pair.slice(0, at), pair.slice(at + 1)] as const;
  });
const answerFilter = z
  .string()
  .regex(
    /^[a-zA-Z][a-zA-Z0-9_]{0,63}:.{1,2000}$/,
    "use questionId:value, e.g. channel_used:branch,app, nps:0..6 or nps:detractor",
  );
const listQuery = z.strictObject({
  /** `nextCursor` of the previous page; a cursor belongs to the sort order that made it. */
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** Arrival (created_at, the default newest first) or completion time (submitted_at); `-` is descending. */
  sort: z.enum(RESPONSE_SORTS).default("-created_at"),
  status: responseStatusSchema.optional(),
  channel: channelSchema.optional(),
  language: languageSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Hidden-field filter `key:value`; repeat the parameter to combine (all must match). */
  hidden: z.union([hiddenFilter, z.array(hiddenFilter).max(20)]).optional(),
  /**
   * Answer filter `questionId:value`: choice ids separated by commas (any of them; multiple choice: holds
   * one of them), or for a numeric question a number, a range `min..max` (either end may be left out) or
   * an NPS group (`detractor`, `passive`, `promoter`). Repeat the parameter to combine (all must match).
   */
  answer: z.union([answerFilter, z.array(answerFilter).max(20)]).optional(),
});
const idempotencyHeaders = z.object({ "idempotency-key": z.string().min(1).max(200).optional() });

const importQuery = z.strictObject({ format: z.enum(IMPORT_FORMATS).optional() });

/** The format from the content type, refined by `?format=` or `text/csv; variant=qualtrics`. */
function importFormatOf(header: string, asked: ImportFormat | undefined): ImportFormat {
  const [type = "", ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  const base = IMPORT_CONTENT_TYPES[type];
  if (!base) throw new DomainError(415, "unsupported_media_type", "Send text/csv or application/x-ndjson.");
  const variant = parameters.find((p) => p.startsWith("variant="))?.slice("variant=".length);
  const format = asked ?? (variant?.replace(/"/g, "") === "qualtrics" ? "qualtrics" : base);
  const fits = format === base || (base === "csv" && format === "qualtrics");
  if (!fits)
    throw new ValidationError(`format=${format} does not fit Content-Type ${type}.`, [
      { path: "format", message: `not readable from ${type}` },
    ]);
  return format;
}

export function registerResponseRoutes(api: FastifyInstance, deps: ResponsesDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["responses"];
  acceptImportBodies(app);

  app.post(
    "/surveys/:id/responses/import",
    {
      config: { permission: "responses.submit" },
      bodyLimit: 4 * 1024 ** 3,
      schema: {
        tags,
        summary:
          "Import responses from CSV (text/csv), a Qualtrics CSV export (text/csv with ?format=qualtrics) or JSONL (application/x-ndjson); returns a per-row error report",
        params: surveyParams,
        querystring: importQuery,
        response: { 200: importReportSchema, ...problems, 415: problemSchema },
      },
    },
    async (request) => {
      const format = importFormatOf(request.headers["content-type"] ?? "", request.query.format);
      return importResponses(
        deps,
        callerOf(request).workspaceId,
        request.params.id,
        format,
        request.body as Readable,
      );
    },
  );

  app.post(
    "/surveys/:id/responses",
    {
      config: { permission: "responses.submit" },
      schema: {
        tags,
        summary:
          "Submit a response from any channel; retries with the same Idempotency-Key (or clientResponseId) are stored once",
        params: surveyParams,
        headers: idempotencyHeaders,
        body: submitResponseInputSchema,
        response: { 200: surveyResponseSchema, 201: surveyResponseSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { response, replayed } = await submitResponse(
        deps,
        callerOf(request).workspaceId,
        request.params.id,
        request.body,
        request.headers["idempotency-key"],
      );
      if (replayed) reply.header("idempotent-replayed", "true");
      return reply.status(replayed ? 200 : 201).send(response);
    },
  );

  app.patch(
    "/surveys/:id/responses/:responseId",
    {
      config: { permission: "responses.submit" },
      schema: {
        tags,
        summary: "Add answers to a partial response, or complete it",
        params: responseParams,
        body: patchResponseInputSchema,
        response: { 200: surveyResponseSchema, ...problems },
      },
    },
    async (request) =>
      patchResponse(
        deps,
        callerOf(request).workspaceId,
        request.params.id,
        request.params.responseId,
        request.body,
      ),
  );

  app.get(
    "/surveys/:id/responses",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary:
          "Responses of a survey, newest first or by completion time, filtered by date, channel, language, status, hidden fields and answers",
        params: surveyParams,
        querystring: listQuery,
        response: { 200: pageOf(surveyResponseSchema), ...problems },
      },
    },
    async (request) => {
      const { hidden, answer, from, to, ...filters } = request.query;
      const pairs =
        hidden === undefined
          ? []
          : Array.isArray(hidden[0])
            ? (hidden as (readonly [string, string])[])
            : [hidden as readonly [string, string]];
      return findResponses(deps, callerOf(request).workspaceId, request.params.id, {
        ...filters,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
        hidden: Object.fromEntries(pairs),
        answer: answer === undefined ? [] : [answer].flat(),
      });
    },
  );

  app.get(
    "/surveys/:id/quotas",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "How full each of the survey's quotas is (completed responses counted against the limit)",
        params: surveyParams,
        response: { 200: listOf(quotaProgressSchema), ...problems },
      },
    },
    async (request) => ({
      items: await quotaProgress(deps, callerOf(request).workspaceId, request.params.id),
    }),
  );

  app.get(
    "/surveys/:id/responses/:responseId",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "One response",
        params: responseParams,
        response: { 200: surveyResponseSchema, ...problems },
      },
    },
    async (request) =>
      getResponse(deps, callerOf(request).workspaceId, request.params.id, request.params.responseId),
  );
}
