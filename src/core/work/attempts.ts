/**
 * Attempt limits per sender, in memory: a sliding window of recent hits per
 * key. Used for codes (failed /start and /lienket tries) and for commands, so
 * one account cannot guess codes or flood the database with reports.
 */
export type AttemptLimiter = {
  /** Counts one attempt; false when the key is over its limit (the attempt should be refused). */
  hit(key: string, now?: number): boolean;
  /** True when the key has used up its attempts, without counting one. */
  blocked(key: string, now?: number): boolean;
};

export function createAttemptLimiter(options: { limit: number; windowMs: number; maxKeys?: number }): AttemptLimiter {
  const hits = new Map<string, number[]>();
  const maxKeys = options.maxKeys ?? 10_000;

  function recent(key: string, now: number): number[] {
    const list = (hits.get(key) ?? []).filter((t) => t > now - options.windowMs);
    if (list.length) hits.set(key, list);
    else hits.delete(key);
    return list;
  }

  return {
    hit(key, now = Date.now()) {
      const list = recent(key, now);
      if (list.length >= options.limit) return false;
      list.push(now);
      hits.set(key, list);
      // Bounded memory: the oldest keys go first when too many senders were seen.
      if (hits.size > maxKeys) hits.delete(hits.keys().next().value!);
      return true;
    },
    blocked(key, now = Date.now()) {
      return recent(key, now).length >= options.limit;
    },
  };
}
