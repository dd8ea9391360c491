import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { Db } from "../client.js";
import { agencies, contacts, progress, targets, tasks } from "../schema/index.js";

export type DateRange = { from?: string; to?: string };

/** Every update of a committee with who filed it, for which agency, about which task or target. */
export type UpdateRow = Awaited<ReturnType<ReturnType<typeof createProgressLatest>["updates"]>>[number];

/**
 * What a committee's reports say now: a correction replaces what it corrects, and a second report on the
 * same task (or target) for the same agency replaces the first — the latest stands, counted once. Leaders'
 * views (chat, digest, dashboard, the periodic report) all read reports through here.
 */
/** Updates with who filed them, for which agency, about which task or target: filter and order it. */
export function selectUpdates(db: Db) {
  return db
    .select({
      id: progress.id,
      taskId: progress.taskId,
      targetId: progress.targetId,
      agencyId: progress.agencyId,
      agency: agencies.name,
      reporter: contacts.name,
      status: progress.status,
      value: progress.value,
      note: progress.note,
      period: progress.period,
      supersedes: progress.supersedes,
      createdAt: progress.createdAt,
      taskRef: tasks.ref,
      taskTitle: tasks.title,
      taskPlanId: tasks.planId,
      indicator: targets.indicator,
      unit: targets.unit,
      targetPlanId: targets.planId,
    })
    .from(progress)
    .leftJoin(agencies, eq(agencies.id, progress.agencyId))
    .leftJoin(contacts, eq(contacts.id, progress.contactId))
    .leftJoin(tasks, eq(tasks.id, progress.taskId))
    .leftJoin(targets, eq(targets.id, progress.targetId));
}

export function createProgressLatest(db: Db) {
  /** Every update (corrections and replaced ones too), oldest first, within the dates given (inclusive). */
  async function updates(committeeId: string, range: DateRange = {}) {
    return selectUpdates(db)
      .where(
        and(
          eq(progress.committeeId, committeeId),
          range.from ? gte(progress.createdAt, `${range.from}T00:00:00.000Z`) : undefined,
          range.to ? lte(progress.createdAt, `${range.to}T23:59:59.999Z`) : undefined,
        ),
      )
      .orderBy(asc(progress.id));
  }

  /** The standing report per task and agency (and per target and agency) within the dates, oldest first. */
  async function latest(committeeId: string, range: DateRange = {}): Promise<UpdateRow[]> {
    return latestOf(await updates(committeeId, range));
  }

  return { updates, latest };
}

/** Reduces updates (oldest first) to the one standing per task or target and agency. */
export function latestOf(rows: UpdateRow[]): UpdateRow[] {
  const replaced = new Set(rows.map((r) => r.supersedes).filter((id): id is number => id !== null));
  const standing = new Map<string, UpdateRow>();
  for (const row of rows) {
    if (replaced.has(row.id)) continue;
    const about = row.taskId !== null ? `t${row.taskId}` : `g${row.targetId}`;
    const key = `${about}|${row.agencyId ?? "-"}`;
    standing.delete(key); // re-inserted so the map stays in order of the latest report
    standing.set(key, row);
  }
  return [...standing.values()];
}

export type ProgressLatest = ReturnType<typeof createProgressLatest>;
