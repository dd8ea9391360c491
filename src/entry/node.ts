/**
 * Node entry: the only place (with cli/) that reads the environment and opens
 * connections. Migrates, imports the seeded plans on first start, then serves
 * the web chat (and, from issue 4, the channel bots).
 */
import { serve } from "@hono/node-server";
import { parseEnv } from "../config/env.js";
import { openLibsqlClient } from "../db/client.js";
import { migrateDatabase } from "../db/migrate.js";
import { createDeps } from "../deps.js";
import { createPlanImporter } from "../ingest/importer.js";
import { loadRestorer } from "../ingest/restorer.js";
import { importSeedsOnce } from "../ingest/seeds.js";
import { createLogger } from "../log.js";

const config = parseEnv(process.env);
const log = createLogger(config.LOG_LEVEL);
const client = await openLibsqlClient(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
const deps = createDeps(client, log);

await migrateDatabase(deps.db);
const importer = createPlanImporter({ db: deps.db, restorer: await loadRestorer(config.SEEDS_DIR) });
await importSeedsOnce({ importer, queries: deps.queries, seedsDir: config.SEEDS_DIR, log });

const server = serve({ fetch: deps.app.fetch, port: config.PORT }, (info) => {
  log("info", `web chat on http://localhost:${info.port}`, { database: config.DATABASE_URL.replace(/\?.*$/, "") });
});

function shutdown(signal: string) {
  log("info", "shutting down", { signal });
  server.close(() => {
    client.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
