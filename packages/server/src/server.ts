// `touchpoint serve`: migrate, provision the first workspace, start jobs and the HTTP server, and shut
// down gracefully on SIGTERM/SIGINT (finish in-flight requests, stop jobs, close the database).

import { progressBar } from "./cli/progress-bar.ts";
import { type ProvisionResult, provisionFirstWorkspace } from "./modules/platform/provisioning.ts";
import { systemClock } from "./platform/clock.ts";
import type { Config } from "./platform/config.ts";
import type { Database } from "./platform/db/database.ts";
import { type App, buildApp } from "./platform/http/app.ts";
import { registerJobHandlers } from "./platform/jobs/handlers.ts";
import { type JobQueue, startJobQueue } from "./platform/jobs/queue.ts";
import { openMigratedDatabase, resolveSecret } from "./platform/runtime.ts";
import { printDemoLogins, seedDemo } from "./seed/demo.ts";

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  demo?: boolean;
  print?: (line: string) => void;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const print = options.print ?? console.log;
  const secret = resolveSecret(config);
  const database = await openMigratedDatabase(config, "touchpoint serve");
  let app: App | undefined;
  let jobs: JobQueue | undefined;
  try {
    const provisioned = await provisionFirstWorkspace(database, config.provisioning);
    // Jobs start first because routes enqueue into them; errors before the app's logger exists go to stderr.
    jobs = await startJobQueue(database, {
      workers: true,
      onError: (error) => (app ? app.log.error({ err: error }, "job queue error") : console.error(error)),
    });
    await registerJobHandlers(jobs, { database, clock: systemClock, secret, config });
    if (options.demo)
      printDemoLogins((await seedDemo({ database, jobs, clock: systemClock }, progressBar())).slug, print);
    app = await buildApp({ config, database, jobs, clock: systemClock, secret });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    return announce({ ...config, port }, database.engine, provisioned, print, stopWith(app, jobs, database));
  } catch (error) {
    await app?.close();
    await jobs?.stop();
    await database.close();
    throw error;
  }
}

function stopWith(app: App, jobs: JobQueue, database: Database) {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      await app.close();
      await jobs.stop();
      await database.close();
    })();
    return stopping;
  };
}

function announce(
  config: Config,
  engine: Database["engine"],
  provisioned: ProvisionResult,
  print: (line: string) => void,
  stop: () => Promise<void>,
): RunningServer {
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${config.port}`;
  if (provisioned.created) {
    print(`Created workspace "${provisioned.workspaceSlug}" with owner ${provisioned.adminEmail}.`);
    if (provisioned.generatedPassword) {
      print(
        `Log in at ${url} as ${provisioned.adminEmail} with the password ${provisioned.generatedPassword}`,
      );
      print("(shown once; set TOUCHPOINT_ADMIN_EMAIL and TOUCHPOINT_ADMIN_PASSWORD to choose them instead)");
    }
  }
  print(
    `Touchpoint is running at ${url} (${engine === "embedded" ? `embedded database in ${config.dataDir}` : "PostgreSQL"})`,
  );
  return { url, stop };
}
