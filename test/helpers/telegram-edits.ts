import type TelegramServer from "telegram-test-api";

type Markup = { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> };
type StoredMessage = { messageId: number; message: { chat_id: string | number; text?: string; reply_markup?: Markup; parse_mode?: string } };
type Answer = { ok: true; result: unknown } | { ok: false; error_code: number; description: string };

/**
 * Editing a sent message and answering a button press as Telegram does them. telegram-test-api has the
 * three methods but keeps the buttons when the text is edited, cannot take them away, answers OK for a
 * message that does not exist and records no answer to a press; these stand-ins, put in front of it by
 * the file API (telegram-files.ts), change the emulator's stored message the way Telegram changes what the
 * user sees, refuse what Telegram refuses, and keep each press's answer for the test to read.
 */
export function createEditStandIns(telegram: TelegramServer) {
  const answers: Array<{ callbackQueryId: string; text?: string; showAlert: boolean }> = [];
  const botMessages = () => (telegram.storage as unknown as { botMessages: StoredMessage[] }).botMessages;
  const markupOf = (raw: unknown): Markup | undefined => (typeof raw === "string" ? (JSON.parse(raw) as Markup) : (raw as Markup | undefined));
  const hasButtons = (m?: Markup) => Boolean(m?.inline_keyboard?.length);
  const refuse = (description: string): Answer => ({ ok: false, error_code: 400, description: `Bad Request: ${description}` });

  function find(params: Record<string, unknown>) {
    return botMessages().find((m) => String(m.messageId) === String(params.message_id) && String(m.message.chat_id) === String(params.chat_id));
  }

  const methods: Record<string, (params: Record<string, unknown>) => Answer> = {
    // A new text replaces the old; the buttons stay only if the edit sends them again.
    editMessageText(params) {
      const stored = find(params);
      if (!stored) return refuse("message to edit not found");
      const markup = markupOf(params.reply_markup);
      const text = String(params.text ?? "");
      if (text === stored.message.text && JSON.stringify(markup ?? null) === JSON.stringify(stored.message.reply_markup ?? null)) {
        return refuse("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
      }
      stored.message = { ...stored.message, text, parse_mode: params.parse_mode as string | undefined, reply_markup: hasButtons(markup) ? markup : undefined };
      return { ok: true, result: { message_id: stored.messageId, chat: { id: Number(params.chat_id), type: "private" }, date: 0, text } };
    },
    // No reply_markup (or an empty one) takes the buttons away.
    editMessageReplyMarkup(params) {
      const stored = find(params);
      if (!stored) return refuse("message to edit not found");
      const markup = markupOf(params.reply_markup);
      if (!hasButtons(markup) && !hasButtons(stored.message.reply_markup)) return refuse("message is not modified");
      stored.message = { ...stored.message, reply_markup: hasButtons(markup) ? markup : undefined };
      return { ok: true, result: { message_id: stored.messageId, chat: { id: Number(params.chat_id), type: "private" }, date: 0, text: stored.message.text } };
    },
    // A press is answered once; Telegram refuses a second answer to the same query.
    answerCallbackQuery(params) {
      const id = String(params.callback_query_id);
      if (answers.some((a) => a.callbackQueryId === id)) return refuse("query is too old and response timeout expired or query ID is invalid");
      answers.push({ callbackQueryId: id, text: params.text === undefined ? undefined : String(params.text), showAlert: params.show_alert === true || params.show_alert === "true" });
      return { ok: true, result: true };
    },
  };

  return {
    /** The Bot API answer for one of these methods, or undefined for any other method. */
    handle: (method: string, params: Record<string, unknown>): Answer | undefined => methods[method]?.(params),
    /** Every answer to a press, in order. */
    answers,
  };
}

export type EditStandIns = ReturnType<typeof createEditStandIns>;
