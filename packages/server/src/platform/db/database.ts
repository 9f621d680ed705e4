// Opens the system of record: embedded PGlite in a data folder, or PostgreSQL through DATABASE_URL.
// Both speak the same SQL and go through the same Drizzle schema and repositories.
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import type { Db as JobsDb } from "pg-boss";
import { fromPglite } from "pg-boss";
import { type DataDirLock, lockDataDir } from "./data-dir-lock.ts";
import * as schema from "./schema.ts";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** What a repository runs its SQL on: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  readonly engine: "embedded" | "postgres";
  /** The PostgreSQL URL in server mode; undefined when embedded. */
  readonly url: string | undefined;
  readonly db: Db;
  /** How pg-boss reaches the same database. */
  readonly jobs: { db: JobsDb } | { connectionString: string };
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { engine: "embedded"; dataDir: string | undefined; purpose: string }
  | { engine: "postgres"; url: string; poolSize?: number };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.engine === "postgres"
    ? openPostgres(target.url, target.poolSize ?? 10)
    : openEmbedded(target);
}

async function openEmbedded(target: { dataDir: string | undefined; purpose: string }): Promise<Database> {
  const lock: DataDirLock | undefined = target.dataDir
    ? lockDataDir(target.dataDir, target.purpose)
    : undefined;
  let client: PGlite;
  try {
    client = await PGlite.create(target.dataDir ? { dataDir: target.dataDir } : {});
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    engine: "embedded",
    url: undefined,
    db,
    jobs: { db: fromPglite(client) },
    transaction: (work) => db.transaction(work),
    ping: async () => {
      await client.query("select 1");
    },
    close: async () => {
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server emits 'error' on the pool; unhandled, it would end the process.
  pool.on("error", () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    engine: "postgres",
    url,
    db,
    jobs: { connectionString: url },
    transaction: (work) => db.transaction(work),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      await pool.end();
    },
  };
}

/** Picks the engine from the configuration: PostgreSQL when DATABASE_URL is set, else the embedded folder. */
export function databaseTarget(
  config: { databaseUrl: string | undefined; dataDir: string },
  purpose: string,
): DatabaseTarget {
  return config.databaseUrl
    ? { engine: "postgres", url: config.databaseUrl }
    : { engine: "embedded", dataDir: config.dataDir, purpose };
}
