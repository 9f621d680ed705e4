// HTTP routes of analytics (/api/v1): a survey's summary, the analytics query and key drivers. A request
// that does not fit the schemas is a 422 naming its field (an unknown metric is as much a question that
// cannot be answered as a metric that does not fit the question), not the 400 other modules give.
import {
  analyticsDriversInputSchema,
  analyticsDriversResultSchema,
  analyticsQueryInputSchema,
  analyticsQueryResultSchema,
  analyticsSummaryQuerySchema,
  analyticsSummarySchema,
  problemSchema,
} from "@touchpoint/core";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { fieldErrorsFromZod } from "../../platform/field-errors.ts";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { findDrivers } from "./drivers.ts";
import { type AnalyticsDeps, InvalidQueryError } from "./filters.ts";
import { runAnalyticsQuery } from "./query.ts";
import { summarizeSurvey } from "./summary.ts";

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  422: problemSchema,
};
const surveyParams = z.strictObject({ id: z.uuid() });

/**
 * The request's part as its schema reads it; with attachValidation the route lets a failed check through,
 * and it is reported here as a 422 with the zod issues' field paths.
 */
function validated<T extends z.ZodType>(
  request: FastifyRequest,
  schema: T,
  part: "body" | "querystring",
): z.output<T> {
  const invalid = request.validationError as (Error & { validationContext?: string }) | undefined;
  if (invalid && invalid.validationContext !== part) throw invalid;
  const parsed = schema.safeParse(part === "body" ? request.body : request.query);
  if (parsed.success) return parsed.data;
  const prefix = part === "body" ? "" : "querystring.";
  throw new InvalidQueryError(
    "The request is not valid.",
    fieldErrorsFromZod(parsed.error).map((error) => ({ ...error, path: `${prefix}${error.path}` })),
  );
}

export function registerAnalyticsRoutes(api: FastifyInstance, deps: AnalyticsDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["analytics"];

  app.get(
    "/surveys/:id/summary",
    {
      config: { permission: "analytics.read" },
      attachValidation: true,
      schema: {
        tags,
        summary:
          "Per question: distribution, the metric that fits (NPS, CSAT top-2-box, CES, mean, goal completion) with a 95 % interval, answered and skipped; completion and drop-off",
        params: surveyParams,
        querystring: analyticsSummaryQuerySchema,
        response: { 200: analyticsSummarySchema, ...problems },
      },
    },
    async (request) => {
      const query = validated(request, analyticsSummaryQuerySchema, "querystring");
      return summarizeSurvey(deps, callerOf(request), request.params.id, query);
    },
  );

  app.post(
    "/analytics/query",
    {
      config: { permission: "analytics.read" },
      attachValidation: true,
      schema: {
        tags,
        summary:
          "A metric of a survey question per group, with intervals, anonymity suppression and comparisons (previous period, segment, target; Holm-adjusted across groups)",
        body: analyticsQueryInputSchema,
        response: { 200: analyticsQueryResultSchema, ...problems },
      },
    },
    async (request) =>
      runAnalyticsQuery(deps, callerOf(request), validated(request, analyticsQueryInputSchema, "body")),
  );

  app.post(
    "/analytics/drivers",
    {
      config: { permission: "analytics.read" },
      attachValidation: true,
      schema: {
        tags,
        summary:
          "Key drivers of an outcome question: relative weights, Shapley values, performance and quadrants of up to 15 predictors",
        body: analyticsDriversInputSchema,
        response: { 200: analyticsDriversResultSchema, ...problems },
      },
    },
    async (request) =>
      findDrivers(deps, callerOf(request), validated(request, analyticsDriversInputSchema, "body")),
  );
}
