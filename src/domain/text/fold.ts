/**
 * The one text normalization of the project: agency de-duplication, search
 * indexing and user queries all compare folded text, so "Phòng Y tế",
 * "Phong Y te" and the OCR's "Phong Y té" meet.
 *
 * fold() preserves length (one output char per input char of NFC text) so a
 * match found in folded text can be sliced out of the original at the same
 * offsets. Callers must pass text through normalizeSource() first.
 */

/** OCR stand-ins for accented letters seen in scanned plans. */
const SYMBOL_LETTERS: Record<string, string> = {
  "¢": "e",
  "€": "e",
  "¥": "y",
  "§": "y",
};

/** Digits an OCR engine puts where a Vietnamese letter was ("s6" = số, "x4" = xã). */
const DIGIT_LETTERS: Record<string, string> = {
  "0": "o",
  "3": "a",
  "4": "a",
  "5": "o",
  "6": "o",
  "8": "e",
  "9": "o",
};

const ROMAN_WITH_ONES = /^[IVX1]*1[IVX1]*$/;
const TRIGGER = /[\dP]/g;
const WORD_CHAR = /^[\p{L}\p{N}¢€¥§]$/u;

/** NFC, unified line endings and spaces, no stray combining marks. */
export function normalizeSource(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/** Folding is per character and the alphabet is small: each character is folded once per process. */
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128 && ch.length === 1) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let f = folded.get(ch);
  if (f === undefined) folded.set(ch, (f = foldCharSlow(ch)));
  return f;
}

function foldCharSlow(ch: string): string {
  const symbol = SYMBOL_LETTERS[ch];
  if (symbol) return symbol;
  if (ch === "đ" || ch === "Đ") return "d";
  const base = ch.normalize("NFD")[0] ?? ch;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/** A word mixing letters and lone digits is an OCR misreading, not a number. */
function repairWord(original: string, folded: string): string {
  if (!/\p{L}/u.test(folded) || !/\d/.test(folded)) return folded;
  // "Q4" is a quarter; no OCR'd Vietnamese word is a "q" and a digit ("q" is always "qu").
  if (/^q\d$/.test(folded)) return folded;
  if (ROMAN_WITH_ONES.test(original)) return folded.replace(/1/g, "i");
  if (/\d\d/.test(folded)) return folded;
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (ch === "1") {
      const next = folded[i + 1];
      out += i === 0 && next !== undefined && /\p{L}/u.test(next) ? "l" : "i";
    } else {
      out += DIGIT_LETTERS[ch] ?? ch;
    }
  }
  return out;
}

/** OCR reads a capital Đ as P: "Pang" = Đảng, "PiCH" = ĐÍCH. Vietnamese P-words are "Ph…". */
function repairLeadingP(original: string, folded: string): string {
  const second = original[1];
  if (original[0] === "P" && second && second !== "h" && second !== "H" && /\p{L}/u.test(second)) {
    return "d" + folded.slice(1);
  }
  return folded;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_FOLDED_BY_CASE = /[đĐ¢€¥§]/g;

/** Every character folded; the whole-string native pass is exact whenever it keeps the length. */
function foldCharacters(text: string): string {
  const fast = text.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase().replace(NOT_FOLDED_BY_CASE, foldChar);
  if (fast.length === text.length) return fast;
  let folded = "";
  for (const ch of text) folded += foldChar(ch);
  return folded;
}

/** Lowercase, no diacritics, đ→d, OCR confusions repaired; same length as the input. */
export function fold(text: string): string {
  const folded = foldCharacters(text);
  if (folded.length !== text.length) return folded; // astral chars: skip word repairs
  // Only words holding a digit or starting with a capital P can need a repair: find those
  // characters with a cheap scan and widen each to its word, instead of visiting every word.
  let out = "";
  let done = 0;
  TRIGGER.lastIndex = 0;
  for (let hit = TRIGGER.exec(text); hit; hit = TRIGGER.exec(text)) {
    let start = hit.index;
    while (start > 0 && isWordChar(text[start - 1]!)) start--;
    let end = hit.index + 1;
    while (end < text.length && isWordChar(text[end]!)) end++;
    TRIGGER.lastIndex = end;
    const original = text.slice(start, end);
    if (original[0] !== "P" && !/\d/.test(original)) continue;
    out += folded.slice(done, start) + repairLeadingP(original, repairWord(original, folded.slice(start, end)));
    done = end;
  }
  return done === 0 ? folded : out + folded.slice(done);
}

/** A letter, a digit or an OCR symbol letter: what words are made of. */
export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(ch);
}

/** Folded words of a user's query or a passage, for comparisons and FTS. */
export function foldWords(text: string): string[] {
  return fold(normalizeSource(text)).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The stretch of `text` holding the folded words of `phrase` in order (the last such stretch), as typed,
 * to echo a part of a question back: "ai chủ trì phòng chống đuối nước?", "phong chong duoi nuoc" →
 * "phòng chống đuối nước". A word or two may sit between them ("trẻ em được tiêm chủng" for
 * "tre em tiem chung", its filler word dropped). Undefined when the words are not there.
 */
export function wordsAsTyped(text: string, phrase: string): string | undefined {
  const source = normalizeSource(text);
  const folded = fold(source);
  // Offsets hold only when folding kept the length (no astral characters).
  if (folded.length !== source.length) return undefined;
  const words = [...folded.matchAll(/[\p{L}\p{N}]+/gu)];
  const keys = words.map((w) => w[0]);
  const wanted = phrase.split(" ");
  for (let end = words.length - 1; end >= 0; end--) {
    const start = startOfMatch(keys, wanted, end);
    if (start >= 0) return source.slice(words[start]!.index, words[end]!.index + keys[end]!.length);
  }
  return undefined;
}

/** Words that may sit between two echoed words. */
const MAX_GAP = 2;

/** Where `wanted` starts when it ends at `end`, read backwards with small gaps; -1 when it does not. */
function startOfMatch(words: string[], wanted: string[], end: number): number {
  if (words[end] !== wanted.at(-1)) return -1;
  let at = end;
  for (let w = wanted.length - 2; w >= 0; w--) {
    const lowest = Math.max(0, at - 1 - MAX_GAP);
    let prev = at - 1;
    while (prev >= lowest && words[prev] !== wanted[w]) prev--;
    if (prev < lowest) return -1;
    at = prev;
  }
  return at;
}

/** Folded text with runs of space and punctuation squeezed to one space. */
export function foldKey(text: string): string {
  return foldWords(text).join(" ");
}
