/**
 * A file sent to the bot → the core's IncomingDocument: name and size as Telegram announces them, its
 * file_id (to fetch it again after the committee picker's answer), and a download through the Bot API's
 * getFile (grammY) and its file URL, run only if the core accepts the file.
 */
import type { Api, Context } from "grammy";
import type { Document } from "grammy/types";
import type { IncomingDocument } from "../../core/work/plan-intake.js";
import type { IncomingMessage } from "../../core/types.js";

type BotAddress = { token: string; apiRoot?: string };

/** A file's bytes by its file_id: getFile, then the file URL under the same API root. */
export async function downloadTelegramFile(api: Api, fileId: string, bot: BotAddress): Promise<Uint8Array> {
  const file = await api.getFile(fileId);
  if (!file.file_path) throw new Error("getFile returned no file_path");
  const url = `${(bot.apiRoot ?? "https://api.telegram.org").replace(/\/$/, "")}/file/bot${bot.token}/${file.file_path}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`file download answered ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export function telegramDocument(ctx: Context, document: Document, message: IncomingMessage, bot: BotAddress): IncomingDocument {
  return {
    message,
    fileName: document.file_name ?? "tep",
    fileSize: document.file_size,
    fileRef: document.file_id,
    download: () => downloadTelegramFile(ctx.api, document.file_id, bot),
  };
}
