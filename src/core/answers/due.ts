import { addDays, formatVi, parseIso, type IsoDate } from "../../domain/dates.js";
import { occurrencesIn, type DeadlineRule } from "../../domain/deadlines.js";
import type { Period } from "../../domain/periods.js";
import { foldKey } from "../../domain/text/fold.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import { t } from "../i18n/messages.js";
import type { Lang } from "../types.js";
import { cite } from "./citation.js";
import { shorten } from "./plans.js";

type PlanFacts = { year: number | null; issuedOn: string | null; title: string };

/** A plan "năm 2021" covers that year only; others run open-ended from their year. */
export function ruleSpan(plan: PlanFacts): { fromYear: number; untilYear: number | null } {
  const fromYear = plan.year ?? (plan.issuedOn ? parseIso(plan.issuedOn).y : 2000);
  const title = foldKey(plan.title);
  // "nim 2021": OCR'd "năm" still names the plan's year.
  const yearly = /(^| )n[a-z]{1,2}m (20\d\d)$/.exec(title) ?? /(^| )n[a-z]{1,2}m (20\d\d)( |$)/.exec(title);
  const oneYear = yearly && !/giai doan|den nam|tam nhin/.test(title);
  return { fromYear, untilYear: oneYear ? Number(yearly[2]) : null };
}

export type DueItem = { date: IsoDate; text: string };

/** Deadlines and target years that fall in a period, soonest first. */
export async function dueItems(queries: AnswerQueries, lang: Lang, period: Period, committeeId?: string): Promise<DueItem[]> {
  const m = t(lang);
  const items: DueItem[] = [];
  for (const d of await queries.activeDeadlines(committeeId)) {
    const rule: DeadlineRule = { kind: d.kind, date: d.date, month: d.month, ...ruleSpan(d) };
    for (const o of occurrencesIn(rule, period)) {
      const when = o.wholeMonth ? m.due.wholeMonth(parseIso(o.date).m, parseIso(o.date).y) : formatVi(o.date);
      const who = d.agency ? ` (${d.agency})` : "";
      items.push({ date: o.date, text: `${when} — ${shorten(d.what, 160)}${who}\n   — ${cite(d, d.taskRef, lang)}` });
    }
  }
  const targetsByPlanYear = new Map<string, { count: number; plan: Parameters<typeof cite>[0]; year: number }>();
  for (const target of await queries.activeTargets(committeeId)) {
    if (!target.targetYear) continue;
    const due = `${target.targetYear}-12-31`;
    if (due < period.start || due > period.end) continue;
    const key = `${target.planId}|${target.targetYear}`;
    const entry = targetsByPlanYear.get(key) ?? { count: 0, plan: target, year: target.targetYear };
    entry.count++;
    targetsByPlanYear.set(key, entry);
  }
  for (const { count, plan, year } of targetsByPlanYear.values()) {
    items.push({ date: `${year}-12-31`, text: `${formatVi(`${year}-12-31`)} — ${m.due.targetsDue(count, year)}\n   — ${cite(plan, null, lang)}` });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

/** Occurrences of the last twelve months that have passed (issue 4 removes those already reported). */
export async function overdueItems(queries: AnswerQueries, lang: Lang, today: IsoDate, committeeId?: string): Promise<DueItem[]> {
  const window: Period = { start: addDays(today, -365), end: addDays(today, -1), vi: "", en: "" };
  return (await dueItems(queries, lang, window, committeeId)).reverse();
}
