import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { plans } from "./plans.js";

/**
 * A numbered item of a plan. Rows are updated in place on re-import and
 * retired (never deleted) when a corrected plan drops them, so progress
 * recorded against them is kept.
 */
export const tasks = sqliteTable(
  "tasks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plans.id),
    ref: text("ref").notNull(),
    sectionRef: text("section_ref").notNull(),
    title: text("title").notNull(),
    text: text("text").notNull(),
    position: integer("position").notNull(),
    retiredAt: text("retired_at"),
  },
  (t) => [uniqueIndex("tasks_plan_ref").on(t.planId, t.ref)],
);
