/**
 * The best reading of a whole stretch of text at once: a beam search over
 * the syllable model's states (the last two syllables), each word's options
 * scored by the model and by what the scan would have to have done to it.
 */
import { BOUNDARY, type SyllableModel } from "./ngram.js";

export type Option = { id: number; cost: number };

/** States kept at each word: enough for the few readings a line really has. */
const BEAM = 16;

type State = { a: number; b: number; score: number; back: number; option: number };

/** Per word, the index of the option on the best path. `channelWeight` scales the scan costs. */
export function decode(model: SyllableModel, words: Option[][], channelWeight = 1): number[] {
  const history: State[][] = [];
  let states: State[] = [{ a: BOUNDARY, b: BOUNDARY, score: 0, back: -1, option: -1 }];
  const next = new Map<number, State>();
  for (const options of words) {
    next.clear();
    for (let si = 0; si < states.length; si++) {
      const s = states[si]!;
      for (let oi = 0; oi < options.length; oi++) {
        const o = options[oi]!;
        const score = s.score + model.logProbability(s.a, s.b, o.id) - channelWeight * o.cost;
        const a = o.id === BOUNDARY ? BOUNDARY : s.b;
        const b = o.id;
        const key = a * 65536 + b;
        const seen = next.get(key);
        if (!seen) next.set(key, { a, b, score, back: si, option: oi });
        else if (seen.score < score) {
          seen.score = score;
          seen.back = si;
          seen.option = oi;
        }
      }
    }
    states = [...next.values()];
    if (states.length > BEAM) states = states.sort((x, y) => y.score - x.score).slice(0, BEAM);
    else if (states.length > 1) states.sort((x, y) => y.score - x.score);
    history.push(states);
  }
  const path = new Array<number>(words.length);
  let at = 0;
  for (let t = words.length - 1; t >= 0; t--) {
    const s = history[t]![at]!;
    path[t] = s.option;
    at = s.back;
  }
  return path;
}
