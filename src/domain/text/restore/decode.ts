/**
 * The best reading of a whole stretch of text at once: a beam search over
 * the syllable model's states (the last two syllables), each word's options
 * scored by the model and by what the scan would have to have done to it.
 * States live in flat arrays: a plan is tens of thousands of words.
 */
import { BOUNDARY, type SyllableModel } from "./ngram.js";

export type Option = { id: number; cost: number };

/** States kept at each word: enough for the few readings a line really has. */
const BEAM = 8;
/** How far (ln) behind the best a state may fall and still be kept. */
const BEHIND = 11;

/** Per word, the index of the option on the best path. `channelWeight` scales the scan costs. */
export function decode(model: SyllableModel, words: Option[][], channelWeight = 1): number[] {
  const maxOptions = Math.max(1, ...words.map((o) => o.length));
  const room = BEAM * maxOptions;
  // The beam after each word: for each kept state, the state it came from and the option taken.
  const backs = new Int32Array(words.length * BEAM).fill(-1);
  const choices = new Int32Array(words.length * BEAM);
  let a = new Int32Array(BEAM);
  let b = new Int32Array(BEAM);
  let score = new Float64Array(BEAM);
  let size = 1;
  a[0] = BOUNDARY;
  b[0] = BOUNDARY;
  const na = new Int32Array(room);
  const nb = new Int32Array(room);
  const ns = new Float64Array(room);
  const nback = new Int32Array(room);
  const nopt = new Int32Array(room);
  const order = new Int32Array(BEAM);
  // The beam being built, swapped with the one read at each word.
  let [a2, b2, s2] = [new Int32Array(BEAM), new Int32Array(BEAM), new Float64Array(BEAM)];
  const ids = new Int32Array(maxOptions);
  const logP = new Float64Array(maxOptions);
  const unigrams = new Float64Array(maxOptions);
  // New states are merged by (previous syllable, this one): the previous syllables of a word's states are
  // few (the beam's, and the boundary), so each gets a row of a small table, one cell per distinct reading.
  const rows = new Int32Array(BEAM + 1);
  const slotAt = new Int32Array((BEAM + 1) * maxOptions);
  const same = new Int32Array(maxOptions);
  for (let t = 0; t < words.length; t++) {
    const options = words[t]!;
    let n = 0;
    let rowCount = 0;
    for (let oi = 0; oi < options.length; oi++) {
      ids[oi] = options[oi]!.id;
      // Two readings counted as one syllable ("hoá", "hóa") share a state.
      let k = 0;
      while (ids[k] !== ids[oi]) k++;
      same[oi] = k;
    }
    slotAt.fill(-1, 0, (BEAM + 1) * options.length);
    const optionIds = ids.subarray(0, options.length);
    model.unigrams(optionIds, unigrams);
    for (let si = 0; si < size; si++) {
      model.logProbabilities(a[si]!, b[si]!, optionIds, logP, unigrams);
      for (let oi = 0; oi < options.length; oi++) {
        const o = options[oi]!;
        const s = score[si]! + logP[oi]! - channelWeight * o.cost;
        const sa = o.id === BOUNDARY ? BOUNDARY : b[si]!;
        let row = 0;
        while (row < rowCount && rows[row] !== sa) row++;
        if (row === rowCount) rows[rowCount++] = sa;
        const cell = row * options.length + same[oi]!;
        const at = slotAt[cell]!;
        if (at < 0) {
          slotAt[cell] = n;
          na[n] = sa;
          nb[n] = o.id;
          ns[n] = s;
          nback[n] = si;
          nopt[n] = oi;
          n++;
        } else if (ns[at]! < s) {
          ns[at] = s;
          nback[at] = si;
          nopt[at] = oi;
        }
      }
    }
    // The BEAM best of the n new states, best first (n is a hundred at most: a selection, not a sort).
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const v = ns[i]!;
      if (kept === BEAM && v <= ns[order[kept - 1]!]!) continue;
      let k = kept < BEAM ? kept++ : BEAM - 1;
      while (k > 0 && ns[order[k - 1]!]! < v) {
        order[k] = order[k - 1]!;
        k--;
      }
      order[k] = i;
    }
    // States far behind the best never come back: ln 1e-6 behind is beyond what one word's evidence moves.
    while (kept > 1 && ns[order[kept - 1]!]! < ns[order[0]!]! - BEHIND) kept--;
    size = kept;
    for (let k = 0; k < size; k++) {
      const i = order[k]!;
      a2[k] = na[i]!;
      b2[k] = nb[i]!;
      s2[k] = ns[i]!;
      backs[t * BEAM + k] = nback[i]!;
      choices[t * BEAM + k] = nopt[i]!;
    }
    [a, b, score, a2, b2, s2] = [a2, b2, s2, a, b, score];
  }
  const path = new Array<number>(words.length);
  let at = 0;
  for (let t = words.length - 1; t >= 0; t--) {
    path[t] = choices[t * BEAM + at]!;
    at = backs[t * BEAM + at]!;
  }
  return path;
}
