/**
 * The weekly digest of one committee on one date: summary first, then due
 * this week and month, overdue, updates since the last digest by agency,
 * silent agencies, and targets against their latest values by year.
 * Channel-free: a list of messages; adapters split them to their limits.
 */
import { addDays, formatVi, parseIso, weekday, daysInMonth, isoDate, type IsoDate } from "../../domain/dates.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { ProgressStore } from "../../db/repos/progress-store.js";
import { cite } from "../answers/citation.js";
import { shorten } from "../answers/plans.js";
import { targetFigure } from "../answers/target-format.js";
import type { Lang } from "../types.js";
import { wm } from "../work/messages.js";
import { meets } from "../work/report-text.js";
import { digestMessages } from "./messages.js";
import { occurrencesBetween, overdueOccurrences, reportsFrom, type Occurrence } from "../obligations.js";

export type DigestInput = { committeeId: string; committeeName: string; today: IsoDate; lang: Lang; since: string; variant: "full" | "leaders" };
export type Verdict = "met" | "at_risk" | "off_track" | "no_data";

const LIST_MAX = 15;
/** A value short of its target by no more than this share of it is "at risk", beyond it "off track". */
const AT_RISK_SHARE = 0.1;

export function verdictOf(comparator: string, target: number, latest: number | null | undefined): Verdict {
  if (latest === null || latest === undefined) return "no_data";
  if (meets(comparator, latest, target)) return "met";
  const gap = Math.abs(latest - target);
  return gap <= Math.max(Math.abs(target) * AT_RISK_SHARE, 0.0001) ? "at_risk" : "off_track";
}

export function createDigest(deps: { answers: AnswerQueries; progress: ProgressStore }) {
  const { answers, progress } = deps;

  async function build(input: DigestInput): Promise<string[]> {
    const d = digestMessages[input.lang];
    const { y, m } = parseIso(input.today);
    const weekStart = addDays(input.today, -weekday(input.today));
    const weekEnd = addDays(weekStart, 6);
    const monthEnd = isoDate(y, m, daysInMonth(y, m));

    const upcoming = await occurrencesBetween(answers, input.committeeId, weekStart, monthEnd > weekEnd ? monthEnd : weekEnd);
    const reports = await progress.since(input.committeeId, reportsFrom(input.today));
    const dueWeek = upcoming.filter((o) => o.date >= weekStart && o.date <= weekEnd);
    const dueMonth = upcoming.filter((o) => o.date > weekEnd && o.date <= monthEnd);
    const overdue = await overdueOccurrences(answers, input.committeeId, input.today, reports);
    const updates = reports.filter((r) => r.createdAt >= input.since);

    // Silent: agencies with something due this month or overdue, and no report in 30 days.
    const recent = addDays(input.today, -30);
    const silent = new Map<number, string>();
    for (const o of [...dueWeek, ...dueMonth, ...overdue]) {
      const { agencyId, agency } = o.deadline;
      if (agencyId && agency && !reports.some((r) => r.agencyId === agencyId && r.createdAt.slice(0, 10) >= recent)) silent.set(agencyId, agency);
    }

    const counts = { week: dueWeek.length, month: dueMonth.length, overdue: overdue.length, updates: updates.length, silent: silent.size };
    const title = (input.variant === "leaders" ? d.leadersTitle : d.title)(input.committeeName, formatVi(input.today));
    const summary = `${title}\n${d.summary(counts)}`;

    const line = (o: Occurrence) =>
      `• ${formatVi(o.date)} — ${shorten(o.deadline.what, 140)}${o.deadline.agency ? ` (${o.deadline.agency})` : ""}\n   — ${cite(o.deadline, o.deadline.taskRef, input.lang)}`;
    const section = (heading: string, items: string[]) =>
      `${heading}:\n${items.length ? [...items.slice(0, LIST_MAX), ...(items.length > LIST_MAX ? [d.moreItems(items.length - LIST_MAX)] : [])].join("\n") : d.none}`;

    if (input.variant === "leaders") {
      const blocked = updates.filter((u) => u.status === "blocked").map((u) => `• ${u.agency ?? ""}: ${u.taskRef ?? ""} ${d.blocked}${u.note ? ` — ${shorten(u.note, 120)}` : ""}`);
      return [summary, section(d.decisions, [...overdue.slice(0, 5).map(line), ...blocked])];
    }

    const byAgency = new Map<string, string[]>();
    const w = wm(input.lang);
    for (const u of updates) {
      const what = u.taskRef ? `${u.taskRef}${u.status ? ` ${w.status[u.status]}` : ""}` : `${shorten(u.indicator ?? "", 60)}: ${String(u.value).replace(".", ",")}${u.unit && u.unit.length <= 1 ? u.unit : ""}`;
      const list = byAgency.get(u.agency ?? "—") ?? [];
      list.push(`${what}${u.note ? ` — ${shorten(u.note, 100)}` : ""}`);
      byAgency.set(u.agency ?? "—", list);
    }
    const updateLines = [...byAgency].map(([agency, list]) => `• ${agency}: ${list.join("; ")}`);

    // Nothing due this week or month (late in a month, say): the next deadline is the one to prepare for.
    const lastDay = monthEnd > weekEnd ? monthEnd : weekEnd;
    const next = dueWeek.length + dueMonth.length === 0 ? (await occurrencesBetween(answers, input.committeeId, addDays(lastDay, 1), addDays(lastDay, 365)))[0] : undefined;
    return [
      summary,
      section(d.dueWeek, dueWeek.map(line)),
      next ? `${d.dueMonth}:\n${d.none} ${d.nextDue}:\n${line(next)}` : section(d.dueMonth, dueMonth.map(line)),
      section(d.overdue, overdue.map(line)),
      section(d.updates, updateLines),
      section(d.silent, [...silent.values()].map((a) => `• ${a}`)),
      await targetSection(input, y),
    ];
  }

  async function targetSection(input: DigestInput, year: number): Promise<string> {
    const d = digestMessages[input.lang];
    const rows = (await answers.activeTargets(input.committeeId)).filter((t) => t.targetYear !== null);
    if (rows.length === 0) return `${d.targets}:\n${d.none}`;
    const latest = await progress.latestForTargets(rows.map((r) => r.id));
    const years = [...new Set(rows.map((r) => r.targetYear!))].sort();
    const blocks = years.map((ty) => {
      const inYear = rows.filter((r) => r.targetYear === ty);
      const tally = new Map<Verdict, number>();
      const lines = inYear.map((r) => {
        const value = latest.get(r.id)?.value;
        const verdict = verdictOf(r.comparator, r.value, value);
        tally.set(verdict, (tally.get(verdict) ?? 0) + 1);
        const now = value !== null && value !== undefined ? ` · ${String(value).replace(".", ",")}` : "";
        return `• ${shorten(r.indicator, 70)}: ${targetFigure(r, input.lang)}${now} → ${d.verdict[verdict]}`;
      });
      const counts = (["met", "at_risk", "off_track", "no_data"] as Verdict[]).filter((v) => tally.get(v)).map((v) => `${d.verdict[v]} ${tally.get(v)}`).join(", ");
      // Targets with a reported value first: they are the news; the rest show what still has no data.
      const ordered = [...lines.filter((l) => !l.endsWith(d.verdict.no_data)), ...lines.filter((l) => l.endsWith(d.verdict.no_data))];
      const shown = [...ordered.slice(0, LIST_MAX), ...(ordered.length > LIST_MAX ? [d.moreItems(ordered.length - LIST_MAX)] : [])];
      return `${d.targetYear(ty, ty < year)}: ${counts}\n${shown.join("\n")}`;
    });
    return `${d.targets}:\n${blocks.join("\n")}`;
  }

  return { build };
}

export type Digest = ReturnType<typeof createDigest>;
