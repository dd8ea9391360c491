/**
 * Progress from focal points: /capnhat (guided with choices, or one line
 * "/capnhat 3 xong: …"), /chitieu <target> <value>, /sua within 24 hours,
 * and a free-text reply to a bot message about a task. Every report is a
 * new row naming contact, agency, time and source message.
 */
import { addDays, formatVi, type IsoDate } from "../../domain/dates.js";
import { deadlineRule, occurrencesIn } from "../../domain/deadlines.js";
import { foldKey, foldWords } from "../../domain/text/fold.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { ConversationKey, ConversationState } from "../../db/repos/conversation-state.js";
import type { People } from "../../db/repos/people.js";
import type { ProgressStore, TaskStatus } from "../../db/repos/progress-store.js";
import { matchAgencies } from "../answers/agency-match.js";
import { planLabel } from "../answers/citation.js";
import { shorten } from "../answers/plans.js";
import { targetFigure } from "../answers/target-format.js";
import type { IncomingMessage, Lang, Reply } from "../types.js";
import { type Actor, contactIn, focalOf, isAdmin } from "./actor.js";
import { wm } from "./messages.js";
import { formatNumber, meets, plausible, readStatusAndNote, readValue, statusFromChoice, unitKind, valueWithUnit } from "./report-text.js";
import { rm } from "./records-messages.js";

const EDIT_WINDOW_MS = 24 * 3_600_000;
const MAX_TASK_CHOICES = 10;
const STATUSES: TaskStatus[] = ["not_started", "in_progress", "done", "blocked"];

export type NoteState = { kind: "note"; taskId: number; agencyId: number | null; status: TaskStatus | null; lang: Lang };
type Ctx = { message: IncomingMessage; lang: Lang; key: ConversationKey; scope?: string; today: IsoDate; actor: Actor; now: Date };

export function createReporting(deps: { progress: ProgressStore; answers: AnswerQueries; people: People; state: ConversationState }) {
  const { progress, answers, people, state } = deps;

  /**
   * The agency's tasks in the plans' own order (plan, then position), so the number a user types
   * ("/capnhat 2 xong") names the same task whenever the list was read; each carries its next deadline.
   */
  async function tasksFor(agencyId: number, today: IsoDate) {
    const tasks = await progress.tasksOfAgency(agencyId);
    const committees = [...new Set(tasks.map((t) => t.committeeId))];
    const next = new Map<number, IsoDate>();
    const window = { start: today, end: addDays(today, 800), vi: "", en: "" };
    for (const committeeId of committees) {
      for (const d of await answers.activeDeadlines(committeeId)) {
        if (!d.taskId) continue;
        const first = occurrencesIn(deadlineRule(d), window)[0]?.date;
        if (first && (!next.has(d.taskId) || first < next.get(d.taskId)!)) next.set(d.taskId, first);
      }
    }
    const latest = await progress.latestForTasks(tasks.map((t) => t.id));
    return tasks.map((t) => ({ ...t, due: next.get(t.id) ?? null, status: latest.get(t.id)?.status ?? null }));
  }

  function taskLabel(t: { ref: string; title: string; docNumber: string | null; issuer: string | null; year: number | null; due?: string | null }, lang: Lang) {
    const plan = planLabel({ docNumber: t.docNumber, issuer: t.issuer, year: t.year, title: "" });
    const due = t.due ? ` · ${lang === "vi" ? "hạn" : "due"} ${formatVi(t.due)}` : "";
    return `${t.ref} ${shorten(t.title, 60)} — ${plan}${due}`;
  }

  /** Which agency this person reports for here: their own, or (admin) the one they name. */
  async function reportingAgency(ctx: Ctx, named: string): Promise<{ agencyId: number; name: string } | Reply[]> {
    const m = wm(ctx.lang);
    const own = focalOf(ctx.actor).filter((p) => !ctx.scope || p.committeeId === ctx.scope);
    if (named && isAdmin(ctx.actor, ctx.scope)) {
      const found = matchAgencies(named, await people.agenciesOf(ctx.scope));
      if (found.length === 0) return [{ text: m.agencyUnknown(named) }];
      if (found.length > 1) return [{ text: m.pickAgency, choices: found.slice(0, 10).map((a) => ({ label: `${a.name} — ${a.committee}`, value: `/capnhat #a:${a.id}` })) }];
      return { agencyId: found[0]!.id, name: found[0]!.name };
    }
    const picked = /^#a:(\d+)$/.exec(named);
    if (picked && isAdmin(ctx.actor)) {
      const agency = (await people.agenciesOf()).find((a) => a.id === Number(picked[1]));
      if (agency) return { agencyId: agency.id, name: agency.name };
    }
    if (own.length === 0) return [{ text: isAdmin(ctx.actor, ctx.scope) ? wm(ctx.lang).inviteUsage.replace("/moi", "/capnhat").replace("/invite", "/update") : m.notReporter }];
    const chosen = picked ? own.find((p) => p.agencyId === Number(picked[1])) : own.length === 1 ? own[0] : undefined;
    if (!chosen) return [{ text: m.pickAgency, choices: own.map((p) => ({ label: p.agencyName ?? "", value: `/capnhat #a:${p.agencyId}` })) }];
    return { agencyId: chosen.agencyId!, name: chosen.agencyName ?? "" };
  }

  async function update(ctx: Ctx, args: string): Promise<Reply[]> {
    const m = wm(ctx.lang);
    const taskPick = /^#t:(\d+)(?:\s+#s:(\w+))?$/.exec(args);
    if (taskPick) return pickedTask(ctx, Number(taskPick[1]), taskPick[2] ? statusFromChoice(`s:${taskPick[2]}`) : undefined);

    // "3 xong: …" / "III.2 đang làm" / "#a:12" / "Phòng Y tế" (admin).
    const oneLine = /^(\d{1,2}|[IVX]+\.\w+|\d+\.\w+)\s+([\s\S]+)$/i.exec(args) ?? /^(\d{1,2}|[IVX]+\.\w+)$/i.exec(args);
    const named = oneLine ? "" : args;
    const agency = await reportingAgency(ctx, named.startsWith("#a:") || !oneLine ? named : "");
    if (Array.isArray(agency)) return agency;
    const tasks = await tasksFor(agency.agencyId, ctx.today);
    if (tasks.length === 0) return [{ text: m.noTasks(agency.name) }];

    if (oneLine) {
      const which = oneLine[1]!;
      const byRef = tasks.filter((t) => t.ref.toLowerCase() === which.toLowerCase());
      if (byRef.length > 1) return [{ text: rm(ctx.lang).taskAmbiguous(which), choices: byRef.map((t) => ({ label: taskLabel(t, ctx.lang), value: `/capnhat #t:${t.id}` })) }];
      const task = /^\d{1,2}$/.test(which) ? tasks[Number(which) - 1] : byRef[0];
      if (!task) return [{ text: m.taskUnknown(which) }];
      if (!oneLine[2]) return pickedTask(ctx, task.id, undefined);
      const { status, note } = readStatusAndNote(oneLine[2]);
      if (!status) return [{ text: m.statusUnknown }];
      return save(ctx, task.id, agency.agencyId, status, note);
    }
    const shown = tasks.slice(0, MAX_TASK_CHOICES);
    const more = tasks.length > shown.length ? `\n${rm(ctx.lang).moreTasks(tasks.length - shown.length)}` : "";
    return [{ text: `${m.pickTask(agency.name)}${more}`, choices: shown.map((t, i) => ({ label: `${i + 1}. ${taskLabel(t, ctx.lang)}`, value: `/capnhat #t:${t.id}` })) }];
  }

  async function pickedTask(ctx: Ctx, taskId: number, status: TaskStatus | null | undefined): Promise<Reply[]> {
    const m = wm(ctx.lang);
    const task = await progress.taskById(taskId);
    if (!task) return [{ text: m.taskUnknown(String(taskId)) }];
    const agencyId = await agencyFor(ctx.actor, taskId, task.committeeId);
    if (agencyId === undefined) return [{ text: m.notYourAgency((await progress.agencyName(await progress.agencyOfTask(taskId))) ?? "") }];
    if (status === undefined) {
      return [{ text: `${taskLabel(task, ctx.lang)}\n${m.pickStatus}`, choices: STATUSES.map((s) => ({ label: m.status[s], value: `/capnhat #t:${taskId} #s:${s}` })), about: { taskId } }];
    }
    await state.set(ctx.key, { kind: "note", taskId, agencyId, status, lang: ctx.lang } satisfies NoteState);
    return [{ text: m.askNote, about: { taskId } }];
  }

  /** The agency a report on this task is for: the reporter's own, or the task's lead when an admin reports. */
  async function agencyFor(actor: Actor, taskId: number, committeeId: string): Promise<number | null | undefined> {
    // An agency that leads the task first: someone focal for both lead and support reports the status.
    let part: number | null = null;
    for (const p of focalOf(actor)) {
      const role = await progress.roleIn(taskId, p.agencyId!);
      if (role === "lead" || role === "assigned") return p.agencyId;
      if (role === "support") part ??= p.agencyId;
    }
    if (part !== null) return part;
    if (isAdmin(actor, committeeId)) return progress.agencyOfTask(taskId);
    return undefined;
  }

  async function note(ctx: Ctx, saved: NoteState, text: string): Promise<Reply[]> {
    const skip = wm(ctx.lang).skip.test(foldKey(text));
    const { status, note } = readStatusAndNote(text);
    const replies = await save(ctx, saved.taskId, saved.agencyId, saved.status ?? status, skip ? null : saved.status ? text.trim() : note);
    // Cleared after the report is filed: a crash in between leaves the note pending for the redelivery.
    await state.clear(ctx.key);
    return replies;
  }

  async function save(ctx: Ctx, taskId: number, agencyId: number | null, status: TaskStatus | null, note: string | null, supersedes?: number): Promise<Reply[]> {
    const m = wm(ctx.lang);
    const task = (await progress.taskById(taskId))!;
    await progress.record({
      committeeId: task.committeeId, taskId, agencyId, contactId: contactIn(ctx.actor, task.committeeId), status, note: note ? note.slice(0, 1000) : null,
      period: ctx.today.slice(0, 4), sourceChannel: ctx.message.channel, sourceMessageId: ctx.message.messageId, supersedes: supersedes ?? null, createdAt: ctx.now.toISOString(),
    });
    const agency = agencyId ? ((await progress.agencyName(agencyId)) ?? "") : null;
    const who = `${ctx.actor.name}${agency ? ` (${agency})` : ""}`;
    const recorded = m.recorded(taskLabel(task, ctx.lang), status ? m.status[status] : null, note, who);
    // A supporting agency's report is its own part; the task's status stays the lead's to set.
    const part = agencyId && (await progress.roleIn(taskId, agencyId)) === "support" ? `\n${rm(ctx.lang).supportPart(agency ?? "", await progress.agencyName(await progress.agencyOfTask(taskId)))}` : "";
    const text = `${recorded}${part}`;
    return [{ text: supersedes ? `${m.edited}\n${text}` : text, about: { taskId } }];
  }

  /** "/chitieu thấp còi 14,2%": the target, its unit and a plausible value, stored for this year. */
  async function target(ctx: Ctx, args: string, supersedes?: { id: number; targetId: number; period: string | null; indicator?: string }): Promise<Reply[]> {
    const m = wm(ctx.lang);
    const picked = /^#g:(\d+)(?:\s+#k:(\d{4}))?\s+(.+)$/.exec(args);
    const reported = readValue(picked ? picked[3]! : args);
    if (!args) return [{ text: m.targetUsage }];
    if (!reported) return [{ text: supersedes?.indicator ? rm(ctx.lang).editTargetValueMissing(supersedes.indicator) : m.valueMissing }];
    const committees = ctx.scope ? [ctx.scope] : [...new Set(ctx.actor.people.map((p) => p.committeeId))];
    const all = await progress.targetsOf(ctx.actor.deploymentAdmin && !ctx.scope ? undefined : committees);
    let candidates = picked ? all.filter((t) => t.id === Number(picked[1])) : supersedes ? all.filter((t) => t.id === supersedes.targetId) : bestTargets(all, reported.rest);
    if (candidates.length === 0) {
      if (committees.length === 0 && !ctx.actor.deploymentAdmin) return [{ text: m.notReporter }];
      return [{ text: m.targetUnknown(reported.rest) }];
    }
    const year = Number(ctx.today.slice(0, 4));
    const indicators = [...new Set(candidates.map((c) => foldKey(c.indicator)))];
    if (indicators.length > 1) {
      return [{ text: m.pickTarget, choices: candidates.slice(0, 8).map((c) => ({ label: `${shorten(c.indicator, 70)} — ${targetFigure(c, ctx.lang)}${c.year ? ` (${c.year})` : ""}`, value: `/chitieu #g:${c.id} ${reported.raw}${reported.unit ?? ""}` })) }];
    }
    // Of one indicator's yearly targets, the one for this year or the next ahead.
    candidates = [...candidates].sort((a, b) => Math.abs((a.year ?? year) - year) - Math.abs((b.year ?? year) - year) || (b.year ?? 0) - (a.year ?? 0));
    const goal = candidates[0]!;
    // A target is reported by the agencies its plan gives duties to (or an admin), not by any focal point.
    const inCommittee = focalOf(ctx.actor).filter((p) => p.committeeId === goal.committeeId);
    const named = new Set(await progress.agenciesOfPlan(goal.planId));
    const contactAgency = inCommittee.find((p) => named.has(p.agencyId!))?.agencyId ?? null;
    const admin = isAdmin(ctx.actor, goal.committeeId);
    if (!admin && contactAgency === null) {
      return [{ text: inCommittee.length ? rm(ctx.lang).targetNotYours(inCommittee[0]!.agencyName ?? "") : m.notReporter }];
    }
    if (reported.unit && unitKind(reported.unit) !== unitKind(goal.unit)) return [{ text: m.unitMismatch(reported.unit, goal.unit) }];
    if (!plausible(reported.value, goal.unit)) return [{ text: m.outOfRange(reported.raw, goal.unit.startsWith("/") || goal.unit.length <= 1 ? goal.unit : ` ${goal.unit}`) }];
    // The period a value is for: asked when the target's year is not this year's (a 2021 target reported in 2026).
    const period = picked?.[2] ?? supersedes?.period ?? (goal.year && goal.year !== year ? null : String(year));
    if (period === null) {
      const value = `${reported.raw}${reported.unit ?? ""}`;
      const years = [...new Set([String(goal.year), String(year)])];
      return [{ text: rm(ctx.lang).pickPeriod(goal.indicator, goal.year!, valueWithUnit(reported.value, goal.unit)), choices: years.map((y) => ({ label: rm(ctx.lang).periodLabel(y), value: `/chitieu #g:${goal.id} #k:${y} ${value}` })), about: { targetId: goal.id } }];
    }
    await progress.record({
      committeeId: goal.committeeId, targetId: goal.id, agencyId: contactAgency, contactId: contactIn(ctx.actor, goal.committeeId), value: reported.value,
      period, sourceChannel: ctx.message.channel, sourceMessageId: ctx.message.messageId, supersedes: supersedes?.id ?? null, createdAt: ctx.now.toISOString(),
    });
    const shown = `${formatNumber(reported.value)}${goal.unit.startsWith("/") || goal.unit.length <= 1 ? goal.unit : ` ${goal.unit}`}`;
    const plan = `${targetFigure(goal, ctx.lang)}${goal.year ? ` ${ctx.lang === "vi" ? "vào năm" : "by"} ${goal.year}` : ""}`;
    const verdict = meets(goal.comparator, reported.value, goal.value) ? m.met : m.notMet;
    const who = `${ctx.actor.name}${contactAgency ? ` (${(await progress.agencyName(contactAgency)) ?? ""})` : ""}`;
    const text = m.targetRecorded(goal.indicator, shown, period, plan, verdict, who);
    return [{ text: supersedes ? `${m.edited}\n${text}` : text, about: { targetId: goal.id } }];
  }

  /** "/sua …": a new row superseding the reporter's last one, if it is under 24 hours old. */
  async function edit(ctx: Ctx, args: string): Promise<Reply[]> {
    const m = wm(ctx.lang);
    if (!ctx.actor.contactId) return [{ text: m.notReporter }];
    let last = undefined;
    for (const p of ctx.actor.people) {
      const row = await progress.lastByContact(p.contactId, new Date(ctx.now.getTime() - EDIT_WINDOW_MS));
      if (row && (!last || row.id > last.id)) last = row;
    }
    if (!last) return [{ text: m.nothingToEdit }];
    const goal = last.targetId ? (await progress.targetsOf()).find((t) => t.id === last.targetId) : undefined;
    if (!args) {
      // Say what is being corrected: a target's value, or a task's report.
      if (last.targetId) return [{ text: rm(ctx.lang).editTarget(goal?.indicator ?? "", last.value !== null ? valueWithUnit(last.value, goal?.unit) : "", last.period), about: { targetId: last.targetId } }];
      const task = last.taskId ? await progress.taskById(last.taskId) : undefined;
      return [{ text: task ? rm(ctx.lang).editTask(task.ref, last.status ? m.status[last.status] : null) : m.editUsage }];
    }
    if (last.targetId) return target(ctx, args, { id: last.id, targetId: last.targetId, period: last.period, indicator: goal?.indicator });
    const { status, note } = readStatusAndNote(args);
    return save(ctx, last.taskId!, last.agencyId, status ?? last.status, note, last.id);
  }

  /** A reply to a bot message about a task: the text is a report on that task. */
  async function replyTo(ctx: Ctx, about: { taskId: number | null; targetId: number | null }): Promise<Reply[] | null> {
    if (about.targetId && readValue(ctx.message.text)) return target(ctx, `#g:${about.targetId} ${ctx.message.text.trim()}`);
    if (!about.taskId) return null;
    const task = await progress.taskById(about.taskId);
    if (!task) return null;
    const agencyId = await agencyFor(ctx.actor, task.id, task.committeeId);
    if (agencyId === undefined) {
      if (!focalOf(ctx.actor).length && !isAdmin(ctx.actor)) return [{ text: wm(ctx.lang).notReporter }];
      return [{ text: wm(ctx.lang).notYourAgency((await progress.agencyName(await progress.agencyOfTask(task.id))) ?? "") }];
    }
    const { status, note } = readStatusAndNote(ctx.message.text);
    return save(ctx, task.id, agencyId, status, note);
  }

  return { update, note, target, edit, replyTo };
}

/** Targets whose indicator holds most of the words typed (OCR'd indicators included). */
function bestTargets<T extends { indicator: string }>(all: T[], phrase: string): T[] {
  const words = foldWords(phrase).filter((w) => !/^(chi|tieu|ty|le|target)$/.test(w));
  if (words.length === 0) return [];
  const near = (a: string, b: string) => a === b || (a.length === b.length && a.length >= 3 && a[0] === b[0] && [...a].filter((c, i) => c !== b[i]).length === 1);
  let best = 0;
  let found: T[] = [];
  for (const t of all) {
    const indicator = foldWords(t.indicator);
    const score = words.filter((w) => indicator.some((i) => near(i, w))).length;
    if (score > best) [best, found] = [score, [t]];
    else if (score === best && score > 0) found.push(t);
  }
  return best >= Math.max(1, Math.ceil(words.length * 0.6)) ? found : [];
}
