/**
 * A range of days typed in a chat ("10/12 20/12", "từ 10/12 đến 20/12/2026", "đến 20/12", "mai",
 * "ngày 5 tháng 1 năm 2027"), as the leave command reads it. Shaped like the other extractors: named
 * rules find every date mention anywhere in the text with its span, then the range is resolved from
 * what was found; words around the dates (a reason, "nghỉ phép") are ignored. A date typed without a
 * year is read as leave is planned: the first one from two months ago on, so "5/1" typed in December is
 * next January, "28/12 đến 3/1" typed in June is this winter, and "1/11" typed in December is past.
 */
import { addDays, daysBetween, daysInMonth, isoDate, parseIso, type IsoDate } from "./dates.js";
import { fold, normalizeSource } from "./text/fold.js";

type Found = { start: number; end: number } & ({ kind: "date"; day: number; month: number; year: number | null } | { kind: "relative"; days: number });
type Rule = { name: string; pattern: RegExp; read: (m: RegExpExecArray) => Omit<Found, "start" | "end"> };

/** Each rule runs on folded text (no accents, "đ" as "d", punctuation kept). */
export const DATE_RULES: Rule[] = [
  // The year only with the separator the day and month used: "10/12-20/12" is two dates, not 10/12/20.
  { name: "day/month[/year]", pattern: /(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?![\d/.])/g, read: (m) => ({ kind: "date", day: Number(m[1]), month: Number(m[3]), year: m[4] ? Number(m[4]) : null }) },
  { name: "ngày d tháng m [năm y]", pattern: /\b(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?\b/g, read: (m) => ({ kind: "date", day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : null }) },
  { name: "hôm nay", pattern: /\b(?:hom nay|today)\b/g, read: () => ({ kind: "relative", days: 0 }) },
  // "mai" alone is also a given name: only "ngày mai", "từ/đến mai" or the whole text.
  { name: "ngày mai", pattern: /\b(?:ngay mai|(?<=\b(?:tu|den|toi) )mai|^mai$|tomorrow)\b/g, read: () => ({ kind: "relative", days: 1 }) },
  { name: "ngày kia", pattern: /\b(?:ngay kia|ngay mot)\b/g, read: () => ({ kind: "relative", days: 2 }) },
];

/** "đến 20/12", "tới 20/12": the range runs from today. */
const UNTIL_WORD = /\b(?:den|toi|until|to)\s*(?:het\s+)?(?:ngay\s+)?$/;
const CANCEL = /^(?:huy|huy bo|thoi|cancel)$/;

export type DateRangeReading =
  | { kind: "range"; from: IsoDate; to: IsoDate }
  | { kind: "cancel" }
  | { kind: "none" }
  /** A date that does not exist ("31/02"), shown back as typed. */
  | { kind: "invalid"; typed: string }
  /** More than two dates: which range was meant is unclear. */
  | { kind: "ambiguous" };

function mentions(text: string): Found[] {
  const found: Found[] = [];
  for (const rule of DATE_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      // The first rule to claim a span keeps it ("ngày 5 tháng 1" is not also "mai").
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ start, end, ...rule.read(m as RegExpExecArray) } as Found);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** How far back a date typed without a year may lie (a leave already under way, or a mistake to refuse). */
const LOOK_BACK_DAYS = 61;

/** The calendar day a mention names, or null when there is no such day. */
function resolve(f: Found, today: IsoDate): IsoDate | null {
  if (f.kind === "relative") return addDays(today, f.days);
  if (f.month < 1 || f.month > 12 || f.day < 1) return null;
  const { y } = parseIso(today);
  const years = f.year !== null ? [f.year] : [y - 1, y, y + 1];
  const options = years.filter((year) => f.day <= daysInMonth(year, f.month)).map((year) => isoDate(year, f.month, f.day));
  if (options.length === 0) return null;
  if (f.year !== null) return options[0]!;
  return options.find((date) => daysBetween(today, date) >= -LOOK_BACK_DAYS) ?? null;
}

export function readDateRange(typed: string, today: IsoDate): DateRangeReading {
  // fold() keeps the length of normalized text, so a span found in one slices the other.
  const source = normalizeSource(typed);
  const text = fold(source);
  if (CANCEL.test(text.trim().replace(/\s+/g, " "))) return { kind: "cancel" };
  const found = mentions(text);
  if (found.length === 0) return { kind: "none" };
  if (found.length > 2) return { kind: "ambiguous" };
  const days: IsoDate[] = [];
  for (const f of found) {
    const day = resolve(f, today);
    if (!day) return { kind: "invalid", typed: source.slice(f.start, f.end) };
    days.push(day);
  }
  if (days.length === 1) {
    const until = UNTIL_WORD.test(text.slice(0, found[0]!.start));
    return until ? { kind: "range", from: today, to: days[0]! } : { kind: "range", from: days[0]!, to: days[0]! };
  }
  return { kind: "range", from: days[0]!, to: days[1]! };
}
