/**
 * Numeric targets: "giảm … xuống dưới 15% vào năm 2025 và dưới 12% vào năm
 * 2030" is two targets of one indicator. The comparator comes from the words
 * just before the value; the year from "vào/đến năm …" after it, shared by
 * values listed before one year, and "duy trì đến năm 2030" repeats them.
 */
import { fold, foldKey } from "../../domain/text/fold.js";
import type { Comparator, Target } from "../types.js";
import type { Clause } from "./clauses.js";

const VALUE = /(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(%|‰|\/\s*100\.000(?:\s+tre em)?|\/\s*1\.000(?:\s+tre (?:em|de song))?)/gu;
const YEAR_AFTER = /^[\s,(]*(?:(?:vao|den|trong|toi|tai|cuoi|dau)\s+)?(?:n\p{L}{1,2}m\s+)(\d{4})\b/u;
const KEEP_UNTIL = /duy tri\s+(?:\p{L}+\s+){0,4}?(?:den|toi|vao)\s+n\p{L}{1,2}m\s+(\d{4})/u;
const QUALIFIER = /^\s*(?:doi voi|o|tai|khu vuc)\s+([\p{L} ]{2,30}?)(?=\s+(?:va|vao|den|nam)\b|[,;.]|$)/u;

function parseNumber(raw: string): number {
  return Number(raw.replace(/\.(?=\d{3}\b)/g, "").replace(",", "."));
}

function comparatorBefore(foldedBefore: string): Comparator | "chain" | null {
  const tail = foldedBefore.replace(/\s+/g, " ").trimEnd();
  if (/(?:khong|chua) (?:vuot )?qua$|toi da$|khong cao hon$/.test(tail)) return "<=";
  if (/(?:it nhat|toi thieu|khong (?:duoi|thap hon)|tro len)$/.test(tail)) return ">=";
  if (/\bdu\p{L}{0,2}i$|\bthap hon$/u.test(tail)) return "<";
  if (/\b(?:tren|hon|vuot)$/.test(tail)) return ">";
  if (/\b(?:xu\p{L}{0,2}ng|con|giam)$/u.test(tail)) return "<=";
  if (/\b(?:dat|la|len|muc|dau|tang)$/.test(tail)) return ">=";
  if (/\bbang$/.test(tail)) return "=";
  if (/(?:\bva|,)$/.test(tail)) return "chain";
  return null;
}

const LEAD_WORD = /^(?:-|\+|•|giam|gi\p{L}m|tang|t\p{L}ng|nang|dat|la)$/u;
const LEAD_PAIR = /^(?:ph\p{L}n dau|duy tri|trong do|phan dau)$/u;
const TRAIL_WORD = /^(?:xu\p{L}{0,2}ng|du\p{L}{0,2}i|con|dat|la|tren|vao|den|o|muc|khoang|tu|toi|thieu|da|it|nhat|khong|qua|hon|\d{4}|n\p{L}{1,2}m)$/u;

/** "Giảm tỷ lệ … xuống dưới" → "Tỷ lệ …": the measure, without the verbs around it (OCR'd or not). */
function cleanIndicator(text: string): string {
  const words = text.replace(/[,:;]+(?=\s|$)/g, (m) => m).split(/\s+/).filter(Boolean);
  const key = (w: string | undefined) => (w ? fold(w.toLowerCase()).replace(/[,:;.]+$/, "") : "");
  for (let changed = true; changed && words.length; ) {
    changed = false;
    if (LEAD_PAIR.test(`${key(words[0])} ${key(words[1])}`)) {
      words.splice(0, 2);
      changed = true;
    } else if (LEAD_WORD.test(key(words[0]))) {
      words.shift();
      changed = true;
    }
    if (words.length && (TRAIL_WORD.test(key(words[words.length - 1])) || /^[,:;]$/.test(words[words.length - 1]!))) {
      words.pop();
      changed = true;
    }
  }
  const t = words.join(" ").replace(/[,:;.\s]+$/, "");
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

type Found = { start: number; end: number; value: number; unit: string; comparator: Comparator | "chain" | null; year: number | null; qualifier: string | null };

export function readTargets(clauses: Clause[], section: string, defaultYear: number | null): Target[] {
  const out: Target[] = [];
  for (const clause of clauses) {
    const { text, folded } = clause;
    const found: Found[] = [];
    for (const m of folded.matchAll(VALUE)) {
      const start = m.index;
      const end = start + m[0].length;
      const after = folded.slice(end);
      const year = YEAR_AFTER.exec(after);
      const qualifier = QUALIFIER.exec(after);
      const unitStart = start + m[1]!.length;
      const unit = text.slice(unitStart, end).trim().replace(/\s+/g, " ").replace(/^\/\s*/, "/");
      found.push({
        start,
        end: end + (year ? year[0].length : 0),
        value: parseNumber(m[1]!),
        unit,
        comparator: comparatorBefore(folded.slice(Math.max(0, start - 20), start)),
        year: year ? Number(year[1]) : null,
        qualifier: qualifier && !year ? text.slice(end, end + qualifier[0].length).replace(/^\s*\S+\s+\S+\s+/, "").trim() : null,
      });
    }
    if (found.length === 0) continue;

    // Values listed before one year share it: "dưới 5% … và dưới 10% … vào năm 2025".
    // "Phấn đấu đến năm 2026, 100% trường học…": a year named before the first value.
    const yearBefore = /(?:den|vao|trong) n\p{L}{1,2}m (\d{4})[^;]*$/u.exec(folded.slice(0, found[0]!.start));
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]!;
      if (f.year !== null) continue;
      const nextStart = found[i + 1]?.start ?? folded.length;
      const later = /(?:vao|den|trong)\s+n\p{L}{1,2}m\s+(\d{4})/u.exec(folded.slice(f.end, nextStart));
      if (later) f.year = Number(later[1]);
      else if (i + 1 < found.length && !/[;.]/.test(folded.slice(f.end, nextStart))) f.year = found[i + 1]!.year;
      if (f.year === null && yearBefore) f.year = Number(yearBefore[1]);
    }

    const first = found[0]!;
    const before = text.slice(0, first.start);
    const valueFirst = cleanIndicator(before).split(/\s+/).filter(Boolean).length < 2;
    let indicator = valueFirst
      ? cleanIndicator(text.slice(first.end).split(/\s+(?:vào|vao|đến|den)\s+n\S{1,3}m\s+\d{4}|\s+(?:và|va)\s+\d|[;]/u)[0] ?? "")
      : cleanIndicator(before);
    if (!indicator || /^các chỉ tiêu|^cac chi tieu/i.test(indicator)) continue;
    if (indicator.length > 220) indicator = `${indicator.slice(0, 217).replace(/\s+\S*$/, "")}…`;

    let previous: Comparator | null = null;
    const defaultComparator: Comparator = /\bgiam\b/.test(folded.slice(0, first.start)) ? "<=" : ">=";
    const made: Target[] = [];
    for (const f of found) {
      const comparator: Comparator = f.comparator === "chain" || f.comparator === null ? (previous ?? defaultComparator) : f.comparator;
      previous = comparator;
      const name = f.qualifier ? `${indicator} (${f.qualifier})` : indicator;
      made.push({ indicator: name, comparator, value: f.value, unit: f.unit, year: f.year ?? defaultYear, quote: text, section });
    }
    const keep = KEEP_UNTIL.exec(folded);
    if (keep) {
      const until = Number(keep[1]);
      for (const t of made.filter((t) => t.year !== null && t.year < until && !made.some((o) => o.indicator === t.indicator && o.year === until))) {
        made.push({ ...t, year: until });
      }
    }
    for (const t of made) {
      const key = `${foldKey(t.indicator)}|${t.year}`;
      if (!out.some((o) => `${foldKey(o.indicator)}|${o.year}` === key)) out.push(t);
    }
  }
  return out;
}
