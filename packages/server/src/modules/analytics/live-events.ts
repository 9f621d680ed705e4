// GET /api/v1/analytics/events: a server-sent event stream telling dashboards that new responses reached
// the rollups (`event: rollup`, the surveys concerned), so they refetch without a reload. Only the caller's
// workspace is heard. This process's own drains arrive through the in-process emitter; on PostgreSQL the
// drains of other processes arrive through one LISTEN connection (rollup-listener.ts, docs/analytics.md).
import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import type { Database } from "../../platform/db/database.ts";
import { TooManyRequestsError } from "../../platform/errors.ts";
import { callerOf } from "../../platform/http/auth-guard.ts";
import { onRollupApplied, type RollupApplied } from "./jobs.ts";
import { type RollupListener, startRollupListener } from "./rollup-listener.ts";

export interface LiveEventLimits {
  /** Open streams per workspace; one more is a 429 (each holds a socket and a timer). */
  perWorkspace: number;
  /** A stream is ended after this long; EventSource reconnects by itself, re-checking the caller's access. */
  maxAgeMs: number;
  heartbeatMs: number;
}

export const LIVE_EVENT_LIMITS: LiveEventLimits = {
  perWorkspace: 200,
  maxAgeMs: 30 * 60_000,
  // Below the 30–60 s idle timeouts of common proxies and load balancers.
  heartbeatMs: 20_000,
};

/** A client that reads slower than this many unsent bytes is dropped rather than buffered for. */
const MAX_BACKLOG_BYTES = 64 * 1024;

export function registerLiveEventRoutes(
  api: FastifyInstance,
  deps: { database: Database },
  limits: LiveEventLimits = LIVE_EVENT_LIMITS,
) {
  const streams = new Map<string, Set<ServerResponse>>();
  const send = (stream: ServerResponse, chunk: string) => {
    if (stream.writableLength > MAX_BACKLOG_BYTES) stream.end();
    else stream.write(chunk);
  };
  const deliver = (event: RollupApplied) => {
    const chunk = `event: rollup\ndata: ${JSON.stringify({ surveyIds: event.surveyIds })}\n\n`;
    for (const stream of streams.get(event.workspaceId) ?? []) send(stream, chunk);
  };
  const stop = onRollupApplied(deliver);
  // PGlite is one process: its in-process emitter already hears every drain.
  const { url, engine } = deps.database;
  let listener: RollupListener | undefined;
  api.addHook("onReady", async () => {
    if (engine === "postgres" && url) listener = startRollupListener(url, deliver, api.log);
  });
  api.addHook("preClose", async () => {
    stop();
    await listener?.close();
    for (const open of streams.values()) for (const stream of open) stream.end();
  });

  api.get(
    "/analytics/events",
    {
      config: { permission: "analytics.read" },
      schema: {
        tags: ["analytics"],
        summary:
          "Server-sent events of the caller's workspace: `event: rollup` with the survey ids whose figures changed; a comment every 20 s keeps it open",
        produces: ["text/event-stream"],
      },
    },
    async (request, reply) => {
      const { workspaceId } = callerOf(request);
      const open = streams.get(workspaceId) ?? new Set<ServerResponse>();
      if (open.size >= limits.perWorkspace) {
        throw new TooManyRequestsError(
          "This workspace has too many live dashboards open.",
          30,
          "too_many_streams",
        );
      }
      streams.set(workspaceId, open);
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-request-id": request.id,
        // nginx would otherwise hold the events back in its buffer.
        "x-accel-buffering": "no",
      });
      stream.write("retry: 5000\n: connected\n\n");
      open.add(stream);
      const heartbeat = setInterval(() => send(stream, ": heartbeat\n\n"), limits.heartbeatMs);
      const expiry = setTimeout(() => stream.end(), limits.maxAgeMs);
      stream.on("close", () => {
        clearInterval(heartbeat);
        clearTimeout(expiry);
        open.delete(stream);
        if (open.size === 0 && streams.get(workspaceId) === open) streams.delete(workspaceId);
      });
    },
  );
}
