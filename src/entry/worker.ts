/**
 * Cloudflare Workers entry: the same Hono app, core, channel adapters and
 * job registry as Node, over a remote libSQL database (Turso) reached with
 * @libsql/client/web. Migrations run from Node before a deploy, never here;
 * grammY gets its identity from TELEGRAM_BOT_INFO so no request calls getMe.
 */
import { createClient } from "@libsql/client/web";
import type { UserFromGetMe } from "grammy/types";
import { parseEnv } from "../config/env.js";
import { createDeps } from "../deps.js";
import { createLogger } from "../log.js";

type Env = Record<string, string | undefined>;
type Deps = ReturnType<typeof createDeps>;

let cached: { env: Env; deps: Deps } | undefined;

/** One set of deps per isolate (per env object): a Worker handles many requests with it. */
function depsFor(env: Env): Deps {
  if (cached?.env === env) return cached.deps;
  const config = parseEnv(env);
  const log = createLogger(config.LOG_LEVEL, (line) => console.log(line));
  const client = createClient({ url: config.DATABASE_URL, authToken: config.DATABASE_AUTH_TOKEN });
  const botInfo = config.TELEGRAM_BOT_INFO ? (JSON.parse(config.TELEGRAM_BOT_INFO) as UserFromGetMe) : undefined;
  if (config.TELEGRAM_BOT_TOKEN && !botInfo) throw new Error("TELEGRAM_BOT_INFO (the bot's getMe JSON) is required on Workers.");
  const deps = createDeps(client, log, {
    admins: [...config.ADMIN_TELEGRAM_IDS.map((id) => `telegram:${id}`), ...config.ADMIN_ZALO_IDS.map((id) => `zalo:${id}`)],
    defaultTimezone: config.DEFAULT_TIMEZONE,
    reminderDays: config.REMINDER_DAYS,
    webBaseUrl: config.PUBLIC_URL,
    telegram: config.TELEGRAM_BOT_TOKEN ? { token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, botInfo, webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : undefined,
    zalo: config.ZALO_BOT_TOKEN ? { token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT, webhookSecret: config.ZALO_WEBHOOK_SECRET } : undefined,
  });
  cached = { env, deps };
  return deps;
}

export default {
  fetch(request: Request, env: Env, ctx: unknown) {
    return depsFor(env).app.fetch(request, env, ctx as never);
  },
  /** Runs the registry's jobs whose cron fired (all of them when the cron is unknown, e.g. a manual trigger). */
  async scheduled(controller: { cron: string; scheduledTime: number }, env: Env, ctx: { waitUntil(p: Promise<unknown>): void }) {
    const { jobs } = depsFor(env);
    console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", message: "scheduled", cron: controller.cron, scheduledTime: new Date(controller.scheduledTime).toISOString() }));
    const due = jobs.filter((j) => j.cron === controller.cron);
    const run = Promise.all((due.length ? due : jobs).map((j) => j.run(new Date(controller.scheduledTime))));
    ctx.waitUntil(run);
    await run;
  },
};
