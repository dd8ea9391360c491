/**
 * The year a target is due, from the words of the plan (folded text):
 * "vào năm 2025", "đến (hết) năm 2030", "năm 2025" right after a value, "giai
 * đoạn 2026 - 2030" (its last year), "duy trì đến năm 2030" (repeat the
 * values up to that year). A heading or a lead-in that names a year ("Đến năm
 * 2030:", "Mục tiêu đến năm 2025", "Phấn đấu đến hết năm 2030, …:") scopes
 * the list under it.
 */

import { titleSpan } from "../../../domain/deadlines.js";

const YEAR = String.raw`((?:19|20)\d{2})`;
const NAM = String.raw`n\p{L}{1,2}m`;

/** A year right after a value: "15% vào năm 2025", "5‰ năm 2025", "đạt 100% đến hết năm 2030". */
export const YEAR_AFTER_VALUE = new RegExp(String.raw`^[\s,(]*(?:(?:vao|den|trong|toi|tai|cuoi|dau)\s+)?(?:(?:het|cuoi)\s+)?${NAM}\s+${YEAR}\b`, "u");
/** "vào năm 2025", "đến hết năm 2030", "trong năm 2026", "năm 2025," opening a clause. */
const BY_YEAR = new RegExp(String.raw`(?:^|\b(?:vao|den|trong|toi|tu nay den|cuoi|het)\s+)(?:(?:het|cuoi)\s+)?${NAM}\s+${YEAR}\b`, "gu");
/** "giai đoạn 2026 - 2030", "2026-2030": the last year. */
const SPAN = new RegExp(String.raw`(?:giai doan\s+)?\b${YEAR}\s*(?:-|–|den)\s*(?:${NAM}\s+)?${YEAR}\b`, "gu");
/** "duy trì (kết quả) đến năm 2030". */
export const KEEP_UNTIL = new RegExp(String.raw`duy tri\s+(?:\p{L}+\s+){0,4}?(?:den|toi|vao)\s+(?:het\s+)?${NAM}\s+${YEAR}`, "u");

export type YearMention = { start: number; end: number; year: number };

/** Every year a clause names as a time (not inside a document number or a date). */
export function yearsIn(folded: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of folded.matchAll(SPAN)) out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[2]) });
  for (const m of folded.matchAll(BY_YEAR)) {
    if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The year a heading or a lead-in scopes its list to, or null. "Định hướng đến năm 2035" heading a list
 * counts. A lead-in's "giai đoạn 2021 - 2030" most often names another programme's period ("các chỉ
 * tiêu của Chương trình … giai đoạn 2021 - 2030, trong đó:"), so only a heading's span scopes.
 */
export function scopeYear(folded: string, heading: boolean): number | null {
  const years = heading ? yearsIn(folded) : yearsIn(folded).filter((y) => !/^(?:giai doan\s+)?\d/.test(folded.slice(y.start)));
  return years.length ? years[years.length - 1]!.year : null;
}

/** The year a plan's targets are due when they name none: its title's own end year, else a yearly plan's or its issue year. */
export function planEndYear(plan: { title: string; issuedOn: string | null; year?: number | null }): number | null {
  return titleSpan(plan.title).until ?? plan.year ?? (plan.issuedOn ? Number(plan.issuedOn.slice(0, 4)) : null);
}
