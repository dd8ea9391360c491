import { fold, foldWords, isWordChar } from "../../domain/text/fold.js";
import type { PlanQueries, PlanSummary, SearchHit } from "../../db/repos/plan-queries.js";
import { t } from "../i18n/messages.js";
import type { Lang } from "../types.js";
import { cite } from "./citation.js";
import { shorten } from "./plans.js";

/** Words that carry no topic, in either language, folded. */
const STOPWORDS = new Set([
  "cua", "va", "cac", "la", "gi", "nao", "nhung", "co", "khong", "duoc", "trong", "cho", "ve", "voi", "nay",
  "thi", "hay", "the", "tim", "kiem", "hoi", "toi", "muon", "biet", "xem", "minh", "o", "a", "nhe", "a", "oi",
  "what", "is", "are", "a", "an", "of", "for", "about", "which", "in", "on", "to", "and", "show", "me", "find", "search",
  "does", "do", "say", "says", "plan", "plans",
]);

export function queryWords(text: string): string[] {
  const words = [...new Set(foldWords(text))];
  const topical = words.filter((w) => !STOPWORDS.has(w));
  return topical.length > 0 ? topical : words;
}

/** `word` stands in `folded` as a whole word, not inside a longer one. */
function hasWord(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    const before = folded[at - 1];
    const after = folded[at + word.length];
    if ((before === undefined || !isWordChar(before)) && (after === undefined || !isWordChar(after))) return true;
  }
  return false;
}

/** The sentence of a passage that holds most of the query's words. */
export function bestPassage(text: string, words: string[], max = 220): string {
  const flat = text.replace(/\s+/g, " ");
  // fold() keeps offsets, so the passage is folded once and each sentence is a slice of it.
  const whole = fold(flat);
  const foldedOf = whole.length === flat.length ? (start: number, end: number) => whole.slice(start, end) : (start: number, end: number) => fold(flat.slice(start, end));
  let best = "";
  let bestScore = -1;
  const breaks = [...flat.matchAll(/(?<=[.;:!?]) +/g)];
  let start = 0;
  for (let i = 0; i <= breaks.length; i++) {
    const end = breaks[i]?.index ?? flat.length;
    const sentence = flat.slice(start, end);
    if (sentence.trim()) {
      const folded = foldedOf(start, end);
      const score = words.filter((w) => hasWord(folded, w)).length;
      if (score > bestScore) {
        best = sentence;
        bestScore = score;
      }
    }
    start = end + (breaks[i]?.[0].length ?? 0);
  }
  return shorten(best || flat, max);
}

export type SearchItem = { text: string };

/** Ranked passages for free text, each with its plan and section. */
export async function searchItems(
  queries: PlanQueries,
  lang: Lang,
  text: string,
  committeeId?: string,
): Promise<{ items: string[]; words: string[] }> {
  const words = queryWords(text);
  const hits = await queries.search(words, { committeeId, limit: 40 });
  const plans = new Map((await queries.listPlans(committeeId)).map((p) => [p.id, p]));
  const items: string[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const plan = plans.get(hit.planId);
    if (!plan) continue;
    const item = await describeHit(queries, hit, plan, words, lang);
    if (item && !seen.has(item)) {
      seen.add(item);
      items.push(item);
    }
  }
  return { items, words };
}

async function describeHit(queries: PlanQueries, hit: SearchHit, plan: PlanSummary, words: string[], lang: Lang) {
  if (hit.kind === "task") {
    const task = await queries.taskById(hit.refId);
    return task && `${bestPassage(`${task.title}. ${task.text}`, words)}\n   — ${cite(plan, task.ref, lang)}`;
  }
  if (hit.kind === "target") {
    const target = await queries.targetById(hit.refId);
    return target && `${t(lang).target}: ${bestPassage(target.quote, words)}\n   — ${cite(plan, target.sectionRef, lang)}`;
  }
  const section = await queries.sectionById(hit.refId);
  return section && `${section.heading}: ${bestPassage(section.body, words)}\n   — ${cite(plan, section.ref, lang)}`;
}

/** When nothing matches: passages sharing a word's beginning, else the plans themselves. */
export async function nearestItems(queries: PlanQueries, lang: Lang, text: string, committeeId?: string): Promise<string[]> {
  const prefixes = queryWords(text).filter((w) => w.length >= 4).map((w) => w.slice(0, 3));
  if (prefixes.length > 0) {
    const hits = await queries.search(prefixes, { committeeId, limit: 10, prefix: true });
    const plans = new Map((await queries.listPlans(committeeId)).map((p) => [p.id, p]));
    const items: string[] = [];
    for (const hit of hits) {
      const plan = plans.get(hit.planId);
      const item = plan && (await describeHit(queries, hit, plan, prefixes, lang));
      if (item && !items.includes(item)) items.push(item);
      if (items.length === 3) return items;
    }
    if (items.length > 0) return items;
  }
  return (await queries.listPlans(committeeId)).slice(0, 3).map((p) => `${shorten(p.title, 100)} — ${cite(p, null, lang)}`);
}
