import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { committees } from "./committees.js";

export const plans = sqliteTable(
  "plans",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    committeeId: text("committee_id").notNull().references(() => committees.id),
    /** What makes a re-import "the same plan": folded doc number, else title and year. */
    identity: text("identity").notNull(),
    docNumber: text("doc_number"),
    title: text("title").notNull(),
    issuer: text("issuer"),
    issuedOn: text("issued_on"),
    year: integer("year"),
    /** JSON array of document numbers, e.g. ["28-CT/TW","48-CTr/TU"]. */
    implementsJson: text("implements_json").notNull().default("[]"),
    signer: text("signer"),
    /** The text before the first part and after the last (ParsedPlan's preamble, closing): what plan-fact answers quote. */
    preamble: text("preamble").notNull().default(""),
    closing: text("closing").notNull().default(""),
    sourceFile: text("source_file"),
    /** Hash of the parsed content: an unchanged re-import is recognised and skipped. */
    sourceHash: text("source_hash").notNull(),
    /** True when the text came from OCR and its diacritics were restored for display. */
    restored: integer("restored", { mode: "boolean" }).notNull().default(false),
    importedAt: text("imported_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex("plans_committee_identity").on(t.committeeId, t.identity)],
);

export const sections = sqliteTable(
  "sections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    ref: text("ref").notNull(),
    heading: text("heading").notNull(),
    body: text("body").notNull().default(""),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("sections_plan_ref").on(t.planId, t.ref)],
);
