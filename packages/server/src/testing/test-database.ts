// Test databases: always a fresh in-memory PGlite, and a fresh PostgreSQL database per call when
// TEST_DATABASE_URL is set, so parallel runs never see each other's rows.
import pg from "pg";
import { type Database, openDatabase } from "../platform/db/database.ts";
import { migrateDatabase } from "../platform/db/migrate.ts";
import { newId } from "../platform/ids.ts";

export type Engine = "embedded" | "postgres";

/** The engines a storage test runs on in this environment. */
export const testEngines: Engine[] = process.env.TEST_DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];

export interface TestDatabase {
  database: Database;
  /** The PostgreSQL URL of the fresh database, for tests that start a second process or pool. */
  url: string | undefined;
  dispose(): Promise<void>;
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === "embedded") {
    const database = await openDatabase({ engine: "embedded", dataDir: undefined, purpose: "test" });
    await migrateDatabase(database);
    return { database, url: undefined, dispose: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `tp_test_${newId().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: "postgres", url: url.toString(), poolSize: 5 });
  await migrateDatabase(database);
  return {
    database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      const cleaner = new pg.Client({ connectionString: adminUrl });
      await cleaner.connect();
      await cleaner.query(`drop database if exists ${name} with (force)`);
      await cleaner.end();
    },
  };
}
