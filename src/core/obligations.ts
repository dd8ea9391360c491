/**
 * Deadline occurrences and whether they were reported: shared by the chat's
 * due and overdue answers, the digest and the reminders, so all three list
 * the same obligations.
 */
import { addDays, daysInMonth, isoDate, parseIso, type IsoDate } from "../domain/dates.js";
import { deadlineRule, occurrencesIn } from "../domain/deadlines.js";
import type { AnswerQueries } from "../db/repos/answer-queries.js";

export type DeadlineRow = Awaited<ReturnType<AnswerQueries["activeDeadlines"]>>[number];
export type Occurrence = { deadline: DeadlineRow; date: IsoDate; wholeMonth: boolean };
export type ReportIndex = Array<{ taskId: number | null; agencyId: number | null; createdAt: string }>;

/** A report counts for an occurrence when it came within this many days before it, or any time after. */
export const REPORT_WINDOW_DAYS = 60;

/** Which deadlines to expand: all, or one plan's, agency's or kind's (before two that fall together are merged). */
export type DeadlineFilter = (deadline: DeadlineRow) => boolean;

/** Occurrences between two dates (a month-long occasion falls due at the month's end), soonest first. */
export async function occurrencesBetween(answers: AnswerQueries, committeeId: string | undefined, start: IsoDate, end: IsoDate, keep?: DeadlineFilter): Promise<Occurrence[]> {
  const out: Occurrence[] = [];
  // "Định kỳ 6 tháng, 01 năm báo cáo…" is read as a half-yearly and a yearly deadline; on 31/12 they are
  // one report, so one obligation per plan, task, agency, wording and date.
  const seen = new Set<string>();
  for (const d of await answers.activeDeadlines(committeeId)) {
    if (keep && !keep(d)) continue;
    for (const o of occurrencesIn(deadlineRule(d), { start, end, vi: "", en: "" })) {
      const date = o.wholeMonth ? monthEndOf(o.date) : o.date;
      const key = JSON.stringify([d.planId, d.taskId, d.agencyId, d.what, date]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ deadline: d, date, wholeMonth: !!o.wholeMonth });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

function monthEndOf(date: IsoDate): IsoDate {
  const { y, m } = parseIso(date);
  return isoDate(y, m, daysInMonth(y, m));
}

/** How long a missed deadline stays on the overdue list. */
const OVERDUE_WINDOW_DAYS = 365;

/** Reports old enough to close anything on the overdue list, as the ISO moment to read them from. */
export function reportsFrom(today: IsoDate): string {
  return `${addDays(today, -(OVERDUE_WINDOW_DAYS + REPORT_WINDOW_DAYS + 5))}T00:00:00.000Z`;
}

/** Deadlines of the last year that passed with no report for them, latest first. */
export async function overdueOccurrences(answers: AnswerQueries, committeeId: string | undefined, today: IsoDate, reports: ReportIndex, keep?: DeadlineFilter): Promise<Occurrence[]> {
  const past = await occurrencesBetween(answers, committeeId, addDays(today, -OVERDUE_WINDOW_DAYS), addDays(today, -1), keep);
  return past.filter((o) => !isReported(reports, o)).reverse();
}

export function isReported(reports: ReportIndex, occurrence: Occurrence): boolean {
  const from = addDays(occurrence.date, -REPORT_WINDOW_DAYS);
  const { taskId, agencyId } = occurrence.deadline;
  return reports.some((r) => r.createdAt.slice(0, 10) >= from && (taskId ? r.taskId === taskId : agencyId !== null && r.agencyId === agencyId));
}
