import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex, index } from "drizzle-orm/sqlite-core";
import { agencies } from "./agencies.js";
import { committees } from "./committees.js";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** A person the bot knows: an admin (secretariat), an agency's focal point (đầu mối) or a leader. */
export const contacts = sqliteTable(
  "contacts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    committeeId: text("committee_id").notNull().references(() => committees.id),
    agencyId: integer("agency_id").references(() => agencies.id),
    role: text("role", { enum: ["admin", "focal", "leader"] }).notNull(),
    name: text("name").notNull(),
    lang: text("lang", { enum: ["vi", "en"] }).notNull().default("vi"),
    createdAt: text("created_at").notNull().default(now),
    revokedAt: text("revoked_at"),
    /**
     * A stand-in's contact counts only from–until (local dates, inclusive; see stand-ins.ts): after the
     * leave it lapses by itself, with no job to run. Null: no bound (every other contact).
     */
    activeFrom: text("active_from"),
    activeUntil: text("active_until"),
  },
  (t) => [index("contacts_agency").on(t.agencyId)],
);

/** A contact's account on one channel; one person may have Telegram and Zalo. */
export const identities = sqliteTable(
  "identities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    contactId: integer("contact_id").notNull().references(() => contacts.id),
    channel: text("channel", { enum: ["telegram", "zalo", "web"] }).notNull(),
    externalId: text("external_id").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  // One account may hold several contacts (focal point of two agencies, or of two committees): one row each.
  (t) => [uniqueIndex("identities_contact_channel_external").on(t.contactId, t.channel, t.externalId), index("identities_channel_external_id").on(t.channel, t.externalId)],
);

/** One-time codes: invite a focal point of an agency, or link a second channel to a contact. */
export const invites = sqliteTable("invites", {
  code: text("code").primaryKey(),
  committeeId: text("committee_id").notNull().references(() => committees.id),
  agencyId: integer("agency_id").references(() => agencies.id),
  role: text("role", { enum: ["admin", "focal", "leader", "link"] }).notNull(),
  /** For role "link": the contact the new identity joins. */
  contactId: integer("contact_id").references(() => contacts.id),
  createdBy: integer("created_by").references(() => contacts.id),
  createdAt: text("created_at").notNull().default(now),
  expiresAt: text("expires_at").notNull(),
  usedAt: text("used_at"),
});

/** A chat the bot talks in: a committee's group, its leaders' group, or a private chat. */
export const chats = sqliteTable(
  "chats",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channel: text("channel", { enum: ["telegram", "zalo", "web"] }).notNull(),
    externalId: text("external_id").notNull(),
    committeeId: text("committee_id").references(() => committees.id),
    kind: text("kind", { enum: ["group", "leaders", "private"] }).notNull(),
    lang: text("lang", { enum: ["vi", "en"] }).notNull().default("vi"),
    title: text("title"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [uniqueIndex("chats_channel_external").on(t.channel, t.externalId)],
);
