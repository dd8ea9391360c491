import type { Db } from "../client.js";
import { inbound } from "../schema/index.js";

/** The handled-updates log: the first insert of (channel, id) wins, so a redelivery is seen as such. */
export function createInboundLog(db: Db) {
  return {
    async firstTime(channel: string, externalId: string): Promise<boolean> {
      const rows = await db.insert(inbound).values({ channel, externalId }).onConflictDoNothing().returning({ channel: inbound.channel });
      return rows.length > 0;
    },
  };
}

export type InboundLog = ReturnType<typeof createInboundLog>;
