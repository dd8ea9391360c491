/**
 * Attempt counting in the database, so every instance on one file (or one remote libSQL) shares the
 * counts. A sliding-window estimate over two fixed windows: this window's hits plus the previous
 * window's, weighted by how much of it still lies within the last windowMs. Each hit is one atomic
 * upsert, so two instances counting at once both count.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { rateCounts } from "../schema/index.js";

const PRUNE_EVERY_MS = 60_000;

export type RateEstimate = { hits: number; resetAt: Date };

export function createRateCounts(db: Db) {
  let prunedAt = 0;

  function windowOf(windowMs: number, now: number) {
    const start = Math.floor(now / windowMs) * windowMs;
    return { start, previous: start - windowMs, weight: 1 - (now - start) / windowMs };
  }

  async function hitsIn(key: string, start: number): Promise<number> {
    const [row] = await db.select({ hits: rateCounts.hits }).from(rateCounts).where(and(eq(rateCounts.key, key), eq(rateCounts.windowStart, start)));
    return row?.hits ?? 0;
  }

  async function prune(now: number) {
    if (now - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now;
    await db.delete(rateCounts).where(sql`${rateCounts.windowStart} + 2 * ${rateCounts.windowMs} < ${now}`);
  }

  /** Counts one attempt and returns the estimate including it. */
  async function hit(key: string, windowMs: number, now = Date.now()): Promise<RateEstimate> {
    const w = windowOf(windowMs, now);
    const [row] = await db
      .insert(rateCounts)
      .values({ key, windowStart: w.start, windowMs, hits: 1 })
      .onConflictDoUpdate({ target: [rateCounts.key, rateCounts.windowStart], set: { hits: sql`${rateCounts.hits} + 1` } })
      .returning({ hits: rateCounts.hits });
    const estimate = row!.hits + (await hitsIn(key, w.previous)) * w.weight;
    await prune(now);
    return { hits: Math.ceil(estimate - 1e-9), resetAt: new Date(w.start + windowMs) };
  }

  /** The estimate without counting. */
  async function peek(key: string, windowMs: number, now = Date.now()): Promise<RateEstimate> {
    const w = windowOf(windowMs, now);
    const current = await hitsIn(key, w.start);
    const estimate = current + (await hitsIn(key, w.previous)) * w.weight;
    return { hits: Math.ceil(estimate - 1e-9), resetAt: new Date(w.start + windowMs) };
  }

  /** Takes back this window's last hit (a request the limiter let through and then did not count). */
  async function undo(key: string, windowMs: number, now = Date.now()): Promise<void> {
    const w = windowOf(windowMs, now);
    await db.update(rateCounts).set({ hits: sql`max(${rateCounts.hits} - 1, 0)` }).where(and(eq(rateCounts.key, key), eq(rateCounts.windowStart, w.start)));
  }

  async function reset(key: string): Promise<void> {
    await db.delete(rateCounts).where(eq(rateCounts.key, key));
  }

  return { hit, peek, undo, reset };
}

export type RateCounts = ReturnType<typeof createRateCounts>;
