import { spellings, type AgencyRow } from "../../answers/agency-match.js";
import { indexOfWords, type Span, type Words } from "../words.js";

/** An agency named in a question, with every row (of every committee) that is that agency. */
export type AgencyMention<T extends AgencyRow = AgencyRow> = { span: Span; rows: T[]; said: string };

/** Words that alone would name any office: never an agency mention by themselves. */
const TOO_GENERIC = new Set(["so", "phong", "ban", "hoi", "cong", "an", "uy", "doan", "trung tam", "van phong", "tinh", "huyen", "xa"]);

/**
 * Every agency named anywhere in the question, by any of its spellings (names, stored aliases, known
 * abbreviations, the name without its "Phòng"/"Sở" head word), the longest spelling first; two
 * mentions never share a word.
 */
export function findAgencies<T extends AgencyRow>(words: Words, rows: T[]): AgencyMention<T>[] {
  const candidates: Array<{ start: number; length: number; row: T }> = [];
  for (const row of rows) {
    for (const spelling of spellings(row)) {
      if (spelling.length === 1 && TOO_GENERIC.has(spelling[0]!)) continue;
      for (let at = indexOfWords(words, spelling); at >= 0; at = indexOfWords(words, spelling, at + 1)) {
        candidates.push({ start: at, length: spelling.length, row });
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.start - b.start);
  const taken = new Set<number>();
  const mentions: AgencyMention<T>[] = [];
  for (const c of candidates) {
    const same = mentions.find((m) => m.span.start === c.start && m.span.end === c.start + c.length);
    if (same) {
      if (!same.rows.includes(c.row)) same.rows.push(c.row);
      continue;
    }
    let free = true;
    for (let i = c.start; i < c.start + c.length; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.start + c.length; i++) taken.add(i);
    mentions.push({ span: { start: c.start, end: c.start + c.length }, rows: [c.row], said: words.slice(c.start, c.start + c.length).join(" ") });
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}
