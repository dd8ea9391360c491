import { sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { inbound } from "../schema/index.js";

/** The handled-updates log: the first insert of (channel, id) wins, so a redelivery is seen as such. */
export function createInboundLog(db: Db) {
  // One per inbound update: the SQL is built once.
  const claim = db
    .insert(inbound)
    .values({ channel: sql.placeholder("channel"), externalId: sql.placeholder("externalId") })
    .onConflictDoNothing()
    .returning({ channel: inbound.channel })
    .prepare();
  return {
    async firstTime(channel: string, externalId: string): Promise<boolean> {
      const rows = await claim.all({ channel, externalId });
      return rows.length > 0;
    },
  };
}

export type InboundLog = ReturnType<typeof createInboundLog>;
