/**
 * Words of a plan text with what stands between them, read the same way for
 * training (clean plans) and for restoring (scans), so the syllable model
 * sees the same sentence boundaries in both.
 */
import { fold } from "../fold.js";
import { BOUNDARY_FORM, NUMBER_FORM } from "./forms.js";
import { modernTonePlacement } from "./letters.js";
import { SYLLABLE } from "./syllable.js";

export type Token = {
  start: number;
  end: number;
  text: string;
  /** The text between the previous token and this one. */
  gap: string;
};

/**
 * A word: letters, digits and the OCR's stand-ins for letters ("vé€", "k§"); an "&" the scan put for
 * "ở"/"ơ" ("S&" = "Sở", "& từng cấp") or for a vowel inside a word ("C&c" = "Các"), but not the "&" of an acronym ("LĐ-TB&XH"); an apostrophe the scan
 * made of the horn of "ư"/"ơ" ("THU'C" = "THỰC").
 */
const WORD = /[\p{L}\p{N}¢€¥§]+(?:&(?=\p{Ll})[\p{L}\p{N}¢€¥§]+)*(?:['’]\p{L}+)*(?:&(?![\p{L}\p{N}]))?|(?<=\s)&(?=\s)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let word = m[0];
    // "thang04": a word and a number run together by the scan; the number stays as written.
    const glued = /^(\p{L}{2,})(\d{2,})$/u.exec(word);
    if (glued && SYLLABLE.test(fold(glued[1]!))) {
      tokens.push({ start, end: start + glued[1]!.length, text: glued[1]!, gap: text.slice(at, start) });
      at = start + glued[1]!.length;
      word = glued[2]!;
    }
    const s = at > start ? at : start;
    tokens.push({ start: s, end: s + word.length, text: word, gap: text.slice(at, s) });
    at = s + word.length;
  }
  return tokens;
}

/** Punctuation that ends what a syllable predicts from; a paragraph break does too. */
const SENTENCE_GAP = /[.;:!?()[\]"“”…]|\n[ \t]*\n/;

/** What the syllable model sees before a token: a boundary, a comma, or nothing. */
export function gapForm(gap: string): string | null {
  if (SENTENCE_GAP.test(gap)) return BOUNDARY_FORM;
  if (gap.includes(",")) return ",";
  return null;
}

export const isNumber = (word: string) => /^\d+(?:[.,]\d+)*$/.test(word);

/** The token stream of a clean text for the syllable model. */
export function trainingStream(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const g = gapForm(t.gap);
    if (g) out.push(g);
    // Tones placed the way plans mostly write them ("hòa", "ủy"): a scan restored reads one way throughout.
    out.push(isNumber(t.text) ? NUMBER_FORM : /\d/.test(t.text) ? "<unk>" : modernTonePlacement(t.text.toLowerCase()));
  }
  out.push(BOUNDARY_FORM);
  return out;
}
