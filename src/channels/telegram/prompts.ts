/**
 * A button press answered in place: the core's replies to a choice say what became of the prompt (closed,
 * and what it shows now) and which of them concern the press alone. Telegram lets the bot edit the message
 * that carried the buttons and answer the press with a notice; this does both and hands back the replies
 * that are messages of their own. Every press is answered exactly once, or the button keeps spinning.
 */
import type { Context } from "grammy";
import type { Reply } from "../../core/types.js";
import type { Log } from "../../log.js";
import { escapeHtml } from "./format.js";

/** Telegram shows at most 200 characters in a press's notice. */
const NOTICE_MAX = 200;

const notice = (text: string) => (text.length <= NOTICE_MAX ? text : `${text.slice(0, NOTICE_MAX - 1)}…`);

/** Closes the pressed prompt as the replies say, answers the press, and returns what is still to be sent. */
export async function settlePress(ctx: Context, replies: Reply[], log: Log): Promise<Reply[]> {
  const pressed = ctx.callbackQuery?.message;
  const outcome = replies.find((r) => r.prompt)?.prompt;
  if (pressed && outcome) {
    const chatId = pressed.chat.id;
    const hasButtons = "reply_markup" in pressed && Boolean(pressed.reply_markup?.inline_keyboard.length);
    try {
      // A new text without reply_markup takes the buttons away with it; otherwise only the buttons go.
      if (outcome.shows) await ctx.api.editMessageText(chatId, pressed.message_id, escapeHtml(outcome.shows), { parse_mode: "HTML" });
      else if (hasButtons) await ctx.api.editMessageReplyMarkup(chatId, pressed.message_id);
    } catch (error) {
      // Too old to edit, deleted, or already showing this: the press's answer below still tells the user.
      log("warn", "pressed prompt not updated", { updateId: ctx.update.update_id, error: String(error) });
    }
  }
  const inPlace = replies.find((r) => r.inPlace);
  await ctx
    .answerCallbackQuery(inPlace ? { text: notice(inPlace.text), show_alert: true } : undefined)
    .catch((error: unknown) => log("warn", "answerCallbackQuery failed", { error: String(error) }));
  // Only the first notice fits the press; any other goes as a message (the picker never gives two).
  return replies.filter((r) => r !== inPlace && r.text);
}
