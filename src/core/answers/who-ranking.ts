/**
 * "Who trains business owners on disaster skills?": which duties a who-question is about. A question names
 * the work in more words than any one duty repeats, so duties are ranked by the share of the question's
 * weight they hold, a word weighing more the fewer of the candidates hold it ("thiên tai" in every duty of
 * a disaster plan tells less than "doanh nghiệp").
 */
import { fold } from "../../domain/text/fold.js";
import { hasWord } from "./search.js";

export type Ranked = { id: number; share: number };

export function rankByWords(units: Array<{ id: number; text: string }>, words: string[]): Ranked[] {
  const folded = units.map((t) => ({ id: t.id, text: fold(t.text) }));
  const n = folded.length;
  const weight = new Map<string, number>();
  // A word no task holds still counts against every task, at half a rare word's weight: a question about
  // something else is not answered by the one word it shares with a task.
  let missing = 0;
  for (const w of new Set(words)) {
    const df = folded.filter((t) => hasWord(t.text, w)).length;
    if (df > 0) weight.set(w, Math.log(1 + n / df));
    else missing += Math.log(1 + n) / 2;
  }
  const total = [...weight.values()].reduce((a, b) => a + b, 0) + missing;
  if (weight.size === 0) return [];
  return folded
    .map((t) => ({ id: t.id, share: [...weight].reduce((sum, [w, v]) => sum + (hasWord(t.text, w) ? v : 0), 0) / total }))
    .filter((r) => r.share > 0)
    .sort((a, b) => b.share - a.share);
}

/** The ones close to the best: at least half the question's weight and within a fifth of the best. */
export function best(ranked: Ranked[], floor = 0.5): Ranked[] {
  const best = ranked[0]?.share ?? 0;
  if (best < floor) return [];
  return ranked.filter((r) => r.share >= Math.max(floor, best * 0.8));
}
