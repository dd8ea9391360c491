/**
 * The weekly digest of one committee on one date, in one or two messages: first the few lines a leader
 * needs (tasks reported, agencies reported / not / overdue, targets by status, what needs attention), then
 * for the committee's group the details (due, overdue, new reports, silent agencies, targets with values).
 * Sections with nothing in them are left out. Reports count once per task and agency: the latest standing
 * one, corrections replacing what they correct. Channel-free; the chart goes as data for senders to draw.
 */
import { addDays, daysInMonth, formatVi, isoDate, parseIso, weekday, type IsoDate } from "../../domain/dates.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { PlanQueries } from "../../db/repos/plan-queries.js";
import type { ProgressLatest } from "../../db/repos/progress-latest.js";
import type { ProgressStore } from "../../db/repos/progress-store.js";
import { cite } from "../answers/citation.js";
import { shorten } from "../answers/plans.js";
import { targetFigure } from "../answers/target-format.js";
import type { ProgressChartData } from "../charts/charts.js";
import { occurrencesBetween, type Occurrence } from "../obligations.js";
import { reportWhat, valueText, verdictCounts } from "../progress/format.js";
import { buildSnapshot, type Snapshot } from "../progress/snapshot.js";
import { VERDICTS } from "../progress/verdict.js";
import type { Lang } from "../types.js";
import { digestMessages } from "./messages.js";

export { verdictOf, type Verdict } from "../progress/verdict.js";

export type DigestInput = { committeeId: string; committeeName: string; today: IsoDate; lang: Lang; since: string; variant: "full" | "leaders" };
export type DigestParts = { messages: string[]; chart: ProgressChartData };

const LIST_MAX = 8;
const ATTENTION_MAX = 4;

export function createDigest(deps: { answers: AnswerQueries; progress: ProgressStore; planQueries: PlanQueries; latest: ProgressLatest }) {
  const { answers } = deps;

  async function compose(input: DigestInput): Promise<DigestParts> {
    const d = digestMessages[input.lang];
    const { y, m } = parseIso(input.today);
    const weekStart = addDays(input.today, -weekday(input.today));
    const weekEnd = addDays(weekStart, 6);
    const monthEnd = isoDate(y, m, daysInMonth(y, m));
    const lastDay = monthEnd > weekEnd ? monthEnd : weekEnd;

    const s = await buildSnapshot(deps, { committeeId: input.committeeId, committeeName: input.committeeName, today: input.today });
    const upcoming = await occurrencesBetween(answers, input.committeeId, weekStart, lastDay);
    const dueWeek = upcoming.filter((o) => o.date >= weekStart && o.date <= weekEnd);
    const dueMonth = upcoming.filter((o) => o.date > weekEnd && o.date <= monthEnd);
    const news = s.reports.filter((r) => r.createdAt >= input.since);
    const targets = verdictCounts(s.targets);
    const agencies = { reported: 0, not_reported: 0, overdue: 0 };
    for (const a of s.agencies) agencies[a.state]++;

    const title = (input.variant === "leaders" ? d.leadersTitle : d.title)(input.committeeName, formatVi(input.today));
    const tasks = s.plans.reduce((acc, p) => ({ all: acc.all + p.tasks, reported: acc.reported + p.reportedTasks, done: acc.done + p.done, blocked: acc.blocked + p.blocked }), { all: 0, reported: 0, done: 0, blocked: 0 });
    const head = [
      title,
      d.tasksLine(tasks.reported, tasks.all, tasks.done, tasks.blocked),
      d.agenciesLine(agencies.reported, agencies.not_reported, agencies.overdue),
      ...(s.targets.length ? [d.targetsLine(VERDICTS.map((v) => `${targets[v]} ${d.verdict[v]}`).join(" · "))] : []),
      d.summary({ week: dueWeek.length, month: dueMonth.length, overdue: s.overdue.length, updates: news.length }),
      ...attention(s, input.lang),
    ];
    const chart: ProgressChartData = { lang: input.lang, title: d.chartTitle(formatVi(input.today)), targets, agencies };
    if (input.variant === "leaders") return { messages: [head.join("\n")], chart };

    const line = (o: Occurrence) => `• ${formatVi(o.date)} — ${shorten(o.deadline.what, 120)}${o.deadline.agency ? ` (${o.deadline.agency})` : ""} — ${cite(o.deadline, o.deadline.taskRef, input.lang)}`;
    const section = (heading: string, items: string[]) => (items.length ? [`${heading}:\n${[...items.slice(0, LIST_MAX), ...(items.length > LIST_MAX ? [d.moreItems(items.length - LIST_MAX)] : [])].join("\n")}`] : []);

    // Nothing due this week or month (late in a month, say): the next deadline is the one to prepare for.
    const next = dueWeek.length + dueMonth.length === 0 ? (await occurrencesBetween(answers, input.committeeId, addDays(lastDay, 1), addDays(lastDay, 365)))[0] : undefined;
    const byAgency = new Map<string, string[]>();
    for (const r of news) byAgency.set(r.agency ?? "—", [...(byAgency.get(r.agency ?? "—") ?? []), `${reportWhat(r, input.lang)}${r.note ? ` — ${shorten(r.note, 80)}` : ""}`]);
    // Silent: agencies with something due this month or overdue, and no report in the window.
    const owing = new Set([...dueWeek, ...dueMonth].map((o) => o.deadline.agencyId).filter((id): id is number => id !== null));
    const silent = s.agencies.filter((a) => a.state === "overdue" || (a.state === "not_reported" && owing.has(a.id)));
    const details = [
      ...section(d.dueWeek, dueWeek.map(line)),
      ...section(d.dueMonth, dueMonth.map(line)),
      ...(next ? [`${d.nextDue}:\n${line(next)}`] : []),
      ...section(d.overdue, s.overdue.map(line)),
      ...section(d.updates, [...byAgency].map(([agency, list]) => `• ${agency}: ${list.join("; ")}`)),
      ...section(d.silent, silent.map((a) => `• ${a.name}`)),
      ...targetSection(s, input, y),
    ];
    return { messages: details.length ? [head.join("\n"), details.join("\n\n")] : [head.join("\n")], chart };
  }

  /** What needs a leader's eye: blocked tasks, agencies overdue, targets off track or at risk. */
  function attention(s: Snapshot, lang: Lang): string[] {
    const d = digestMessages[lang];
    const items = [
      ...s.blocked.map((r) => `${r.agency ?? ""}: ${r.taskRef ?? ""} ${d.blocked}${r.note ? ` — ${shorten(r.note, 90)}` : ""}`),
      ...s.agencies.filter((a) => a.state === "overdue").map((a) => d.agencyOverdue(a.name, formatVi(a.overdue[0]!.date))),
      ...s.targets.filter((t) => t.verdict === "off_track" || t.verdict === "at_risk").map((t) => `${shorten(t.indicator, 60)}: ${valueText(t.latest!, t.unit)} / ${targetFigure(t, lang)} → ${d.verdict[t.verdict]}`),
    ];
    if (items.length === 0) return [];
    return [`${d.decisions}:`, ...items.slice(0, ATTENTION_MAX).map((i) => `• ${i}`), ...(items.length > ATTENTION_MAX ? [d.moreItems(items.length - ATTENTION_MAX)] : [])];
  }

  /** Per target year: the counts by status, then the targets with a reported value. */
  function targetSection(s: Snapshot, input: DigestInput, year: number): string[] {
    const d = digestMessages[input.lang];
    const rows = s.targets.filter((t) => t.year !== null);
    if (rows.length === 0) return [];
    const years = [...new Set(rows.map((r) => r.year!))].sort();
    const blocks = years.map((ty) => {
      const inYear = rows.filter((r) => r.year === ty);
      const counts = verdictCounts(inYear);
      const tally = VERDICTS.filter((v) => counts[v]).map((v) => `${d.verdict[v]} ${counts[v]}`).join(", ");
      const reported = inYear.filter((t) => t.latest !== null);
      const lines = reported.slice(0, LIST_MAX).map((t) => `• ${shorten(t.indicator, 70)}: ${targetFigure(t, input.lang)} · ${valueText(t.latest!, t.unit)} → ${d.verdict[t.verdict]}`);
      return [`${d.targetYear(ty, ty < year)}: ${tally}`, ...lines, ...(reported.length > LIST_MAX ? [d.moreItems(reported.length - LIST_MAX)] : [])].join("\n");
    });
    return [`${d.targets}:\n${blocks.join("\n")}`];
  }

  async function build(input: DigestInput): Promise<string[]> {
    return (await compose(input)).messages;
  }

  return { build, compose };
}

export type Digest = ReturnType<typeof createDigest>;
