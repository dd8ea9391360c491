/**
 * One bot behind one HTTP webhook, in its own process so its CPU can be
 * measured alone: `full` is this project (grammY → core → libSQL), `bare`
 * is a grammY + Hono echo bot. Both reply to a local fake Bot API.
 *   node --import tsx bench/update-server.ts <full|bare> <port> <apiRoot>
 * GET /__cpu returns process.cpuUsage() and memory.
 */
import { serve } from "@hono/node-server";
import { Bot, webhookCallback } from "grammy";
import { Hono } from "hono";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createDeps } from "../src/deps.js";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { importSeedsOnce } from "../src/ingest/seeds.js";

const [kind, port, apiRoot] = process.argv.slice(2) as ["full" | "bare", string, string];
const TOKEN = "1:bench";
const SECRET = "bench-secret";
const botInfo = { id: 1, is_bot: true as const, first_name: "Bench", username: "bench_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false };

let app: Hono;
if (kind === "bare") {
  const bot = new Bot(TOKEN, { botInfo, client: { apiRoot } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  app = new Hono();
  app.post("/telegram/webhook", webhookCallback(bot, "hono", { secretToken: SECRET }));
} else {
  const dir = process.env.BENCH_DB ?? ":memory:";
  const client = await openLibsqlClient(dir);
  const deps = createDeps(client, () => {}, { telegram: { token: TOKEN, apiRoot, botInfo, webhookSecret: SECRET } });
  await migrateDatabase(deps.db);
  const importer = createPlanImporter({ db: deps.db, restorer: await loadRestorer("seeds") });
  await importSeedsOnce({ importer, queries: deps.queries, seedsDir: "seeds", log: () => {} });
  app = deps.app as unknown as Hono;
}
const outer = new Hono();
outer.get("/__cpu", (c) => c.json({ cpu: process.cpuUsage(), rss: process.memoryUsage().rss }));
outer.route("/", app);
serve({ fetch: outer.fetch, port: Number(port), hostname: "127.0.0.1" }, () => process.stdout.write("ready\n"));
