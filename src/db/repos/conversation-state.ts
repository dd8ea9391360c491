import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { conversations } from "../schema/index.js";

export type ConversationKey = { channel: string; chatId: string; senderId: string };

/** Multi-step state (pages still to show, a flow in progress) kept in the database to survive restarts. */
export function createConversationState(db: Db) {
  const where = (k: ConversationKey) =>
    and(eq(conversations.channel, k.channel), eq(conversations.chatId, k.chatId), eq(conversations.senderId, k.senderId));

  return {
    async get<T>(key: ConversationKey): Promise<T | undefined> {
      const [row] = await db.select().from(conversations).where(where(key));
      return row ? (JSON.parse(row.stateJson) as T) : undefined;
    },
    async set(key: ConversationKey, state: unknown): Promise<void> {
      const stateJson = JSON.stringify(state);
      await db
        .insert(conversations)
        .values({ ...key, stateJson })
        .onConflictDoUpdate({
          target: [conversations.channel, conversations.chatId, conversations.senderId],
          set: { stateJson, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` },
        });
    },
    async clear(key: ConversationKey): Promise<void> {
      await db.delete(conversations).where(where(key));
    },
  };
}

export type ConversationState = ReturnType<typeof createConversationState>;
