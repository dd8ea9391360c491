/**
 * A file sent to the bot → the core's IncomingDocument: name and size as Telegram announces them, and a
 * download through the Bot API's getFile (grammY) and its file URL, run only if the core accepts the file.
 */
import type { Context } from "grammy";
import type { Document } from "grammy/types";
import type { IncomingDocument } from "../../core/work/plan-intake.js";
import type { IncomingMessage } from "../../core/types.js";

export function telegramDocument(ctx: Context, document: Document, message: IncomingMessage, bot: { token: string; apiRoot?: string }): IncomingDocument {
  return {
    message,
    fileName: document.file_name ?? "tep",
    fileSize: document.file_size,
    download: async () => {
      const file = await ctx.api.getFile(document.file_id);
      if (!file.file_path) throw new Error("getFile returned no file_path");
      const url = `${(bot.apiRoot ?? "https://api.telegram.org").replace(/\/$/, "")}/file/bot${bot.token}/${file.file_path}`;
      const res = await fetch(url);
      if (!res.ok) throw new Error(`file download answered ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
  };
}
