import { and, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client.js";
import { agencies, invites } from "../schema/index.js";

/** Invites as the admin web shows them: those still open, and revoking one (it can no longer be used). */
export function createInviteAdmin(db: Db) {
  async function openInvites(committeeIds: string[], now: Date) {
    if (committeeIds.length === 0) return [];
    return db
      .select({ code: invites.code, committeeId: invites.committeeId, role: invites.role, agency: agencies.name, expiresAt: invites.expiresAt })
      .from(invites)
      .leftJoin(agencies, eq(agencies.id, invites.agencyId))
      .where(and(inArray(invites.committeeId, committeeIds), isNull(invites.usedAt), gt(invites.expiresAt, now.toISOString()), inArray(invites.role, ["focal", "leader", "admin"])))
      .orderBy(desc(invites.createdAt));
  }

  /** Marks the invite expired now; true when it was still open in one of these committees. */
  async function revokeInvite(code: string, committeeIds: string[], now: Date): Promise<boolean> {
    if (committeeIds.length === 0) return false;
    const rows = await db
      .update(invites)
      .set({ expiresAt: now.toISOString() })
      .where(and(eq(invites.code, code), inArray(invites.committeeId, committeeIds), isNull(invites.usedAt), gt(invites.expiresAt, now.toISOString())))
      .returning({ code: invites.code });
    return rows.length > 0;
  }

  return { openInvites, revokeInvite };
}
