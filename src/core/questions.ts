import type { IsoDate } from "../domain/dates.js";
import type { AnswerQueries } from "../db/repos/answer-queries.js";
import type { PlanQueries } from "../db/repos/plan-queries.js";
import type { ProgressStore } from "../db/repos/progress-store.js";
import { answerFromEntities, nothingFound, wordsSaid, type EntityContext, type Lines } from "./answers/from-entities.js";
import { titleWordsOf } from "./answers/citation.js";
import { describePassages, scopedHits } from "./answers/passages.js";
import { t } from "./i18n/messages.js";
import { buildLexicon, type Lexicon } from "./intents/lexicon.js";
import { understand, type Understanding } from "./intents/understand.js";
import type { Lang } from "./types.js";

/** Asks a list of plans answers as well as anything: "các kế hoạch của huyện", "which plans implement …". */
const LIST_ASKS = new Set(["search", "which_plans", "plan"]);

export type QuestionDeps = { answers: AnswerQueries; planQueries: PlanQueries; progress: ProgressStore };

/** Asks another part of the bot answers: "progress" is read by the progress answers, when they are there. */
export type AskHook = (u: Understanding, ctx: EntityContext) => Promise<Lines | null>;

/**
 * Questions as people ask them: the entities found in the question (against a lexicon built from the
 * database, rebuilt when the data changes), answered from them, else an honest search of the plans in
 * scope. Returns the lines of the reply (header or answer, then items).
 */
export function createQuestions(deps: QuestionDeps, hooks: Partial<Record<"progress", AskHook>> = {}) {
  const lexicons = new Map<string, { version: string; lexicon: Lexicon }>();

  async function lexiconFor(committeeId: string | undefined): Promise<Lexicon> {
    const version = await deps.planQueries.dataVersion();
    const key = committeeId ?? "";
    const known = lexicons.get(key);
    if (known && known.version === version) return known.lexicon;
    const plans = await deps.planQueries.listPlans(committeeId);
    const agencies = await deps.answers.agencies(committeeId);
    const ids = new Set(plans.map((p) => p.id));
    const bodies = new Map([...(await deps.planQueries.planBodies())].filter(([id]) => ids.has(id)));
    const lexicon = buildLexicon(plans, agencies, bodies);
    if (lexicons.size > 50) lexicons.clear();
    lexicons.set(key, { version, lexicon });
    return lexicon;
  }

  async function answer(
    text: string, lang: Lang, today: IsoDate, committeeId: string | undefined,
    notes: EntityContext["notes"],
    /** A list of plans the question may be asking for, when it asks nothing more specific. */
    planList?: () => Promise<Lines>,
  ): Promise<Lines> {
    const lexicon = await lexiconFor(committeeId);
    const u = understand(text, lexicon);
    // "Mường Ảng có bao nhiêu kế hoạch": counting plans is listing them.
    // "Kế hoạch nào thực hiện chỉ thị 28?" asks which plans, not which document.
    const whichPlans = /(?:^| )(?:ke hoach nao|which plans?|what plans?)(?= |$)/.test(u.folded);
    if (planList && (LIST_ASKS.has(u.ask) || whichPlans || (u.ask === "target" && u.topic.length === 0))) return planList();
    const ctx: EntityContext = { sources: deps, lang, text, today, committeeId, u, plans: lexicon.plans.map((p) => p.plan), notes };
    if (u.ask === "progress" && hooks.progress) {
      const lines = await hooks.progress(u, ctx);
      if (lines) return lines;
    }
    return (await answerFromEntities(ctx)) ?? (await search(ctx));
  }

  /** The passages about the topic in the plans in scope, ranked; none relevant is said so. */
  async function search(ctx: EntityContext): Promise<Lines> {
    if (ctx.u.searchWords.length === 0) return [t(ctx.lang).help];
    const titled = await titledSearch(ctx, ctx.u.searchWords);
    const words = titled?.words ?? ctx.u.searchWords;
    const scope = { committeeId: ctx.committeeId, planIds: titled?.planIds ?? ctx.u.planIds };
    const hits = titled?.hits ?? (await scopedHits(deps.planQueries, words, scope, 30));
    const passages = await describePassages(deps.planQueries, ctx.lang, hits, words, { committeeId: ctx.committeeId, count: 15 });
    if (passages.length === 0) return nothingFound(ctx, words);
    const said = wordsSaid(ctx, words);
    // Passages holding only some of the words are said to be that.
    const whole = words.length < 2 || (await deps.planQueries.search(words, { ...scope, planIds: scope.planIds ?? undefined, mode: "all", limit: 1 })).length > 0;
    const header = whole ? t(ctx.lang).searchHeader(said, passages.length) : t(ctx.lang).searchPartialHeader(said, passages.length);
    return [header, ...passages];
  }

  /**
   * A plan picked by its title's words ("kế hoạch giám sát giảm nghèo … lấy kinh phí ở đâu"): those words named
   * the plan, the rest is what to find in it. Nothing in it holding the question's words: the plans the
   * question named before the title chose one (a place's plans). Null when neither finds every word.
   */
  async function titledSearch(ctx: EntityContext, words: string[]) {
    const { u } = ctx;
    if (!u.planByTitle || !u.planIds || u.planIds.length !== 1) return null;
    const all = (planIds: number[] | null, these: string[]) =>
      deps.planQueries.search(these, { committeeId: ctx.committeeId, planIds: planIds ?? undefined, mode: "all", limit: 30 });
    const title = titleWordsOf(ctx.plans, u.planIds);
    const rest = words.filter((w) => !title.has(w));
    if (rest.length > 0 && rest.length < words.length) {
      const hits = await all(u.planIds, rest);
      if (hits.length > 0) return { hits, words: rest, planIds: u.planIds };
    }
    if ((await all(u.planIds, words)).length > 0) return null;
    const wider = await all(u.planIdsBeforeTitle, words);
    return wider.length > 0 ? { hits: wider, words, planIds: u.planIdsBeforeTitle } : null;
  }

  return { answer, lexiconFor, wordsSaid };
}

export type Questions = ReturnType<typeof createQuestions>;
