// HTTP routes of the text module (/api/v1): analyse up to 1,000 texts in one call, in the same shape as
// `touchpoint text analyze` (nothing is stored), list the analyses the enrichment stored, and the comment
// explorer's routes (explorer-routes.ts).
import {
  analysisLanguageSchema,
  analyzeText,
  MAX_TEXTS_PER_REQUEST,
  problemSchema,
  textAnalysisFiltersSchema,
  textAnalysisPageSchema,
  textAnalysisSchema,
} from "@touchpoint/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../platform/errors.ts";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { type ExplorerDeps, registerExplorerRoutes } from "./explorer-routes.ts";
import { listTextAnalyses } from "./list-analyses.ts";
import { registerModelRoutes } from "./models-routes.ts";
import { getTextSettings } from "./text-settings.ts";
import { registerTextSettingsRoutes } from "./text-settings-routes.ts";

const analyzeInputSchema = z.strictObject({
  texts: z.array(z.unknown()).max(MAX_TEXTS_PER_REQUEST),
  language: analysisLanguageSchema.default("auto"),
});

export function registerTextRoutes(api: FastifyInstance, deps: ExplorerDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/text/analyze",
    {
      config: { permission: "workspace.read" },
      schema: {
        tags: ["text"],
        summary: "Language, sentiment, topics, aspects and keywords of up to 1,000 texts",
        body: analyzeInputSchema,
        response: {
          200: z.object({ items: z.array(textAnalysisSchema) }),
          400: problemSchema,
          401: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      const { texts, language } = request.body;
      const { maxTextLength } = await getTextSettings(deps, callerOf(request));
      const errors = texts.flatMap((text, i) =>
        typeof text !== "string"
          ? [{ path: `texts.${i}`, message: "must be a string" }]
          : text.length > maxTextLength
            ? [{ path: `texts.${i}`, message: `longer than ${maxTextLength} characters` }]
            : [],
      );
      if (errors.length > 0) {
        throw new DomainError(422, "invalid_text", "Some texts cannot be analysed.", { errors });
      }
      return { items: (texts as string[]).map((text) => analyzeText(text, { language })) };
    },
  );

  app.get(
    "/text/analyses",
    {
      config: { permission: "responses.read" },
      schema: {
        tags: ["text"],
        summary: "Stored analyses of open-text answers and interaction notes, newest feedback first",
        querystring: textAnalysisFiltersSchema,
        response: { 200: textAnalysisPageSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => listTextAnalyses(deps, callerOf(request), request.query),
  );

  registerExplorerRoutes(api, deps);
  registerModelRoutes(api, deps);
  registerTextSettingsRoutes(api, deps);
}
