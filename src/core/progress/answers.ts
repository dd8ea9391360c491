/**
 * Progress asked in chat: leaders and admins (and anyone in a committee's bound group) get where the
 * committee stands; a focal point asking "tôi cần báo cáo gì" gets their agency's open items and next
 * deadlines. Channel-free: a message in, replies out, or null when the message is not a progress ask.
 */
import { addDays, formatVi, type IsoDate } from "../../domain/dates.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { People } from "../../db/repos/people.js";
import type { PlanQueries, PlanSummary } from "../../db/repos/plan-queries.js";
import type { ProgressLatest } from "../../db/repos/progress-latest.js";
import { matchAgencies } from "../answers/agency-match.js";
import { findPlan, shorten } from "../answers/plans.js";
import { occurrencesBetween } from "../obligations.js";
import type { IncomingMessage, Lang, Reply } from "../types.js";
import { focalOf, resolveActor, type Actor } from "../work/actor.js";
import { wm } from "../work/messages.js";
import { readProgressAsk, type ProgressAsk } from "./asks.js";
import { bullets, capped, dayOf, listBlock, overdueLine, overviewHead, reportedLine, targetLine } from "./format.js";
import { pm } from "./messages.js";
import { buildSnapshot, type AgencyProgress, type Snapshot } from "./snapshot.js";

export type ProgressAnswerDeps = { answers: AnswerQueries; planQueries: PlanQueries; latest: ProgressLatest; people: People; admins: ReadonlySet<string> };

/** More committees than this in one answer would be a wall of text: the rest are named for asking one by one. */
const MAX_COMMITTEES = 4;
const NEXT_DAYS = 90;

/** The committees whose progress this person may read: bound chat's, or where they lead or administer. */
export async function committeesFor(people: People, actor: Actor, scope: string | undefined): Promise<Array<{ id: string; name: string }>> {
  const all = await people.committeeList();
  if (scope) return all.filter((c) => c.id === scope);
  if (actor.deploymentAdmin) return all;
  const mine = new Set(actor.people.filter((p) => p.role === "admin" || p.role === "leader").map((p) => p.committeeId));
  return all.filter((c) => mine.has(c.id));
}

export function createProgressAnswers(deps: ProgressAnswerDeps) {
  /** Null when the message does not ask about progress. */
  async function answer(message: IncomingMessage, lang: Lang, scope: string | undefined, today: IsoDate): Promise<Reply[] | null> {
    const ask = readProgressAsk(message.text);
    if (!ask) return null;
    const actor = await resolveActor(deps.people, message, deps.admins, today);
    const committees = await committeesFor(deps.people, actor, scope);
    if (ask.kind === "mine" || committees.length === 0) {
      if (focalOf(actor).length > 0) return mine(actor, lang, today);
      return [{ text: ask.kind === "mine" ? pm(lang).notFocal : pm(lang).leadersOnly }];
    }
    return overview(ask, message.text, committees, lang, today);
  }

  async function overview(ask: ProgressAsk, text: string, committees: Array<{ id: string; name: string }>, lang: Lang, today: IsoDate): Promise<Reply[]> {
    const m = pm(lang);
    let plansOf = new Map<string, PlanSummary[]>();
    for (const c of committees) plansOf.set(c.id, await deps.planQueries.listPlans(c.id));
    let picked: PlanSummary | undefined;
    if (ask.planNumber) {
      picked = findPlan([...plansOf.values()].flat(), ask.planNumber);
      const numbered = picked && (picked.docNumber ? picked.docNumber.split(/\D/)[0] === ask.planNumber : String(picked.year) === ask.planNumber);
      if (!picked || !numbered) return [{ text: m.noPlan(ask.planNumber) }];
      plansOf = new Map([[picked.committeeId, [picked]]]);
    }
    const shown = committees.filter((c) => plansOf.get(c.id)?.length).slice(0, MAX_COMMITTEES);
    const blocks: string[] = [];
    for (const c of shown) {
      const s = await buildSnapshot(deps, { committeeId: c.id, committeeName: c.name, today, plans: plansOf.get(c.id) });
      const agency = ask.kind === "overview" ? namedAgency(text, s) : undefined;
      blocks.push(agency ? agencyBlock(s, agency, lang) : block(ask, s, lang, picked !== undefined));
    }
    const rest = committees.filter((c) => plansOf.get(c.id)?.length).slice(MAX_COMMITTEES);
    if (rest.length) blocks.push(m.andMore(rest.length) + `: ${rest.map((c) => c.name).join("; ")}`);
    return [{ text: blocks.join("\n\n") }];
  }

  /** "tiến độ của Phòng Y tế": one agency named among those with duties. */
  function namedAgency(text: string, s: Snapshot): AgencyProgress | undefined {
    const rows = s.agencies.map((a) => ({ ...a, key: "", aliasesJson: "[]" }));
    const found = matchAgencies(text, rows);
    return found.length === 1 ? s.agencies.find((a) => a.id === found[0]!.id) : undefined;
  }

  function block(ask: ProgressAsk, s: Snapshot, lang: Lang, onePlan: boolean): string {
    const m = pm(lang);
    const plan = onePlan ? s.plans[0]! : undefined;
    const agencies = plan ? plan.agencies : s.agencies;
    const targets = plan ? plan.targets : s.targets;
    const title = m.title(s.committeeName, formatVi(s.today), formatVi(s.from));
    const of = (state: AgencyProgress["state"]) => agencies.filter((a) => a.state === state);
    const reported = of("reported").map((a) => reportedLine(a, lang));
    const notReported = of("not_reported").map((a) => a.name);
    const overdue = of("overdue").map((a) => overdueLine(a, lang));
    const risky = targets.filter((t) => t.verdict === "at_risk" || t.verdict === "off_track");
    const lines: string[] = [title];
    switch (ask.kind) {
      case "unreported":
        lines.push(...(overdue.length + notReported.length ? [...listBlock(m.overdueList, overdue, lang, 20), ...listBlock(m.notReportedList, notReported, lang, 20)] : [m.allReported]));
        if (reported.length) lines.push(`${m.reportedList}: ${capped(of("reported").map((a) => a.name), lang, 8).join(", ")}`);
        break;
      case "reported":
        lines.push(...(reported.length ? listBlock(m.reportedList, reported, lang, 20) : [m.noneReported]));
        if (overdue.length + notReported.length) lines.push(`${m.notReportedList}: ${overdue.length + notReported.length}`);
        break;
      case "overdue":
        lines.push(...(overdue.length ? listBlock(m.overdueList, overdue, lang, 20) : [m.noneOverdue]));
        break;
      case "targets_risk":
        if (!targets.length) lines.push(m.noTargets);
        else lines.push(...(risky.length ? listBlock(m.riskList, risky.map((t) => targetLine(t, lang)), lang, 20) : [m.noRisk(targets.filter((t) => t.verdict === "no_data").length)]));
        break;
      case "targets": {
        if (!targets.length) { lines.push(m.noTargets); break; }
        const withData = targets.filter((t) => t.verdict !== "no_data");
        lines.push(overviewHead(s, plan ? [plan] : s.plans, lang).at(-1)!, ...bullets(capped([...risky, ...withData.filter((t) => !risky.includes(t))].map((t) => targetLine(t, lang)), lang, 15)));
        break;
      }
      default:
        lines.push(...overviewHead(s, plan ? [plan] : s.plans, lang));
        lines.push(...listBlock(m.overdueList, overdue, lang, 6), ...listBlock(m.notReportedList, notReported, lang, 8), ...listBlock(m.reportedList, reported, lang, 8));
        lines.push(...listBlock(m.riskList, risky.map((t) => targetLine(t, lang)), lang, 5));
        lines.push(...listBlock(m.blockedList, s.blocked.filter((r) => !plan || r.taskPlanId === plan.id).map((r) => `${r.agency ?? ""}: ${r.taskRef ?? ""}${r.note ? ` — ${shorten(r.note, 100)}` : ""}`), lang, 5));
    }
    return lines.join("\n");
  }

  function agencyBlock(s: Snapshot, a: AgencyProgress, lang: Lang): string {
    const m = pm(lang);
    const byTask = new Map(a.reports.filter((r) => r.taskId !== null).map((r) => [r.taskId!, r]));
    const duties = a.duties.map((d) => {
      const r = byTask.get(d.taskId);
      return `${d.taskRef} ${shorten(d.taskTitle, 60)} — ${r?.status ? `${wm(lang).status[r.status]} (${dayOf(r.createdAt)})` : m.mineNoReport}`;
    });
    return [
      `${m.title(`${s.committeeName} · ${a.name}`, formatVi(s.today), formatVi(s.from))}`,
      `${m.state[a.state]}${a.lastReportAt ? ` — ${dayOf(a.lastReportAt)}` : ""}`,
      ...bullets(capped(duties, lang, 15)),
      ...listBlock(m.overdueList, a.overdue.map((o) => m.overdueItem(shorten(o.deadline.what, 80), formatVi(o.date))), lang, 5),
    ].join("\n");
  }

  /** A focal point's own agency (or agencies): tasks not done yet, the next deadlines, what is overdue. */
  async function mine(actor: Actor, lang: Lang, today: IsoDate): Promise<Reply[]> {
    const m = pm(lang);
    const blocks: string[] = [];
    for (const person of focalOf(actor)) {
      const name = (await deps.people.committeeList()).find((c) => c.id === person.committeeId)?.name ?? person.committeeId;
      const s = await buildSnapshot(deps, { committeeId: person.committeeId, committeeName: name, today });
      const a = s.agencies.find((x) => x.id === person.agencyId);
      const agencyName = person.agencyName ?? a?.name ?? "";
      if (!a) { blocks.push(wm(lang).noTasks(agencyName)); continue; }
      const latestByTask = new Map(a.reports.filter((r) => r.taskId !== null).map((r) => [r.taskId!, r]));
      const open = a.duties.filter((d) => latestByTask.get(d.taskId)?.status !== "done");
      const taskIds = new Set(a.duties.map((d) => d.taskId));
      const planIds = new Set(a.duties.map((d) => d.planId));
      const next = (await occurrencesBetween(deps.answers, person.committeeId, today, addDays(today, NEXT_DAYS), (d) =>
        d.agencyId === a.id || (d.agencyId === null && (d.taskId !== null ? taskIds.has(d.taskId) : planIds.has(d.planId))),
      )).slice(0, 5);
      blocks.push([
        `${m.mineTitle(agencyName)} (${formatVi(today)})`,
        open.length ? m.mineOpen(open.length, a.duties.length) : m.mineAllDone(a.duties.length),
        ...bullets(capped(open.map((d) => {
          const r = latestByTask.get(d.taskId);
          return `${d.taskRef} ${shorten(d.taskTitle, 70)} — ${r?.status ? `${wm(lang).status[r.status]} (${dayOf(r.createdAt)})` : m.mineNoReport}`;
        }), lang, 10)),
        ...(a.overdue.length ? [m.mineOverdue, ...bullets(capped(a.overdue.map((o) => m.overdueItem(shorten(o.deadline.what, 80), formatVi(o.date))), lang, 5))] : []),
        ...(next.length ? [m.mineNext, ...bullets(next.map((o) => `${formatVi(o.date)}: ${shorten(o.deadline.what, 80)}`))] : [m.mineNoNext]),
        m.mineHow,
      ].join("\n"));
    }
    return [{ text: blocks.join("\n\n") }];
  }

  return { answer };
}

export type ProgressAnswers = ReturnType<typeof createProgressAnswers>;
