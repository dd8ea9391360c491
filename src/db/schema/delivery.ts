import { sql } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { chats } from "./people.js";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** Inbound updates already handled: the insert is the dedupe, a conflict means "seen". */
export const inbound = sqliteTable(
  "inbound",
  {
    channel: text("channel").notNull(),
    externalId: text("external_id").notNull(),
    receivedAt: text("received_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.channel, t.externalId] })],
);

/** A scheduled job claimed for one period: the unique key makes each digest go out once. */
export const jobRuns = sqliteTable(
  "job_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    committeeId: text("committee_id").notNull(),
    job: text("job").notNull(),
    period: text("period").notNull(),
    claimedAt: text("claimed_at").notNull().default(now),
    finishedAt: text("finished_at"),
  },
  (t) => [uniqueIndex("job_runs_once").on(t.committeeId, t.job, t.period)],
);

/** Messages a job run must send; a restart resumes the unsent ones. */
export const outbox = sqliteTable("outbox", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  jobRunId: integer("job_run_id").references(() => jobRuns.id),
  chatId: integer("chat_id").notNull().references(() => chats.id),
  text: text("text").notNull(),
  /** The task a reminder is about: a reply to the sent message reports on it. */
  taskId: integer("task_id"),
  /** "sending" is a per-row claim: of two senders only the one that flips it from pending sends. */
  status: text("status", { enum: ["pending", "sending", "sent", "failed"] }).notNull().default("pending"),
  attempts: integer("attempts").notNull().default(0),
  sentMessageId: text("sent_message_id"),
  error: text("error"),
  createdAt: text("created_at").notNull().default(now),
  sentAt: text("sent_at"),
});

/** State of a multi-step conversation, keyed by who is talking where, so it survives restarts. */
export const conversations = sqliteTable(
  "conversations",
  {
    channel: text("channel").notNull(),
    chatId: text("chat_id").notNull(),
    senderId: text("sender_id").notNull(),
    stateJson: text("state_json").notNull(),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.channel, t.chatId, t.senderId] })],
);

/** What a message the bot sent was about, so a reply to it attaches to that task or target. */
export const botMessages = sqliteTable(
  "bot_messages",
  {
    channel: text("channel").notNull(),
    chatId: text("chat_id").notNull(),
    messageId: text("message_id").notNull(),
    taskId: integer("task_id"),
    targetId: integer("target_id"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.channel, t.chatId, t.messageId] })],
);

/** One row the health check rewrites: a write that fails (full disk, read-only file) shows in /healthz. */
export const healthProbe = sqliteTable("health_probe", {
  id: integer("id").primaryKey(),
  at: text("at").notNull(),
  by: text("by"),
});

/** When each scheduled job last finished a tick (any process): /healthz says when the scheduler stalls. */
export const jobTicks = sqliteTable("job_ticks", {
  job: text("job").primaryKey(),
  at: text("at").notNull(),
  ok: integer("ok", { mode: "boolean" }).notNull(),
  error: text("error"),
});

/**
 * When the next scheduled message may go to a chat, shared by every instance: each send reserves the
 * next slot atomically, so two schedulers together still keep one chat's pace.
 */
export const sendPacing = sqliteTable("send_pacing", {
  chatId: integer("chat_id").primaryKey(),
  /** Epoch milliseconds. */
  nextAt: integer("next_at").notNull(),
});
