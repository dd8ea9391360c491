import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { conversations } from "../schema/index.js";

export type ConversationKey = { channel: string; chatId: string; senderId: string };

const byKey = and(
  eq(conversations.channel, sql.placeholder("channel")),
  eq(conversations.chatId, sql.placeholder("chatId")),
  eq(conversations.senderId, sql.placeholder("senderId")),
);

/** Multi-step state (pages still to show, a flow in progress) kept in the database to survive restarts. */
export function createConversationState(db: Db) {
  // Read and written on every message: the SQL is built once, not per call.
  const read = db.select({ stateJson: conversations.stateJson }).from(conversations).where(byKey).prepare();
  const write = db
    .insert(conversations)
    .values({
      channel: sql.placeholder("channel"),
      chatId: sql.placeholder("chatId"),
      senderId: sql.placeholder("senderId"),
      stateJson: sql.placeholder("stateJson"),
    })
    .onConflictDoUpdate({
      target: [conversations.channel, conversations.chatId, conversations.senderId],
      set: { stateJson: sql`excluded.state_json`, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` },
      // Asking the same thing again leaves the stored pages as they are: no write at all.
      setWhere: sql`${conversations.stateJson} IS NOT excluded.state_json`,
    })
    .prepare();
  const remove = db.delete(conversations).where(byKey).prepare();

  return {
    async get<T>(key: ConversationKey): Promise<T | undefined> {
      const [row] = await read.all(key);
      return row ? (JSON.parse(row.stateJson) as T) : undefined;
    },
    async set(key: ConversationKey, state: unknown): Promise<void> {
      await write.run({ ...key, stateJson: JSON.stringify(state) });
    },
    async clear(key: ConversationKey): Promise<void> {
      await remove.run(key);
    },
  };
}

export type ConversationState = ReturnType<typeof createConversationState>;
