/**
 * Attempt limits per sender, counted in the database (db/repos/rate-counts.ts) so every instance of
 * the bot shares them: a sender cannot double their tries by landing on two processes. Used for codes
 * (failed /start and /lienket tries) and for commands, so one account cannot guess codes or flood the
 * database with reports. Refused attempts count too: a sender who keeps flooding stays stopped.
 */
import type { RateCounts } from "../../db/repos/rate-counts.js";

export type AttemptLimiter = {
  /** Counts one attempt; false when the key is over its limit (the attempt should be refused). */
  hit(key: string): Promise<boolean>;
  /** True when the key has used up its attempts, without counting one. */
  blocked(key: string): Promise<boolean>;
};

export function createAttemptLimiter(counts: RateCounts, options: { name: string; limit: number; windowMs: number; now?: () => number }): AttemptLimiter {
  const now = options.now ?? (() => Date.now());
  const key = (k: string) => `${options.name}:${k}`;
  return {
    async hit(k) {
      return (await counts.hit(key(k), options.windowMs, now())).hits <= options.limit;
    },
    async blocked(k) {
      return (await counts.peek(key(k), options.windowMs, now())).hits >= options.limit;
    },
  };
}
