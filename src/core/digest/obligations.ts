/**
 * Deadline occurrences and whether they were reported: shared by the digest
 * (due, overdue, silent agencies) and the reminders.
 */
import { addDays, type IsoDate } from "../../domain/dates.js";
import { occurrencesIn, type DeadlineRule } from "../../domain/deadlines.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import { ruleSpan } from "../answers/due.js";

export type DeadlineRow = Awaited<ReturnType<AnswerQueries["activeDeadlines"]>>[number];
export type Occurrence = { deadline: DeadlineRow; date: IsoDate; wholeMonth: boolean };
export type ReportIndex = Array<{ taskId: number | null; agencyId: number | null; createdAt: string }>;

/** A report counts for an occurrence when it came within this many days before it, or any time after. */
export const REPORT_WINDOW_DAYS = 60;

export async function occurrencesBetween(answers: AnswerQueries, committeeId: string, start: IsoDate, end: IsoDate): Promise<Occurrence[]> {
  const out: Occurrence[] = [];
  for (const d of await answers.activeDeadlines(committeeId)) {
    const rule: DeadlineRule = { kind: d.kind, date: d.date, month: d.month, ...ruleSpan(d) };
    for (const o of occurrencesIn(rule, { start, end, vi: "", en: "" })) {
      // A month-long occasion falls due at the month's end.
      const date = o.wholeMonth ? addDays(`${o.date.slice(0, 7)}-01`, 31).slice(0, 7) + "-01" : o.date;
      out.push({ deadline: d, date: o.wholeMonth ? addDays(date, -1) : date, wholeMonth: !!o.wholeMonth });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export function isReported(reports: ReportIndex, occurrence: Occurrence): boolean {
  const from = addDays(occurrence.date, -REPORT_WINDOW_DAYS);
  const { taskId, agencyId } = occurrence.deadline;
  return reports.some((r) => r.createdAt.slice(0, 10) >= from && (taskId ? r.taskId === taskId : agencyId !== null && r.agencyId === agencyId));
}
