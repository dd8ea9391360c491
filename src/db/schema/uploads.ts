import { sql } from "drizzle-orm";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * A plan file sent in chat by an admin of several committees, waiting for them to pick which one it is for.
 * Kept in the database (not in memory) so a restart between the question and the answer loses nothing; the
 * buttons carry only the row's id. The file itself stays with the channel: only its handle is stored.
 */
export const pendingUploads = sqliteTable("pending_uploads", {
  /** Short random id, what the picker's buttons carry. */
  id: text("id").primaryKey(),
  channel: text("channel").notNull(),
  chatId: text("chat_id").notNull(),
  senderId: text("sender_id").notNull(),
  fileName: text("file_name").notNull(),
  /** The channel's handle to fetch the file again (Telegram's file_id), never the file's content. */
  fileRef: text("file_ref").notNull(),
  /** The committees offered, in button order (JSON string[]). */
  committeesJson: text("committees_json").notNull(),
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  expiresAt: text("expires_at").notNull(),
  /** Set by the first press: a second press (or a redelivered one) imports nothing. */
  usedAt: text("used_at"),
});
