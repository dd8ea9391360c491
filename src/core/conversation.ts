import { todayIn, type IsoDate } from "../domain/dates.js";
import { foldKey } from "../domain/text/fold.js";
import type { Db } from "../db/client.js";
import { createAnswerQueries } from "../db/repos/answer-queries.js";
import { createConversationState, type ConversationKey } from "../db/repos/conversation-state.js";
import { createPlanQueries } from "../db/repos/plan-queries.js";
import type { Log } from "../log.js";
import { listPlansAnswer, sectionAnswer } from "./answers/plans.js";
import { describeHits, type HitRef } from "./answers/search.js";
import { detectLang } from "./i18n/detect-lang.js";
import { t } from "./i18n/messages.js";
import { detectIntent } from "./intents/detect.js";
import type { About, IncomingMessage, Lang, Reply } from "./types.js";
import { createPeople } from "../db/repos/people.js";
import { createProgressStore } from "../db/repos/progress-store.js";
import { createProgressLatest } from "../db/repos/progress-latest.js";
import { createProgressAnswers } from "./progress/answers.js";
import { isAdmin, resolveActor } from "./work/actor.js";
import { createReportCommand, type MakeReport } from "./report/command.js";
import { createDigest } from "./digest/digest.js";
import { createChatSettings } from "./work/chat-settings.js";
import { parseCommand, spokenCommand } from "./work/commands.js";
import { wm } from "./work/messages.js";
import { createOnboarding, type InviteLink } from "./work/onboarding.js";
import { createReporting, type NoteState } from "./work/reporting.js";
import { createGuard, type GuardLimits } from "./work/guard.js";
import { createQuestions, type AskHook } from "./questions.js";
import { latestNotes as latestNotesOf } from "./work/latest-notes.js";
import { webLogin, type WebLoginLink } from "./work/web-login.js";
import { createStandInCommands } from "./work/stand-ins.js";
import { createStandIns } from "../db/repos/stand-ins.js";
import { createRateCounts } from "../db/repos/rate-counts.js";
import { adminCommands, setupGuide, unknownCommandName, unknownCommandReply } from "./work/admin-guide.js";

export const MAX_QUESTION_LENGTH = 1000;
const PAGE_ITEMS = 5;

export type CoreDeps = {
  db: Db;
  log?: Log;
  /** Time zone of chats not bound to a committee. */
  defaultTimezone?: string;
  /** Deployment admins as "channel:id" (ADMIN_TELEGRAM_IDS): admins of every committee. */
  admins?: string[];
  /** Builds the deep link an invite code is shared as, per channel. */
  inviteLink?: InviteLink;
  /** Makes a one-time login link to the admin web ("/web"). */
  webLoginLink?: WebLoginLink;
  clock?: () => Date;
  /** Attempt limits (tests lower them); defaults in work/guard.ts. */
  limits?: Partial<GuardLimits>;
  /** Answers to asks another part of the bot owns ("tiến độ kế hoạch 273": progress). */
  askHooks?: Partial<Record<"progress", AskHook>>;
  /** Makes the periodic report's Word file (Node injects it; /baocao says where to get it otherwise). */
  makeReport?: MakeReport;
  /** Called after a notice was queued for someone else (a stand-in joined or was let go): send it now. */
  onNotice?: () => void;
};

/** Per-message context the adapters (or the CLI) may set. */
export type HandleOptions = {
  /** Answer only from this committee's plans (a bound group chat). */
  committeeId?: string;
  /** Overrides today's date (the CLI's --today, tests). */
  today?: IsoDate;
};

type Pages = { kind: "pages"; lang: Lang; items: string[] };
/** Search hits still to show, described when their page is asked for. */
type HitPages = { kind: "hits"; lang: Lang; words: string[]; hits: HitRef[] };
/** Choices last offered, so "2" typed on a channel without buttons picks the second. */
type Choices = { kind: "choices"; values: string[] };
type Saved = Pages | HitPages | Choices | NoteState;

/** A page of a list: its header (none after the first page), the items, and how many are left. */
function pageText(lang: Lang, header: string | undefined, items: string[], left: number): string {
  const footer = left > 0 ? [t(lang).more(left)] : [];
  return [header, ...items.map((item) => `• ${item}`), ...footer].filter((l): l is string => Boolean(l)).join("\n\n");
}

/**
 * The channel-free bot: a normalized message in, replies out. Every path
 * ends in a reply the user can read; failures become a polite apology.
 */
export function createCore(deps: CoreDeps) {
  const planQueries = createPlanQueries(deps.db);
  const answerQueries = createAnswerQueries(deps.db);
  const state = createConversationState(deps.db);
  const timezone = deps.defaultTimezone ?? "Asia/Ho_Chi_Minh";
  const people = createPeople(deps.db);
  const progress = createProgressStore(deps.db);
  const admins = new Set(deps.admins ?? []);
  const clock = deps.clock ?? (() => new Date());
  const guard = createGuard(createRateCounts(deps.db), deps.limits);
  const standInCommands = createStandInCommands({ standIns: createStandIns(deps.db), inviteLink: deps.inviteLink, onNotice: deps.onNotice });
  const onboarding = createOnboarding({ people, inviteLink: deps.inviteLink, guard, joinStandIn: standInCommands.join });
  const reporting = createReporting({ progress, answers: answerQueries, people, state });
  const latest = createProgressLatest(deps.db);
  const progressAnswers = createProgressAnswers({ answers: answerQueries, planQueries, latest, people, admins });
  const reportCommand = createReportCommand({ people, make: deps.makeReport });
  const settings = createChatSettings({ people, digest: createDigest({ answers: answerQueries, progress, planQueries, latest }) });
  const questions = createQuestions({ answers: answerQueries, planQueries, progress }, deps.askHooks);

  async function handle(message: IncomingMessage, options: HandleOptions = {}): Promise<Reply[]> {
    // The length check comes first: nothing (language detection included) reads an overlong text.
    if (message.text.length > MAX_QUESTION_LENGTH) {
      const lang = detectLang(message.text.slice(0, 200));
      return [{ text: t(lang).tooLong(MAX_QUESTION_LENGTH) }];
    }
    const lang = detectLang(message.text);
    try {
      return await answer(message, lang, options);
    } catch (error) {
      deps.log?.("error", "core failed to answer", { messageId: message.messageId, error: String(error) });
      return [{ text: t(lang).error }];
    }
  }

  async function answer(incoming: IncomingMessage, lang: Lang, options: HandleOptions): Promise<Reply[]> {
    const m = t(lang);
    if (incoming.text.length > MAX_QUESTION_LENGTH) return [{ text: m.tooLong(MAX_QUESTION_LENGTH) }];
    const key: ConversationKey = { channel: incoming.channel, chatId: incoming.chatId, senderId: incoming.senderId };
    const binding = await people.chatBinding(incoming.channel, incoming.chatId);
    const scope = options.committeeId ?? binding?.committeeId ?? undefined;
    const today = options.today ?? todayIn(timezone, incoming.receivedAt);
    const saved = await state.get<Saved>(key);

    // "2" after numbered choices means the second choice (channels without buttons).
    const picked = saved?.kind === "choices" && /^\d{1,2}$/.test(incoming.text.trim()) ? saved.values[Number(incoming.text.trim()) - 1] : undefined;
    const message = picked ? { ...incoming, text: picked } : incoming;
    const work = await workReplies(message, lang, key, scope, today, saved);
    if (work) {
      const choices = work.flatMap((r) => r.choices ?? []);
      if (choices.length) await state.set(key, { kind: "choices", values: choices.map((c) => c.value) } satisfies Choices);
      return work;
    }
    // Progress and "what must I report" read the recorded updates (issue 23); before the plan questions.
    const progressReply = await progressAnswers.answer(message, lang, scope, today);
    if (progressReply) return progressReply;
    const intent = detectIntent(message.text);

    switch (intent.kind) {
      case "empty":
        return [{ text: m.empty }];
      case "help":
        return [{ text: m.help }];
      case "thanks":
        return [{ text: m.thanks }];
      case "more":
        return nextPage(key, lang, scope);
      case "plans": {
        const list = () => listPlansAnswer(planQueries, lang, scope, intent.filter, intent.asTyped);
        // "Kế hoạch … của X thực hiện quyết định nào?" reads as a list of X's plans, but asks one of their facts.
        if (!intent.filter) return paginate(key, lang, await list());
        return paginate(key, lang, await questions.answer(message.text, lang, today, scope, (kind, ids) => latestNotes(kind, ids, lang), list));
      }
      case "section":
        return paginate(key, lang, await sectionAnswer(planQueries, lang, intent.plan, intent.section, scope));
      default:
        // Every question: what it names, found anywhere in it, answered from those entities.
        return paginate(key, lang, await questions.answer(message.text, lang, today, scope, (kind, ids) => latestNotes(kind, ids, lang)));
    }
  }

  /** Commands, a flow in progress, and replies to the bot's messages; null when the message is a question. */
  async function workReplies(message: IncomingMessage, lang: Lang, key: ConversationKey, scope: string | undefined, today: string, saved: Saved | undefined): Promise<Reply[] | null> {
    const command = parseCommand(message.text) ?? spokenCommand(foldKey(message.text));
    const unknown = command ? null : unknownCommandName(message.text, (text) => parseCommand(text) !== null);
    const needsActor = command || unknown || saved?.kind === "note" || message.replyToMessageId;
    if (!needsActor) return null;
    const refused = await guard.refuse(message, lang, command);
    if (refused) return refused;
    const actor = await resolveActor(people, message, admins, today);
    const now = clock();
    const ctx = { message, lang, key, scope, today, actor, now };
    if (unknown) return [{ text: unknownCommandReply(lang, unknown, isAdmin(actor)) }];
    if (command) {
      if (saved?.kind === "note" && command.name !== "update") await state.clear(key);
      switch (command.name) {
        case "start":
          if (!command.args && actor.deploymentAdmin && (await people.committeeList()).length === 0) return [{ text: setupGuide(lang, actor.name) }];
          return onboarding.start(message, lang, command.args, now, today);
        case "connect": return onboarding.connect(message, lang, actor, command.args, now);
        case "language": return settings.setLanguage(message, command.args, actor, scope);
        case "schedule": return settings.setSchedule(message, lang, actor, command.args, scope);
        case "help": return [{ text: isAdmin(actor) ? `${t(lang).help}\n\n${adminCommands(lang)}` : t(lang).help }];
        case "invite": return onboarding.invite(message, lang, actor, command.args, scope, now);
        case "contacts": return onboarding.contacts(lang, actor, scope);
        case "revoke": return onboarding.revoke(lang, actor, command.args, scope, now);
        case "link": return onboarding.link(message, lang, actor, command.args, message.chatTitle ?? null);
        case "update": return reporting.update(ctx, command.args);
        case "target": return reporting.target(ctx, command.args);
        case "edit": return reporting.edit(ctx, command.args);
        case "cancel": await state.clear(key); return [{ text: wm(lang).cancelled }];
        case "digest": return settings.digestNow(lang, actor, command.args, scope, today);
        case "web": return webLogin(message, lang, actor, deps.webLoginLink);
        case "report": return reportCommand(lang, actor, command.args, scope, today);
        case "leave": return standInCommands.leave(ctx, command.args);
      }
    }
    if (saved?.kind === "note") return reporting.note(ctx, saved, message.text);
    if (message.replyToMessageId) {
      const about = await progress.botMessageAbout(message.channel, message.chatId, message.replyToMessageId);
      if (about) return reporting.replyTo(ctx, about);
    }
    return null;
  }

  /** "(cập nhật 12/11/2026: hoàn thành)" after each task or target that has a report (work/latest-notes.ts). */
  async function latestNotes(kind: "tasks" | "targets", ids: number[], lang: Lang): Promise<Map<number, string>> {
    return latestNotesOf(progress, kind, ids, lang);
  }

  /** Called by adapters once a reply is sent: a later reply to that message attaches to what it was about. */
  async function remember(channel: IncomingMessage["channel"], chatId: string, messageId: string, about: About): Promise<void> {
    await progress.rememberBotMessage({ channel, chatId, messageId, taskId: about.taskId ?? null, targetId: about.targetId ?? null });
  }

  /** Like paginate, for search hits: only the page shown is described; null if none could be. */
  async function hitPage(
    key: ConversationKey, lang: Lang, words: string[], hits: HitRef[], scope: string | undefined, header?: (count: number) => string,
  ): Promise<Reply[] | null> {
    const { items, rest } = await describeHits(planQueries, lang, words, hits, PAGE_ITEMS, scope);
    if (items.length === 0) {
      // The rows behind the hits are gone (a plan imported again meanwhile): nothing is left to page.
      if (hits.length > 0) await state.clear(key);
      return null;
    }
    if (rest.length > 0) await state.set(key, { kind: "hits", lang, words, hits: rest } satisfies HitPages);
    else await state.clear(key);
    return [{ text: pageText(lang, header?.(items.length + rest.length), items, rest.length) }];
  }

  /** Shows a header and the first items; the rest waits in the database for "thêm"/"more". */
  async function paginate(key: ConversationKey, lang: Lang, lines: string[]): Promise<Reply[]> {
    const [header, ...items] = lines;
    const page = items.slice(0, PAGE_ITEMS);
    const rest = items.slice(PAGE_ITEMS);
    if (rest.length > 0) await state.set(key, { kind: "pages", lang, items: rest } satisfies Pages);
    else await state.clear(key);
    return [{ text: pageText(lang, header, page, rest.length) }];
  }

  async function nextPage(key: ConversationKey, lang: Lang, scope: string | undefined): Promise<Reply[]> {
    const saved = await state.get<Pages | HitPages>(key);
    if (saved?.kind === "pages" && saved.items.length > 0) return paginate(key, saved.lang, ["", ...saved.items]);
    const shown = saved?.kind === "hits" ? await hitPage(key, saved.lang, saved.words, saved.hits, scope) : null;
    return shown ?? [{ text: t(lang).noMore }];
  }

  return { handle, remember };
}

export type Core = ReturnType<typeof createCore>;
