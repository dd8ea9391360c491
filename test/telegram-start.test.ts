import { serve, type ServerType } from "@hono/node-server";
import { createServer, type AddressInfo } from "node:net";
import TelegramServer from "telegram-test-api";
import { afterAll, describe, expect, it } from "vitest";
import { connectTelegram } from "../src/channels/telegram/start.js";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createDeps } from "../src/deps.js";
import { memoryLog } from "./helpers/bot-env.js";
import { SECRET, TOKEN } from "./helpers/telegram-harness.js";

/** Issue 20 (4): Telegram unreachable at start: bounded, logged tries; updates not dropped; /healthz says so. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe("Telegram unreachable at start", () => {
  let server: ServerType | undefined;
  let telegram: TelegramServer | undefined;
  afterAll(async () => {
    server?.close();
    await telegram?.stop();
  });

  it("tries a bounded number of times with a log line each, answers webhook updates 503 meanwhile, then connects", async () => {
    const apiPort = await freePort();
    const { log, lines } = memoryLog();
    const client = await openLibsqlClient(":memory:");
    const deps = createDeps(client, log, { telegram: { token: TOKEN, apiRoot: `http://127.0.0.1:${apiPort}`, webhookSecret: SECRET }, sleep: async () => {} });
    await migrateDatabase(deps.db);
    server = await new Promise((resolve) => {
      const s = serve({ fetch: deps.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    const user = { id: 5151, first_name: "Minh", is_bot: false };
    const post = (updateId: number) =>
      fetch(`${base}/telegram/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify({ update_id: updateId, message: { message_id: updateId, date: 0, chat: { id: user.id, type: "private" }, from: user, text: "xin chào" } }),
      });

    expect(await connectTelegram(deps.telegram!, log, { attempts: 3, delayMs: 1 })).toBe(false);
    expect(lines.filter((l) => l.message.startsWith("telegram API unreachable")).map((l) => l.level)).toEqual(["warn", "warn", "error"]);

    // Not answered 200-and-dropped: Telegram keeps the update and sends it again.
    expect((await post(1)).status).toBe(503);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, database: "up", write: "ok", channels: { telegram: "starting" } });

    telegram = new TelegramServer({ port: apiPort, host: "127.0.0.1", storeTimeout: 3600 });
    await telegram.start();
    expect(await connectTelegram(deps.telegram!, log, { attempts: 1 })).toBe(true);
    expect((await post(1)).status).toBe(200);
    expect(telegram.storage.botMessages.filter((m) => String(m.message.chat_id) === String(user.id))).toHaveLength(1);
    const healthy = await fetch(`${base}/healthz`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toMatchObject({ ok: true, channels: { telegram: "up" } });
    client.close();
  });
});
