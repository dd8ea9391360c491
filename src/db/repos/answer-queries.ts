import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.js";
import { inBoundList } from "./bound-list.js";
import { agencies, assignments, deadlines, plans, targets, tasks } from "../schema/index.js";

/** The plan fields every answer cites. */
const planColumns = {
  planId: plans.id,
  committeeId: plans.committeeId,
  docNumber: plans.docNumber,
  issuer: plans.issuer,
  title: plans.title,
  year: plans.year,
  issuedOn: plans.issuedOn,
};

const inCommittee = (committeeId?: string) => (committeeId ? eq(plans.committeeId, committeeId) : undefined);

/** Targets are asked for often; their four shapes (one committee or all, some ids or every one) are built once. */
function prepareTargetQueries(db: Db) {
  const ofCommittee = eq(plans.committeeId, sql.placeholder("committeeId"));
  const byIds = inBoundList(targets.id, "ids");
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
  return {
    all: { every: shape(), byIds: shape(byIds) },
    ofCommittee: { every: shape(ofCommittee), byIds: shape(ofCommittee, byIds) },
  };
}

/** Read models for the answers: deadlines, targets and agency duties with the plan they come from. */
export function createAnswerQueries(db: Db) {
  const targetQueries = prepareTargetQueries(db);
  return {
    async activeDeadlines(committeeId?: string) {
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
    },

    async activeTargets(committeeId?: string, ids?: number[]) {
      if (ids && ids.length === 0) return [];
      const query = targetQueries[committeeId ? "ofCommittee" : "all"][ids ? "byIds" : "every"];
      return query.all({ committeeId, ids: JSON.stringify(ids ?? []) });
    },

    async agencies(committeeId?: string) {
      return db
        .select()
        .from(agencies)
        .where(committeeId ? eq(agencies.committeeId, committeeId) : undefined)
        .orderBy(asc(agencies.id));
    },

    /** Duties of agencies (or of the tasks given), lead first. */
    async duties(filter: { agencyIds?: number[]; taskIds?: number[] }, committeeId?: string) {
      if (filter.agencyIds?.length === 0 || filter.taskIds?.length === 0) return [];
      return db
        .select({
          ...planColumns,
          agencyId: agencies.id,
          agency: agencies.name,
          role: assignments.role,
          duty: assignments.duty,
          taskId: tasks.id,
          taskRef: tasks.ref,
          taskTitle: tasks.title,
          taskText: tasks.text,
        })
        .from(assignments)
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .innerJoin(plans, eq(plans.id, tasks.planId))
        .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
        .where(
          and(
            isNull(tasks.retiredAt),
            inCommittee(committeeId),
            filter.agencyIds ? inArray(assignments.agencyId, filter.agencyIds) : undefined,
            filter.taskIds ? inArray(assignments.taskId, filter.taskIds) : undefined,
          ),
        )
        .orderBy(asc(plans.id), asc(tasks.position), asc(assignments.id));
    },
  };
}

export type AnswerQueries = ReturnType<typeof createAnswerQueries>;
