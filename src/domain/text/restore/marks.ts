/**
 * Scanned marks that no syllable model can read back because they are not syllables: the "lệ" of "tỷ lệ"
 * and the "Số" before a document number read as digits, a heading's Roman numeral, an acronym's "Đ", "là"
 * read as "13". Each is read by its place in the line, never by guessing a word.
 */
import type { Token } from "./tokens.js";

/**
 * "Tỷ lệ" opens most target sentences, and OCR reads its "lệ" as digits and symbols ("Ty 18", "ty 1&",
 * "Ty I¢"). After "tỷ" such a token is never a number unless a number comes first ("2 tỷ 18 triệu").
 */
const TY_LE_MISREAD = /(?<![\d.,] ?)\b([Tt][yỷ] )[1Il][8&¢€](?= \p{L})/gu;

/**
 * "Số" heads a document number, and OCR prints it "S6", "Sd", "sb", "86" or "Sở" ("86 273-KH/HU", "Kế
 * hoạch sb 28/KH-…"). Before a document number nothing else stands there; a number ("86") only at a
 * line's start, where a count cannot stand before a document number either.
 */
const NUMBER_LABEL_AT_START = /^([ \t]*)(?:[S8][6odb0]|S[ởơỡ]|So)(?=:?[ \t]+\d+[ \t]*[-/][ \t]*\p{Lu})/gmu;
const NUMBER_LABEL_IN_LINE = /(?<=[\p{L},][ \t]+)([Ss])(?:[6odb0]|[ởơỡ])(?=:?[ \t]+\d+[ \t]*[-/][ \t]*\p{Lu})/gu;

/**
 * A heading's Roman numeral with "I" read as "1" or "l" ("11. NỘI DUNG", "I11. KINH PHÍ", "VIl. CHẾ ĐỘ"):
 * at a line's start, before "." "-" or ")", and only when the heading after it is in capitals.
 */
const ROMAN_MISREAD = /^([ \t]*)(1[1l]+|[IVX][IVXl1]*[l1][IVXl1]*)(?=[ \t]*[.\-–)][ \t]*(.*)$)/gmu;

function capitalsHeading(rest: string): boolean {
  const words = rest.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 2 && words.filter((w) => w === w.toUpperCase()).length >= 0.8 * words.length;
}

/** Capitals holding a "D" where the known acronyms have "Đ" ("HDND" → "HĐND"). */
const D_ACRONYM = /(?<![\p{L}\p{N}])[A-Z&]*D[A-Z&]*(?![\p{L}\p{N}])/gu;

/** The acronym with each "D" in turn and together read as "Đ", if one of those is known. */
function withBarredD(acronym: string, known: ReadonlySet<string>): string | undefined {
  const at = [...acronym].flatMap((ch, i) => (ch === "D" ? [i] : []));
  if (at.length > 3) return undefined;
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = [...acronym];
    at.forEach((i, k) => mask & (1 << k) && (chars[i] = "Đ"));
    const read = chars.join("");
    if (known.has(read)) return read;
  }
  return undefined;
}

/** The text with these marks read back; `acronyms` are those with "Đ" the clean texts and the genre use. */
export function readMarks(text: string, acronyms: ReadonlySet<string>): string {
  return text
    .replace(TY_LE_MISREAD, "$1lệ")
    .replace(NUMBER_LABEL_AT_START, "$1Số")
    .replace(NUMBER_LABEL_IN_LINE, "$1ố")
    .replace(ROMAN_MISREAD, (all, indent: string, numeral: string, rest: string) =>
      capitalsHeading(rest) ? indent + numeral.replace(/[1l]/g, "I") : all,
    )
    .replace(D_ACRONYM, (acronym) => (acronyms.has(acronym) ? acronym : (withBarredD(acronym, acronyms) ?? acronym)));
}

/** The acronyms with "Đ" a clean text writes ("HĐND", "LĐTBXH", "GD&ĐT"). */
export function acronymsWithBarredD(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}])[A-ZĐ&]*Đ[A-ZĐ&]*(?![\p{L}\p{N}])/gu)].map((m) => m[0]).filter((a) => a.length >= 2 && /[A-Z]/.test(a));
}

/**
 * "là" scanned as "13" or "14" ("nhất 13 trẻ em", "viết tắt 14 Chỉ thị"): a number of those two digits between
 * two words of a sentence may be either; the syllable model decides, against a strong keep margin.
 */
export function numberReadAsLa(tokens: Token[], i: number): boolean {
  const [before, t, after] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  const word = (n: Token | undefined) => n !== undefined && /^\p{L}+$/u.test(n.text) && /^[ \t]+$/.test(n.gap);
  return /^1[34]$/.test(t.text) && /^[ \t]+$/.test(t.gap) && before !== undefined && /^\p{L}+$/u.test(before.text) && word(after);
}
/** What the scan costs "là" read as "13": as much as two marks lost and a letter misread. */
export const LA_COST = 0.8;
