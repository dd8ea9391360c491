/**
 * Node entry: the only place (with cli/) that reads the environment and opens
 * connections. Migrates, imports the seeded plans on first start, then serves
 * the web chat (and, from issue 4, the channel bots).
 */
import { serve } from "@hono/node-server";
import { parseEnv } from "../config/env.js";
import { openLibsqlClient } from "../db/node-client.js";
import { migrateDatabase } from "../db/migrate.js";
import { explainDatabaseError } from "../db/startup.js";
import { createDeps } from "../deps.js";
import { readPlanDocument } from "../ingest/formats/index.js";
import { createPlanImporter } from "../ingest/importer.js";
import { loadRestorer, teachStoredPlans } from "../ingest/restorer.js";
import { importSeedsOnce } from "../ingest/seeds.js";
import { createLogger } from "../log.js";
import { catchUp, scheduleJobs } from "../jobs/registry.js";
import { startTelegram } from "../channels/telegram/start.js";
import { createChartPng } from "../media/charts.js";
import { createReportMaker } from "../media/reports.js";
import { targetHistorySvg } from "../core/charts/charts.js";
import { createAnswerQueries } from "../db/repos/answer-queries.js";
import { createPlanQueries } from "../db/repos/plan-queries.js";
import { createProgressLatest } from "../db/repos/progress-latest.js";

const config = parseEnv(process.env);
const log = createLogger(config.LOG_LEVEL);
// A database that cannot be used stops the start with one line naming the file and the fix.
const failStart = (error: unknown): never => {
  log("error", `cannot start: ${explainDatabaseError(error, config.DATABASE_URL)}`);
  process.exit(1);
};
const client = await openLibsqlClient(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN).catch(failStart);
// A webhook needs a secret Telegram echoes back; without one configured, each start registers a fresh one.
const webhookSecret = config.PUBLIC_URL ? (config.TELEGRAM_WEBHOOK_SECRET ?? crypto.randomUUID().replace(/-/g, "")) : undefined;
const zaloSecret = config.PUBLIC_URL ? (config.ZALO_WEBHOOK_SECRET ?? crypto.randomUUID().replace(/-/g, "")) : undefined;
const restorer = await loadRestorer(config.SEEDS_DIR);
const deps = createDeps(client, log, {
  intake: { importerFor: (db) => createPlanImporter({ db, restorer }), readDocument: readPlanDocument },
  admins: [...config.ADMIN_TELEGRAM_IDS.map((id) => `telegram:${id}`), ...config.ADMIN_ZALO_IDS.map((id) => `zalo:${id}`)],
  zalo: config.ZALO_BOT_TOKEN ? { token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT, webhookSecret: zaloSecret } : undefined,
  defaultTimezone: config.DEFAULT_TIMEZONE,
  reminderDays: config.REMINDER_DAYS,
  webBaseUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
  telegram: config.TELEGRAM_BOT_TOKEN ? { token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, webhookSecret } : undefined,
  chartPng: createChartPng(),
  historySvg: targetHistorySvg,
  reports: (db) => createReportMaker({ answers: createAnswerQueries(db), planQueries: createPlanQueries(db), latest: createProgressLatest(db) }),
  publicUrl: config.PUBLIC_URL,
});

await migrateDatabase(deps.db).catch(failStart);
// The restorer learns every clean plan this deployment has stored (and, from the importer, each new one).
await teachStoredPlans(restorer, deps.db, config.SEEDS_DIR);
const importer = createPlanImporter({ db: deps.db, restorer });
await importSeedsOnce({ importer, queries: deps.queries, seedsDir: config.SEEDS_DIR, log });

const server = serve({ fetch: deps.app.fetch, port: config.PORT }, (info) => {
  log("info", `web chat on http://localhost:${info.port}`, { database: config.DATABASE_URL.replace(/\?.*$/, "") });
});

const telegram = deps.telegram;
if (telegram) {
  const { bot, setCommands } = telegram;
  await startTelegram(telegram, log, async () => {
  await setCommands();
  if (config.PUBLIC_URL) {
    await bot.api.setWebhook(`${config.PUBLIC_URL.replace(/\/$/, "")}/telegram/webhook`, { secret_token: webhookSecret, allowed_updates: ["message", "edited_message", "callback_query"] });
    log("info", "telegram webhook registered", { url: `${config.PUBLIC_URL}/telegram/webhook` });
  } else {
    // No public URL: long polling, side by side with the web chat.
    void bot.start({ allowed_updates: ["message", "edited_message", "callback_query"], onStart: (me) => log("info", `telegram long polling as @${me.username}`) });
  }
  });
}

const stopZalo = new AbortController();
if (deps.zalo) {
  if (config.PUBLIC_URL) {
    await deps.zalo.api.setWebhook(`${config.PUBLIC_URL.replace(/\/$/, "")}/zalo/webhook`, zaloSecret!).catch((error: unknown) => log("error", "zalo setWebhook failed", { error: String(error) }));
  } else {
    void deps.zalo.poll(stopZalo.signal);
    log("info", "zalo long polling");
  }
}

// Scheduled digests and reminders: whatever was due while the process was down goes out now if still useful.
await catchUp(deps.jobs, log, new Date());
const crons = scheduleJobs(deps.jobs, log);

function shutdown(signal: string) {
  for (const cron of crons) cron.stop();
  stopZalo.abort();
  log("info", "shutting down", { signal });
  void deps.telegram?.bot.stop();
  server.close(() => {
    client.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
