/**
 * Names of places and bodies as known pairs of syllables ("tam đường", "lai châu"): a dictionary's
 * capitalised entries and the runs of capitalised words of the clean texts. A scan cannot tell "Tam
 * Duong" from "Tam Dương", "Tam Đương" or "Tam Đường"; the names that exist can, and one name is read
 * alike all through a text, the reading every one of its scans costs least.
 */
import { fold } from "../fold.js";
import { SYLLABLE } from "./syllable.js";
import type { Token } from "./tokens.js";

export type NameBook = ReturnType<typeof createNameBook>;

/** Capitalised words side by side in a clean text ("Huyện ủy Mường Ảng": "mường ảng"). */
const TITLED_RUN = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*)+/gu;

export function createNameBook() {
  /** Per first syllable, the syllables names put after it, and in how many names. */
  const next = new Map<string, Map<string, number>>();

  function add(syllables: string[]): void {
    const lower = syllables.map((s) => s.toLowerCase());
    if (lower.length < 2 || !lower.every((s) => /^\p{Ll}+$/u.test(s) && SYLLABLE.test(fold(s)))) return;
    for (let i = 1; i < lower.length; i++) {
      let after = next.get(lower[i - 1]!);
      if (!after) next.set(lower[i - 1]!, (after = new Map()));
      after.set(lower[i]!, (after.get(lower[i]!) ?? 0) + 1);
    }
  }

  return {
    /** One name, its syllables lowercased (["tam", "đường"]). */
    add,
    /** The names a clean text writes: its runs of capitalised words. */
    learnText(text: string): void {
      for (const m of text.matchAll(TITLED_RUN)) add(m[0].split(/[ \t]+/));
    },
    /** In how many known names `b` comes right after `a` (0: none). */
    count: (a: string, b: string) => next.get(a)?.get(b) ?? 0,
  };
}

export type Reading = { form: string; cost: number };
/** Two scanned words side by side that may be a name: each one's readings, and where its choice goes. */
export type NamePair = { first: number; second: number; firstReadings: Reading[]; secondReadings: Reading[]; titled: boolean };

/** How much a pair's being in more names counts, per ln of their number: a tie-breaker, less than any mark. */
const COMMON_NAME = 0.05;
/** What a reading the scan could not be counts against a name (as in the restorer's own name vote). */
const MISSING_READING = 9;

/**
 * For pairs of scanned words that read as a known name, the readings to show, by slot. Pairs are grouped by
 * the folded name; each group takes the name all its scans cost least. A pair in capitals (a heading's "TAM
 * DPUONG") is read so only when the same name is written in small letters elsewhere in the text, where a
 * name is sure to be a name.
 */
export function readNames(book: NameBook, pairs: NamePair[]): Map<number, string> {
  const groups = new Map<string, Array<{ pair: NamePair; costs: Map<string, number> }>>();
  for (const pair of pairs) {
    const costs = new Map<string, number>();
    for (const a of pair.firstReadings)
      for (const b of pair.secondReadings) {
        const names = book.count(a.form, b.form);
        if (names === 0) continue;
        // Where the scan cannot tell ("Van" is "Văn" or "Vân"), the pair more names have: "Trần Văn".
        const key = `${a.form} ${b.form}`;
        costs.set(key, Math.min(costs.get(key) ?? Infinity, a.cost + b.cost - COMMON_NAME * Math.log(names)));
      }
    if (costs.size === 0) continue;
    const folded = fold([...costs.keys()][0]!);
    groups.set(folded, [...(groups.get(folded) ?? []), { pair, costs }]);
  }
  const readings: Array<{ pair: NamePair; name: string[] }> = [];
  for (const group of groups.values()) {
    if (!group.some((g) => g.pair.titled)) continue;
    const names = new Set(group.flatMap((g) => [...g.costs.keys()]));
    let best = "";
    let lowest = Infinity;
    for (const name of names) {
      const total = group.reduce((sum, g) => sum + (g.costs.get(name) ?? MISSING_READING), 0);
      if (total < lowest) [best, lowest] = [name, total];
    }
    for (const { pair, costs } of group) if (costs.has(best)) readings.push({ pair, name: best.split(" ") });
  }
  // In a run of three ("Trần Van Binh"), the pair read first keeps its word: "Văn" of "Trần Văn", whatever
  // place "Vân Bình" may be.
  const chosen = new Map<number, string>();
  readings.sort((x, y) => x.pair.first - y.pair.first);
  for (const { pair, name } of readings) {
    const [first, second] = name as [string, string];
    if ((chosen.get(pair.first) ?? first) !== first || (chosen.get(pair.second) ?? second) !== second) continue;
    chosen.set(pair.first, first);
    chosen.set(pair.second, second);
  }
  return chosen;
}

/** A word written "Tam": a capital, then small letters. */
export const TITLED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Words side by side that may be a name: both capitalised ("Tam Duong"), or both in capitals on a heading's
 * line ("TAM DPUONG"). `slotOf` gives each restorable token's slot; `readings` a word's possible readings.
 */
export function namePairs(
  tokens: Token[],
  slotOf: Map<number, number>,
  how: { capsLine: (token: number) => boolean; capsy: (word: string) => boolean; readings: (t: Token, slot: number) => Reading[] },
): NamePair[] {
  const pairs: NamePair[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [p, q] = [slotOf.get(i - 1), slotOf.get(i)];
    if (p === undefined || q === undefined || !/^[ \t]+$/.test(tokens[i]!.gap)) continue;
    const [a, b] = [tokens[i - 1]!, tokens[i]!];
    const titled = TITLED.test(a.text) && TITLED.test(b.text);
    const capitals = !titled && how.capsLine(i) && how.capsy(a.text) && how.capsy(b.text);
    if (!titled && !capitals) continue;
    pairs.push({ first: p, second: q, firstReadings: how.readings(a, p), secondReadings: how.readings(b, q), titled });
  }
  return pairs;
}
