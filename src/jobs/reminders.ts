/**
 * Reminders to the lead agency's focal points before each occurrence of a
 * deadline (7, 3 and 1 days before by default), one overdue notice after
 * it, none for what is already reported. Only on working days between 07:00
 * and 21:00 local: a reminder due on a weekend, a holiday or at night goes
 * out at the next working morning, and of several due at once only the most
 * urgent is sent.
 */
import { addDays, daysBetween, formatVi, localClock, type IsoDate } from "../domain/dates.js";
import { isWorkingDay } from "../domain/holidays.js";
import type { AnswerQueries } from "../db/repos/answer-queries.js";
import type { People } from "../db/repos/people.js";
import type { ProgressStore } from "../db/repos/progress-store.js";
import { cite } from "../core/answers/citation.js";
import { shorten } from "../core/answers/plans.js";
import { isReported, occurrencesBetween } from "../core/obligations.js";
import type { Lang } from "../core/types.js";
import type { Log } from "../log.js";
import type { Delivery } from "./delivery.js";

export const DEFAULT_REMINDER_DAYS = [7, 3, 1];
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 7;
const OVERDUE_LOOKBACK_DAYS = 30;

const TEXT = {
  vi: {
    before: (what: string, date: string, days: number, source: string) =>
      `Nhắc hạn: ${what}\nHạn: ${date} (còn ${days} ngày) — ${source}\nBấm "Báo cáo tiến độ" hoặc trả lời tin này (Telegram), hoặc gõ /capnhat.`,
    overdue: (what: string, date: string, source: string) =>
      `Quá hạn: ${what}\nHạn đã qua: ${date} — ${source}\nChưa có báo cáo. Bấm "Báo cáo tiến độ" hoặc trả lời tin này (Telegram), hoặc gõ /capnhat.`,
    standIn: (until: string) => `(Bạn nhận tin này vì đang thay đầu mối của cơ quan đến hết ${until}.)`,
  },
  en: {
    before: (what: string, date: string, days: number, source: string) =>
      `Reminder: ${what}\nDue: ${date} (in ${days} days) — ${source}\nPress "Báo cáo tiến độ" or reply to this message (Telegram), or send /update.`,
    overdue: (what: string, date: string, source: string) =>
      `Overdue: ${what}\nWas due: ${date} — ${source}\nNo report yet. Press "Báo cáo tiến độ" or reply to this message (Telegram), or send /update.`,
    standIn: (until: string) => `(You get this as the agency's stand-in focal point until ${until}.)`,
  },
};

export function isSendingTime(timezone: string, now: Date): boolean {
  const { date, hour } = localClock(timezone, now);
  return isWorkingDay(date) && hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR;
}

export function createReminders(deps: { answers: AnswerQueries; progress: ProgressStore; people: People; delivery: Delivery; log: Log; reminderDays?: number[] }) {
  const days = [...(deps.reminderDays ?? DEFAULT_REMINDER_DAYS)].sort((a, b) => a - b);

  async function runFor(committee: { id: string; timezone: string }, now: Date): Promise<number> {
    if (!isSendingTime(committee.timezone, now)) return 0;
    const today: IsoDate = localClock(committee.timezone, now).date;
    const horizon = addDays(today, days[days.length - 1] ?? 7);
    const occurrences = await occurrencesBetween(deps.answers, committee.id, addDays(today, -OVERDUE_LOOKBACK_DAYS), horizon);
    const reports = await deps.progress.since(committee.id, `${addDays(today, -400)}T00:00:00.000Z`);
    let queued = 0;
    for (const o of occurrences) {
      const agencyId = o.deadline.agencyId;
      if (!agencyId || isReported(reports, o)) continue;
      let period: string;
      let kind: "before" | "overdue";
      if (o.date >= today) {
        // The most urgent reminder whose day has come.
        const offset = days.find((d) => addDays(o.date, -d) <= today);
        if (offset === undefined) continue;
        period = `${o.deadline.id}:${o.date}:${offset}`;
        kind = "before";
      } else {
        period = `${o.deadline.id}:${o.date}:overdue`;
        kind = "overdue";
      }
      // On a focal point's leave, the deputy who took it up (people.ts decides who is reached today).
      const recipients = await deps.people.focalIdentities(agencyId, today);
      if (recipients.length === 0) continue;
      const messages = [];
      for (const r of recipients) {
        const chatId = await deps.delivery.ensureChat(r.channel, r.externalId, "private", committee.id);
        const t = TEXT[r.lang as Lang];
        const what = shorten(o.deadline.what, 200);
        const source = cite(o.deadline, o.deadline.taskRef, r.lang as Lang);
        const text = kind === "before" ? t.before(what, formatVi(o.date), daysBetween(today, o.date), source) : t.overdue(what, formatVi(o.date), source);
        messages.push({ chatId, text: r.activeUntil ? `${text}\n${t.standIn(formatVi(r.activeUntil))}` : text, taskId: o.deadline.taskId });
      }
      if (await deps.delivery.claim(committee.id, "reminder", period, messages)) queued += messages.length;
    }
    return queued;
  }

  return { runFor };
}
