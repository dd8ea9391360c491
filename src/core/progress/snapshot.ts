/**
 * Where a committee stands, read from its plans and its recorded reports: per plan, per agency
 * (reported / not reported / overdue) and per target (on track / at risk / off track / no data).
 * The chat's progress answers, the digest, the dashboard and the periodic report all read this one
 * picture, so they never disagree.
 */
import { addDays, type IsoDate } from "../../domain/dates.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { PlanQueries, PlanSummary } from "../../db/repos/plan-queries.js";
import { latestOf, type ProgressLatest, type UpdateRow } from "../../db/repos/progress-latest.js";
import { planLabel } from "../answers/citation.js";
import { overdueOccurrences, REPORT_WINDOW_DAYS, type Occurrence } from "../obligations.js";
import { verdictOf, type Verdict } from "./verdict.js";

export type AgencyState = "overdue" | "not_reported" | "reported";
export type Duty = { taskId: number; taskRef: string; taskTitle: string; planId: number; role: "lead" | "support" | "assigned"; duty: string };
export type AgencyProgress = {
  id: number;
  name: string;
  duties: Duty[];
  /** Its standing reports in the window, latest first. */
  reports: UpdateRow[];
  lastReportAt: string | null;
  overdue: Occurrence[];
  state: AgencyState;
};
export type TargetProgress = {
  id: number;
  planId: number;
  indicator: string;
  comparator: string;
  value: number;
  unit: string;
  quote: string;
  year: number | null;
  sectionRef: string | null;
  latest: number | null;
  latestAt: string | null;
  latestBy: string | null;
  verdict: Verdict;
  /** Every standing value reported, oldest first (one per agency and day at most matters little: all kept). */
  history: Array<{ at: string; value: number }>;
};
export type PlanProgress = {
  id: number;
  label: string;
  title: string;
  docNumber: string | null;
  tasks: number;
  /** Tasks with a standing report, and of those how many are done or blocked. */
  reportedTasks: number;
  done: number;
  blocked: number;
  agencies: AgencyProgress[];
  targets: TargetProgress[];
  overdue: Occurrence[];
};
export type Snapshot = {
  committeeId: string;
  committeeName: string;
  today: IsoDate;
  /** Reports from this day on count as "reported". */
  from: IsoDate;
  plans: PlanProgress[];
  agencies: AgencyProgress[];
  targets: TargetProgress[];
  overdue: Occurrence[];
  /** Standing reports saying "vướng mắc", latest first. */
  blocked: UpdateRow[];
  /** Standing reports in the window, latest first. */
  reports: UpdateRow[];
};

/** How far back a report still counts as the agency having reported, by default. */
export const REPORTED_WITHIN_DAYS = 90;

const STATE_ORDER: Record<AgencyState, number> = { overdue: 0, not_reported: 1, reported: 2 };

export type SnapshotDeps = { answers: AnswerQueries; planQueries: PlanQueries; latest: ProgressLatest };
/** `from`/`to` bound the reports read (a report's period); by default the last 90 days count as reported. */
export type SnapshotInput = { committeeId: string; committeeName: string; today: IsoDate; from?: IsoDate; to?: IsoDate; plans?: PlanSummary[] };

export async function buildSnapshot(deps: SnapshotDeps, input: SnapshotInput): Promise<Snapshot> {
  const { committeeId, today } = input;
  const from = input.from ?? addDays(today, -REPORTED_WITHIN_DAYS);
  const [plans, duties, targetRows, updates] = await Promise.all([
    input.plans ?? deps.planQueries.listPlans(committeeId),
    deps.answers.duties({}, committeeId),
    deps.answers.activeTargets(committeeId),
    deps.latest.updates(committeeId, input.to ? { to: input.to } : {}),
  ]);
  const standingAll = latestOf(updates);
  const inWindow = standingAll.filter((r) => r.createdAt.slice(0, 10) >= from).reverse();
  const overdue = await overdueOccurrences(deps.answers, committeeId, today, updates);

  // Agencies: every one with a duty in an active task.
  const agencies = new Map<number, AgencyProgress>();
  for (const d of duties) {
    let a = agencies.get(d.agencyId);
    if (!a) agencies.set(d.agencyId, (a = { id: d.agencyId, name: d.agency, duties: [], reports: [], lastReportAt: null, overdue: [], state: "not_reported" }));
    // One duty per task: an agency named twice in a task (lead, and again in a sentence) has one thing to do.
    const same = a.duties.find((x) => x.taskId === d.taskId);
    if (same) { if (d.role === "lead") same.role = "lead"; continue; }
    a.duties.push({ taskId: d.taskId, taskRef: d.taskRef, taskTitle: d.taskTitle, planId: d.planId, role: d.role, duty: d.duty });
  }
  for (const r of inWindow) {
    const a = r.agencyId !== null ? agencies.get(r.agencyId) : undefined;
    if (!a) continue;
    a.reports.push(r);
    a.lastReportAt ??= r.createdAt;
  }
  for (const o of overdue) for (const a of owersOf(o, agencies, updates)) a.overdue.push(o);
  for (const a of agencies.values()) a.state = a.overdue.length > 0 ? "overdue" : a.reports.length > 0 ? "reported" : "not_reported";
  const agencyList = [...agencies.values()].sort((x, y) => STATE_ORDER[x.state] - STATE_ORDER[y.state] || x.name.localeCompare(y.name, "vi"));

  // Targets: the latest standing value (whoever reported it) against the plan's.
  const valuesByTarget = new Map<number, UpdateRow[]>();
  for (const r of updates) {
    if (r.targetId === null || r.value === null) continue;
    valuesByTarget.set(r.targetId, [...(valuesByTarget.get(r.targetId) ?? []), r]);
  }
  const replaced = new Set(updates.map((r) => r.supersedes).filter((id): id is number => id !== null));
  const targets: TargetProgress[] = targetRows.map((t) => {
    const history = (valuesByTarget.get(t.id) ?? []).filter((r) => !replaced.has(r.id));
    const last = history.at(-1);
    return {
      id: t.id, planId: t.planId, indicator: t.indicator, comparator: t.comparator, value: t.value, unit: t.unit, quote: t.quote, year: t.targetYear, sectionRef: t.sectionRef,
      latest: last?.value ?? null, latestAt: last?.createdAt ?? null, latestBy: last?.agency ?? null,
      verdict: verdictOf(t.comparator, t.value, last?.value),
      history: history.map((r) => ({ at: r.createdAt, value: r.value! })),
    };
  });

  const planList: PlanProgress[] = plans.map((p) => {
    const taskIds = new Set(duties.filter((d) => d.planId === p.id).map((d) => d.taskId));
    const taskReports = new Map<number, UpdateRow>();
    for (const r of inWindow) if (r.taskId !== null && r.taskPlanId === p.id && !taskReports.has(r.taskId)) taskReports.set(r.taskId, r);
    const statuses = [...taskReports.values()].map((r) => r.status);
    const planAgencies = agencyList
      .filter((a) => a.duties.some((d) => d.planId === p.id))
      .map((a) => {
        const reports = a.reports.filter((r) => (r.taskPlanId ?? r.targetPlanId) === p.id);
        const late = a.overdue.filter((o) => o.deadline.planId === p.id);
        return { ...a, duties: a.duties.filter((d) => d.planId === p.id), reports, lastReportAt: reports[0]?.createdAt ?? null, overdue: late, state: (late.length ? "overdue" : reports.length ? "reported" : "not_reported") as AgencyState };
      })
      .sort((x, y) => STATE_ORDER[x.state] - STATE_ORDER[y.state] || x.name.localeCompare(y.name, "vi"));
    return {
      id: p.id, label: planLabel(p), title: p.title, docNumber: p.docNumber,
      tasks: Math.max(p.taskCount, taskIds.size), reportedTasks: taskReports.size,
      done: statuses.filter((s) => s === "done").length, blocked: statuses.filter((s) => s === "blocked").length,
      agencies: planAgencies, targets: targets.filter((t) => t.planId === p.id), overdue: overdue.filter((o) => o.deadline.planId === p.id),
    };
  });

  return {
    committeeId, committeeName: input.committeeName, today, from,
    plans: planList, agencies: agencyList, targets, overdue,
    blocked: inWindow.filter((r) => r.status === "blocked"),
    reports: inWindow,
  };
}

/**
 * Who owes a missed deadline: the agency it names; else the lead agencies of its task; else (a plan-wide
 * "các cơ quan báo cáo trước …") every agency with a duty in the plan that sent nothing in the weeks before it.
 */
function owersOf(o: Occurrence, agencies: Map<number, AgencyProgress>, updates: UpdateRow[]): AgencyProgress[] {
  const { agencyId, taskId, planId } = o.deadline;
  if (agencyId !== null) return agencies.has(agencyId) ? [agencies.get(agencyId)!] : [];
  const inPlan = [...agencies.values()].filter((a) => a.duties.some((d) => d.planId === planId && (taskId === null || d.taskId === taskId)));
  const owers = taskId !== null ? inPlan.filter((a) => a.duties.some((d) => d.taskId === taskId && d.role !== "support")) : inPlan;
  const since = addDays(o.date, -REPORT_WINDOW_DAYS);
  return owers.filter((a) => !updates.some((r) => r.agencyId === a.id && r.createdAt.slice(0, 10) >= since));
}
