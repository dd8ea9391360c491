import { sql } from "drizzle-orm";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/** An issuing body with its own plans, agencies, contacts and chats. A deployment serves many. */
export const committees = sqliteTable("committees", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  locality: text("locality"),
  timezone: text("timezone").notNull().default("Asia/Ho_Chi_Minh"),
  /** Cron for the weekly digest in the committee's time zone; null = the deployment default. */
  digestCron: text("digest_cron"),
  lang: text("lang", { enum: ["vi", "en"] }).notNull().default("vi"),
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});
