/**
 * POST /telegram/webhook: the secret Telegram echoes back is checked in
 * constant time, the body must be an update, then grammY handles it.
 */
import { Hono } from "hono";
import type { Update } from "grammy/types";
import type { Log } from "../../log.js";
import { BODY_LIMITS, limitBody } from "../../http/limits.js";
import { sameSecret } from "../shared.js";
import type { TelegramBot } from "./bot.js";

export function createTelegramWebhook(telegram: TelegramBot, secret: string, log: Log) {
  return new Hono().post("/telegram/webhook", limitBody(BODY_LIMITS.webhook), async (c) => {
    if (!sameSecret(c.req.header("x-telegram-bot-api-secret-token"), secret)) return c.json({ error: "unauthorized" }, 401);
    // Not connected yet (getMe failed at start): an error makes Telegram redeliver later instead of losing the update.
    if (!telegram.bot.isInited()) {
      log("warn", "telegram update refused: bot not connected yet");
      return c.json({ error: "Bot chưa sẵn sàng, Telegram sẽ gửi lại sau." }, 503);
    }
    const update = await c.req.json<Update>().catch(() => null);
    if (!update || typeof update !== "object" || typeof update.update_id !== "number") {
      return c.json({ error: "Yêu cầu không hợp lệ: cần một Telegram Update." }, 400);
    }
    // Errors are answered and logged by bot.catch; Telegram gets 200 so it does not redeliver forever.
    await telegram.bot.handleUpdate(update).catch((error: unknown) => log("error", "telegram webhook failed", { updateId: update.update_id, error: String(error) }));
    return c.json({ ok: true });
  });
}
