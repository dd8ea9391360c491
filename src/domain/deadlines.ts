import { daysInMonth, isoDate, parseIso, type IsoDate } from "./dates.js";
import type { Period } from "./periods.js";
import { fold, normalizeSource } from "./text/fold.js";

export type DeadlineRule = {
  kind: "once" | "annual" | "semiannual" | "quarterly" | "monthly" | "event";
  /** "YYYY-MM-DD" (once), "MM-DD" (annual, fixed-day event) or null. */
  date: string | null;
  /** For events known by month only. */
  month?: number | null;
  /** Recurring rules apply from this year (the plan's) … */
  fromYear: number;
  /** … to this one when the plan covers one year only; null = open-ended. */
  untilYear: number | null;
};

/** One due date of a rule; `period` names the reporting period ("2025", "2025-H1", "2025-Q4", "2025-12"). */
export type Occurrence = { date: IsoDate; period: string; wholeMonth?: boolean };

function monthEnd(y: number, m: number): IsoDate {
  return isoDate(y, m, daysInMonth(y, m));
}

/** The due dates of one year. Undated periodic reports fall due at the end of their period. */
function occurrencesInYear(rule: DeadlineRule, y: number): Occurrence[] {
  switch (rule.kind) {
    case "once":
      return [];
    case "annual":
    case "event": {
      if (rule.date && /^\d{2}-\d{2}$/.test(rule.date)) {
        const [mm, dd] = rule.date.split("-").map(Number);
        return [{ date: isoDate(y, mm!, Math.min(dd!, daysInMonth(y, mm!))), period: String(y) }];
      }
      if (rule.month) return [{ date: isoDate(y, rule.month, 1), period: String(y), wholeMonth: true }];
      return rule.kind === "annual" ? [{ date: isoDate(y, 12, 31), period: String(y) }] : [];
    }
    case "semiannual":
      return [
        { date: monthEnd(y, 6), period: `${y}-H1` },
        { date: monthEnd(y, 12), period: `${y}-H2` },
      ];
    case "quarterly":
      return [1, 2, 3, 4].map((q) => ({ date: monthEnd(y, q * 3), period: `${y}-Q${q}` }));
    case "monthly":
      return Array.from({ length: 12 }, (_, i) => ({ date: monthEnd(y, i + 1), period: `${y}-${String(i + 1).padStart(2, "0")}` }));
  }
}

/** Occurrences of a deadline that fall inside a period (a whole-month event counts if its month overlaps). */
export function occurrencesIn(rule: DeadlineRule, period: Period): Occurrence[] {
  if (rule.kind === "once") {
    return rule.date && rule.date >= period.start && rule.date <= period.end ? [{ date: rule.date, period: rule.date }] : [];
  }
  const from = Math.max(parseIso(period.start).y, rule.fromYear);
  const until = Math.min(parseIso(period.end).y, rule.untilYear ?? Number.POSITIVE_INFINITY);
  const found: Occurrence[] = [];
  for (let y = from; y <= until; y++) {
    for (const o of occurrencesInYear(rule, y)) {
      const end = o.wholeMonth ? monthEnd(y, parseIso(o.date).m) : o.date;
      if (end >= period.start && o.date <= period.end) found.push(o);
    }
  }
  return found;
}

/** What a plan says about when its deadlines apply. */
export type PlanFacts = { year: number | null; issuedOn: string | null; title: string };

/**
 * The years a plan's title gives as its own period: "giai đoạn 2026 - 2030" → 2026–2030, "đến năm 2030"
 * → until 2030, "năm 2025" → that year alone. A horizon after "tầm nhìn" or "định hướng" ("…, định
 * hướng đến năm 2045") is the vision the plan serves, not its period. OCR'd "nim"/"nǎm" still say năm.
 */
export function titleSpan(title: string): { from: number | null; until: number | null } {
  const own = fold(normalizeSource(title)).replace(/[^\p{L}\p{N}-]+/gu, " ").replace(/\b(?:tam nhin|dinh huong)\b.*$/, "");
  const span = /\b((?:19|20)\d\d)\s*(?:-|den)\s*(?:n[a-z]{1,2}m\s+)?((?:19|20)\d\d)\b/.exec(own);
  if (span) return { from: Number(span[1]), until: Number(span[2]) };
  const until = /\b(?:den|toi)\s+(?:het\s+)?n[a-z]{1,2}m\s+((?:19|20)\d\d)\b/.exec(own);
  if (until) return { from: null, until: Number(until[1]) };
  // "năm 2025" naming the plan's year, not the year of a cited document's date ("ngày 30 tháng 4 năm 2025").
  const year = /(?<!\bthang\s+\d{1,2}\s+)\bn[a-z]{1,2}m\s+((?:19|20)\d\d)\b/.exec(own);
  return year ? { from: Number(year[1]), until: Number(year[1]) } : { from: null, until: null };
}

/** The years a plan's recurring deadlines fall in: its own period, else open-ended from its year. */
export function ruleSpan(plan: PlanFacts): { fromYear: number; untilYear: number | null } {
  const issued = plan.issuedOn ? parseIso(plan.issuedOn).y : null;
  const span = titleSpan(plan.title);
  const fromYear = span.from ?? plan.year ?? issued ?? span.until ?? 2000;
  return { fromYear, untilYear: span.until !== null && span.until >= fromYear ? span.until : null };
}

/** A stored deadline with its plan's facts, as a rule occurrences can be drawn from. */
export function deadlineRule(d: Pick<DeadlineRule, "kind" | "date" | "month"> & PlanFacts): DeadlineRule {
  return { kind: d.kind, date: d.date, month: d.month, ...ruleSpan(d) };
}
