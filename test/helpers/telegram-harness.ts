import { createServer, type AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import type { Update } from "grammy/types";
import TelegramServer from "telegram-test-api";
import { openLibsqlClient } from "../../src/db/node-client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { createDeps, type DepsOptions } from "../../src/deps.js";
import { readPlanDocument } from "../../src/ingest/formats/index.js";
import { createPlanImporter } from "../../src/ingest/importer.js";
import { startFileApi } from "./telegram-files.js";
import { createEditStandIns } from "./telegram-edits.js";
import { loadRestorer } from "../../src/ingest/restorer.js";
import { importSeedsOnce } from "../../src/ingest/seeds.js";
import type { ChartPngMaker } from "../../src/channels/chart-senders.js";
import { memoryLog, SEEDS_DIR } from "./bot-env.js";
import { startPhotoProxy } from "./telegram-photos.js";

export const TOKEN = "123456:TEST-token";
export const SECRET = "test-webhook-secret";
export const BOT = { id: 777000, is_bot: true as const, first_name: "Trợ lý BCĐ", username: "bcd_test_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false };
export const ADMIN = { id: 100, first_name: "Thư ký", language_code: "vi" };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

type User = { id: number; first_name: string; language_code?: string };
type Chat = { id: number; type: "private" | "group" | "supergroup"; title?: string };

/**
 * The real bot over real HTTP: updates are POSTed to our webhook (with the
 * secret), and everything the bot sends goes to telegram-test-api, the Bot
 * API emulator, where the test reads it back.
 */
export async function startTelegramHarness(extra: { chartPng?: ChartPngMaker; reports?: DepsOptions["reports"]; seed?: boolean; clock?: () => Date } = {}) {
  const telegram = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 3600 });
  await telegram.start();
  // Charts go out by sendPhoto, which the emulator lacks: a stand-in takes those in front of it.
  const photoProxy = extra.chartPng || extra.reports ? await startPhotoProxy(telegram, telegram.config.apiURL) : undefined;
  // Files (getFile, downloads) likewise, in front of both.
  // Edits and press answers as Telegram does them, in front of all (telegram-edits.ts says what the emulator lacks).
  const edits = createEditStandIns(telegram);
  const files = await startFileApi(photoProxy?.apiRoot ?? telegram.config.apiURL, edits);
  const { log, lines } = memoryLog();
  const client = await openLibsqlClient(":memory:");
  const restorer = await loadRestorer(SEEDS_DIR);
  const wire = () => createDeps(client, log, {
    admins: [`telegram:${ADMIN.id}`],
    telegram: { token: TOKEN, apiRoot: files.url, botInfo: BOT, webhookSecret: SECRET },
    sleep: async () => {},
    chartPng: extra.chartPng,
    webBaseUrl: "https://bcd.example.vn",
    intake: { importerFor: (db) => createPlanImporter({ db, restorer }), readDocument: readPlanDocument },
    reports: extra.reports,
    clock: extra.clock,
  });
  const deps = wire();
  await migrateDatabase(deps.db);
  const importer = createPlanImporter({ db: deps.db, restorer });
  if (extra.seed !== false) await importSeedsOnce({ importer, queries: deps.queries, seedsDir: SEEDS_DIR, log });
  const port = await freePort();
  let server: ServerType = serve({ fetch: deps.app.fetch, port, hostname: "127.0.0.1" });
  let base = `http://127.0.0.1:${port}`;

  /** A restart: the app wired again on the same database, on a new port; nothing kept in memory survives. */
  async function restart() {
    server.close();
    const next = wire();
    const nextPort = await freePort();
    server = serve({ fetch: next.app.fetch, port: nextPort, hostname: "127.0.0.1" });
    base = `http://127.0.0.1:${nextPort}`;
  }
  let updateId = 1000;
  let messageId = 5000;

  async function post(update: unknown, secret: string | null = SECRET): Promise<Response> {
    return fetch(`${base}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret === null ? {} : { "x-telegram-bot-api-secret-token": secret }) },
      body: typeof update === "string" ? update : JSON.stringify(update),
    });
  }

  function messageUpdate(from: User, text: string, chat: Chat = { id: from.id, type: "private" }, extra: Record<string, unknown> = {}): Update {
    const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
    return { update_id: ++updateId, message: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat, from: { is_bot: false, ...from }, text, entities, ...extra } } as Update;
  }

  /** A file sent to the bot: served by the file API, announced as Telegram does (name, size, file_id). */
  function documentUpdate(from: User, bytes: Uint8Array, fileName: string, chat: Chat = { id: from.id, type: "private" }, caption?: string): Update {
    const fileId = files.add(bytes, fileName);
    const document = { file_id: fileId, file_unique_id: `u${fileId}`, file_name: fileName, file_size: bytes.byteLength, mime_type: "application/octet-stream" };
    return { update_id: ++updateId, message: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat, from: { is_bot: false, ...from }, document, caption } } as Update;
  }

  /**
   * A press on a button. Given the bot message it sits on, the press carries that message as it is now (its
   * text and remaining buttons), as Telegram sends it; otherwise a message the bot never sent.
   */
  function callbackUpdate(from: User, data: string, chat: Chat = { id: from.id, type: "private" }, onMessageId?: number): Update {
    const id = String(++messageId);
    const shown = onMessageId === undefined ? undefined : sentTo(chat.id).find((m) => m.messageId === onMessageId);
    const message = shown
      ? { message_id: shown.messageId, date: 0, chat, text: shown.text, ...(shown.markup?.inline_keyboard?.length ? { reply_markup: shown.markup } : {}) }
      : { message_id: messageId, date: 0, chat, text: "…" };
    return { update_id: ++updateId, callback_query: { id, from: { is_bot: false, ...from }, chat_instance: "x", data, message } } as unknown as Update;
  }

  /** What the bot has sent to a chat so far, oldest first. */
  function sentTo(chatId: number) {
    return telegram.storage.botMessages
      .filter((m) => String(m.message.chat_id) === String(chatId))
      .map((m) => ({ text: String(m.message.text), markup: m.message.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined, parseMode: m.message.parse_mode, messageId: m.messageId }));
  }

  /** Sends an update and returns the bot messages it produced in that chat. */
  async function say(update: Update, chatId: number) {
    const before = sentTo(chatId).length;
    const res = await post(update);
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    return sentTo(chatId).slice(before);
  }

  async function stop() {
    photoProxy?.stop();
    server.close();
    await telegram.stop();
    await files.stop();
    client.close();
  }

  return { deps, client, telegram, files, pressAnswers: edits.answers, photos: photoProxy?.photos ?? [], documents: photoProxy?.documents ?? [], base, post, messageUpdate, documentUpdate, callbackUpdate, sentTo, say, stop, restart, logLines: lines };
}
