// HTTP routes of the comment explorer (/api/v1/text/…): comments with search and filters, labels, topic
// trends, emerging themes, the workspace taxonomy and its re-enrichment runs.
import {
  commentFiltersSchema,
  commentLabelsInputSchema,
  commentPageSchema,
  commentSchema,
  commentTouchpointsSchema,
  emergingThemesQuerySchema,
  emergingThemesResponseSchema,
  labelsSummarySchema,
  problemSchema,
  reenrichmentStateSchema,
  topicSchema,
  topicTrendsQuerySchema,
  topicTrendsSchema,
  workspaceTaxonomySchema,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import { callerOf } from "../../platform/http/auth-guard.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { labelsSummary, listComments, listCommentTouchpoints, setCommentLabels } from "./comments.ts";
import { getReenrichment, requestReenrichment } from "./reenrichment.ts";
import { emergingThemesOf, topicTrends } from "./trends.ts";
import { deleteWorkspaceTopic, getWorkspaceTaxonomy, putWorkspaceTopic } from "./workspace-taxonomy.ts";

export interface ExplorerDeps {
  database: Database;
  jobs: JobQueue;
  clock: Clock;
}

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const commentParams = z.strictObject({ id: z.uuid() });
const topicParams = z.strictObject({ id: topicSchema.shape.id });

export function registerExplorerRoutes(api: FastifyInstance, deps: ExplorerDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["text"];

  app.get(
    "/text/comments",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "Comments (open-text answers and notes) with their analysis and labels, newest first",
        querystring: commentFiltersSchema,
        response: { 200: commentPageSchema, ...problems },
      },
    },
    async (request) => listComments(deps, callerOf(request), request.query),
  );

  app.get(
    "/text/comments/touchpoints",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "Touchpoints of the comments with their comment counts, most first (200 at most)",
        querystring: z.strictObject({}),
        response: { 200: commentTouchpointsSchema, ...problems },
      },
    },
    async (request) => listCommentTouchpoints(deps, callerOf(request)),
  );

  app.put(
    "/text/comments/:id/labels",
    {
      config: { permission: "text.label" },
      schema: {
        tags,
        summary: "Set (a value) or remove (null) a comment's topic and sentiment labels",
        params: commentParams,
        body: commentLabelsInputSchema,
        response: { 200: commentSchema, ...problems },
      },
    },
    async (request) => setCommentLabels(deps, callerOf(request), request.params.id, request.body),
  );

  app.get(
    "/text/labels/summary",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "Labels per task and class, counting the comments whose text still exists",
        response: { 200: labelsSummarySchema, ...problems },
      },
    },
    async (request) => labelsSummary(deps, callerOf(request)),
  );

  app.get(
    "/text/topics/trends",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "Comments per topic and week or month, by sentiment, in the workspace's time zone",
        querystring: topicTrendsQuerySchema,
        response: { 200: topicTrendsSchema, ...problems },
      },
    },
    async (request) => topicTrends(deps, callerOf(request), request.query),
  );

  app.get(
    "/text/themes/emerging",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "Key phrases whose share of comments rose significantly against a baseline period",
        querystring: emergingThemesQuerySchema,
        response: { 200: emergingThemesResponseSchema, ...problems },
      },
    },
    async (request) => emergingThemesOf(deps, callerOf(request), request.query),
  );

  app.get(
    "/text/taxonomy",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "The workspace's effective taxonomy (default and own topics), its own topics and version",
        response: { 200: workspaceTaxonomySchema, ...problems },
      },
    },
    async (request) => getWorkspaceTaxonomy(deps, callerOf(request)),
  );

  app.put(
    "/text/taxonomy/topics/:id",
    {
      config: { permission: "text.manage" },
      schema: {
        tags,
        summary: "Create or replace a workspace topic; starts a re-enrichment",
        params: topicParams,
        body: topicSchema,
        response: { 200: workspaceTaxonomySchema, ...problems },
      },
    },
    async (request) => putWorkspaceTopic(deps, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    "/text/taxonomy/topics/:id",
    {
      config: { permission: "text.manage" },
      schema: {
        tags,
        summary: "Delete a workspace topic; starts a re-enrichment",
        params: topicParams,
        response: { 200: workspaceTaxonomySchema, ...problems },
      },
    },
    async (request) => deleteWorkspaceTopic(deps, callerOf(request), request.params.id),
  );

  app.get(
    "/text/reenrichment",
    {
      config: { permission: "responses.read" },
      schema: {
        tags,
        summary: "The latest re-enrichment run of the workspace and its progress",
        response: { 200: reenrichmentStateSchema, ...problems },
      },
    },
    async (request) => getReenrichment(deps, callerOf(request)),
  );

  app.post(
    "/text/reenrichment",
    {
      config: { permission: "text.manage" },
      schema: {
        tags,
        summary: "Analyse every comment again with the current taxonomy, and those never analysed",
        response: { 202: reenrichmentStateSchema, ...problems },
      },
    },
    async (request, reply) => reply.status(202).send(await requestReenrichment(deps, callerOf(request))),
  );
}
