import { fold, foldWords, isWordChar } from "../../domain/text/fold.js";
import type { PlanQueries, SearchHit } from "../../db/repos/plan-queries.js";
import { englishToVietnamese } from "../i18n/glossary.js";
import { t } from "../i18n/messages.js";
import type { Lang } from "../types.js";
import { cite } from "./citation.js";
import { shorten } from "./plans.js";

/** Words that carry no topic, in either language, folded. */
const STOPWORDS = new Set([
  "cua", "va", "cac", "la", "gi", "nao", "nhung", "co", "khong", "duoc", "trong", "cho", "ve", "voi", "nay",
  "thi", "hay", "the", "tim", "kiem", "hoi", "toi", "muon", "biet", "xem", "minh", "o", "a", "nhe", "a", "oi",
  "what", "is", "are", "a", "an", "of", "for", "about", "which", "in", "on", "to", "and", "show", "me", "find", "search",
  "does", "do", "say", "says", "plan", "plans", "with", "by", "at", "from", "who", "how", "when", "where", "there",
  "any", "tell", "please", "have", "has",
]);

export function queryWords(text: string): string[] {
  const words = [...new Set(foldWords(text))];
  const topical = words.filter((w) => !STOPWORDS.has(w));
  return topical.length > 0 ? topical : words;
}

/** How many of the folded `words` stand in `folded` as whole words. */
export function wordsFound(folded: string, words: string[]): number {
  return words.filter((w) => hasWord(folded, w)).length;
}

/** `word` stands in `folded` as a whole word, not inside a longer one. */
export function hasWord(folded: string, word: string): boolean {
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
      const score = wordsFound(folded, words);
      if (score > bestScore) {
        best = sentence;
        bestScore = score;
      }
    }
    start = end + (breaks[i]?.[0].length ?? 0);
  }
  return cutAround(best || flat, words, max);
}

/**
 * A long passage cut around the words that matched, not at a fixed length from its start: the window of
 * `max` characters holding most of them, widened to whole words, with "…" where text was left out.
 */
export function cutAround(text: string, words: string[], max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  return cutFolded(flat, fold(flat), words, max);
}

/** cutAround of a text already flat (white space runs as one space, trimmed), folded already. */
export function cutFolded(flat: string, folded: string, words: string[], max: number): string {
  if (flat.length <= max) return flat;
  if (folded.length !== flat.length || words.length === 0) return shorten(flat, max);
  const hits: number[] = [];
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      const before = folded[at - 1];
      const after = folded[at + w.length];
      if ((before === undefined || !isWordChar(before)) && (after === undefined || !isWordChar(after))) hits.push(at);
    }
  }
  if (hits.length === 0) return shorten(flat, max);
  hits.sort((a, b) => a - b);
  let bestStart = hits[0]!;
  let bestCount = 0;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (hits[j]! < hits[i]! - max * 0.8) j++;
    if (i - j + 1 > bestCount) {
      bestCount = i - j + 1;
      bestStart = hits[j]!;
    }
  }
  // A little of what comes before the first word matched, then whole words.
  let start = Math.max(0, bestStart - Math.floor(max * 0.15));
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    start = space >= 0 && space < bestStart ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + max);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > start + max * 0.6) end = space;
  }
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}

/** A search hit as kept between pages: described only when its page is shown. */
export type HitRef = Pick<SearchHit, "kind" | "refId" | "planId">;

/** Ranked hits for free text, best first, with the folded words that found them. */
export async function searchHits(queries: PlanQueries, text: string, committeeId?: string): Promise<{ hits: HitRef[]; words: string[] }> {
  const words = queryWords(text);
  const hits = await queries.search(words, { committeeId, limit: 40 });
  return { hits: hits.map(({ kind, refId, planId }) => ({ kind, refId, planId })), words };
}

/** Does some passage hold every one of the words? (Hits are ranked by any of them.) */
export async function someHoldAll(queries: PlanQueries, words: string[], committeeId?: string): Promise<boolean> {
  return words.length < 2 || (await queries.search(words, { committeeId, mode: "all", limit: 1 })).length > 0;
}

type HitTexts = Awaited<ReturnType<PlanQueries["hitTexts"]>>;

const idsOf = (hits: HitRef[], kind: HitRef["kind"]) => hits.filter((h) => h.kind === kind).map((h) => h.refId);

/**
 * The hits' passages, best first, each once: several targets quoted from one sentence would otherwise
 * be listed as the same item (a section or a task is one per plan and ref). The text is written only
 * for the page shown: reading forty passages and picking each one's best sentence cost more than all
 * the rest of an answer, and a page shows five.
 */
async function passages(queries: PlanQueries, lang: Lang, words: string[], hits: HitRef[], committeeId?: string) {
  const plans = new Map((await queries.listPlans(committeeId)).map((p) => [p.id, p]));
  const rows = await queries.hitRows({ section: idsOf(hits, "section"), task: idsOf(hits, "task"), target: idsOf(hits, "target") });
  const found: Array<{ hit: HitRef; text: (texts: HitTexts) => string | undefined }> = [];
  const seenQuotes = new Set<string>();
  for (const hit of hits) {
    const plan = plans.get(hit.planId);
    if (!plan) continue;
    const at = (ref: string | null) => `\n   — ${cite(plan, ref, lang)}`;
    if (hit.kind === "target") {
      const target = rows.target.get(hit.refId);
      if (!target) continue;
      const quoted = `${plan.id} ${target.sectionRef} ${target.quote}`;
      if (seenQuotes.has(quoted)) continue;
      seenQuotes.add(quoted);
      found.push({ hit, text: () => `${t(lang).target}: ${bestPassage(target.quote, words)}${at(target.sectionRef)}` });
    } else if (hit.kind === "task") {
      const task = rows.task.get(hit.refId);
      if (!task) continue;
      found.push({ hit, text: (texts) => {
        const full = texts.task.get(hit.refId);
        return full && `${bestPassage(`${full.title}. ${full.text}`, words)}${at(task.ref)}`;
      } });
    } else {
      const section = rows.section.get(hit.refId);
      if (!section) continue;
      found.push({ hit, text: (texts) => {
        const full = texts.section.get(hit.refId);
        return full && `${section.heading}: ${bestPassage(full.body, words)}${at(section.ref)}`;
      } });
    }
  }
  return found;
}

/** The first `count` passages of the hits, written out, and the hits of the passages after them. */
export async function describeHits(
  queries: PlanQueries,
  lang: Lang,
  words: string[],
  hits: HitRef[],
  count: number,
  committeeId?: string,
): Promise<{ items: string[]; rest: HitRef[] }> {
  const found = await passages(queries, lang, words, hits, committeeId);
  const page = found.slice(0, count);
  const shown = page.map((p) => p.hit);
  const texts = await queries.hitTexts({ section: idsOf(shown, "section"), task: idsOf(shown, "task") });
  const items = page.map((p) => p.text(texts)).filter((item): item is string => Boolean(item));
  return { items, rest: found.slice(count).map((p) => p.hit) };
}

/** The few passages that speak most of `text`. */
export async function passagesAbout(queries: PlanQueries, lang: Lang, text: string, committeeId?: string, count = 3): Promise<string[]> {
  const { hits, words } = await searchHits(queries, englishToVietnamese(text), committeeId);
  return (await describeHits(queries, lang, words, hits, count, committeeId)).items;
}

/** When nothing matches: passages sharing a word's beginning, else the plans themselves. */
export async function nearestItems(queries: PlanQueries, lang: Lang, text: string, committeeId?: string): Promise<string[]> {
  const prefixes = queryWords(text).filter((w) => w.length >= 4).map((w) => w.slice(0, 3));
  if (prefixes.length > 0) {
    const hits = await queries.search(prefixes, { committeeId, limit: 10, prefix: true });
    const { items } = await describeHits(queries, lang, prefixes, hits, 3, committeeId);
    if (items.length > 0) return items;
  }
  return (await queries.listPlans(committeeId)).slice(0, 3).map((p) => `${shorten(p.title, 100)} — ${cite(p, null, lang)}`);
}
