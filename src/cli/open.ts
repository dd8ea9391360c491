import { parseEnv } from "../config/env.js";
import { openLibsqlClient } from "../db/node-client.js";
import { migrateDatabase } from "../db/migrate.js";
import { createDeps } from "../deps.js";
import { createLogger } from "../log.js";
import { createPlanImporter } from "../ingest/importer.js";
import { loadRestorer } from "../ingest/restorer.js";
import { importSeedsOnce } from "../ingest/seeds.js";

/** What every command-line tool starts from: env, a migrated database, the wired deps. */
export async function openForCli(options: { seeds?: boolean } = {}) {
  const config = parseEnv(process.env);
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  const client = await openLibsqlClient(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  const deps = createDeps(client, log);
  await migrateDatabase(deps.db);
  // A fresh database gets the seeded plans first, as `npm start` does.
  if (options.seeds) {
    const importer = createPlanImporter({ db: deps.db, restorer: await loadRestorer(config.SEEDS_DIR) });
    await importSeedsOnce({ importer, queries: deps.queries, seedsDir: config.SEEDS_DIR, log });
  }
  return { config, log, client, ...deps };
}
