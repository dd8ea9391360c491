import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { agencies } from "./agencies.js";
import { tasks } from "./tasks.js";

/** Who does what: a task given to an agency as lead (chủ trì), support (phối hợp) or plainly assigned. */
export const assignments = sqliteTable(
  "assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    taskId: integer("task_id").notNull().references(() => tasks.id),
    agencyId: integer("agency_id").notNull().references(() => agencies.id),
    role: text("role", { enum: ["lead", "support", "assigned"] }).notNull(),
    duty: text("duty").notNull(),
  },
  (t) => [index("assignments_agency").on(t.agencyId), index("assignments_task").on(t.taskId)],
);
