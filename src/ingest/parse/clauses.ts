/**
 * Running text cut into the units a duty, target or deadline is read from:
 * bullets, sentences, and the parts of a sentence between semicolons.
 */
export type Clause = { text: string; folded: string; bullet: boolean; paragraphStart: boolean };

import { fold } from "../../domain/text/fold.js";

/** A sentence ends at ". " before a capital, never inside "1.000" or "TP. Vinh". */
const SENTENCE_END = /(?<=[\p{Ll}\p{N})”"])[.!?]\s+(?=[\p{Lu}"“(-])/gu;

export function splitClauses(text: string, bySemicolon = true): Clause[] {
  const out: Clause[] = [];
  for (const paragraph of text.split("\n")) {
    const bullet = /^[-+]\s/.test(paragraph);
    const body = paragraph.replace(/^[-+~•\s]+/, "");
    let first = true;
    for (const sentence of body.split(SENTENCE_END)) {
      const pieces = bySemicolon ? sentence.split(/;\s*/) : [sentence];
      for (const piece of pieces) {
        const t = piece.trim();
        if (!t) continue;
        out.push({ text: t, folded: fold(t), bullet: bullet && first, paragraphStart: first });
        first = false;
      }
    }
  }
  return out;
}
