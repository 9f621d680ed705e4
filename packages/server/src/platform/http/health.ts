// Liveness (the process answers) and readiness (the database answers) for load balancers and orchestrators.
import type { FastifyInstance } from "fastify";
import type { Database } from "../db/database.ts";
import { sendProblem } from "./problem-handler.ts";

const READY_TIMEOUT_MS = 2_000;

export function registerHealthRoutes(app: FastifyInstance, database: Database) {
  app.get("/healthz", { schema: { hide: true }, config: { public: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true }, config: { public: true } }, async (request, reply) => {
    try {
      await Promise.race([
        database.ping(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error("ping timed out")), READY_TIMEOUT_MS).unref(),
        ),
      ]);
      return { status: "ready", database: database.engine };
    } catch (error) {
      request.log.warn({ err: error }, "readiness check failed");
      return sendProblem(reply, 503, "database_unavailable", "The database does not answer.");
    }
  });
}
