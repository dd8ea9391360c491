import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client.js";
import { agencies, assignments, plans, tasks } from "../schema/index.js";
import { inBoundList } from "./bound-list.js";
import type { keepRowsPerVersion } from "./kept-rows.js";
import { planColumns } from "./plan-columns.js";

/** A duty with its task and the plan it comes from. */
export const dutyColumns = {
  ...planColumns,
  agencyId: agencies.id,
  agency: agencies.name,
  role: assignments.role,
  duty: assignments.duty,
  taskId: tasks.id,
  taskRef: tasks.ref,
  taskTitle: tasks.title,
  taskText: tasks.text,
};

/** Where a duty row stands in the order answers list duties in: plan, task, then assignment. */
type Placed<Row> = { row: Row; planId: number; position: number; assignmentId: number };

/**
 * Duties by task, each task's read once while the plans stay the same. A who-question reads the duties
 * of up to eighty tasks, every row carrying its task's text: reading them again for every question cost
 * ≈2 ms. The array returned is always a new one (callers sort it); the rows are shared.
 */
export function createTaskDuties(db: Db, kept: ReturnType<typeof keepRowsPerVersion>) {
  const ofTasks = db
    .select({ ...dutyColumns, position: tasks.position, assignmentId: assignments.id })
    .from(assignments)
    .innerJoin(tasks, eq(tasks.id, assignments.taskId))
    .innerJoin(plans, eq(plans.id, tasks.planId))
    .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
    .where(and(isNull(tasks.retiredAt), inBoundList(assignments.taskId, "ids")))
    .prepare();
  const tasksOfAgencies = db.selectDistinct({ taskId: assignments.taskId }).from(assignments).where(inBoundList(assignments.agencyId, "ids")).prepare();
  type Row = Omit<Awaited<ReturnType<typeof ofTasks.all>>[number], "position" | "assignmentId">;

  async function readTasks(ids: number[]): Promise<Map<number, Placed<Row>[]>> {
    const byTask = new Map<number, Placed<Row>[]>(ids.map((id) => [id, []]));
    for (const { position, assignmentId, ...row } of await ofTasks.all({ ids: JSON.stringify(ids) })) {
      byTask.get(row.taskId)!.push({ row, planId: row.planId, position, assignmentId });
    }
    return byTask;
  }

  /** The live duties of the tasks given, in the plans of the committee (every plan without one), in plan order. */
  async function ofTaskIds(taskIds: number[], committeeId?: string): Promise<Row[]> {
    const byTask = await (await kept.now()).byIds("taskDuties", [...new Set(taskIds)], readTasks);
    const placed = [...byTask.values()].flat().filter((p) => !committeeId || p.row.committeeId === committeeId);
    return placed.sort((a, b) => a.planId - b.planId || a.position - b.position || a.assignmentId - b.assignmentId).map((p) => p.row);
  }

  /** The tasks giving any of the agencies a duty, retired ones included (ofTaskIds leaves those out). */
  async function taskIdsOfAgencies(agencyIds: number[]): Promise<number[]> {
    return (await tasksOfAgencies.all({ ids: JSON.stringify(agencyIds) })).map((r) => r.taskId);
  }

  return { ofTaskIds, taskIdsOfAgencies };
}
