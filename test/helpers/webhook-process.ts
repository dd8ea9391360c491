/**
 * The bot's webhook in a process of its own, on a database file, that can be made to die (SIGKILL,
 * no cleanup) just before a chosen SQL statement runs: a crash at an exact point of handling.
 *   tsx test/helpers/webhook-process.ts <database url> <telegram api root> [<sql pattern to die before>]
 * Prints {"port": N} once it listens.
 */
import { serve } from "@hono/node-server";
import type { Client } from "@libsql/client";
import { openLibsqlClient } from "../../src/db/node-client.js";
import { createDeps } from "../../src/deps.js";
import { ADMIN, BOT, SECRET, TOKEN } from "./telegram-harness.js";

const [url, apiRoot, dieBefore] = process.argv.slice(2);
const client = await openLibsqlClient(url!);
const pattern = dieBefore ? new RegExp(dieBefore, "i") : null;
const crashing: Client = new Proxy(client, {
  get(target, prop, receiver) {
    const value = Reflect.get(target, prop, receiver);
    if (prop !== "execute" || !pattern) return typeof value === "function" ? value.bind(target) : value;
    return (stmt: string | { sql: string }, ...rest: unknown[]) => {
      const sql = typeof stmt === "string" ? stmt : stmt.sql;
      if (pattern.test(sql)) process.kill(process.pid, "SIGKILL");
      return (value as (...a: unknown[]) => unknown).call(target, stmt, ...rest);
    };
  },
});
const deps = createDeps(crashing, () => {}, {
  admins: [`telegram:${ADMIN.id}`],
  telegram: { token: TOKEN, apiRoot: apiRoot!, botInfo: BOT, webhookSecret: SECRET },
  sleep: async () => {},
});
serve({ fetch: deps.app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => process.stdout.write(`${JSON.stringify({ port: info.port })}\n`));
