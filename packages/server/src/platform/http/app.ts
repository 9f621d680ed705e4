// Builds the Fastify application: validation, OpenAPI, errors, auth guard, rate limits, metrics, modules.
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { LoggerOptions } from "pino";
import { registerAnalyticsRoutes } from "../../modules/analytics/routes.ts";
import { registerContactRoutes } from "../../modules/contacts/routes.ts";
import { registerCustomerImportRoutes } from "../../modules/customers/customer-import-routes.ts";
import { registerInteractionRoutes } from "../../modules/customers/interactions-routes.ts";
import { registerMergeRoutes } from "../../modules/customers/merge-routes.ts";
import { registerPrivacyRoutes } from "../../modules/customers/privacy-routes.ts";
import { registerCustomerRoutes } from "../../modules/customers/routes.ts";
import { registerSegmentRoutes } from "../../modules/customers/segment-routes.ts";
import { registerTimelineRoutes } from "../../modules/customers/timeline-routes.ts";
import { registerHostedPageRoutes } from "../../modules/hosted-page/routes.ts";
import { registerInvitationLinkRoutes } from "../../modules/invitations/link-routes.ts";
import { mailSettingsFrom } from "../../modules/invitations/mailer.ts";
import { registerInvitationRoutes } from "../../modules/invitations/routes.ts";
import { registerPlatformRoutes } from "../../modules/platform/routes.ts";
import { registerPublicSurveyRoutes } from "../../modules/public-surveys/routes.ts";
import { registerResponseRoutes } from "../../modules/responses/routes.ts";
import { registerSurveyRoutes } from "../../modules/surveys/routes.ts";
import { registerTextRoutes } from "../../modules/text/routes.ts";
import { registerWidgetIdentityRoutes } from "../../modules/widget-identity/routes.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import { newId } from "../ids.ts";
import type { JobQueue } from "../jobs/queue.ts";
import { registerAuthGuard } from "./auth-guard.ts";
import { registerHealthRoutes } from "./health.ts";
import { registerMetrics } from "./metrics.ts";
import { registerProblemHandlers, sendProblem } from "./problem-handler.ts";
import { isAppNavigation, readAppIndex, registerWebAssets } from "./web-assets.ts";

export interface AppDeps {
  config: Pick<Config, "bodyLimit" | "rateLimitPerMinute" | "trustProxy" | "logLevel"> &
    Partial<Pick<Config, "publicUrl" | "smtpUrl" | "mailFrom">>;
  database: Database;
  jobs: JobQueue;
  clock: Clock;
  secret: string;
  /** Pino options; tests pass false to keep output quiet. */
  logger?: LoggerOptions | boolean;
}

export type App = FastifyInstance;

export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger: deps.logger ?? {
      level: deps.config.logLevel,
      redact: ["req.headers.authorization", "req.headers.cookie"],
    },
    bodyLimit: deps.config.bodyLimit,
    trustProxy: deps.config.trustProxy,
    requestIdHeader: "x-request-id",
    genReqId: () => newId(),
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  registerProblemHandlers(app);
  app.setNotFoundHandler(async (request, reply) => {
    if (isAppNavigation(request.method, request.url, request.headers.accept)) {
      const index = await readAppIndex();
      if (index) return reply.type("text/html").send(index);
    }
    return sendProblem(
      reply,
      404,
      "route_not_found",
      `No route ${request.method} ${request.url.split("?")[0]}.`,
    );
  });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    max: deps.config.rateLimitPerMinute,
    timeWindow: 60_000,
    // Per API key when one is sent (its hash would cost a lookup; the raw header is only a map key), else per IP.
    keyGenerator: (request) => request.headers.authorization ?? request.ip,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Touchpoint API", version: "1", description: "Customer Experience Management API." },
      components: {
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer", description: "An API key: tp_…" },
          session: { type: "apiKey", in: "cookie", name: "tp_session" },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", uiConfig: { docExpansion: "list" } });
  app.get("/api/v1/openapi.json", { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );

  const platformDeps = { database: deps.database, clock: deps.clock, secret: deps.secret };
  registerAuthGuard(app, platformDeps);
  registerMetrics(app);
  registerHealthRoutes(app, deps.database);
  const moduleDeps = {
    database: deps.database,
    jobs: deps.jobs,
    clock: deps.clock,
    publicUrl: deps.config.publicUrl,
  };
  const invitationDeps = { ...moduleDeps, secret: deps.secret, mail: mailSettingsFrom(deps.config) };
  await app.register(
    async (api) => {
      registerPlatformRoutes(api, platformDeps);
      registerSurveyRoutes(api, moduleDeps);
      registerResponseRoutes(api, moduleDeps);
      registerInvitationRoutes(api, invitationDeps);
      registerContactRoutes(api, moduleDeps);
      registerTextRoutes(api, moduleDeps);
      registerCustomerRoutes(api, moduleDeps);
      registerCustomerImportRoutes(api, moduleDeps);
      registerMergeRoutes(api, moduleDeps);
      registerPrivacyRoutes(api, { ...moduleDeps, secret: deps.secret });
      registerTimelineRoutes(api, moduleDeps);
      registerInteractionRoutes(api, moduleDeps);
      registerSegmentRoutes(api, moduleDeps);
      registerWidgetIdentityRoutes(api, moduleDeps);
      registerAnalyticsRoutes(api, moduleDeps);
      // Its own plugin scope: the CORS hook must not reach authenticated routes.
      api.register(async (publicApi) =>
        registerPublicSurveyRoutes(publicApi, { ...moduleDeps, secret: deps.secret }),
      );
    },
    { prefix: "/api/v1" },
  );
  await registerHostedPageRoutes(app, { ...moduleDeps, secret: deps.secret });
  await registerInvitationLinkRoutes(app, invitationDeps);
  await registerWebAssets(app);
  return app;
}
