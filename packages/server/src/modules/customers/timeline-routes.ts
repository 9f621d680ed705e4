// HTTP routes of a customer's story: the timeline (interactions, responses, profile events) and the context
// a front-line employee reads in one call. Both follow a merged customer to its survivor.
import {
  customerContextSchema,
  TIMELINE_KINDS,
  type TimelineKind,
  timelinePageSchema,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { getCustomerContext } from "./context.ts";
import { customerParams, customerProblems } from "./routes.ts";
import { getTimeline } from "./timeline.ts";

const kind = `(?:${TIMELINE_KINDS.join("|")})`;
const timelineQuery = z.strictObject({
  /** `nextCursor` of the previous page. */
  cursor: z.string().min(1).max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Kinds of item, separated by commas: `interaction,response,event`; all when absent. */
  types: z
    .string()
    .regex(new RegExp(`^${kind}(?:,${kind})*$`), `kinds separated by commas: ${TIMELINE_KINDS.join(", ")}`)
    .optional(),
});

export function registerTimelineRoutes(api: FastifyInstance, deps: { database: Database; clock: Clock }) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["customers"];

  app.get(
    "/customers/:id/timeline",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary:
          "A customer's interactions, survey responses and profile changes, newest first; a merged customer's is its survivor's",
        params: customerParams,
        querystring: timelineQuery,
        response: { 200: timelinePageSchema, ...customerProblems },
      },
    },
    async (request) => {
      const { types, ...page } = request.query;
      return getTimeline(deps, callerOf(request), request.params.id, {
        ...page,
        types: types ? ([...new Set(types.split(","))] as TimelineKind[]) : undefined,
      });
    },
  );

  app.get(
    "/customers/:id/context",
    {
      config: { permission: "customers.read" },
      schema: {
        tags,
        summary:
          "What a front-line employee needs in one call: contact preferences, consent, scores, negative feedback, last interactions, risk flags",
        params: customerParams,
        response: { 200: customerContextSchema, ...customerProblems },
      },
    },
    async (request) => getCustomerContext(deps, callerOf(request), request.params.id),
  );
}
