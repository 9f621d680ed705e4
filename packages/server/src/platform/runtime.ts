// Opening the database for a command: the engine from the configuration, migrated before first use.
import { type Config, ConfigError } from "./config.ts";
import { type Database, databaseTarget, openDatabase } from "./db/database.ts";
import { migrateDatabase } from "./db/migrate.ts";
import { loadSecret } from "./secret.ts";

export async function openMigratedDatabase(config: Config, purpose: string): Promise<Database> {
  const database = await openDatabase(databaseTarget(config, purpose));
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** The process secret: from TOUCHPOINT_SECRET, else generated once and kept in the embedded data folder. */
export function resolveSecret(config: Config): string {
  if (config.secret) return config.secret;
  if (config.databaseUrl) {
    throw new ConfigError(
      "Invalid TOUCHPOINT_SECRET: required when DATABASE_URL is set (at least 32 characters)",
    );
  }
  return loadSecret(config.dataDir);
}
