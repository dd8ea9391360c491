import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Db } from "../client.js";
import { pendingUploads } from "../schema/index.js";

export type PendingUpload = {
  id: string; channel: string; chatId: string; senderId: string; fileName: string; fileRef: string; committeeIds: string[];
};

/** Files waiting for their sender to pick a committee (schema/uploads.ts). */
export function createPendingUploads(db: Db) {
  const shape = (row: typeof pendingUploads.$inferSelect): PendingUpload => ({
    id: row.id, channel: row.channel, chatId: row.chatId, senderId: row.senderId, fileName: row.fileName, fileRef: row.fileRef,
    committeeIds: JSON.parse(row.committeesJson) as string[],
  });

  async function create(upload: Omit<PendingUpload, "id">, expiresAt: Date): Promise<string> {
    // 16 hex digits: unguessable, and short enough for a button's 64-byte callback data.
    const id = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("");
    const { committeeIds, ...rest } = upload;
    // Rows long past their expiry are of no use to anyone: dropped as new ones come.
    await db.delete(pendingUploads).where(lt(pendingUploads.expiresAt, new Date(expiresAt.getTime() - 7 * 86_400_000).toISOString()));
    await db.insert(pendingUploads).values({ id, ...rest, committeesJson: JSON.stringify(committeeIds), expiresAt: expiresAt.toISOString() });
    return id;
  }

  async function find(id: string) {
    const [row] = await db.select().from(pendingUploads).where(eq(pendingUploads.id, id));
    return row ? { ...shape(row), expiresAt: row.expiresAt, usedAt: row.usedAt } : null;
  }

  /** Takes the upload for one import: true for the first press before expiry, false for any other. */
  async function claim(id: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const taken = await db.update(pendingUploads).set({ usedAt: at })
      .where(and(eq(pendingUploads.id, id), isNull(pendingUploads.usedAt), gt(pendingUploads.expiresAt, at)))
      .returning({ id: pendingUploads.id });
    return taken.length === 1;
  }

  /** Gives the upload back after a failure that was not the file's fault (the download), so a press can retry. */
  async function release(id: string): Promise<void> {
    await db.update(pendingUploads).set({ usedAt: null }).where(eq(pendingUploads.id, id));
  }

  return { create, find, claim, release };
}

export type PendingUploads = ReturnType<typeof createPendingUploads>;
