import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { PlanQueries } from "../../db/repos/plan-queries.js";
import { vietnameseKey } from "../i18n/glossary.js";
import { t } from "../i18n/messages.js";
import type { Lang } from "../types.js";
import { cite } from "./citation.js";
import { filterPlans, planNumberIn } from "./plans.js";
import { queryWords } from "./search.js";
import { targetFigure } from "./target-format.js";

/** Words of a target question that name no topic. */
const TARGET_WORDS = new Set([
  "chi", "tieu", "muc", "target", "targets", "indicator", "indicators", "nam", "year", "ke", "hoach", "kh", "so",
  "bao", "nhieu", "phan", "tram", "dat", "la", "goal", "goals", "by", "in", "cho", "ve", "dau", "what", "the", "s",
  "which", "does", "do", "is", "are", "set", "sets", "has", "have", "for", "of", "on", "there", "any",
]);

export type TargetQuestion = {
  words: string[];
  year: number | null;
  planNumber: string | null;
  /** "của Tỉnh ủy" → "tinh uy": whose plan, when a plan answers to it (see `resolvePlanPhrase`). */
  planPhrase: string | null;
  /** The plans the phrase names; undefined until resolved. */
  planIds?: number[];
  /** The phrase's topic words, in case no plan answers to it ("chỉ tiêu sức khỏe của học sinh"). */
  phraseWords: string[];
};

export function readTargetQuestion(text: string): TargetQuestion {
  const folded = vietnameseKey(text);
  const year = /(?:^| )((?:19|20)\d\d)(?= |$)/.exec(folded)?.[1];
  const planNumber = planNumberIn(folded) ?? null;
  // "… của Tỉnh ủy", "… of Mường Ảng": whose plan, not what the target is about.
  // "kế hoạch của Tỉnh ủy có chỉ tiêu gì": the question's own words after the owner are not the owner.
  const tail = / (?:nam )?(?:19|20)\d\d$| co (?:nhung |cac )?(?:chi tieu|muc tieu)(?: gi| nao)?(?: (?:nam )?(?:19|20)\d\d)?$/;
  const planPhrase = /(?:^| )(?:cua|of) ((?:ke hoach |kh |plan )?(?!tre\b)[a-z ]+?)$/.exec(folded.replace(tail, ""))?.[1] ?? null;
  const owner = new Set(planPhrase?.split(" ") ?? []);
  // A lone letter names nothing ("<b>" typed around a question), except the "y" of "y tế".
  const topical = queryWords(folded).filter((w) => !TARGET_WORDS.has(w) && w !== year && w !== planNumber && !/^[a-xz]$/.test(w));
  const words = topical.filter((w) => !owner.has(w));
  return { words, year: year ? Number(year) : null, planNumber, planPhrase, phraseWords: topical.filter((w) => owner.has(w)) };
}

/** The plans a "của …" phrase names; a phrase no plan answers to is part of the topic after all. */
export async function resolvePlanPhrase(planQueries: PlanQueries, question: TargetQuestion, committeeId?: string): Promise<TargetQuestion> {
  if (!question.planPhrase) return question;
  const plans = filterPlans(await planQueries.listPlans(committeeId), question.planPhrase.replace(/^(ke hoach|kh|plan) /, ""));
  if (plans.length > 0) return { ...question, planIds: plans.map((p) => p.id) };
  return { ...question, words: [...question.words, ...question.phraseWords], planPhrase: null, phraseWords: [] };
}

export type TargetRow = Awaited<ReturnType<AnswerQueries["activeTargets"]>>[number];

/** Targets about the question's topic and in its plan (a resolved question), every year, best match first. */
export async function findTargets(queries: AnswerQueries, planQueries: PlanQueries, question: TargetQuestion, committeeId?: string): Promise<TargetRow[]> {
  let ids: number[] | undefined;
  if (question.words.length > 0) {
    const search = (mode: "all" | "most") => planQueries.search(question.words, { committeeId, kinds: ["target"], mode, limit: 200 });
    let hits = await search("all");
    if (hits.length === 0) hits = await search("most");
    ids = hits.map((h) => h.refId);
    if (ids.length === 0) return [];
  }
  let rows = await queries.activeTargets(committeeId, ids);
  if (ids) {
    const order = new Map(ids.map((id, i) => [id, i]));
    rows = rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }
  const planIds = question.planIds;
  if (planIds) rows = rows.filter((r) => planIds.includes(r.planId));
  if (question.planNumber) rows = rows.filter((r) => r.docNumber?.startsWith(`${question.planNumber}-`) || r.docNumber?.startsWith(`${question.planNumber}/`));
  return rows;
}

/** One item per target: indicator, comparator in words, the plan's value and unit, year, source, latest report. */
export async function targetLines(rows: TargetRow[], lang: Lang, progressNote?: (targetIds: number[]) => Promise<Map<number, string>>): Promise<string[]> {
  const m = t(lang);
  const notes = (await progressNote?.(rows.map((r) => r.id))) ?? new Map<number, string>();
  return rows.map((r) => {
    const year = r.targetYear ? ` ${m.targets.byYear(r.targetYear)}` : "";
    const note = notes.get(r.id);
    return `${r.indicator}: ${targetFigure(r, lang)}${year}${note ? ` ${note}` : ""}\n   — ${cite(r, r.sectionRef, lang)}`;
  });
}

/** The years targets are set for, in order. */
export function targetYears(rows: TargetRow[]): number[] {
  return [...new Set(rows.map((r) => r.targetYear).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}
