import { foldWords } from "../../domain/text/fold.js";
import { englishToVietnamese } from "../i18n/glossary.js";

/** A question as folded words in the plans' words (English mapped through the glossary), each finder's input. */
export type Words = readonly string[];

export function questionWords(text: string): string[] {
  // "TP.HCM", "GD&ĐT", "57/KH-UBND": punctuation splits words, which every finder expects.
  return foldWords(englishToVietnamese(text));
}

/** Where `needle` stands in `words` as consecutive words, from `from`; -1 when it does not. */
export function indexOfWords(words: Words, needle: Words, from = 0): number {
  if (needle.length === 0) return -1;
  outer: for (let i = from; i + needle.length <= words.length; i++) {
    for (let j = 0; j < needle.length; j++) if (words[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A stretch of the question's words, end excluded. */
export type Span = { start: number; end: number };

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
