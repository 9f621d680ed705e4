// HTTP routes of interactions (/api/v1): one or a batch of up to 1,000 as JSON, or a CSV/JSONL file
// streamed in. Items are checked one by one by the service, so the body schema documents the request
// (OpenAPI) but does not gate it: one bad item must not fail its whole batch.
import type { Readable } from "node:stream";
import {
  INTERACTION_OUTCOMES,
  interactionInputSchema,
  interactionSchema,
  MAX_INTERACTION_BATCH,
  problemSchema,
} from "@touchpoint/core";
import type { FastifyInstance, FastifySchemaCompiler } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ValidationError } from "../../platform/errors.ts";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { acceptImportBodies, importBodyFormat } from "../../platform/http/import-bodies.ts";
import { importReportSchema } from "../../platform/import/report.ts";
import { importInteractions } from "./interactions-import.ts";
import { type InteractionsDeps, recordInteraction, recordInteractionBatch } from "./interactions-service.ts";

const batchInputSchema = z.strictObject({
  interactions: z.array(interactionInputSchema).min(1).max(MAX_INTERACTION_BATCH),
});
const itemResultSchema = z.object({
  index: z.number().int(),
  status: z.enum(["created", "duplicate", "invalid"]),
  id: z.uuid().optional(),
  customerId: z.uuid().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
const batchResultSchema = z.object({
  results: z.array(itemResultSchema),
  created: z.number().int(),
  duplicates: z.number().int(),
  invalid: z.number().int(),
});
const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  413: problemSchema,
  415: problemSchema,
  422: problemSchema,
};
/** A batch of 1,000 with notes and metadata outgrows the default body limit. */
const BATCH_BODY_LIMIT = 16 * 1024 * 1024;

type RouteSchema<T> = Parameters<FastifySchemaCompiler<T>>[0];

/** The body goes to the handler as sent; other parts (params, query) are zod schemas, validated as everywhere. */
const bodyCheckedByService = (route: RouteSchema<unknown>) =>
  route.httpPart === "body"
    ? (data: unknown) => ({ value: data })
    : validatorCompiler(route as RouteSchema<z.ZodType>);

type Body = { single: unknown } | { batch: unknown[] };

/** One interaction object, or `{ "interactions": [ … ] }`. */
function readBody(body: unknown): Body {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ValidationError('Send one interaction object or { "interactions": [ … ] }.', [
      { path: "", message: "must be an object" },
    ]);
  }
  if (!("interactions" in body)) return { single: body };
  const { interactions, ...rest } = body as { interactions: unknown };
  const errors = Object.keys(rest).map((key) => ({ path: key, message: "unknown field" }));
  if (!Array.isArray(interactions)) errors.push({ path: "interactions", message: "must be a list" });
  else if (interactions.length === 0) errors.push({ path: "interactions", message: "must not be empty" });
  if (errors.length > 0 || !Array.isArray(interactions))
    throw new ValidationError('A batch is { "interactions": [ … ] } and nothing else.', errors);
  return { batch: interactions };
}

export function registerInteractionRoutes(api: FastifyInstance, deps: InteractionsDeps) {
  // Its own scope, so CSV and JSONL bodies can stay streams here whatever other modules parse them into.
  api.register(async (scope) => {
    acceptImportBodies(scope);
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ["interactions"];

    app.post(
      "/interactions",
      {
        config: { permission: "interactions.write" },
        bodyLimit: BATCH_BODY_LIMIT,
        validatorCompiler: bodyCheckedByService,
        schema: {
          tags,
          summary: `Record one interaction (201; 200 with the stored one when its eventId was seen) or a batch { interactions: [ … ] } of up to ${MAX_INTERACTION_BATCH} (200 with a result per item; invalid items reported, the others stored). Outcomes: ${INTERACTION_OUTCOMES.join(", ")}.`,
          body: z.union([interactionInputSchema, batchInputSchema]),
          response: {
            200: z.union([interactionSchema, batchResultSchema]),
            201: interactionSchema,
            ...problems,
          },
        },
      },
      async (request, reply) => {
        const body = readBody(request.body as unknown);
        const caller = callerOf(request);
        if ("batch" in body) return recordInteractionBatch(deps, caller, body.batch);
        const { status, interaction } = await recordInteraction(deps, caller, body.single);
        if (status === "duplicate") reply.header("idempotent-replayed", "true");
        return reply.status(status === "created" ? 201 : 200).send(interaction);
      },
    );

    app.post(
      "/interactions/import",
      {
        config: { permission: "interactions.write" },
        bodyLimit: 4 * 1024 ** 3,
        schema: {
          tags,
          summary:
            "Import interactions from CSV (text/csv) or JSONL (application/x-ndjson), streamed; returns a per-row error report",
          response: { 200: importReportSchema, ...problems },
        },
      },
      async (request) =>
        importInteractions(
          deps,
          callerOf(request).workspaceId,
          importBodyFormat(request.headers["content-type"]),
          request.body as Readable,
        ),
    );
  });
}
