import { sql } from "drizzle-orm";
import { integer, real, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { agencies } from "./agencies.js";
import { committees } from "./committees.js";
import { contacts } from "./people.js";
import { targets } from "./targets.js";
import { tasks } from "./tasks.js";

/**
 * A progress report: a status for a task or a value for a target. Rows are
 * never updated: a correction is a new row that supersedes the old one, so
 * who said what, when and from which message is always kept.
 */
export const progress = sqliteTable(
  "progress",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    committeeId: text("committee_id").notNull().references(() => committees.id),
    taskId: integer("task_id").references(() => tasks.id),
    targetId: integer("target_id").references(() => targets.id),
    /** The agency reported for; null only for a target value an admin reported for the committee. */
    agencyId: integer("agency_id").references(() => agencies.id),
    contactId: integer("contact_id").references(() => contacts.id),
    status: text("status", { enum: ["not_started", "in_progress", "done", "blocked"] }),
    value: real("value"),
    note: text("note"),
    /** Reporting period the update is for, e.g. "2025", "2025-H1", "2025-12". */
    period: text("period"),
    sourceChannel: text("source_channel"),
    sourceMessageId: text("source_message_id"),
    supersedes: integer("supersedes"),
    createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    index("progress_task").on(t.taskId),
    index("progress_target").on(t.targetId),
    index("progress_agency").on(t.agencyId),
    // "Is this row current?" asks whether a later row supersedes it: on every answer and report.
    index("progress_supersedes").on(t.supersedes),
    // The latest report per task and agency, read newest first without scanning the task's history.
    index("progress_task_agency").on(t.taskId, t.agencyId),
    index("progress_contact").on(t.contactId, t.createdAt),
    index("progress_committee_created").on(t.committeeId, t.createdAt),
    // One message files at most one report: a redelivered update re-run after a crash adds nothing.
    uniqueIndex("progress_source_once").on(t.sourceChannel, t.sourceMessageId),
  ],
);
