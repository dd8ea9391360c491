import { formatVi, parseIso, type IsoDate } from "../../domain/dates.js";
import type { Period } from "../../domain/periods.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { ProgressStore } from "../../db/repos/progress-store.js";
import { t } from "../i18n/messages.js";
import { occurrencesBetween, overdueOccurrences, reportsFrom, type Occurrence } from "../obligations.js";
import type { Lang } from "../types.js";
import { cite } from "./citation.js";
import { shorten } from "./plans.js";

export type DueItem = { date: IsoDate; text: string };

function occurrenceItem(o: Occurrence, lang: Lang): DueItem {
  const { m: month, y } = parseIso(o.date);
  const when = o.wholeMonth ? t(lang).due.wholeMonth(month, y) : formatVi(o.date);
  const d = o.deadline;
  return { date: o.date, text: `${when} — ${shorten(d.what, 160)}${d.agency ? ` (${d.agency})` : ""}\n   — ${cite(d, d.taskRef, lang)}` };
}

/** Deadlines and target years that fall in a period, soonest first. */
export async function dueItems(queries: AnswerQueries, lang: Lang, period: Period, committeeId?: string): Promise<DueItem[]> {
  const m = t(lang);
  const items = (await occurrencesBetween(queries, committeeId, period.start, period.end)).map((o) => occurrenceItem(o, lang));
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

/**
 * Deadlines of the last twelve months that passed with no report for them, latest first: the same
 * list the digest's "overdue" shows. A target year that ended is not a missed report.
 */
export async function overdueItems(queries: AnswerQueries, progress: ProgressStore, lang: Lang, today: IsoDate, committeeId?: string): Promise<DueItem[]> {
  const reports = await progress.since(committeeId, reportsFrom(today));
  return (await overdueOccurrences(queries, committeeId, today, reports)).map((o) => occurrenceItem(o, lang));
}
