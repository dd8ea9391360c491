/**
 * The Zalo adapter: Zalo events → the core's normalized messages, replies →
 * plain text. Zalo has no buttons, so choices become a numbered list the user
 * answers with "1", "2" (the core remembers what the numbers meant).
 */
import { z } from "zod";
import { MAX_QUESTION_LENGTH, type Core } from "../../core/conversation.js";
import type { IncomingMessage, Reply } from "../../core/types.js";
import { wm } from "../../core/work/messages.js";
import type { InboundLog } from "../../db/repos/inbound-log.js";
import type { Log } from "../../log.js";
import { detectLang } from "../../core/i18n/detect-lang.js";
import { splitMessage } from "../shared.js";
import type { ZaloApi } from "./api.js";

export const ZALO_MAX_TEXT = 2000;

const zaloMessage = z.object({
  message_id: z.union([z.string(), z.number()]).transform(String),
  from: z.object({ id: z.union([z.string(), z.number()]).transform(String), display_name: z.string().optional(), is_bot: z.boolean().optional() }),
  chat: z.object({ id: z.union([z.string(), z.number()]).transform(String), chat_type: z.string().optional() }),
  date: z.number().optional(),
  text: z.string().optional(),
});
export const zaloUpdate = z.object({ event_name: z.string().min(1), message: zaloMessage });
export type ZaloUpdate = z.infer<typeof zaloUpdate>;

/** An update as sent, or wrapped as `{ ok, result }` (getUpdates, some webhook calls); null when it is neither. */
export function readZaloUpdates(body: unknown): ZaloUpdate[] | null {
  const unwrapped = body && typeof body === "object" && "result" in body ? (body as { result: unknown }).result : body;
  const list = Array.isArray(unwrapped) ? unwrapped : [unwrapped];
  const parsed = list.map((u) => zaloUpdate.safeParse(u));
  if (parsed.some((p) => !p.success)) return null;
  return parsed.map((p) => p.data!);
}

export function renderChoices(reply: Reply, lang: "vi" | "en"): string {
  if (!reply.choices?.length) return reply.text;
  const list = reply.choices.map((c, i) => `${i + 1}. ${c.label.replace(/^\d+\.\s*/, "")}`).join("\n");
  return `${reply.text}\n${list}\n${lang === "vi" ? "Gõ số để chọn (ví dụ: 1)." : "Reply with a number (e.g. 1)."}`;
}

export function createZaloBot(deps: { api: ZaloApi; core: Core; inbound: InboundLog; log: Log; botName?: string }) {
  const { api, core, log } = deps;

  async function send(chatId: string, reply: Reply, lang: "vi" | "en" = "vi"): Promise<string> {
    let lastId = "";
    const parts = splitMessage(renderChoices(reply, lang), ZALO_MAX_TEXT);
    for (const [i, part] of parts.entries()) {
      const sent = await api.sendMessage(chatId, part);
      lastId = String(sent?.message_id ?? "");
      if (i === parts.length - 1 && reply.about && lastId) await core.remember("zalo", chatId, lastId, reply.about);
    }
    return lastId;
  }

  /** Handles one event once (event name + message id), answering in the chat it came from. */
  async function handleUpdate(update: ZaloUpdate): Promise<void> {
    const m = update.message;
    const id = `${update.event_name}:${m.message_id}`;
    if (await deps.inbound.handled("zalo", id)) {
      log("info", "zalo update already handled", { event: update.event_name, messageId: m.message_id });
      return;
    }
    if (m.from.is_bot) return;
    // Marked after the work (finally below): an event cut short by a crash is processed when redelivered.
    try {
      if (update.event_name !== "message.text.received" || !m.text) {
        await send(m.chat.id, { text: wm("vi").filesOnWeb });
        return;
      }
      // In groups Zalo delivers only messages that mention the bot; the mention is not part of the question.
      // Cut before any work (mention stripping, language detection): the core refuses anything longer anyway.
      const raw = m.text.slice(0, MAX_QUESTION_LENGTH * 4);
      const text = (deps.botName ? raw.replace(new RegExp(`@${deps.botName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "gi"), "") : raw).replace(/^@\S+\s+/, "").trim();
      const incoming: IncomingMessage = {
        channel: "zalo",
        chatId: m.chat.id,
        chatKind: m.chat.chat_type === "GROUP" ? "group" : "private",
        senderId: m.from.id,
        senderName: m.from.display_name,
        text,
        messageId: m.message_id,
        receivedAt: new Date(),
      };
      const lang = detectLang(text);
      for (const reply of await core.handle(incoming)) await send(m.chat.id, reply, lang);
    } catch (error) {
      log("error", "zalo update failed", { event: update.event_name, messageId: m.message_id, error: String(error) });
      await send(m.chat.id, { text: wm("vi").failed }).catch(() => undefined);
    } finally {
      await deps.inbound.markHandled("zalo", id);
    }
  }

  /** Long polling when there is no public URL; stops when `signal` aborts. */
  async function poll(signal: AbortSignal): Promise<void> {
    await api.deleteWebhook().catch((error: unknown) => log("warn", "zalo deleteWebhook failed", { error: String(error) }));
    while (!signal.aborted) {
      try {
        const updates = readZaloUpdates(await api.getUpdates(30)) ?? [];
        for (const u of updates) await handleUpdate(u);
      } catch (error) {
        log("warn", "zalo getUpdates failed", { error: String(error) });
        await new Promise((r) => setTimeout(r, 3000));
      }
    }
  }

  return { handleUpdate, send, poll, api };
}

export type ZaloBot = ReturnType<typeof createZaloBot>;
