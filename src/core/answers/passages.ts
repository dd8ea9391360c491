import { fold, isWordChar } from "../../domain/text/fold.js";
import type { PlanQueries, SearchHit } from "../../db/repos/plan-queries.js";
import type { Lang } from "../types.js";
import { cite } from "./citation.js";
import { passageReading, type PassageReading } from "./passage-reading.js";
import { cutAround, cutFolded, wordsFound } from "./search.js";

export type ScopedSearch = { committeeId?: string; planIds: number[] | null; kinds?: SearchHit["kind"][] };

/**
 * Hits for the words in the plans in scope, honestly ranked: passages holding every word, else all but
 * one (of three or more), else, for two words or more, passages holding at least half of them. Never a
 * passage holding one word of five.
 */
export async function scopedHits(queries: PlanQueries, words: string[], scope: ScopedSearch, limit = 40): Promise<SearchHit[]> {
  if (words.length === 0) return [];
  const options = { committeeId: scope.committeeId, planIds: scope.planIds ?? undefined, kinds: scope.kinds, limit };
  // Two to four words are first looked for as the phrase they make ("sơ kết", not "số … kết quả").
  let hits = words.length >= 2 && words.length <= 4 ? await queries.search(words, { ...options, mode: "phrase" }) : [];
  if (hits.length === 0) hits = await queries.search(words, { ...options, mode: "all" });
  if (hits.length === 0 && words.length >= 3) hits = await queries.search(words, { ...options, mode: "most" });
  if (hits.length === 0 && words.length >= 2) {
    const any = await queries.search(words, { ...options, mode: "any", limit: limit * 2 });
    const texts = await passageTexts(queries, any);
    const needed = Math.ceil(words.length / 2);
    hits = any.filter((h) => wordsFound(texts.get(key(h))?.folded() ?? "", words) >= needed).slice(0, limit);
  }
  return hits;
}

const key = (h: Pick<SearchHit, "kind" | "refId">) => `${h.kind}:${h.refId}`;

/** The whole text of each hit: a section's heading and body, a task's title and text, a target's quote. */
export async function passageTexts(queries: PlanQueries, hits: Array<Pick<SearchHit, "kind" | "refId">>): Promise<Map<string, PassageReading>> {
  const ids = (kind: SearchHit["kind"]) => hits.filter((h) => h.kind === kind).map((h) => h.refId);
  const rows = await queries.hitRows({ section: ids("section"), task: ids("task"), target: ids("target") });
  const texts = await queries.hitTexts({ section: ids("section"), task: ids("task") });
  const out = new Map<string, PassageReading>();
  for (const h of hits) {
    if (h.kind === "section") {
      const body = texts.section.get(h.refId);
      if (rows.section.has(h.refId) && body) out.set(key(h), passageReading(body, sectionText));
    } else if (h.kind === "task") {
      const t = texts.task.get(h.refId);
      if (t) out.set(key(h), passageReading(t, taskText));
    } else {
      const t = rows.target.get(h.refId);
      if (t) out.set(key(h), passageReading(t, targetText));
    }
  }
  return out;
}

const sectionText = (s: { heading: string; body: string }) => `${s.heading} ${s.body}`;
// An item's text opens with its title as often as not: the title once.
const taskText = (t: { title: string; text: string }) => (t.text.startsWith(t.title.replace(/…$/, "")) ? t.text : `${t.title}. ${t.text}`);
const targetText = (t: { quote: string }) => t.quote;

/** Where in a hit it stands in its plan: the section's or task's ref. */
async function refsOf(queries: PlanQueries, hits: SearchHit[]): Promise<Map<string, string | null>> {
  const ids = (kind: SearchHit["kind"]) => hits.filter((h) => h.kind === kind).map((h) => h.refId);
  const rows = await queries.hitRows({ section: ids("section"), task: ids("task"), target: ids("target") });
  const out = new Map<string, string | null>();
  for (const h of hits) {
    const ref = h.kind === "section" ? rows.section.get(h.refId)?.ref : h.kind === "task" ? rows.task.get(h.refId)?.ref : rows.target.get(h.refId)?.sectionRef;
    out.set(key(h), ref ?? null);
  }
  return out;
}

/** Where the words first stand in a text, as a character offset; -1 when they do not. */
function firstAt(folded: string, words: string[]): number {
  const phrase = words.join(" ");
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    const before = folded[at - 1];
    const after = folded[at + phrase.length];
    if ((before === undefined || !isWordChar(before)) && (after === undefined || !isWordChar(after))) return at;
  }
  return -1;
}

/**
 * The passages of the hits, each cut around the words (or, with `from`, read on from where those words
 * stand: an agency's name heads what it must do), cited, once each, best first.
 */
export async function describePassages(
  queries: PlanQueries,
  lang: Lang,
  hits: SearchHit[],
  words: string[],
  options: { committeeId?: string; count?: number; max?: number; from?: string[]; prefer?: RegExp } = {},
): Promise<string[]> {
  const count = options.count ?? 5;
  const max = options.max ?? 320;
  let page = hits.slice(0, count * 3);
  const texts = await passageTexts(queries, page);
  if (options.prefer) {
    // What the question asks for (a figure, a date, how often) first; otherwise as ranked.
    const prefer = options.prefer;
    const holds = (h: SearchHit) => {
      const reading = texts.get(key(h));
      return prefer.test(fold(reading ? cutFolded(reading.flat(), reading.foldedFlat(), words, max) : "")) ? 0 : 1;
    };
    page = page.map((h, i) => ({ h, i, k: holds(h) })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.h);
  }
  const refs = await refsOf(queries, page);
  const plans = new Map((await queries.listPlans(options.committeeId)).map((p) => [p.id, p]));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const h of page) {
    const reading = texts.get(key(h));
    const plan = plans.get(h.planId);
    if (!reading || !plan) continue;
    const flat = reading.flat();
    let shown: string;
    const folded = reading.foldedFlat();
    const at = options.from && folded.length === flat.length ? firstAt(folded, options.from) : -1;
    if (at >= 0) {
      const piece = flat.slice(at);
      shown = piece.length <= max ? piece : cutAround(piece, words.length ? words : options.from!, max);
      if (!shown.startsWith("…") && piece.length > max) shown = cutAround(piece.slice(0, max * 2), [], max);
    } else {
      shown = cutFolded(flat, folded, words, max);
    }
    if (seen.has(shown)) continue;
    seen.add(shown);
    out.push(`${shown}\n   — ${cite(plan, refs.get(key(h)) ?? null, lang)}`);
    if (out.length >= count) break;
  }
  return out;
}
