// HTTP routes of the invitations API (/api/v1): send a survey by email to a JSON or CSV list of recipients
// or to a segment of customers, and follow the sends — batches with counts per status, and each invitation's state.
import {
  invitationBatchSchema,
  invitationSchema,
  invitationSettingsSchema,
  invitationStatusSchema,
  pageOf,
  problemSchema,
  sendInvitationsInputSchema,
  sendInvitationsResultSchema,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError, ValidationError } from "../../platform/errors.ts";
import { fieldErrorsFromZod } from "../../platform/field-errors.ts";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { getBatch, listBatches, listInvitations } from "./find-invitations.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import { parseRecipientsCsv } from "./recipients-csv.ts";
import { sendInvitations } from "./send-invitations.ts";
import { sendInvitationsToSegment, sendToSegmentInputSchema } from "./send-to-segment.ts";

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  413: problemSchema,
  415: problemSchema,
  422: problemSchema,
};
const idParams = z.strictObject({ id: z.uuid() });
const batchesQuery = z.strictObject({
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
const invitationsQuery = z.strictObject({
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  status: invitationStatusSchema.optional(),
});
/** A CSV upload's settings travel in the query: subject.vi=…, message.en=…, reminders.count=2. */
const sendQuery = z.record(z.string(), z.string());

/** The query of a CSV upload as the settings object the JSON body would carry. */
function settingsFromQuery(query: Record<string, string>) {
  const settings: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    const dot = name.indexOf(".");
    const [group, key] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ""];
    if (key && (group === "subject" || group === "message" || group === "reminders")) {
      const entry = (settings[group] ?? {}) as Record<string, unknown>;
      entry[key] = group === "reminders" && /^\d+$/.test(value) ? Number(value) : value;
      settings[group] = entry;
    } else settings[name] = value;
  }
  return parseOrThrow(invitationSettingsSchema, settings, "Some settings are not valid.");
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, message: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(message, fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

/** The recipients and settings of a send, from a CSV upload (with its query) or a JSON body. */
function sendSource(body: unknown, contentType: string | undefined, query: Record<string, string>) {
  const csv = (contentType ?? "").split(";")[0]?.trim() === "text/csv";
  if (typeof body === "string") {
    if (!csv) throw new DomainError(415, "unsupported_media_type", "Send application/json or text/csv.");
    return { settings: settingsFromQuery(query), recipients: parseRecipientsCsv(body) };
  }
  const input = parseOrThrow(sendInvitationsInputSchema, body, "The request is not valid.");
  return {
    settings: input,
    recipients: input.recipients.map((row, index) => ({ row: index + 1, input: row })),
  };
}

export function registerInvitationRoutes(api: FastifyInstance, deps: InvitationsDeps) {
  api.register(async (scope) => {
    // Recipient lists are small enough to read whole (10,000 rows); the responses import streams its CSV,
    // so in this scope text/csv gets a string parser instead.
    if (scope.hasContentTypeParser("text/csv")) scope.removeContentTypeParser("text/csv");
    scope.addContentTypeParser("text/csv", { parseAs: "string" }, (_request, body, done) => done(null, body));
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ["invitations"];

    app.post(
      "/surveys/:id/invitations",
      {
        config: { permission: "invitations.send" },
        bodyLimit: 16 * 1024 * 1024,
        attachValidation: true,
        schema: {
          tags,
          summary:
            "Invite recipients to a live survey by email: a JSON body with recipients or a segmentId, or text/csv (columns email, name, language, hidden.<key>; settings in the query)",
          params: idParams,
          querystring: sendQuery,
          body: z.union([sendInvitationsInputSchema, sendToSegmentInputSchema, z.string()]),
          response: { 202: sendInvitationsResultSchema, ...problems },
        },
      },
      async (request, reply) => {
        // The body is checked here rather than by the route: a union of JSON and CSV would report a JSON
        // mistake as "Invalid input" instead of naming its field.
        const invalid = request.validationError as (Error & { validationContext?: string }) | undefined;
        if (invalid && invalid.validationContext !== "body") throw invalid;
        const linkBase = deps.publicUrl ?? `${request.protocol}://${request.host}`;
        const toSegment =
          typeof request.body === "object" && request.body !== null && "segmentId" in request.body;
        const result = toSegment
          ? await sendInvitationsToSegment(deps, callerOf(request), request.params.id, {
              input: parseOrThrow(sendToSegmentInputSchema, request.body, "The request is not valid."),
              linkBase,
            })
          : await sendInvitations(deps, callerOf(request), request.params.id, {
              ...sendSource(request.body, request.headers["content-type"], request.query),
              linkBase,
            });
        return reply.status(202).send(result);
      },
    );

    app.get(
      "/surveys/:id/invitations/batches",
      {
        config: { permission: "invitations.read" },
        schema: {
          tags,
          summary: "The email sends of a survey, newest first, with their counts per status",
          params: idParams,
          querystring: batchesQuery,
          response: { 200: pageOf(invitationBatchSchema), ...problems },
        },
      },
      async (request) => listBatches(deps, callerOf(request).workspaceId, request.params.id, request.query),
    );

    app.get(
      "/invitation-batches/:id",
      {
        config: { permission: "invitations.read" },
        schema: {
          tags,
          summary: "One send with its invitations counted per status",
          params: idParams,
          response: { 200: invitationBatchSchema, ...problems },
        },
      },
      async (request) => getBatch(deps, callerOf(request).workspaceId, request.params.id),
    );

    app.get(
      "/invitation-batches/:id/invitations",
      {
        config: { permission: "invitations.read" },
        schema: {
          tags,
          summary: "The invitations of a send, in recipient order, optionally of one status",
          params: idParams,
          querystring: invitationsQuery,
          response: { 200: pageOf(invitationSchema), ...problems },
        },
      },
      async (request) =>
        listInvitations(deps, callerOf(request).workspaceId, request.params.id, request.query),
    );
  });
}
