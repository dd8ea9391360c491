/**
 * Deadlines as plans write them: a date ("trước ngày 15/4/2021", "trước
 * ngày 16 tháng 12 năm 2025"), a yearly date ("trước ngày 05/12 hàng năm",
 * "Định kỳ hằng năm (trước ngày 15 tháng 12)"), a period ("định kỳ 6 tháng,
 * 01 năm"), or an occasion ("Ngày Quốc tế thiếu nhi (1/6)", "Tháng hành
 * động vì trẻ em").
 */
import type { Deadline } from "../types.js";
import type { Clause } from "./clauses.js";

const BY_DATE =
  /(?:tr(?!ong\b)\p{L}{2,3}|cham nhat|han chot|han|den het)\s+(?:vao\s+)?(?:ngay\s+)?(\d{1,2})\s*(?:\/|-|\.|\s+thang\s+)\s*(\d{1,2})(?:\s*(?:\/|-|\.|\s+n\p{L}{1,2}m\s+)\s*(\d{4}))?/gu;
const EVERY_YEAR = /\bh\p{L}ng n\p{L}{1,2}m\b|\bmoi n\p{L}m\b|\bdinh ky\s+hang nam\b/u;
const PERIODIC = /\bdinh ky\s+(?:(\d{1,2}|sau|ba|mot)\s+thang|h\p{L}ng (quy|thang|nam))(?:\s*,\s*(?:0?1|mot)\s+nam)?/u;
const OCCASION_DATE = /\b(ngay\s+[\p{L} ]{3,40}?)\s*\((\d{1,2})\s*\/\s*(\d{1,2})\)/gu;
/** National occasions plans refer to by name only. */
const OCCASIONS: Array<{ name: string; pattern: RegExp; month: number | null; date: string | null }> = [
  { name: "Tháng hành động vì trẻ em", pattern: /\bth\p{L}{1,3}ng h\p{L}nh d\p{L}{1,2}ng vi tr\p{L} em\b/u, month: 6, date: null },
  { name: "Ngày Quốc tế thiếu nhi (1/6)", pattern: /\bng\p{L}y qu\p{L}{1,2}c (?:t\p{L} )?thi\p{L}u nhi\b(?:\s*\(\s*0?1\s*\/\s*0?6\s*\))?/u, month: 6, date: "06-01" },
  { name: "Ngày Gia đình Việt Nam (28/6)", pattern: /\bngay gia dinh viet nam\b(?:\s*\(\s*28\s*\/\s*0?6\s*\))?/u, month: 6, date: "06-28" },
];

const pad = (n: number) => String(n).padStart(2, "0");

/** "Thời gian thực hiện: Quý III/2025", "Thời gian hoàn thành: Tháng 6/2025", "Thời gian: năm 2025". */
const WHEN_LINE = /^thoi gian(?: thuc hien| hoan thanh| bao cao)?\s*:\s*(.*)$/;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** The end of the period a "Thời gian" line names, or null when it names none (e.g. "Thường xuyên"). */
function endOfNamedPeriod(value: string): string | null {
  const month = /^(?:trong\s+)?thang\s+(\d{1,2})\s*[/-]\s*(\d{4})/.exec(value) ?? /^(?:trong\s+)?thang\s+(\d{1,2})\s+nam\s+(\d{4})/.exec(value);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return lastDay(Number(month[2]), Number(month[1]));
  const quarter = /^(?:trong\s+)?quy\s+(iv|i{1,3}|[1-4])\s*(?:[/-]|nam)?\s*(\d{4})/.exec(value);
  if (quarter) return lastDay(Number(quarter[2]), QUARTERS[quarter[1]!]! * 3);
  const year = /^(?:trong\s+|ca\s+)?nam\s+(\d{4})\b/.exec(value);
  if (year) return `${year[1]}-12-31`;
  return null;
}

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function summary(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 220 ? `${t.slice(0, 217).replace(/\s+\S*$/, "")}…` : t;
}

export function readDeadlines(clauses: Clause[], ref: string | null, agency: (c: Clause) => string | null, planYear: number | null): Deadline[] {
  const out: Deadline[] = [];
  const add = (d: Deadline) => {
    if (!out.some((o) => o.kind === d.kind && o.date === d.date && (o.month ?? null) === (d.month ?? null) && o.ref === d.ref)) out.push(d);
  };
  for (const clause of clauses) {
    const { text, folded } = clause;
    const who = agency(clause);
    let dated = false;
    for (const m of folded.matchAll(BY_DATE)) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (!validDay(day, month)) continue;
      const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const yearly = !m[3] && (EVERY_YEAR.test(after) || EVERY_YEAR.test(folded.slice(0, m.index)));
      dated = true;
      if (m[3]) {
        add({ what: summary(text), kind: "once", date: `${m[3]}-${pad(month)}-${pad(day)}`, month: null, agency: who, quote: text, ref });
      } else if (yearly || planYear === null) {
        add({ what: summary(text), kind: "annual", date: `${pad(month)}-${pad(day)}`, month: null, agency: who, quote: text, ref });
      } else {
        add({ what: summary(text), kind: "once", date: `${planYear}-${pad(month)}-${pad(day)}`, month: null, agency: who, quote: text, ref });
      }
    }
    const when = WHEN_LINE.exec(folded);
    const until = when && !dated ? endOfNamedPeriod(when[1]!) : null;
    if (until) {
      dated = true;
      add({ what: summary(text), kind: "once", date: until, month: null, agency: who, quote: text, ref });
    }
    // "Thời gian: Hằng quý" reads like "định kỳ hằng quý".
    const periodic = PERIODIC.exec(folded) ?? (when ? PERIODIC.exec(`dinh ky ${when[1]}`) : null);
    if (periodic && !dated) {
      const months = periodic[1];
      const every = periodic[2];
      const kind = months === "6" || months === "06" || months === "sau" ? "semiannual"
        : months === "3" || months === "03" || months === "ba" || every === "quy" ? "quarterly"
        : months === "1" || months === "01" || months === "mot" || every === "thang" ? "monthly"
        : every === "nam" ? "annual" : null;
      if (kind) add({ what: summary(text), kind, date: null, month: null, agency: who, quote: text, ref });
      if (kind && kind !== "annual" && /,\s*(?:0?1|mot)\s+nam/.test(periodic[0])) {
        add({ what: summary(text), kind: "annual", date: null, month: null, agency: who, quote: text, ref });
      }
    }
    const named = OCCASIONS.map((o) => ({ o, m: o.pattern.exec(folded) })).filter((x) => x.m);
    for (const m of folded.matchAll(OCCASION_DATE)) {
      if (named.some((x) => x.m!.index <= m.index + m[0].length && m.index <= x.m!.index + x.m![0].length)) continue;
      const day = Number(m[2]);
      const month = Number(m[3]);
      if (!validDay(day, month)) continue;
      const name = text.slice(m.index, m.index + m[0].length).replace(/\s+/g, " ");
      add({ what: `${name[0]!.toUpperCase()}${name.slice(1)}: ${summary(text)}`, kind: "event", date: `${pad(month)}-${pad(day)}`, month, agency: who, quote: text, ref });
    }
    // Known occasions go by their proper name, whatever the OCR made of it.
    for (const { o } of named) {
      add({ what: `${o.name}: ${summary(text)}`, kind: "event", date: o.date, month: o.month, agency: who, quote: text, ref });
    }
  }
  return out;
}
