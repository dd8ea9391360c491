/**
 * What opens a new unit (heading, item, bullet) at the start of a line,
 * whatever the plan's numbering style: "I.", "1.", "1.1.", "a)", "-", "+",
 * "(2)", "Điều 3.", "Dự án 1:", "Chỉ tiêu 2:". Named rules, tested by
 * unit-starts.examples.ts. Read on folded text, so OCR'd "Dieu" counts too.
 */
import { fold } from "../../domain/text/fold.js";

export type UnitStartRule = { name: string; pattern: RegExp };

export const UNIT_START_RULES: UnitStartRule[] = [
  { name: "bullet", pattern: /^[-+•–]\s+(?!\d)/ },
  { name: "roman", pattern: /^[ivxl]{1,6}\s*[.\-:)](?:\s*\S|\s*$)/ },
  { name: "arabic", pattern: /^(?!\d{1,3}(?:\.\d{3})+(?:[\s,]|$))\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)](?:\s*\S|\s*$)/ },
  { name: "decimal", pattern: /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+\S/ },
  { name: "letter", pattern: /^[a-hđk-n]\s*\)\s*\S|^[a-hđ]\.\s+\S/ },
  { name: "parenthesised number", pattern: /^\(\d{1,2}\)\s*\S/ },
  { name: "named article", pattern: /^(?:dieu|du an|tieu du an|chi tieu|nhiem vu|muc|phan|chuong|buoc|giai doan)\s+(?:\d{1,2}|[ivx]{1,4})\s*[.:)]/ },
  { name: "document number", pattern: /^s[o6]\s*[:.]?\s*\d*\s*[-/]\s*\p{L}/u },
];

/** The rule a line starts with, or null. */
export function unitStart(text: string): string | null {
  return unitStartFolded(fold(text));
}

/** The same on text already folded. */
export function unitStartFolded(folded: string): string | null {
  const line = folded.replace(/^[*#\s]+/, "");
  return UNIT_START_RULES.find((r) => r.pattern.test(line))?.name ?? null;
}

export function startsUnit(text: string): boolean {
  return unitStart(text) !== null;
}
