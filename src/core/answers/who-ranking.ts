/**
 * "Who trains business owners on disaster skills?": which duties a who-question is about. A question names
 * the work in more words than any one duty repeats, so duties are ranked by the share of the question's
 * weight they hold, a word weighing more the fewer of the candidates hold it ("thiên tai" in every duty of
 * a disaster plan tells less than "doanh nghiệp").
 */
import { fold, isWordChar } from "../../domain/text/fold.js";
import { hasWord } from "./search.js";

export type Ranked = { id: number; share: number };

/** A text folded, with the whole words it holds: looking a word up is then one set lookup, not a scan. */
export type WordsRead = { folded: string; words: Set<string> };

export function readWords(text: string): WordsRead {
  const folded = fold(text);
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordChar(folded[i]!);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.add(folded.slice(start, i));
      start = -1;
    }
  }
  return { folded, words };
}

/** A word made of word characters only stands in a text as one of its words; any other is looked for. */
function holds(read: WordsRead, word: string): boolean {
  return isPlainWord(word) ? read.words.has(word) : hasWord(read.folded, word);
}

function isPlainWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) if (!isWordChar(word[i]!)) return false;
  return true;
}

/** Units ranked by the question's words; a unit may come already read (`read`), as a who-question's duties do. */
export function rankByWords(units: Array<{ id: number; text: string; read?: WordsRead }>, words: string[]): Ranked[] {
  // Many units share a text (every duty a role line gives is its task's): each text is read once.
  const present = new Map<string, Set<string>>();
  const unique = [...new Set(words)];
  for (const u of units) {
    if (present.has(u.text)) continue;
    const read = u.read;
    const text = read ? read.folded : fold(u.text);
    present.set(u.text, new Set(unique.filter((w) => (read ? holds(read, w) : hasWord(text, w)))));
  }
  const n = units.length;
  const weight = new Map<string, number>();
  // A word no unit holds still counts against every unit, at half a rare word's weight: a question about
  // something else is not answered by the one word it shares with a unit.
  let missing = 0;
  for (const w of unique) {
    const df = units.filter((u) => present.get(u.text)!.has(w)).length;
    if (df > 0) weight.set(w, Math.log(1 + n / df));
    else missing += Math.log(1 + n) / 2;
  }
  const total = [...weight.values()].reduce((a, b) => a + b, 0) + missing;
  if (weight.size === 0) return [];
  const shareOf = new Map<string, number>();
  for (const [text, has] of present) shareOf.set(text, [...weight].reduce((sum, [w, v]) => sum + (has.has(w) ? v : 0), 0) / total);
  return units
    .map((u) => ({ id: u.id, share: shareOf.get(u.text)! }))
    .filter((r) => r.share > 0)
    .sort((a, b) => b.share - a.share);
}

/** The ones close to the best: at least half the question's weight and within a fifth of the best. */
export function best(ranked: Ranked[], floor = 0.5): Ranked[] {
  const best = ranked[0]?.share ?? 0;
  if (best < floor) return [];
  return ranked.filter((r) => r.share >= Math.max(floor, best * 0.8));
}
