/**
 * Deadline phrases as plans write them, each a named rule over folded text
 * that yields what it found with its span:
 *   dated      "trước ngày 30/11/2025", "chậm nhất ngày 16 tháng 12 năm 2025"
 *   day-month  "trước ngày 15 tháng 12 (hằng năm)", "trước ngày 30/9" (a yearly plan's year, else every year)
 *   range end  "từ ngày 20/11/2025 đến ngày 03/12/2025", "từ ngày 08 đến ngày 10 tháng 12 năm 2025"
 *   month      "trong tháng 11/2025", "hoàn thành tháng 12 năm 2025" → its last day
 *   quarter    "Quý IV/2025", "trong quý I năm 2025" → its last day
 *   year       "Hoàn thành trong năm 2025" → 31/12
 *   periodic   "định kỳ 6 tháng", "hằng quý", "trước ngày 20 hằng tháng", "báo cáo … hằng năm"
 *   relative   "trong thời hạn 10 ngày kể từ ngày nhận" → an event
 *   occasions  "Ngày Môi trường thế giới (05/6)", "Tháng hành động vì trẻ em"
 * A month, quarter or year is a deadline only where the words say it is one
 * (a completion verb, "trong", "trước", or the value of a "Thời gian …:" line):
 * "từ tháng 6/2025" starts something, "dưới 5 tuổi" is an age, "Nghị định
 * 30/2020" a number.
 */
import type { DeadlineKind } from "../../types.js";

export type DeadlineHit = {
  rule: string;
  start: number;
  end: number;
  kind: DeadlineKind;
  date: string | null;
  month?: number | null;
  /** An occasion's proper name. */
  name?: string;
};

export type DeadlineContext = {
  /** The year of a plan that covers one year: a day and month without a year fall in it. */
  planYear: number | null;
};

const pad = (n: number) => String(n).padStart(2, "0");
export function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}
const validDay = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

const NAM = String.raw`n\p{L}{1,2}m`;
const YEAR = String.raw`((?:19|20)\d{2})`;
/** "30/11/2025", "30-11-2025", "30 tháng 11 năm 2025", "30/11". */
const DAY_MONTH = String.raw`(\d{1,2})\s*(?:\/|-|\.|\s+thang\s+)\s*(\d{1,2})(?:\s*(?:\/|-|\.|,?\s+${NAM}\s+)\s*${YEAR})?(?![\d/])`;
/** Words that make a date a deadline. */
const BY = String.raw`(?:tr(?!ong\b)\p{L}{2,3}|cham nhat(?:\s+(?:la|vao|den))?|han chot|han|den het|xong truoc|hoan thanh truoc)`;

const EVERY_YEAR = /\bh\p{L}ng n\p{L}{1,2}m\b|\bmoi n\p{L}m\b|\bdinh ky\s+hang nam\b/u;
/** "Thời gian thực hiện: …", "Thời hạn hoàn thành: …", "Tiến độ: …". */
export const WHEN_LINE = /^(?:[a-hđ]\)\s*|-\s*)?(?:thoi gian|thoi han|tien do)(?:\s+(?:thuc hien|hoan thanh|bao cao|trien khai|to chuc))?\s*:\s*/u;
/** Words before a month, quarter or year that make it a completion time. */
const COMPLETES = String.raw`(?:trong|truoc|vao|cuoi|(?<!tinh )den(?:\s+het)?|hoan thanh(?:\s+(?:trong|truoc|vao))?|xong(?:\s+(?:trong|truoc|vao))?|hoan tat(?:\s+trong)?|ket thuc(?:\s+trong)?|cham nhat(?:\s+(?:trong|vao))?)`;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

type Rule = { name: string; find: (folded: string, ctx: DeadlineContext) => DeadlineHit[] };

function* all(pattern: RegExp, folded: string) {
  for (const m of folded.matchAll(pattern)) yield { m, start: m.index, end: m.index + m[0].length };
}

/** A clause that is nothing but a time: a "Thời gian" cell of a task table ("Quý IV/2025", "30/6/2025"). */
const LONE_TIME = /^(?:(?:thang|quy)\s+(?:\d{1,2}|iv|i{1,3})|n\p{L}{1,2}m\s+\d{4}|(?:ngay\s+)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})[\s/-]*(?:(?:n\p{L}{1,2}m\s+)?\d{4})?\s*[.;]?$/u;

/** Where a time stands as the value of a "Thời gian …:" line ("Thời gian thực hiện: Tháng 6/2025") or alone. */
function whenValueStart(folded: string): number | null {
  const w = WHEN_LINE.exec(folded);
  if (w) return w[0].length;
  return LONE_TIME.test(folded.trim()) ? folded.length - folded.trimStart().length : null;
}

export const DEADLINE_RULES: Rule[] = [
  {
    name: "range end",
    find: (folded) => {
      const out: DeadlineHit[] = [];
      const re = new RegExp(String.raw`\btu\s+ngay\s+\d{1,2}(?:\s*(?:\/|\s+thang\s+)\s*\d{1,2})?(?:\s*(?:\/|\s+${NAM}\s+)\s*\d{4})?\s*(?:den|toi)\s+(?:het\s+)?ngay\s+${DAY_MONTH}`, "gu");
      for (const { m, start, end } of all(re, folded)) {
        const day = Number(m[1]);
        const month = Number(m[2]);
        if (!m[3] || !validDay(day, month)) continue;
        out.push({ rule: "range end", start, end, kind: "once", date: `${m[3]}-${pad(month)}-${pad(day)}` });
      }
      return out;
    },
  },
  {
    // "Thời gian hoàn thành: 30/6/2025": a full date as the value of a time line or a table cell.
    name: "dated value",
    find: (folded) => {
      const at = whenValueStart(folded);
      if (at === null) return [];
      const m = new RegExp(String.raw`^(?:ngay\s+)?${DAY_MONTH}`, "u").exec(folded.slice(at));
      if (!m || !m[3] || !validDay(Number(m[1]), Number(m[2]))) return [];
      return [{ rule: "dated value", start: at, end: at + m[0].length, kind: "once", date: `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}` }];
    },
  },
  {
    name: "dated",
    find: (folded, ctx) => {
      const out: DeadlineHit[] = [];
      const re = new RegExp(String.raw`${BY}\s+(?:vao\s+)?(?:ngay\s+)?${DAY_MONTH}`, "gu");
      for (const { m, start, end } of all(re, folded)) {
        const day = Number(m[1]);
        const month = Number(m[2]);
        if (!validDay(day, month)) continue;
        if (m[3]) {
          out.push({ rule: "dated", start, end, kind: "once", date: `${m[3]}-${pad(month)}-${pad(day)}` });
          continue;
        }
        // "trước ngày 30/11": every year when the sentence says so or the plan is not a one-year plan.
        const yearly = EVERY_YEAR.test(folded.slice(end, end + 20)) || EVERY_YEAR.test(folded.slice(0, start));
        if (yearly || ctx.planYear === null) out.push({ rule: "day-month", start, end, kind: "annual", date: `${pad(month)}-${pad(day)}` });
        else out.push({ rule: "day-month", start, end, kind: "once", date: `${ctx.planYear}-${pad(month)}-${pad(day)}` });
      }
      return out;
    },
  },
  {
    name: "month",
    find: (folded, ctx) => {
      const out: DeadlineHit[] = [];
      const value = whenValueStart(folded);
      // "tháng 11/2025", "tháng 12 năm 2025", "tháng 3 - 4/2026" (the last month of a span).
      const re = new RegExp(String.raw`(?:\b${COMPLETES}\s+)?\bthang\s+(\d{1,2})(?:\s*(?:-|den)\s*(?:thang\s+)?(\d{1,2}))?(?:\s*(?:\/|-|\s+${NAM}\s+)\s*${YEAR})?(?![\d/])`, "gu");
      for (const { m: found, start, end } of all(re, folded)) {
        const m = [found[0], found[2] ?? found[1], found[3]] as const;
        const month = Number(m[1]);
        const cued = m[0].startsWith("thang") ? value === start : true;
        if (!cued || month < 1 || month > 12 || /\b(?:tu|ke tu|sau)\s*$/.test(folded.slice(Math.max(0, start - 8), start))) continue;
        const year = m[2] ? Number(m[2]) : EVERY_YEAR.test(folded) ? null : ctx.planYear;
        if (year === null && !EVERY_YEAR.test(folded)) continue;
        out.push(year === null
          ? { rule: "month", start, end, kind: "annual", date: lastDay(2001, month).slice(5) }
          : { rule: "month", start, end, kind: "once", date: lastDay(year, month) });
      }
      return out;
    },
  },
  {
    name: "quarter",
    find: (folded, ctx) => {
      const out: DeadlineHit[] = [];
      const value = whenValueStart(folded);
      // "Quý IV/2025", "quý I năm 2026", "Quý III - IV/2025" (the last quarter of a span).
      const re = new RegExp(String.raw`(?:\b${COMPLETES}\s+)?\bquy\s+(iv|i{1,3}|[1-4])\b(?:\s*(?:-|den)\s*(?:quy\s+)?(iv|i{1,3}|[1-4])\b)?(?:\s*(?:\/|-|,?\s*${NAM})\s*${YEAR})?`, "gu");
      for (const { m: found, start, end } of all(re, folded)) {
        const m = [found[0], found[2] ?? found[1], found[3]] as const;
        const cued = m[0].startsWith("quy") ? value === start : true;
        if (!cued || /\b(?:tu|ke tu|sau)\s*$/.test(folded.slice(Math.max(0, start - 8), start))) continue;
        const year = m[2] ? Number(m[2]) : ctx.planYear;
        if (year === null) continue;
        out.push({ rule: "quarter", start, end, kind: "once", date: lastDay(year, QUARTERS[m[1]!]! * 3) });
      }
      return out;
    },
  },
  {
    name: "year",
    find: (folded) => {
      const out: DeadlineHit[] = [];
      const value = whenValueStart(folded);
      // "Hoàn thành trong năm 2025", "Thời gian thực hiện: năm 2025" / "trong năm 2025"; never "đến năm 2030" (a horizon).
      const re = new RegExp(String.raw`(?:\b(?:hoan thanh|xong|hoan tat|ket thuc)\s+(?:trong\s+)?|\btrong\s+)?\b${NAM}\s+${YEAR}\b`, "gu");
      for (const { m, start, end } of all(re, folded)) {
        const completes = /^(?:hoan thanh|xong|hoan tat|ket thuc)/.test(m[0]);
        // "Thời gian thực hiện: Từ nay đến (hết) năm 2025": the end of the time a line gives.
        const untilInValue = value !== null && start >= value && /(?:tu nay |^)\s*den(?:\s+het)?\s*$/.test(folded.slice(value, start));
        if (!completes && value !== start && !untilInValue) continue;
        // "Năm 2025 - 2026" as a time: its last year.
        const span = /^\s*(?:-|den)\s*(?:n\p{L}{1,2}m\s+)?((?:19|20)\d{2})\b/u.exec(folded.slice(end));
        out.push({ rule: "year", start, end: end + (span?.[0].length ?? 0), kind: "once", date: `${span ? span[1] : m[1]}-12-31` });
      }
      return out;
    },
  },
  {
    name: "relative",
    find: (folded) => {
      const out: DeadlineHit[] = [];
      const re = /\b(?:trong (?:thoi han|vong)|cham nhat|sau)\s+(?:\d{1,3}|mot|hai|ba|nam|muoi|bay)\s+(?:ngay|tuan|thang)(?:\s+lam viec)?\s*(?:,\s*)?(?:ke tu (?:ngay|khi)|sau khi|tinh tu ngay|truoc khi)\s+\p{L}+/gu;
      for (const { start, end } of all(re, folded)) out.push({ rule: "relative", start, end, kind: "event", date: null, month: null });
      return out;
    },
  },
];

/** Periodic reports: the period named after "định kỳ", "hằng/hàng/mỗi", or "báo cáo … 6 tháng, năm". */
const PERIODS: Array<{ kind: DeadlineKind; pattern: RegExp }> = [
  { kind: "monthly", pattern: /\b(?:dinh ky\s+)?(?:h\p{L}ng|moi)\s+thang\b|\bdinh ky\s+(?:0?1|mot)\s+thang\b/u },
  { kind: "quarterly", pattern: /\b(?:dinh ky\s+)?(?:h\p{L}ng|moi)\s+quy\b|\bdinh ky\s+(?:0?3|ba)\s+thang\b|\bthang (?:cuoi|dau) (?:cua )?quy\b/u },
  { kind: "semiannual", pattern: /\b(?:dinh ky|bao cao|so ket)\s+(?:0?6|sau)\s+thang\b|\b(?:0?6|sau) thang(?: dau nam)?\s*(?:,|va)\s*(?:0?1\s+|mot\s+|ca\s+)?nam\b|\bnua nam\b/u },
  { kind: "annual", pattern: /\b(?:dinh ky\s+)?\(?(?:h\p{L}ng|moi)\s+n\p{L}m\b|\b(?:0?6|sau) thang(?: dau nam)?\s*(?:,|va)\s*(?:0?1\s+|mot\s+|ca\s+)?nam\b|\bdinh ky\s+(?:0?1|mot)\s+nam\b/u },
];
/** What makes "hằng năm" a reporting period rather than an attribute ("kinh phí hằng năm", "trợ cấp hàng tháng"). */
const REPORTS = /\b(?:thoi gian|thoi han|dinh ky|bao cao|so ket|tong ket|tong hop|cap nhat|gui|giao ban)\b/;
const NOT_PERIODIC = /\b(?:kinh phi|du toan|ngan sach|nguon von|tro cap|chi tra|thi dua khen thuong)\b/;

export function findPeriodic(folded: string): DeadlineHit[] {
  const out: DeadlineHit[] = [];
  for (const p of PERIODS) {
    const m = p.pattern.exec(folded);
    if (!m) continue;
    if (!REPORTS.test(folded) || NOT_PERIODIC.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ rule: "periodic", start: m.index, end: m.index + m[0].length, kind: p.kind, date: null, month: null });
  }
  return out;
}

/** Every dated phrase of a clause, leftmost first; a phrase two rules read is kept once, by the first rule. */
export function findDated(folded: string, ctx: DeadlineContext): DeadlineHit[] {
  const out: DeadlineHit[] = [];
  for (const rule of DEADLINE_RULES) {
    for (const hit of rule.find(folded, ctx)) {
      if (out.some((o) => o.start < hit.end && hit.start < o.end)) continue;
      out.push(hit);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
