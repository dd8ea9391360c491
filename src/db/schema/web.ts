import { sql } from "drizzle-orm";
import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * One-time links into the admin web, given by `/web` in chat or `npm run web-link`. Only a hash of the
 * token is stored: the database never holds a usable link.
 */
export const webLoginLinks = sqliteTable("web_login_links", {
  tokenHash: text("token_hash").primaryKey(),
  /** Who the link logs in: a chat identity ("telegram"/"zalo" + id), or "cli" for a deployment admin. */
  channel: text("channel").notNull(),
  externalId: text("external_id").notNull(),
  name: text("name").notNull(),
  createdAt: text("created_at").notNull().default(now),
  expiresAt: text("expires_at").notNull(),
  usedAt: text("used_at"),
});

/** A browser logged in with a link; the cookie holds the id, the table its hash and the form token. */
export const webSessions = sqliteTable(
  "web_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    channel: text("channel").notNull(),
    externalId: text("external_id").notNull(),
    name: text("name").notNull(),
    /** Every form carries it; a request without it changes nothing. */
    csrfToken: text("csrf_token").notNull(),
    createdAt: text("created_at").notNull().default(now),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("web_sessions_identity").on(t.channel, t.externalId)],
);
