import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { committees } from "./committees.js";

/** One row per real agency of a committee, whatever spelling the plans used. */
export const agencies = sqliteTable(
  "agencies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    committeeId: text("committee_id").notNull().references(() => committees.id),
    name: text("name").notNull(),
    /** Folded canonical identity (see domain/agencies). */
    key: text("key").notNull(),
    /** JSON array of the spellings met in plans and the abbreviations users type. */
    aliasesJson: text("aliases_json").notNull().default("[]"),
  },
  (t) => [uniqueIndex("agencies_committee_key").on(t.committeeId, t.key)],
);
