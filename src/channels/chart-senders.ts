/**
 * Senders of scheduled messages that may carry a chart (see core/digest/chart-envelope): Telegram sends
 * the PNG with the text as its caption (or the text after it when too long for one), Zalo sends the PNG's
 * URL under PUBLIC_URL then the text; without a renderer (the Worker) or a URL, the text alone goes out.
 */
import { InputFile } from "grammy";
import { takeChart } from "../core/digest/chart-envelope.js";
import type { ProgressChartData } from "../core/charts/charts.js";
import type { Choice } from "../core/types.js";
import type { Log } from "../log.js";
import { escapeHtml } from "./telegram/format.js";
import type { TelegramBot } from "./telegram/bot.js";
import type { ZaloBot } from "./zalo/bot.js";

export type ChartPngMaker = (data: ProgressChartData) => Uint8Array | Promise<Uint8Array>;
const CAPTION_MAX = 1024;

export function telegramChartSender(telegram: TelegramBot, log: Log, png: ChartPngMaker | undefined, choices: (about?: { taskId?: number }) => Choice[] | undefined) {
  return async (chatId: string, raw: string, about: { taskId?: number } | undefined): Promise<string> => {
    const { text, chart } = takeChart(raw);
    if (chart && png) {
      try {
        const photo = new InputFile(await png(chart), "tien-do.png");
        const caption = escapeHtml(text);
        const fits = caption.length <= CAPTION_MAX;
        const sent = await telegram.bot.api.sendPhoto(Number(chatId), photo, fits ? { caption, parse_mode: "HTML" } : {});
        if (fits) return String(sent.message_id);
      } catch (error) {
        log("warn", "chart not sent; text only", { chatId, error: String(error) });
      }
    }
    return telegram.send(Number(chatId), { text, about, choices: choices(about) });
  };
}

export function zaloChartSender(zalo: ZaloBot, log: Log, publicUrl: string | undefined) {
  return async (chatId: string, raw: string, about: { taskId?: number } | undefined): Promise<string> => {
    const { text, code } = takeChart(raw);
    if (code && publicUrl) {
      await zalo.api.call("sendPhoto", { chat_id: chatId, photo: `${publicUrl.replace(/\/$/, "")}/bieu-do/${code}.png` }).catch((error: unknown) => log("warn", "zalo chart not sent; text only", { chatId, error: String(error) }));
    }
    return zalo.send(chatId, { text, about });
  };
}
