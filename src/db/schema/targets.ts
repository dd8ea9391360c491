import { integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { plans } from "./plans.js";

/** A numeric target (chỉ tiêu): one row per indicator and year. */
export const targets = sqliteTable(
  "targets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plans.id),
    /** Folded indicator + year: how a corrected re-import finds the same target. */
    key: text("key").notNull(),
    indicator: text("indicator").notNull(),
    comparator: text("comparator", { enum: ["=", "<", "<=", ">", ">="] }).notNull(),
    value: real("value").notNull(),
    unit: text("unit").notNull(),
    year: integer("year"),
    quote: text("quote").notNull(),
    sectionRef: text("section_ref"),
    position: integer("position").notNull(),
    retiredAt: text("retired_at"),
  },
  (t) => [uniqueIndex("targets_plan_key").on(t.planId, t.key)],
);
