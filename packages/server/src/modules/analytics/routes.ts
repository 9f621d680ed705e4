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
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { registerDashboardRoutes } from "./dashboard-routes.ts";
import { findDrivers } from "./drivers.ts";
import type { AnalyticsDeps } from "./filters.ts";
import { registerLiveEventRoutes } from "./live-events.ts";
import { runAnalyticsQuery } from "./query.ts";
import { problems, validated } from "./route-validation.ts";
import { summarizeSurvey } from "./summary.ts";

const surveyParams = z.strictObject({ id: z.uuid() });

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

  registerDashboardRoutes(api, deps);
  registerLiveEventRoutes(api, deps);
}
