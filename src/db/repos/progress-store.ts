import { and, asc, desc, eq, getTableColumns, gte, isNull, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { inBoundList } from "./bound-list.js";
import { selectUpdates } from "./progress-latest.js";
import { agencies, assignments, botMessages, plans, progress, targets, tasks } from "../schema/index.js";

export type TaskStatus = "not_started" | "in_progress" | "done" | "blocked";
export type ProgressInput = {
  committeeId: string;
  taskId?: number | null;
  targetId?: number | null;
  agencyId: number | null;
  contactId: number | null;
  status?: TaskStatus | null;
  value?: number | null;
  note?: string | null;
  period?: string | null;
  sourceChannel: string;
  sourceMessageId: string;
  supersedes?: number | null;
  /** When it was said (the bot's clock); the database's own time otherwise. */
  createdAt?: string;
};
export type ProgressRow = typeof progress.$inferSelect;

/** Progress reports: appended, never updated; the latest row not superseded is the current one. */
export function createProgressStore(db: Db) {
  /**
   * Files a report once per source message: the same message handled again (a redelivery after a
   * crash) returns the row it filed the first time instead of adding a second.
   */
  async function record(input: ProgressInput): Promise<ProgressRow> {
    const [row] = await db.insert(progress).values(input).onConflictDoNothing().returning();
    if (row) return row;
    const [earlier] = await db
      .select()
      .from(progress)
      .where(and(eq(progress.sourceChannel, input.sourceChannel), eq(progress.sourceMessageId, input.sourceMessageId)));
    return earlier!;
  }

  /** The reporter's latest own update since `since`, for a correction (/sua). */
  async function lastByContact(contactId: number, since: Date): Promise<ProgressRow | undefined> {
    const [row] = await db
      .select()
      .from(progress)
      .where(and(eq(progress.contactId, contactId), gte(progress.createdAt, since.toISOString())))
      .orderBy(desc(progress.id))
      .limit(1);
    return row;
  }


  /**
   * Whose report sets a task's status: the lead agency's (chủ trì), an admin's (no agency), or anyone's
   * when the plan names no lead. A supporting agency's report is its own part, shown beside it.
   * Each latest row is found from the newest backwards through an index (task, agency, id), one per
   * task or (task, agency), so the cost does not grow with the history.
   */
  const SETS_STATUS = `(l.agency_id IS NULL
    OR EXISTS (SELECT 1 FROM assignments AS lead WHERE lead.task_id = l.task_id AND lead.agency_id = l.agency_id AND lead.role = 'lead')
    OR NOT EXISTS (SELECT 1 FROM assignments AS lead WHERE lead.task_id = l.task_id AND lead.role = 'lead'))`;
  const CURRENT = "NOT EXISTS (SELECT 1 FROM progress AS later WHERE later.supersedes = l.id)";

  const byIds = db
    .select({ ...getTableColumns(progress), agency: agencies.name, unit: targets.unit })
    .from(progress)
    .leftJoin(agencies, eq(agencies.id, progress.agencyId))
    .leftJoin(targets, eq(targets.id, progress.targetId))
    .where(inBoundList(progress.id, "ids"))
    .orderBy(asc(progress.id))
    .prepare();

  async function rowsById(ids: number[]) {
    return ids.length === 0 ? [] : byIds.all({ ids: JSON.stringify(ids) });
  }

  /** Runs `before <the ids as one bound JSON array> after`: the SQL text stays the same for any list. */
  async function idsOf(before: string, list: number[], after: string): Promise<number[]> {
    const rows = await db.all<{ id: number | null }>(sql`${sql.raw(before)}${JSON.stringify(list)}${sql.raw(after)}`);
    return rows.map((r) => Number(r.id)).filter((id) => id > 0);
  }

  /** Each task's status as its lead agency (or an admin) last reported it. */
  async function latestForTasks(taskIds: number[]): Promise<Map<number, ProgressRow>> {
    if (taskIds.length === 0) return new Map();
    const ids = await idsOf(`SELECT (SELECT l.id FROM progress AS l WHERE l.task_id = t.value AND ${CURRENT} AND ${SETS_STATUS} ORDER BY l.id DESC LIMIT 1) AS id FROM json_each(`, taskIds, ") AS t");
    return new Map((await rowsById(ids)).map((r) => [r.taskId!, r]));
  }

  /** Supporting agencies' own parts: the latest report per task and supporting agency. */
  async function supportPartsForTasks(taskIds: number[]): Promise<Map<number, Array<ProgressRow & { agency: string }>>> {
    const out = new Map<number, Array<ProgressRow & { agency: string }>>();
    if (taskIds.length === 0) return out;
    const ids = await idsOf(
      `SELECT (SELECT l.id FROM progress AS l WHERE l.task_id = s.task_id AND l.agency_id = s.agency_id AND ${CURRENT} AND NOT ${SETS_STATUS} ORDER BY l.id DESC LIMIT 1) AS id
        FROM (SELECT DISTINCT task_id, agency_id FROM assignments WHERE role = 'support' AND task_id IN (SELECT value FROM json_each(`,
      taskIds,
      "))) AS s",
    );
    for (const row of await rowsById(ids)) out.set(row.taskId!, [...(out.get(row.taskId!) ?? []), { ...row, agency: row.agency ?? "" }]);
    return out;
  }

  /** Each target's latest value, with the target's unit so it is never shown bare. */
  async function latestForTargets(targetIds: number[]): Promise<Map<number, ProgressRow & { unit: string }>> {
    if (targetIds.length === 0) return new Map();
    const ids = await idsOf(`SELECT (SELECT l.id FROM progress AS l WHERE l.target_id = g.value AND l.value IS NOT NULL AND ${CURRENT} ORDER BY l.id DESC LIMIT 1) AS id FROM json_each(`, targetIds, ") AS g");
    return new Map((await rowsById(ids)).map((r) => [r.targetId!, { ...r, unit: r.unit ?? "" }]));
  }

  /** The agency's part in a task: lead, support or plainly assigned (null: none). */
  async function roleIn(taskId: number, agencyId: number): Promise<"lead" | "support" | "assigned" | null> {
    const rows = await db.select({ role: assignments.role }).from(assignments).where(and(eq(assignments.taskId, taskId), eq(assignments.agencyId, agencyId)));
    const roles = rows.map((r) => r.role);
    return roles.includes("lead") ? "lead" : roles.includes("assigned") ? "assigned" : roles.includes("support") ? "support" : null;
  }

  /** The agencies with a duty in any task of a plan: who may report that plan's targets. */
  async function agenciesOfPlan(planId: number): Promise<number[]> {
    const rows = await db.selectDistinct({ agencyId: assignments.agencyId }).from(assignments).innerJoin(tasks, eq(tasks.id, assignments.taskId)).where(eq(tasks.planId, planId));
    return rows.map((r) => r.agencyId);
  }

  /** The tasks an agency has a duty in, with the plan they come from. */
  async function tasksOfAgency(agencyId: number) {
    return db
      .selectDistinct({
        id: tasks.id,
        ref: tasks.ref,
        title: tasks.title,
        planId: tasks.planId,
        docNumber: plans.docNumber,
        issuer: plans.issuer,
        year: plans.year,
        committeeId: plans.committeeId,
      })
      .from(assignments)
      .innerJoin(tasks, eq(tasks.id, assignments.taskId))
      .innerJoin(plans, eq(plans.id, tasks.planId))
      .where(and(eq(assignments.agencyId, agencyId), isNull(tasks.retiredAt)))
      .orderBy(asc(tasks.planId), asc(tasks.position));
  }

  /** The lead agency of a task (else any agency with a duty in it): whom an admin's report is for. */
  async function agencyOfTask(taskId: number): Promise<number | null> {
    const rows = await db
      .select({ agencyId: assignments.agencyId, role: assignments.role })
      .from(assignments)
      .where(eq(assignments.taskId, taskId));
    return (rows.find((r) => r.role === "lead") ?? rows[0])?.agencyId ?? null;
  }

  async function taskById(id: number) {
    const [row] = await db
      .select({ id: tasks.id, ref: tasks.ref, title: tasks.title, committeeId: plans.committeeId, docNumber: plans.docNumber, issuer: plans.issuer, year: plans.year })
      .from(tasks)
      .innerJoin(plans, eq(plans.id, tasks.planId))
      .where(eq(tasks.id, id));
    return row;
  }

  async function targetsOf(committeeIds?: string[]) {
    const rows = await db
      .select({
        id: targets.id,
        indicator: targets.indicator,
        comparator: targets.comparator,
        value: targets.value,
        unit: targets.unit,
        year: targets.year,
        quote: targets.quote,
        committeeId: plans.committeeId,
        docNumber: plans.docNumber,
        issuer: plans.issuer,
        planYear: plans.year,
        sectionRef: targets.sectionRef,
        planId: targets.planId,
      })
      .from(targets)
      .innerJoin(plans, eq(plans.id, targets.planId))
      .where(isNull(targets.retiredAt))
      .orderBy(asc(targets.id));
    return committeeIds ? rows.filter((r) => committeeIds.includes(r.committeeId)) : rows;
  }

  async function agencyName(id: number | null): Promise<string | null> {
    if (id === null) return null;
    const [row] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, id));
    return row?.name ?? null;
  }

  async function rememberBotMessage(input: { channel: string; chatId: string; messageId: string; taskId?: number | null; targetId?: number | null }) {
    await db.insert(botMessages).values(input).onConflictDoNothing();
  }

  async function botMessageAbout(channel: string, chatId: string, messageId: string) {
    const [row] = await db
      .select()
      .from(botMessages)
      .where(and(eq(botMessages.channel, channel), eq(botMessages.chatId, chatId), eq(botMessages.messageId, messageId)));
    return row;
  }

  /** A committee's reports (every committee's without one) since a moment, with who, for which agency, about what. */
  async function since(committeeId: string | undefined, fromIso: string) {
    return selectUpdates(db)
      .where(and(committeeId ? eq(progress.committeeId, committeeId) : undefined, gte(progress.createdAt, fromIso)))
      .orderBy(asc(progress.id));
  }

  return { since, record, lastByContact, latestForTasks, supportPartsForTasks, roleIn, agenciesOfPlan, latestForTargets, tasksOfAgency, agencyOfTask, taskById, targetsOf, agencyName, rememberBotMessage, botMessageAbout };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
