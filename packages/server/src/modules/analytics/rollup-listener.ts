// One dedicated PostgreSQL connection per API process that LISTENs on touchpoint_rollups and hands other
// processes' drains to this process's live event streams. It reconnects with backoff when the connection
// drops and never takes the process down; events sent while it is away are lost (dashboards refetch on
// their next event or reload).
import type { FastifyBaseLogger } from "fastify";
import pg from "pg";
import type { RollupApplied } from "./jobs.ts";
import { PROCESS_ORIGIN, ROLLUP_CHANNEL, rollupNotificationSchema } from "./rollup-notify.ts";

/** The listener's application_name in pg_stat_activity, so operators (and tests) can find it. */
export const LISTENER_APPLICATION_NAME = "touchpoint-rollup-listener";

const BACKOFF_MS = { first: 500, max: 30_000 };

export interface RollupListener {
  close(): Promise<void>;
}

export function startRollupListener(
  url: string,
  deliver: (event: RollupApplied) => void,
  log: FastifyBaseLogger,
): RollupListener {
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = BACKOFF_MS.first;
  let closed = false;

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== ROLLUP_CHANNEL) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(message.payload ?? "");
    } catch {
      log.warn({ event: "rollup_listener.bad_payload" }, "rollup notification is not JSON");
      return;
    }
    const result = rollupNotificationSchema.safeParse(parsed);
    if (!result.success) {
      log.warn({ event: "rollup_listener.bad_payload" }, "rollup notification has an unknown shape");
      return;
    }
    if (result.data.origin === PROCESS_ORIGIN) return;
    deliver({ workspaceId: result.data.workspaceId, surveyIds: result.data.surveyIds });
  };

  const scheduleReconnect = (error: unknown) => {
    if (closed || retry) return;
    log.warn(
      { event: "rollup_listener.disconnected", retryInMs: delay, err: error },
      "rollup listener lost its connection",
    );
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    delay = Math.min(delay * 2, BACKOFF_MS.max);
  };

  const connect = async () => {
    const next = new pg.Client({
      connectionString: url,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    client = next;
    next.on("notification", onNotification);
    // Without a listener an 'error' event would end the process; a lost connection is retried instead.
    next.on("error", (error) => {
      if (client === next) client = undefined;
      // The connection is already broken and replaced: a failure to end it has nothing left to clean up.
      void next.end().catch(() => undefined);
      scheduleReconnect(error);
    });
    next.on("end", () => {
      if (client === next) {
        client = undefined;
        scheduleReconnect(new Error("connection ended"));
      }
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${ROLLUP_CHANNEL}`);
      if (closed) {
        await next.end();
        return;
      }
      delay = BACKOFF_MS.first;
      log.info({ event: "rollup_listener.listening" }, "listening for rollup events of other processes");
    } catch (error) {
      if (client === next) client = undefined;
      await next.end().catch(() => undefined);
      scheduleReconnect(error);
    }
  };

  void connect();
  return {
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      retry = undefined;
      const open = client;
      client = undefined;
      await open?.end();
    },
  };
}
