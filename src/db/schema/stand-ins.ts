import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { agencies } from "./agencies.js";
import { committees } from "./committees.js";
import { contacts } from "./people.js";

/**
 * A focal point's leave (/nghi) and who stands in for them: the absent contact names the dates and gets
 * a one-time code; whoever opens it becomes the deputy (a contact of the agency bound to those dates).
 * Rows are kept after the leave: who reported for the agency, and on whose behalf, stays known.
 */
export const standIns = sqliteTable(
  "stand_ins",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The one-time code the absent focal point forwards (80 random bits, like invites). */
    code: text("code").notNull().unique(),
    committeeId: text("committee_id").notNull().references(() => committees.id),
    agencyId: integer("agency_id").notNull().references(() => agencies.id),
    absentContactId: integer("absent_contact_id").notNull().references(() => contacts.id),
    /** Set when the code is opened: the deputy's contact, valid startsOn–endsOn. */
    deputyContactId: integer("deputy_contact_id").references(() => contacts.id),
    /** Local dates (YYYY-MM-DD), inclusive. */
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    usedAt: text("used_at"),
    cancelledAt: text("cancelled_at"),
  },
  // Reminders ask "is this focal point away today?" for every recipient.
  (t) => [index("stand_ins_absent").on(t.absentContactId, t.endsOn)],
);
