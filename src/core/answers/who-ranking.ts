/**
 * "Who trains business owners on disaster skills?": which tasks a who-question is about. A question names
 * the work in more words than any one task repeats, so tasks are ranked by the share of the question's
 * weight they hold, a word weighing more the fewer of the candidate tasks hold it ("thiên tai" in every
 * task of a disaster plan tells less than "doanh nghiệp").
 */
import { fold } from "../../domain/text/fold.js";
import { hasWord } from "./search.js";

export type RankedTask = { taskId: number; share: number };

export function rankTasksByWords(tasks: Array<{ taskId: number; text: string }>, words: string[]): RankedTask[] {
  const folded = tasks.map((t) => ({ taskId: t.taskId, text: fold(t.text) }));
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
    .map((t) => ({ taskId: t.taskId, share: [...weight].reduce((sum, [w, v]) => sum + (hasWord(t.text, w) ? v : 0), 0) / total }))
    .filter((r) => r.share > 0)
    .sort((a, b) => b.share - a.share);
}

/** The tasks close to the best: at least half the question's weight and within a fifth of the best. */
export function bestTasks(ranked: RankedTask[], floor = 0.5): RankedTask[] {
  const best = ranked[0]?.share ?? 0;
  if (best < floor) return [];
  return ranked.filter((r) => r.share >= Math.max(floor, best * 0.8));
}
