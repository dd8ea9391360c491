/**
 * The Telegram adapter: turns grammY updates into the core's normalized
 * messages and the core's replies into Telegram messages. It knows Telegram
 * (groups, privacy mode, buttons, HTML, redelivery); it knows nothing of plans.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { Api, Bot, GrammyError, InlineKeyboard, InputFile, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Core } from "../../core/conversation.js";
import type { IncomingMessage, Reply } from "../../core/types.js";
import { COMMAND_MENU } from "../../core/work/commands.js";
import { wm } from "../../core/work/messages.js";
import type { InboundLog } from "../../db/repos/inbound-log.js";
import type { Log } from "../../log.js";
import { escapedParts, escapeHtml, fitsCallback } from "./format.js";
import type { IncomingDocument } from "../../core/work/plan-intake.js";
import { downloadTelegramFile, telegramDocument } from "./documents.js";
import { isPlanChoice, type IncomingPlanChoice } from "../../core/work/plan-picker.js";
import { settlePress } from "./prompts.js";

export type TelegramBotDeps = {
  token: string;
  core: Core;
  inbound: InboundLog;
  log: Log;
  /** Test emulators and self-hosted Bot API servers. */
  apiRoot?: string;
  /** Known bot identity: no getMe call at start (Workers, tests). */
  botInfo?: UserFromGetMe;
  /** A plan file sent to the bot (core/work/plan-intake); without it a file gets "text only". */
  onDocument?: (doc: IncomingDocument) => Promise<Reply[]>;
  /** When a message counts as received (tests move it to check what depends on the day). */
  clock?: () => Date;
  /** A press on the committee picker's buttons, sent after such a file (core/work/plan-picker). */
  onPlanChoice?: (choice: IncomingPlanChoice) => Promise<Reply[]>;
};

const MAX_INCOMING = 4000;

export function createTelegramBot(deps: TelegramBotDeps) {
  const { core, log } = deps;
  const bot = new Bot(deps.token, { botInfo: deps.botInfo, client: deps.apiRoot ? { apiRoot: deps.apiRoot } : undefined });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  const langOf = (ctx: Context) => (ctx.from?.language_code?.startsWith("en") ? "en" : "vi");

  // One error boundary for every path (webhook's handleUpdate and long polling alike): log with the update id, apologise.
  const guarded = bot.errorBoundary(async (err) => {
    log("error", "telegram update failed", { updateId: err.ctx.update.update_id, error: String(err.error) });
    const chatId = err.ctx.chat?.id;
    // A press left unanswered keeps its button spinning; answering twice is refused and harmless.
    if (err.ctx.callbackQuery) await err.ctx.answerCallbackQuery().catch(() => undefined);
    if (chatId) await send(chatId, { text: wm(langOf(err.ctx)).failed }).catch(() => undefined);
  });

  // Every update once: Telegram redelivers when a webhook answer is slow or lost.
  // Marked after the work, not before: an update cut short by a crash is processed when redelivered.
  guarded.use(async (ctx, next) => {
    const id = String(ctx.update.update_id);
    if (await deps.inbound.handled("telegram", id)) {
      log("info", "telegram update already handled", { updateId: ctx.update.update_id });
      return;
    }
    try {
      await next();
    } finally {
      await deps.inbound.markHandled("telegram", id);
    }
  });

  guarded.on("edited_message", async (ctx) => {
    if (ctx.chat.type === "private") await send(ctx.chat.id, { text: wm(langOf(ctx)).editedIgnored });
  });

  guarded.on("callback_query:data", async (ctx) => {
    const chat = ctx.callbackQuery.message?.chat ?? ctx.chat;
    const data = ctx.callbackQuery.data;
    // The committee picker's press is answered once its outcome is known: the prompt edited, a notice if any.
    if (chat && deps.onPlanChoice && isPlanChoice(data)) {
      const message = normalize(ctx, chat, data, undefined, ctx.callbackQuery.id);
      const choice = { message, data, download: (fileId: string) => downloadTelegramFile(ctx.api, fileId, deps) };
      for (const reply of await settlePress(ctx, await deps.onPlanChoice(choice), log)) await send(chat.id, reply);
      return;
    }
    await ctx.answerCallbackQuery().catch((error: unknown) => log("warn", "answerCallbackQuery failed", { error: String(error) }));
    if (!chat) return;
    await respond(ctx, chat, data, undefined, ctx.callbackQuery.id);
  });

  guarded.on("message", async (ctx) => {
    const message = ctx.message;
    const group = ctx.chat.type !== "private";
    const text = message.text ?? message.caption ?? "";
    const username = ctx.me.username;
    const mentioned = username ? new RegExp(`@${username}\\b`, "i").test(text) : false;
    const repliesToBot = message.reply_to_message?.from?.id === ctx.me.id;
    // In groups the bot speaks when spoken to: commands, replies to it, mentions (privacy mode delivers only these).
    if (group && !text.startsWith("/") && !mentioned && !repliesToBot) return;
    const m = wm(langOf(ctx));
    if (message.forward_origin) return void (await send(ctx.chat.id, { text: m.forwardedIgnored }));
    if (message.document && deps.onDocument) {
      const incoming = normalize(ctx, ctx.chat, text, undefined, String(message.message_id));
      for (const reply of await deps.onDocument(telegramDocument(ctx, message.document, incoming, deps))) await send(ctx.chat.id, reply);
      return;
    }
    if (!message.text) return void (await send(ctx.chat.id, { text: m.unsupported }));
    const cleaned = username ? text.replace(new RegExp(`@${username}\\b`, "gi"), "").trim() : text.trim();
    const replyTo = message.reply_to_message?.message_id;
    await respond(ctx, ctx.chat, cleaned.slice(0, MAX_INCOMING + 1), replyTo ? String(replyTo) : undefined, String(message.message_id));
  });



  async function respond(ctx: Context, chat: { id: number; type: string; title?: string }, text: string, replyTo: string | undefined, messageId: string) {
    const incoming = normalize(ctx, chat, text, replyTo, messageId);
    for (const reply of await core.handle(incoming)) await send(chat.id, reply);
  }

  function normalize(ctx: Context, chat: { id: number; type: string; title?: string }, text: string, replyTo: string | undefined, messageId: string): IncomingMessage {
    const from = ctx.from;
    return {
      channel: "telegram",
      chatId: String(chat.id),
      chatKind: chat.type === "private" ? "private" : "group",
      senderId: String(from?.id ?? chat.id),
      senderName: [from?.first_name, from?.last_name].filter(Boolean).join(" ") || from?.username,
      text,
      messageId: `${ctx.update.update_id}:${messageId}`,
      replyToMessageId: replyTo,
      chatTitle: chat.title,
      receivedAt: deps.clock?.() ?? new Date(),
    };
  }

  /** Sends one reply (split when long), buttons on its last part, and remembers what it was about. */
  async function send(chatId: number, reply: Reply): Promise<string> {
    // A file (the periodic report) goes as a document with the reply as its caption.
    if (reply.document && reply.text.length <= 1000) {
      const sent = await bot.api.sendDocument(chatId, new InputFile(reply.document.bytes, reply.document.name), { caption: escapeHtml(reply.text), parse_mode: "HTML" });
      return String(sent.message_id);
    }
    let lastId = "";
    const parts = escapedParts(reply.text);
    const buttons = (reply.choices ?? []).filter((c) => fitsCallback(c.value));
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      const keyboard = last && buttons.length ? InlineKeyboard.from(buttons.map((c) => [InlineKeyboard.text(c.label.slice(0, 60), c.value)])) : undefined;
      const sent = await bot.api.sendMessage(chatId, part, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } });
      lastId = String(sent.message_id);
      if (last && reply.about) await core.remember("telegram", String(chatId), lastId, reply.about);
    }
    return lastId;
  }

  /** The command menu in Vietnamese and English; an API that refuses it is logged, not fatal. */
  async function setCommands(): Promise<void> {
    for (const [lang, commands] of Object.entries(COMMAND_MENU)) {
      try {
        await bot.api.setMyCommands(commands, lang === "en" ? { language_code: "en" } : {});
      } catch (error) {
        log("warn", "setMyCommands refused", { lang, error: error instanceof GrammyError ? error.description : String(error) });
      }
    }
  }

  const inviteLink = (code: string) => `https://t.me/${bot.botInfo.username}?start=${code}`;
  // Start-up's getMe without auto-retry's long waits: start.ts bounds and logs its own tries.
  const probe = new Api(deps.token, deps.apiRoot ? { apiRoot: deps.apiRoot } : undefined);
  return { bot, send, setCommands, inviteLink, whoAmI: () => probe.getMe() };
}

export type TelegramBot = ReturnType<typeof createTelegramBot>;
