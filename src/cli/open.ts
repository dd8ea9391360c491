import { parseEnv } from "../config/env.js";
import { openLibsqlClient } from "../db/client.js";
import { migrateDatabase } from "../db/migrate.js";
import { createDeps } from "../deps.js";
import { createLogger } from "../log.js";

/** What every command-line tool starts from: env, a migrated database, the wired deps. */
export async function openForCli() {
  const config = parseEnv(process.env);
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  const client = await openLibsqlClient(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  const deps = createDeps(client, log);
  await migrateDatabase(deps.db);
  return { config, log, client, ...deps };
}
