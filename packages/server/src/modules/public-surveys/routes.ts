// Public survey API for respondents' browsers (the widget on customers' own sites, other front ends):
// no credentials, the workspace comes from the survey's public slug, any origin may call it (CORS), and a
// response can be continued only with the token handed out when it was created.
import {
  CONTACT_HOLD_REASONS,
  customerKeysOf,
  patchResponseInputSchema,
  problemSchema,
  submitResponseInputSchema,
  surveyDefinitionSchema,
} from "@touchpoint/core";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFoundError } from "../../platform/errors.ts";
import { askCustomer } from "../contacts/service.ts";
import { referenceWithdrewConsent } from "../customers/privacy-consent.ts";
import { keyedHash } from "../platform/tokens.ts";
import { findWorkspaceBySlugIn } from "../platform/workspaces.ts";
import { patchResponse, type ResponsesDeps, submitResponse } from "../responses/service.ts";
import { findLiveSurveyBySlug, listWidgetSurveysIn } from "../surveys/service.ts";
import { isTargetedVisitor } from "../widget-identity/service.ts";

const slugParams = z.strictObject({ slug: z.string().min(1).max(64) });
const responseParams = slugParams.extend({ responseId: z.uuid() });
const publicSurveySchema = z.object({
  slug: z.string(),
  version: z.number(),
  definition: surveyDefinitionSchema,
});
const createdSchema = z.object({
  id: z.uuid(),
  status: z.string(),
  ending: z.string().nullable(),
  token: z.string(),
});
const problems = {
  400: problemSchema,
  404: problemSchema,
  409: problemSchema,
  410: problemSchema,
  422: problemSchema,
  429: problemSchema,
};
/** Channels a browser may claim; "api" and "import" stay with authenticated callers. */
const publicChannel = z
  .enum(["web", "widget", "link", "qr", "email", "sms", "app", "social", "other"])
  .default("widget");
const publicSubmitSchema = submitResponseInputSchema.extend({ channel: publicChannel });
const contactCheckSchema = z.strictObject({
  customer: z
    .strictObject({
      externalId: z.string().min(1).max(200).optional(),
      email: z.string().max(320).optional(),
      phone: z.string().max(40).optional(),
      /** Hex HMAC-SHA256(workspace's widget identity secret, externalId), computed by the site's server. */
      userHash: z.string().max(128).optional(),
    })
    .refine((ref) => customerKeysOf(ref).length > 0, "needs an externalId, email or phone"),
  channel: publicChannel,
});
const contactAnswerSchema = z.union([
  z.object({ ask: z.literal(true) }),
  z.object({ ask: z.literal(false), reason: z.enum(CONTACT_HOLD_REASONS), until: z.iso.datetime() }),
  // A survey for a segment, and a visitor not verified to be in it: no date, it will not change by waiting.
  z.object({ ask: z.literal(false), reason: z.literal("not_targeted") }),
  // The customer withdrew consent to in-app surveys (the reason is not told apart from others on purpose).
  z.object({ ask: z.literal(false), reason: z.literal("not_asked") }),
]);

function allowAnyOrigin(reply: FastifyReply) {
  reply.header("access-control-allow-origin", "*");
  reply.header("access-control-allow-headers", "content-type, idempotency-key, x-response-token");
  reply.header("access-control-allow-methods", "GET, POST, PATCH, OPTIONS");
  reply.header("access-control-max-age", "86400");
}

export function registerPublicSurveyRoutes(api: FastifyInstance, deps: ResponsesDeps & { secret: string }) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["public"];
  const tokenFor = (responseId: string) => keyedHash(deps.secret, `response:${responseId}`);
  const liveSurvey = (slug: string) => findLiveSurveyBySlug(deps, slug);

  app.addHook("onRequest", async (_request, reply) => allowAnyOrigin(reply));
  app.options(
    "/public/surveys/*",
    { config: { public: true }, schema: { hide: true } },
    async (_request, reply) => reply.status(204).send(),
  );

  app.get(
    "/public/workspaces/:workspace/widget-surveys",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "The workspace's live surveys that the web widget may show, with their triggers",
        params: z.strictObject({ workspace: z.string().min(1).max(64) }),
        response: { 200: z.object({ items: z.array(publicSurveySchema) }), ...problems },
      },
    },
    async (request, reply) => {
      const workspace = await findWorkspaceBySlugIn(deps.database.db, request.params.workspace);
      const surveys = workspace ? await listWidgetSurveysIn(deps.database.db, workspace.id) : [];
      reply.header("cache-control", "public, max-age=60");
      return {
        items: surveys.map((survey) => ({
          slug: survey.slug,
          version: survey.version,
          definition: survey.definition,
        })),
      };
    },
  );

  app.get(
    "/public/surveys/:slug",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "A live survey's definition, for rendering it",
        params: slugParams,
        response: { 200: publicSurveySchema, ...problems },
      },
    },
    async (request, reply) => {
      const { survey } = await liveSurvey(request.params.slug);
      reply.header("cache-control", "public, max-age=60");
      return { slug: survey.slug, version: survey.version, definition: survey.definition };
    },
  );

  app.post(
    "/public/surveys/:slug/contact-check",
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags,
        summary:
          "Ask whether the survey may be shown to an identified customer now (its segment targeting, with a verified userHash, and the workspace's contact rules); a yes is recorded as a contact",
        params: slugParams,
        body: contactCheckSchema,
        response: { 200: contactAnswerSchema, ...problems },
      },
    },
    async (request) => {
      const { workspaceId, survey } = await liveSurvey(request.params.slug);
      const segmentId = survey.definition.widget?.segmentId;
      // Unknown id, bad hash and non-member all answer alike, so segment membership cannot be probed.
      if (segmentId && !(await isTargetedVisitor(deps, workspaceId, segmentId, request.body.customer)))
        return { ask: false as const, reason: "not_targeted" as const };
      // Opted out of in-app surveys: the same answer on every page, with no date, as for targeting.
      if (await referenceWithdrewConsent(deps.database.db, workspaceId, request.body.customer, "in_app"))
        return { ask: false as const, reason: "not_asked" as const };
      const hold = await askCustomer(deps, workspaceId, {
        surveyId: survey.id,
        surveyDays: survey.definition.doNotAskAgainDays,
        channel: request.body.channel,
        customer: request.body.customer,
      });
      // Only the reason and the date: which survey asked, and how, is the workspace's business.
      if (!hold) return { ask: true as const };
      return { ask: false as const, reason: hold.reason, until: hold.until };
    },
  );

  app.post(
    "/public/surveys/:slug/responses",
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: "Submit a response as a respondent; keep the returned token to continue a partial response",
        params: slugParams,
        headers: z.object({ "idempotency-key": z.string().min(1).max(200).optional() }),
        body: publicSubmitSchema,
        response: { 200: createdSchema, 201: createdSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { workspaceId, survey } = await liveSurvey(request.params.slug);
      const { response, replayed } = await submitResponse(
        deps,
        workspaceId,
        survey.id,
        request.body,
        request.headers["idempotency-key"],
      );
      return reply.status(replayed ? 200 : 201).send({
        id: response.id,
        status: response.status,
        ending: response.ending,
        token: tokenFor(response.id),
      });
    },
  );

  app.patch(
    "/public/surveys/:slug/responses/:responseId",
    {
      config: { public: true, rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: "Continue or complete a partial response, with its token",
        params: responseParams,
        headers: z.object({ "x-response-token": z.string().min(1).max(200) }),
        body: patchResponseInputSchema,
        response: { 200: createdSchema, ...problems },
      },
    },
    async (request) => {
      // A wrong token and an unknown response look the same, so tokens cannot be probed.
      if (request.headers["x-response-token"] !== tokenFor(request.params.responseId))
        throw new NotFoundError("Response");
      const { workspaceId, survey } = await liveSurvey(request.params.slug);
      const response = await patchResponse(
        deps,
        workspaceId,
        survey.id,
        request.params.responseId,
        request.body,
      );
      return {
        id: response.id,
        status: response.status,
        ending: response.ending,
        token: tokenFor(response.id),
      };
    },
  );
}
