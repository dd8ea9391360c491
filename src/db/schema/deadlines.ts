import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { agencies } from "./agencies.js";
import { plans } from "./plans.js";
import { tasks } from "./tasks.js";

/**
 * A reporting or delivery deadline. `date` is "YYYY-MM-DD" for once,
 * "MM-DD" for annual and fixed-day events, null for rules (semiannual,
 * quarterly, monthly) that the scheduler expands into occurrences.
 */
export const deadlines = sqliteTable(
  "deadlines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plans.id),
    /** Kind, date, task and agency: how a corrected re-import finds the same deadline. */
    key: text("key").notNull(),
    taskId: integer("task_id").references(() => tasks.id),
    agencyId: integer("agency_id").references(() => agencies.id),
    kind: text("kind", { enum: ["once", "annual", "semiannual", "quarterly", "monthly", "event"] }).notNull(),
    date: text("date"),
    month: integer("month"),
    what: text("what").notNull(),
    quote: text("quote").notNull(),
    position: integer("position").notNull(),
    retiredAt: text("retired_at"),
  },
  (t) => [uniqueIndex("deadlines_plan_key").on(t.planId, t.key)],
);
