/**
 * Exactly-once delivery for scheduled messages. A job run is claimed by
 * inserting (committee, job, period) — the unique key makes the claim
 * atomic across processes — together with its outbox rows, in one
 * transaction. A message too long for its channel is queued as several rows,
 * cut at line boundaries in the raw text (never inside an HTML entity), so a
 * part that fails is retried alone. Each row is claimed (pending → sending)
 * before it is sent and never sent again once claimed: a process that died
 * mid-send may have had its message accepted, so that row is marked failed
 * rather than re-sent. Pacing per chat lives in the database, shared by all
 * instances.
 */
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { chats, jobRuns, outbox, sendPacing } from "../db/schema/index.js";
import { splitMessage } from "../channels/shared.js";
import { escapeHtml } from "../channels/telegram/format.js";
import type { Log } from "../log.js";

export type ChannelName = "telegram" | "zalo" | "web";
/** Sends one message to a chat of a channel; returns the channel's message id. */
export type Sender = (externalChatId: string, text: string, about: { taskId?: number } | undefined) => Promise<string>;
export type OutgoingMessage = { chatId: number; text: string; taskId?: number | null };

const MAX_ATTEMPTS = 5;
/** A row left "sending" this long was being sent by a process that died; it may have arrived, so it is not re-sent. */
const STALE_SENDING_MS = 10 * 60_000;
/** What one message may hold on each channel, measured as the channel counts it (Telegram: escaped HTML). */
const LIMITS: Record<ChannelName, { max: number; measure?: (s: string) => number }> = {
  telegram: { max: 4096, measure: (s) => escapeHtml(s).length },
  zalo: { max: 2000 },
  web: { max: 4096 },
};
/** Telegram allows about one message a second in a chat and twenty a minute in a group. */
const GAP_MS = { private: 1100, group: 3100, leaders: 3100 } as const;

export function createDelivery(deps: { db: Db; senders: Partial<Record<ChannelName, Sender>>; log: Log; sleep?: (ms: number) => Promise<void>; now?: () => Date }) {
  const { db, log } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const now = deps.now ?? (() => new Date());

  /** Claims the run and queues its messages atomically; null when another process (or an earlier tick) has it. */
  async function claim(committeeId: string, job: string, period: string, messages: OutgoingMessage[]): Promise<number | null> {
    return db.transaction(async (tx) => {
      const [run] = await tx.insert(jobRuns).values({ committeeId, job, period }).onConflictDoNothing().returning({ id: jobRuns.id });
      if (!run) return null;
      if (messages.length) {
        const channelOf = new Map((await tx.select({ id: chats.id, channel: chats.channel }).from(chats)).map((c) => [c.id, c.channel]));
        const rows = messages.flatMap((m) => {
          const limit = LIMITS[channelOf.get(m.chatId) ?? "telegram"];
          return splitMessage(m.text, limit.max, limit.measure).map((text) => ({ jobRunId: run.id, chatId: m.chatId, text, taskId: m.taskId ?? null }));
        });
        await tx.insert(outbox).values(rows);
      }
      if (messages.length === 0) await tx.update(jobRuns).set({ finishedAt: now().toISOString() }).where(eq(jobRuns.id, run.id));
      return run.id;
    });
  }

  async function isClaimed(committeeId: string, job: string, period: string): Promise<boolean> {
    const rows = await db.select({ id: jobRuns.id }).from(jobRuns).where(and(eq(jobRuns.committeeId, committeeId), eq(jobRuns.job, job), eq(jobRuns.period, period)));
    return rows.length > 0;
  }

  async function lastRun(committeeId: string, job: string) {
    const [row] = await db.select().from(jobRuns).where(and(eq(jobRuns.committeeId, committeeId), eq(jobRuns.job, job))).orderBy(sql`${jobRuns.id} DESC`).limit(1);
    return row;
  }

  /** The chat row for a channel chat, created on first use (a focal point's private chat). */
  async function ensureChat(channel: ChannelName, externalId: string, kind: "private" | "group" | "leaders", committeeId: string | null): Promise<number> {
    await db.insert(chats).values({ channel, externalId, kind, committeeId }).onConflictDoNothing();
    const [row] = await db.select({ id: chats.id }).from(chats).where(and(eq(chats.channel, channel), eq(chats.externalId, externalId)));
    return row!.id;
  }

  /** Sends every pending message (of all runs: a crashed run resumes here), each at most once. */
  async function flush(): Promise<{ sent: number; failed: number }> {
    const stale = new Date(now().getTime() - STALE_SENDING_MS).toISOString();
    const interrupted = await db
      .update(outbox)
      .set({ status: "failed", error: "interrupted while sending; not re-sent, it may have been delivered" })
      .where(and(eq(outbox.status, "sending"), lt(outbox.sentAt, stale)))
      .returning({ id: outbox.id });
    for (const row of interrupted) log("warn", "scheduled message interrupted while sending; not re-sent to avoid a duplicate", { outboxId: row.id });
    const pending = await db
      .select({ id: outbox.id, text: outbox.text, taskId: outbox.taskId, chatId: outbox.chatId, channel: chats.channel, externalId: chats.externalId, kind: chats.kind, runId: outbox.jobRunId })
      .from(outbox)
      .innerJoin(chats, eq(chats.id, outbox.chatId))
      .where(eq(outbox.status, "pending"))
      .orderBy(asc(outbox.id));
    let sent = 0;
    let failed = 0;
    const runs = new Set<number>();
    for (const row of pending) {
      // sent_at doubles as "sending since" until the row is sent.
      const [mine] = await db
        .update(outbox)
        .set({ status: "sending", attempts: sql`${outbox.attempts} + 1`, sentAt: now().toISOString() })
        .where(and(eq(outbox.id, row.id), eq(outbox.status, "pending")))
        .returning({ attempts: outbox.attempts });
      if (!mine) continue;
      const sender = deps.senders[row.channel];
      if (!sender) {
        await db.update(outbox).set({ status: "pending", sentAt: null }).where(eq(outbox.id, row.id));
        continue;
      }
      const wait = (await reserveSlot(row.chatId, GAP_MS[row.kind])) - now().getTime();
      if (wait > 0) await sleep(wait);
      try {
        const messageId = await sender(row.externalId, row.text, row.taskId ? { taskId: row.taskId } : undefined);
        await db.update(outbox).set({ status: "sent", sentMessageId: messageId, sentAt: now().toISOString(), error: null }).where(eq(outbox.id, row.id));
        sent++;
        if (row.runId) runs.add(row.runId);
      } catch (error) {
        const giveUp = mine.attempts >= MAX_ATTEMPTS;
        await db.update(outbox).set({ status: giveUp ? "failed" : "pending", sentAt: null, error: String(error) }).where(eq(outbox.id, row.id));
        log(giveUp ? "error" : "warn", "scheduled message not sent", { outboxId: row.id, attempts: mine.attempts, error: String(error) });
        failed++;
      }
    }
    for (const runId of runs) {
      const left = await db.select({ id: outbox.id }).from(outbox).where(and(eq(outbox.jobRunId, runId), inArray(outbox.status, ["pending", "sending"])));
      if (left.length === 0) await db.update(jobRuns).set({ finishedAt: now().toISOString() }).where(eq(jobRuns.id, runId));
    }
    return { sent, failed };
  }

  /**
   * Reserves the chat's next send slot for every instance at once: the slot is max(now, next) and the
   * next becomes slot + gap, in one statement. Returns the slot (epoch ms).
   */
  async function reserveSlot(chatId: number, gapMs: number): Promise<number> {
    const at = now().getTime();
    const [row] = await db
      .insert(sendPacing)
      .values({ chatId, nextAt: at + gapMs })
      .onConflictDoUpdate({ target: sendPacing.chatId, set: { nextAt: sql`max(${sendPacing.nextAt}, ${at}) + ${gapMs}` } })
      .returning({ nextAt: sendPacing.nextAt });
    return row!.nextAt - gapMs;
  }

  return { claim, isClaimed, lastRun, ensureChat, flush, reserveSlot };
}

export type Delivery = ReturnType<typeof createDelivery>;
