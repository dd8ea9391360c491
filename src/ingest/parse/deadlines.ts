/**
 * Deadlines of a unit of a plan: every dated, periodic, relative or occasion
 * phrase its clauses hold (deadlines/rules, each rule with its examples in
 * deadlines/corpus), resolved against the plan: a day and month without a
 * year fall in a one-year plan's year, else every year; a date before the
 * plan was issued is history, not a deadline.
 */
import type { Deadline } from "../types.js";
import type { Clause } from "./clauses.js";
import { findDated, findPeriodic, type DeadlineHit } from "./deadlines/rules.js";
import { roleLine } from "./role-lines.js";

/** A line that says when, not what: "Thời gian thực hiện: Tháng 12/2025". */
const TIME_LINE = /^[-+*\s]*(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?|tien do)\s*:/;
/** Lines that describe an activity without being one. */
const NOT_ACTIVITY = /^[-+*\s]*(?:thoi gian|thoi han|tien do|kinh phi|nguon kinh phi|san pham|ket qua du kien)\b[^:]{0,30}:/;

/** Occasions plans name with their date in brackets: "Ngày Quốc tế thiếu nhi (1/6)", "Ngày Môi trường thế giới (05/6)". */
const OCCASION_DATE = /\b(ngay\s+[\p{L} ]{3,40}?)\s*\((\d{1,2})\s*\/\s*(\d{1,2})\)/gu;
/** National occasions plans refer to by name only. */
const OCCASIONS: Array<{ name: string; pattern: RegExp; month: number | null; date: string | null }> = [
  { name: "Tháng hành động vì trẻ em", pattern: /\bth\p{L}{1,3}ng h\p{L}nh d\p{L}{1,2}ng vi tr\p{L} em\b/u, month: 6, date: null },
  { name: "Ngày Quốc tế thiếu nhi (1/6)", pattern: /\bng\p{L}y qu\p{L}{1,2}c (?:t\p{L} )?thi\p{L}u nhi\b(?:\s*\(\s*0?1\s*\/\s*0?6\s*\))?/u, month: 6, date: "06-01" },
  { name: "Ngày Gia đình Việt Nam (28/6)", pattern: /\bngay gia dinh viet nam\b(?:\s*\(\s*28\s*\/\s*0?6\s*\))?/u, month: 6, date: "06-28" },
];

const pad = (n: number) => String(n).padStart(2, "0");

function summary(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 220 ? `${t.slice(0, 217).replace(/\s+\S*$/, "")}…` : t;
}

/** Words that tell the past: a range in a report of what happened is no deadline. */
const NARRATIVE = /\b(?:da xay ra|dang phai|vua qua|da gay|hung chiu)\b/;

export function readDeadlines(
  clauses: Clause[],
  ref: string | null,
  agency: (c: Clause) => string | null,
  planYear: number | null,
  issuedOn: string | null = null,
): Deadline[] {
  const out: Deadline[] = [];
  const add = (d: Deadline) => {
    // Two activities of one item may fall due on one day: each is its own deadline.
    if (!out.some((o) => o.kind === d.kind && o.date === d.date && (o.month ?? null) === (d.month ?? null) && o.ref === d.ref && o.what === d.what)) out.push(d);
  };
  // "- Ra mắt X. Đơn vị chủ trì: … Thời gian thực hiện: Tháng 12/2025": the time line's deadline is X's.
  let activity: string | null = null;
  for (const clause of clauses) {
    const { text, folded } = clause;
    const who = agency(clause);
    const timeLine = TIME_LINE.test(folded);
    if (!timeLine && !NOT_ACTIVITY.test(folded) && !roleLine(text)) activity = text;
    const what0 = timeLine && activity ? `${summary(activity).replace(/[.;:]$/, "")} (${text.trim().replace(/[.;]$/, "")})` : summary(text);
    const make = (h: DeadlineHit, what = what0): Deadline => ({ what, kind: h.kind, date: h.date, month: h.month ?? null, agency: who, quote: text, ref });
    const dated = findDated(folded, { planYear }).filter((h) => !(h.kind === "once" && h.date && issuedOn && h.date < issuedOn) && !(h.rule === "range end" && NARRATIVE.test(folded)));
    for (const h of dated) add(make(h));
    // "Định kỳ hằng năm (trước ngày 15 tháng 12)": the date says it all.
    if (!dated.some((h) => h.kind !== "event")) for (const h of findPeriodic(folded)) add(make(h));

    const named = OCCASIONS.map((o) => ({ o, m: o.pattern.exec(folded) })).filter((x) => x.m);
    for (const m of folded.matchAll(OCCASION_DATE)) {
      if (named.some((x) => x.m!.index <= m.index + m[0].length && m.index <= x.m!.index + x.m![0].length)) continue;
      const day = Number(m[2]);
      const month = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
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
