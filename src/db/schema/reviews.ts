import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { plans } from "./plans.js";

/**
 * A plan as its secretary reviews it: the document's text, what the importer read from it, and the
 * secretary's corrections on top. The stored plan (tasks, targets…) is always the extraction with the
 * corrections applied; a new version of the document is read again and the corrections that still apply kept.
 */
export const planReviews = sqliteTable("plan_reviews", {
  planId: integer("plan_id").primaryKey().references(() => plans.id, { onDelete: "cascade" }),
  sourceText: text("source_text").notNull(),
  /** The importer's ParsedPlan, before corrections. */
  parsedJson: text("parsed_json").notNull(),
  /** Correction[] (ingest/intake/corrections.ts). */
  correctionsJson: text("corrections_json").notNull().default("[]"),
  /** The last import's report and what it changed, shown on the plans page. */
  reportJson: text("report_json").notNull().default("{}"),
  confirmedAt: text("confirmed_at"),
  confirmedBy: text("confirmed_by"),
  updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});
