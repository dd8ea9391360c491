import { sql } from "drizzle-orm";
import type { Db } from "../client.js";

/**
 * Changes whenever a plan is imported, re-imported (a correction from the review page included) or
 * removed, or an agency is added: what every per-deployment cache of plan data is kept by. One small
 * read; it is read again on each use, so a plan imported by another process on the same database is
 * seen at once.
 */
export function dataVersionOf(db: Db): () => Promise<string> {
  return async () => {
    const rows = await db.all<{ v: string }>(
      sql`SELECT (SELECT count(*) FROM plans) || ':' || (SELECT coalesce(max(updated_at), '') FROM plans) || ':' || (SELECT coalesce(max(id), 0) FROM agencies) || ':' || (SELECT coalesce(max(id), 0) FROM plans) AS v`,
    );
    return rows[0]?.v ?? "";
  };
}
