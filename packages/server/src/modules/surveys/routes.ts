// HTTP routes of the surveys module.
import {
  changeSurveyStatusInputSchema,
  channelSchema,
  createSurveyInputSchema,
  pageOf,
  problemSchema,
  surveySchema,
  surveyStatusSchema,
  surveySummarySchema,
  updateSurveyInputSchema,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { exportSurvey, importSurvey } from "./import-export.ts";
import { qrFormats, surveyLink, surveyQrCode } from "./links.ts";
import {
  changeSurveyStatus,
  createSurvey,
  deleteSurvey,
  getSurvey,
  listSurveys,
  type SurveysDeps,
  updateSurvey,
} from "./service.ts";

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const params = z.strictObject({ id: z.uuid() });
const listQuery = z.strictObject({
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  status: surveyStatusSchema.optional(),
});

const importSurveyInputSchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  content: z.string().min(1),
});
const importedSurveySchema = z.object({
  survey: surveySchema,
  unmapped: z.array(z.object({ path: z.string(), what: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
});
const qrQuery = z.strictObject({
  format: z.enum(qrFormats).default("svg"),
  channel: channelSchema.default("qr"),
  size: z.coerce.number().int().min(64).max(2048).default(512),
});

export function registerSurveyRoutes(
  api: FastifyInstance,
  deps: SurveysDeps & { publicUrl?: string | undefined },
) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["surveys"];

  app.get(
    "/surveys",
    {
      config: { permission: "surveys.read" },
      schema: {
        tags,
        summary: "List surveys, newest first",
        querystring: listQuery,
        response: { 200: pageOf(surveySummarySchema), ...problems },
      },
    },
    async (request) => listSurveys(deps, callerOf(request), request.query),
  );

  app.post(
    "/surveys",
    {
      config: { permission: "surveys.manage" },
      schema: {
        tags,
        summary: "Create a survey (as a draft)",
        body: createSurveyInputSchema,
        response: { 201: surveySchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSurvey(deps, callerOf(request), request.body)),
  );

  app.get(
    "/surveys/:id",
    {
      config: { permission: "surveys.read" },
      schema: {
        tags,
        summary: "A survey with its current definition",
        params,
        response: { 200: surveySchema, ...problems },
      },
    },
    async (request) => getSurvey(deps, callerOf(request), request.params.id),
  );

  app.patch(
    "/surveys/:id",
    {
      config: { permission: "surveys.manage" },
      schema: {
        tags,
        summary: "Rename or edit a survey; editing a survey that has been live creates a new version",
        params,
        body: updateSurveyInputSchema,
        response: { 200: surveySchema, ...problems },
      },
    },
    async (request) => updateSurvey(deps, callerOf(request), request.params.id, request.body),
  );

  app.post(
    "/surveys/:id/status",
    {
      config: { permission: "surveys.manage" },
      schema: {
        tags,
        summary: "Publish, pause, resume or close a survey",
        params,
        body: changeSurveyStatusInputSchema,
        response: { 200: surveySchema, ...problems },
      },
    },
    async (request) => changeSurveyStatus(deps, callerOf(request), request.params.id, request.body.status),
  );

  app.get(
    "/surveys/:id/qr",
    {
      config: { permission: "surveys.read" },
      schema: {
        tags,
        summary: "QR code of the survey's public link (SVG or PNG), tagged with a channel",
        params,
        querystring: qrQuery,
      },
    },
    async (request, reply) => {
      const survey = await getSurvey(deps, callerOf(request), request.params.id);
      const base = deps.publicUrl ?? `${request.protocol}://${request.host}`;
      const { format, channel, size } = request.query;
      const image = await surveyQrCode(
        surveyLink(base, survey.slug, channel),
        format,
        size,
        survey.definition.theme.brandColor,
      );
      return reply
        .type(format === "svg" ? "image/svg+xml" : "image/png")
        .header("content-disposition", `attachment; filename="${survey.slug}-${channel}.${format}"`)
        .send(image);
    },
  );

  app.post(
    "/surveys/import",
    {
      config: { permission: "surveys.manage" },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary:
          "Create a draft from a SurveyJS JSON, Qualtrics .qsf, LimeSurvey .lss/.lsg or Touchpoint export; lists what could not be mapped",
        body: importSurveyInputSchema,
        response: { 201: importedSurveySchema, ...problems, 422: problemSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await importSurvey(deps, callerOf(request), request.body.fileName, request.body.content)),
  );

  app.get(
    "/surveys/:id/export",
    {
      config: { permission: "surveys.read" },
      schema: { tags, summary: "The survey definition as Touchpoint JSON (re-importable)", params },
    },
    async (request, reply) => {
      const { fileName, content } = await exportSurvey(deps, callerOf(request), request.params.id);
      return reply
        .type("application/json")
        .header("content-disposition", `attachment; filename="${fileName}"`)
        .send(content);
    },
  );

  app.delete(
    "/surveys/:id",
    {
      config: { permission: "surveys.manage" },
      schema: { tags, summary: "Delete a draft survey", params, response: { 204: z.null(), ...problems } },
    },
    async (request, reply) => {
      await deleteSurvey(deps, callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
