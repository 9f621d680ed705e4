// HTTP routes of saved dashboards (/api/v1/analytics/dashboards): every member reads them, owners, admins
// and analysts change them. Like the other analytics routes, a body that does not fit is a 422 naming its field.
import {
  dashboardDuplicateSchema,
  dashboardInputSchema,
  dashboardSchema,
  dashboardSummarySchema,
  dashboardUpdateSchema,
  listOf,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../platform/http/auth-guard.ts";
import {
  createDashboard,
  deleteDashboard,
  duplicateDashboard,
  getDashboard,
  listDashboards,
  updateDashboard,
} from "./dashboards.ts";
import type { AnalyticsDeps } from "./filters.ts";
import { problems, validated } from "./route-validation.ts";

const params = z.strictObject({ id: z.uuid() });
const listQuery = z.strictObject({ team: z.string().trim().min(1).max(200).optional() });
const withConflict = { ...problems, 409: problems[404] };

export function registerDashboardRoutes(api: FastifyInstance, deps: AnalyticsDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["dashboards"];

  app.get(
    "/analytics/dashboards",
    {
      config: { permission: "analytics.read" },
      schema: {
        tags,
        summary:
          "The workspace's dashboards, the default CX dashboard first (created on first list); team= filters",
        querystring: listQuery,
        response: { 200: listOf(dashboardSummarySchema), ...problems },
      },
    },
    async (request) => ({ items: await listDashboards(deps, callerOf(request), request.query) }),
  );

  app.post(
    "/analytics/dashboards",
    {
      config: { permission: "dashboards.manage" },
      attachValidation: true,
      schema: {
        tags,
        summary:
          "Create a dashboard; every widget's request is checked against the workspace (422 at its path); audited",
        body: dashboardInputSchema,
        response: { 201: dashboardSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createDashboard(deps, callerOf(request), validated(request, dashboardInputSchema, "body")),
        ),
  );

  app.get(
    "/analytics/dashboards/:id",
    {
      config: { permission: "analytics.read" },
      schema: {
        tags,
        summary: "A dashboard (the web route /dashboards/:id links to it)",
        params,
        response: { 200: dashboardSchema, ...problems },
      },
    },
    async (request) => getDashboard(deps, callerOf(request), request.params.id),
  );

  app.put(
    "/analytics/dashboards/:id",
    {
      config: { permission: "dashboards.manage" },
      attachValidation: true,
      schema: {
        tags,
        summary: "Replace a dashboard made from `version`; 409 when someone saved it since; audited",
        params,
        body: dashboardUpdateSchema,
        response: { 200: dashboardSchema, ...withConflict },
      },
    },
    async (request) =>
      updateDashboard(
        deps,
        callerOf(request),
        request.params.id,
        validated(request, dashboardUpdateSchema, "body"),
      ),
  );

  app.post(
    "/analytics/dashboards/:id/duplicate",
    {
      config: { permission: "dashboards.manage" },
      attachValidation: true,
      schema: {
        tags,
        summary: "Copy a dashboard, optionally under another name or team; audited",
        params,
        body: dashboardDuplicateSchema.optional(),
        response: { 201: dashboardSchema, ...problems },
      },
    },
    async (request, reply) => {
      const input = request.body === undefined ? {} : validated(request, dashboardDuplicateSchema, "body");
      return reply
        .status(201)
        .send(await duplicateDashboard(deps, callerOf(request), request.params.id, input));
    },
  );

  app.delete(
    "/analytics/dashboards/:id",
    {
      config: { permission: "dashboards.manage" },
      schema: {
        tags,
        summary: "Delete a dashboard (not the default); audited",
        params,
        response: { 204: z.null(), ...withConflict },
      },
    },
    async (request, reply) => {
      await deleteDashboard(deps, callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
