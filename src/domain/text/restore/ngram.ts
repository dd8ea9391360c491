/**
 * A syllable trigram model of clean administrative text, interpolated with
 * absolute discounting down to unigrams, and to the syllable list for
 * syllables the texts never used. Counts only: learn() adds a text at any
 * time (each clean plan a deployment imports), probabilities are computed
 * from the counts when asked.
 */
import { BOUNDARY_FORM, NUMBER_FORM, UNKNOWN_FORM } from "./forms.js";
export const BOUNDARY = 0;
export const NUMBER = 1;
export const UNKNOWN = 2;
const SPECIALS = [BOUNDARY_FORM, NUMBER_FORM, UNKNOWN_FORM];

/** Discount of absolute discounting (Ney's usual 0.75). */
const DISCOUNT = 0.75;
/** Weight of a syllable known only from the word list, in unigram counts. */
const LISTED_WEIGHT = 0.15;
/**
 * Weight of a dictionary's two-syllable words ("bám sát", "chênh lệch") beside the clean texts: a pair the
 * texts never wrote still reads as Vietnamese, spread evenly over the words the dictionary lists after the
 * first syllable.
 */
const PAIR_WEIGHT = 0.01;
const KEY = 1 << 15;

/** What followed one context: counts per next syllable, their total and how many kinds. */
type Context = { total: number; types: number; next: Map<number, number> };

export type SyllableModel = ReturnType<typeof createSyllableModel>;

/** `listedWeight`: the weight of a syllable known only from the word list, in unigram counts. */
export function createSyllableModel(options: { listedWeight?: number; pairWeight?: number } = {}) {
  const listedWeight = options.listedWeight ?? LISTED_WEIGHT;
  const pairWeight = options.pairWeight ?? PAIR_WEIGHT;
  /** Per first syllable, the syllables a dictionary word puts after it. */
  const pairs = new Map<number, Set<number>>();
  const ids = new Map<string, number>();
  const forms: string[] = [];
  const unigram: number[] = [];
  const listed: boolean[] = [];
  let tokens = 0;
  let listedCount = 0;
  // Keyed by small integers (a syllable id, or two ids in one number below 2^30), which Maps find fastest.
  const bigram = new Map<number, Context>();
  const trigram = new Map<number, Context>();

  function id(form: string): number {
    let n = ids.get(form);
    if (n === undefined) {
      n = forms.length;
      if (n >= KEY) return UNKNOWN; // far beyond any syllable inventory
      ids.set(form, n);
      forms.push(form);
      unigram.push(0);
      listed.push(false);
    }
    return n;
  }
  for (const s of SPECIALS) id(s);

  function count(contexts: Map<number, Context>, context: number, next: number): void {
    let c = contexts.get(context);
    if (!c) contexts.set(context, (c = { total: 0, types: 0, next: new Map() }));
    const seen = c.next.get(next) ?? 0;
    c.next.set(next, seen + 1);
    c.total++;
    if (seen === 0) c.types++;
  }

  /** Adds one stream of tokens (syllables lowercased, "<s>" between sentences, "<n>" for numbers). */
  function learn(stream: string[]): void {
    let a = BOUNDARY;
    let b = BOUNDARY;
    for (const form of stream) {
      const c = id(form);
      if (c !== BOUNDARY) {
        unigram[c]!++;
        tokens++;
      }
      count(bigram, b, c);
      count(trigram, a * KEY + b, c);
      [a, b] = c === BOUNDARY ? [BOUNDARY, BOUNDARY] : [b, c];
    }
  }

  /** Syllables of the word list: possible, with a small weight. */
  function list(syllables: Iterable<string>): void {
    for (const s of syllables) {
      const n = id(s);
      if (!listed[n]) {
        listed[n] = true;
        listedCount++;
      }
    }
  }

  /** A dictionary's words of two or more syllables, each a list of lowercase syllables. */
  function listWords(words: Iterable<string[]>): void {
    for (const word of words) {
      for (let i = 1; i < word.length; i++) {
        const [b, c] = [id(word[i - 1]!), id(word[i]!)];
        let next = pairs.get(b);
        if (!next) pairs.set(b, (next = new Set()));
        next.add(c);
      }
    }
  }

  function pairProbability(b: number, c: number): number {
    const next = pairs.get(b);
    return next?.has(c) ? pairWeight / next.size : 0;
  }

  function unigramProbability(c: number): number {
    const weight = unigram[c]! + (listed[c] ? listedWeight : 0);
    return (weight + 0.01) / (tokens + listedWeight * listedCount + 0.01 * forms.length);
  }

  function bigramProbability(b: number, c: number): number {
    const lower = unigramProbability(c);
    const ctx = bigram.get(b);
    if (!ctx) return lower;
    const seen = ctx.next.get(c) ?? 0;
    return (Math.max(seen - DISCOUNT, 0) + DISCOUNT * ctx.types * lower) / ctx.total;
  }

  /** ln P(c | a b). */
  function logProbability(a: number, b: number, c: number): number {
    const lower = bigramProbability(b, c);
    const ctx = trigram.get(a * KEY + b);
    const listed = pairProbability(b, c);
    if (!ctx) return Math.log(lower + listed);
    const seen = ctx.next.get(c) ?? 0;
    return Math.log((Math.max(seen - DISCOUNT, 0) + DISCOUNT * ctx.types * lower) / ctx.total + listed);
  }

  /**
   * ln P(c | a b) for each c of `next` into `out`: the contexts of (a, b) are looked up once for all of a
   * word's readings, which is most of the decoder's time.
   */
  function logProbabilities(a: number, b: number, next: ArrayLike<number>, out: Float64Array, unigrams?: Float64Array): void {
    const tri = trigram.get(a * KEY + b);
    const bi = bigram.get(b);
    const listedAfter = pairs.get(b);
    for (let k = 0; k < next.length; k++) {
      const c = next[k]!;
      let lower = unigrams ? unigrams[k]! : unigramProbability(c);
      if (bi) lower = (Math.max((bi.next.get(c) ?? 0) - DISCOUNT, 0) + DISCOUNT * bi.types * lower) / bi.total;
      const listed = listedAfter?.has(c) ? pairWeight / listedAfter.size : 0;
      out[k] = tri
        ? Math.log((Math.max((tri.next.get(c) ?? 0) - DISCOUNT, 0) + DISCOUNT * tri.types * lower) / tri.total + listed)
        : Math.log(lower + listed);
    }
  }

  return {
    learn,
    logProbabilities,
    /** P(c) of each c of `next` into `out`: the same for every state a word is scored against. */
    unigrams(next: ArrayLike<number>, out: Float64Array): void {
      for (let k = 0; k < next.length; k++) out[k] = unigramProbability(next[k]!);
    },
    /** ln P(form) alone: how likely a syllable is before any context. */
    logPrior: (n: number) => Math.log(unigramProbability(n)),
    list,
    listWords,
    logProbability,
    /** The id of a form the model knows, else UNKNOWN. */
    known: (form: string) => ids.get(form) ?? UNKNOWN,
    id,
    form: (n: number) => forms[n] ?? "<unk>",
    /** Times the clean texts used the form (0 for a form only listed, or unknown). */
    uses: (form: string) => {
      const n = ids.get(form);
      return n === undefined ? 0 : unigram[n]!;
    },
    get size() {
      return forms.length;
    },
  };
}
