import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Attempt counts per key (a sender, an address) per fixed window, shared by every instance on the
 * database: two processes behind one address still allow the limit once, not twice. Old windows are
 * pruned as new ones are counted.
 */
export const rateCounts = sqliteTable(
  "rate_counts",
  {
    key: text("key").notNull(),
    /** Epoch milliseconds at which this window started (a multiple of windowMs). */
    windowStart: integer("window_start").notNull(),
    windowMs: integer("window_ms").notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
