import type { Client } from "@libsql/client";
import type { UserFromGetMe } from "grammy/types";
import type { Hono } from "hono";
import { createTelegramBot, type TelegramBot } from "./channels/telegram/bot.js";
import { createTelegramWebhook } from "./channels/telegram/routes.js";
import { createCore } from "./core/conversation.js";
import type { IncomingMessage } from "./core/types.js";
import { createDb } from "./db/client.js";
import { createInboundLog } from "./db/repos/inbound-log.js";
import { createPlanQueries } from "./db/repos/plan-queries.js";
import { createApp } from "./http/app.js";
import type { Log } from "./log.js";

export type DepsOptions = {
  /** Deployment admins as "channel:id". */
  admins?: string[];
  defaultTimezone?: string;
  clock?: () => Date;
  telegram?: { token: string; apiRoot?: string; botInfo?: UserFromGetMe; webhookSecret?: string };
};

/**
 * Wires db → core → channel adapters → app over one database client. Entry
 * files (Node, Worker, CLI, tests) call it once with what their platform has.
 */
export function createDeps(client: Client, log: Log, options: DepsOptions = {}) {
  const db = createDb(client);
  const queries = createPlanQueries(db);
  const inbound = createInboundLog(db);
  const links: Partial<Record<IncomingMessage["channel"], (code: string) => string>> = {};
  const core = createCore({
    db,
    log,
    admins: options.admins,
    defaultTimezone: options.defaultTimezone,
    clock: options.clock,
    inviteLink: (channel, code) => links[channel]?.(code) ?? null,
  });

  let telegram: TelegramBot | undefined;
  const routes: Hono[] = [];
  if (options.telegram) {
    telegram = createTelegramBot({ ...options.telegram, core, inbound, log });
    links.telegram = (code) => telegram!.inviteLink(code);
    if (options.telegram.webhookSecret) routes.push(createTelegramWebhook(telegram, options.telegram.webhookSecret, log));
  }

  const ping = async () => {
    await client.execute("SELECT 1");
    return true;
  };
  const app = createApp({ core, ping, log, routes });
  return { db, queries, core, app, telegram, inbound };
}
