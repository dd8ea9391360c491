import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.js";
import { dataVersionOf } from "./data-version.js";
import { keepRowsPerVersion } from "./kept-rows.js";
import { inCommittee, planColumns } from "./plan-columns.js";
import { createTaskDuties, dutyColumns } from "./task-duties.js";
import { agencies, assignments, deadlines, plans, targets, tasks } from "../schema/index.js";

/** Targets are read for many answers; their two shapes (one committee's or every one) are built once. */
function prepareTargetQueries(db: Db) {
  const shape = (...conditions: SQL[]) =>
    db
      .select({
        ...planColumns,
        id: targets.id,
        indicator: targets.indicator,
        comparator: targets.comparator,
        value: targets.value,
        unit: targets.unit,
        targetYear: targets.year,
        quote: targets.quote,
        sectionRef: targets.sectionRef,
      })
      .from(targets)
      .innerJoin(plans, eq(plans.id, targets.planId))
      .where(and(isNull(targets.retiredAt), ...conditions))
      .orderBy(asc(plans.id), asc(targets.position))
      .prepare();
  return { all: shape(), ofCommittee: shape(eq(plans.committeeId, sql.placeholder("committeeId"))) };
}

/**
 * Read models for the answers: deadlines, targets and agency duties with the plan they come from. A
 * committee's deadlines and targets and each task's duties are read once while the plans stay the same
 * (kept-rows.ts); the arrays handed out are new ones (callers sort them), the rows are shared.
 */
export function createAnswerQueries(db: Db) {
  const targetQueries = prepareTargetQueries(db);
  const kept = keepRowsPerVersion(dataVersionOf(db));
  const taskDuties = createTaskDuties(db, kept);

  function readDeadlines(committeeId?: string) {
    return db
      .select({
        ...planColumns,
        id: deadlines.id,
        kind: deadlines.kind,
        date: deadlines.date,
        month: deadlines.month,
        what: deadlines.what,
        quote: deadlines.quote,
        taskRef: tasks.ref,
        taskTitle: tasks.title,
        taskId: deadlines.taskId,
        agencyId: deadlines.agencyId,
        agency: agencies.name,
      })
      .from(deadlines)
      .innerJoin(plans, eq(plans.id, deadlines.planId))
      .leftJoin(tasks, eq(tasks.id, deadlines.taskId))
      .leftJoin(agencies, eq(agencies.id, deadlines.agencyId))
      .where(and(isNull(deadlines.retiredAt), inCommittee(committeeId)))
      .orderBy(asc(plans.id), asc(deadlines.position));
  }

  return {
    /** Every live deadline of the committee's plans (of every plan without one), in plan order. */
    async activeDeadlines(committeeId?: string) {
      return [...(await (await kept.now()).whole(`deadlines:${committeeId ?? ""}`, () => readDeadlines(committeeId)))];
    },

    /** Every live target of the committee's plans (or those of them with the ids given), in plan order. */
    async activeTargets(committeeId?: string, ids?: number[]) {
      if (ids && ids.length === 0) return [];
      const all = await (await kept.now()).whole(`targets:${committeeId ?? ""}`, () => targetQueries[committeeId ? "ofCommittee" : "all"].all({ committeeId }));
      if (!ids) return [...all];
      const wanted = new Set(ids);
      return all.filter((r) => wanted.has(r.id));
    },

    async agencies(committeeId?: string) {
      return db
        .select()
        .from(agencies)
        .where(committeeId ? eq(agencies.committeeId, committeeId) : undefined)
        .orderBy(asc(agencies.id));
    },

    /**
     * Duties of agencies (or of the tasks given), in plan order. Those of some tasks or agencies come
     * through the per-task cache; every duty of a committee (a digest's) is read as it is.
     */
    async duties(filter: { agencyIds?: number[]; taskIds?: number[] }, committeeId?: string) {
      if (filter.agencyIds?.length === 0 || filter.taskIds?.length === 0) return [];
      const { agencyIds, taskIds } = filter;
      if (taskIds || agencyIds) {
        const rows = await taskDuties.ofTaskIds(taskIds ?? (await taskDuties.taskIdsOfAgencies(agencyIds!)), committeeId);
        return agencyIds ? rows.filter((d) => agencyIds.includes(d.agencyId)) : rows;
      }
      return db
        .select(dutyColumns)
        .from(assignments)
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .innerJoin(plans, eq(plans.id, tasks.planId))
        .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
        .where(and(isNull(tasks.retiredAt), inCommittee(committeeId)))
        .orderBy(asc(plans.id), asc(tasks.position), asc(assignments.id));
    },
  };
}

export type AnswerQueries = ReturnType<typeof createAnswerQueries>;
