import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { inbound } from "../schema/index.js";

/**
 * The handled-updates log. An update is marked handled only after its work is done, so a crash in
 * between leaves it unmarked and the redelivery is processed; the work itself is idempotent per
 * source message (a report is filed once per message), so that second run adds nothing twice.
 */
export function createInboundLog(db: Db) {
  // Two statements per inbound update: the SQL is built once.
  const seenQuery = db
    .select({ channel: inbound.channel })
    .from(inbound)
    .where(and(eq(inbound.channel, sql.placeholder("channel")), eq(inbound.externalId, sql.placeholder("externalId"))))
    .prepare();
  const mark = db
    .insert(inbound)
    .values({ channel: sql.placeholder("channel"), externalId: sql.placeholder("externalId") })
    .onConflictDoNothing()
    .prepare();
  return {
    /** True when this update was handled to the end before. */
    async handled(channel: string, externalId: string): Promise<boolean> {
      return (await seenQuery.all({ channel, externalId })).length > 0;
    },
    /** Called once the update's work (and its replies) are done. */
    async markHandled(channel: string, externalId: string): Promise<void> {
      await mark.run({ channel, externalId });
    },
  };
}

export type InboundLog = ReturnType<typeof createInboundLog>;
