import { todayIn, type IsoDate } from "../domain/dates.js";
import { parsePeriod } from "../domain/periods.js";
import { foldKey } from "../domain/text/fold.js";
import type { Db } from "../db/client.js";
import { createAnswerQueries } from "../db/repos/answer-queries.js";
import { createConversationState, type ConversationKey } from "../db/repos/conversation-state.js";
import { createPlanQueries } from "../db/repos/plan-queries.js";
import type { Log } from "../log.js";
import { agencyDutyItems, whoLeadsItems } from "./answers/agencies.js";
import { dueItems, overdueItems } from "./answers/due.js";
import { listPlansAnswer, planDetailAnswer } from "./answers/plans.js";
import { nearestItems, searchItems } from "./answers/search.js";
import { readTargetQuestion, targetItems } from "./answers/targets.js";
import { detectLang } from "./i18n/detect-lang.js";
import { englishToVietnamese } from "./i18n/glossary.js";
import { t } from "./i18n/messages.js";
import { detectIntent } from "./intents/detect.js";
import type { IncomingMessage, Lang, Reply } from "./types.js";

export const MAX_QUESTION_LENGTH = 1000;
const PAGE_ITEMS = 5;

export type CoreDeps = {
  db: Db;
  log?: Log;
  /** Time zone of chats not bound to a committee. */
  defaultTimezone?: string;
};

/** Per-message context the adapters (or the CLI) may set. */
export type HandleOptions = {
  /** Answer only from this committee's plans (a bound group chat). */
  committeeId?: string;
  /** Overrides today's date (the CLI's --today, tests). */
  today?: IsoDate;
};

type Pages = { kind: "pages"; lang: Lang; items: string[] };

/**
 * The channel-free bot: a normalized message in, replies out. Every path
 * ends in a reply the user can read; failures become a polite apology.
 */
export function createCore(deps: CoreDeps) {
  const planQueries = createPlanQueries(deps.db);
  const answerQueries = createAnswerQueries(deps.db);
  const state = createConversationState(deps.db);
  const timezone = deps.defaultTimezone ?? "Asia/Ho_Chi_Minh";

  async function handle(message: IncomingMessage, options: HandleOptions = {}): Promise<Reply[]> {
    const lang = detectLang(message.text);
    try {
      return await answer(message, lang, options);
    } catch (error) {
      deps.log?.("error", "core failed to answer", { messageId: message.messageId, error: String(error) });
      return [{ text: t(lang).error }];
    }
  }

  async function answer(message: IncomingMessage, lang: Lang, options: HandleOptions): Promise<Reply[]> {
    const m = t(lang);
    if (message.text.length > MAX_QUESTION_LENGTH) return [{ text: m.tooLong(MAX_QUESTION_LENGTH) }];
    const key: ConversationKey = { channel: message.channel, chatId: message.chatId, senderId: message.senderId };
    const scope = options.committeeId;
    const today = options.today ?? todayIn(timezone, message.receivedAt);
    const intent = detectIntent(message.text);

    switch (intent.kind) {
      case "empty":
        return [{ text: m.empty }];
      case "help":
        return [{ text: m.help }];
      case "more":
        return nextPage(key, lang);
      case "plans":
        return paginate(key, lang, await listPlansAnswer(planQueries, lang, scope));
      case "plan":
        return [{ text: await planDetailAnswer(planQueries, lang, intent.ref, scope) }];
      case "due": {
        if (intent.overdue) {
          const items = await overdueItems(answerQueries, lang, today, scope);
          return paginate(key, lang, items.length ? [m.due.overdueHeader(items.length), ...items.map((i) => i.text)] : [m.due.overdueNone]);
        }
        const folded = foldKey(message.text);
        const period = parsePeriod(folded, today) ?? parsePeriod("thang nay", today)!;
        const label = lang === "vi" ? period.vi : period.en;
        const items = await dueItems(answerQueries, lang, period, scope);
        return paginate(key, lang, items.length ? [m.due.header(label, items.length), ...items.map((i) => i.text)] : [m.due.none(label)]);
      }
      case "targets": {
        const items = await targetItems(answerQueries, planQueries, lang, readTargetQuestion(message.text), scope);
        if (items.length === 0) return noMatch(lang, message.text, m.targets.none, scope);
        return paginate(key, lang, [m.targets.header(items.length), ...items]);
      }
      case "who_leads": {
        const items = await whoLeadsItems(answerQueries, planQueries, lang, intent.topic, scope);
        if (items.length === 0) return noMatch(lang, intent.topic, m.agency.leadsNone(intent.topic), scope);
        return paginate(key, lang, [m.agency.leadsHeader(intent.topic, items.length), ...items]);
      }
      case "agency": {
        const found = await agencyDutyItems(answerQueries, lang, intent.phrase, scope);
        if (found && found.items.length > 0) {
          return paginate(key, lang, [m.agency.header(found.agencyName, found.items.length), ...found.items]);
        }
        if (found) return [{ text: m.agency.none(found.agencyName) }];
        return searchAnswer(key, lang, message.text, scope);
      }
      case "search": {
        // A bare agency name ("Phòng Y tế", "MTTQ") asks for its duties.
        const found = await agencyDutyItems(answerQueries, lang, intent.query, scope);
        if (found && found.items.length > 0 && foldKey(intent.query).split(" ").length <= 6) {
          return paginate(key, lang, [m.agency.header(found.agencyName, found.items.length), ...found.items]);
        }
        return searchAnswer(key, lang, intent.query, scope);
      }
    }
  }

  async function searchAnswer(key: ConversationKey, lang: Lang, query: string, scope?: string): Promise<Reply[]> {
    const { items } = await searchItems(planQueries, lang, englishToVietnamese(query), scope);
    if (items.length === 0) return noMatch(lang, query, t(lang).noMatch(query), scope);
    return paginate(key, lang, [t(lang).searchHeader(query, items.length), ...items]);
  }

  /** Never an empty reply: say nothing matched and offer the nearest items. */
  async function noMatch(lang: Lang, query: string, sentence: string, scope?: string): Promise<Reply[]> {
    const m = t(lang);
    const nearest = await nearestItems(planQueries, lang, englishToVietnamese(query), scope);
    const tail = nearest.length > 0 ? `\n\n${m.nearest}\n${nearest.map((n) => `• ${n}`).join("\n")}` : `\n\n${m.help}`;
    return [{ text: `${sentence}${tail}` }];
  }

  /** Shows a header and the first items; the rest waits in the database for "thêm"/"more". */
  async function paginate(key: ConversationKey, lang: Lang, lines: string[]): Promise<Reply[]> {
    const [header, ...items] = lines;
    const page = items.slice(0, PAGE_ITEMS);
    const rest = items.slice(PAGE_ITEMS);
    if (rest.length > 0) await state.set(key, { kind: "pages", lang, items: rest } satisfies Pages);
    else await state.clear(key);
    const footer = rest.length > 0 ? [t(lang).more(rest.length)] : [];
    const body = [header, ...page.map((item) => `• ${item}`), ...footer].filter((l): l is string => Boolean(l));
    return [{ text: body.join("\n\n") }];
  }

  async function nextPage(key: ConversationKey, lang: Lang): Promise<Reply[]> {
    const saved = await state.get<Pages>(key);
    if (!saved || saved.kind !== "pages" || saved.items.length === 0) return [{ text: t(lang).noMore }];
    return paginate(key, saved.lang, ["", ...saved.items]);
  }

  return { handle };
}

export type Core = ReturnType<typeof createCore>;
