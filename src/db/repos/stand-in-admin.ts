/**
 * The secretariat's side of stand-ins (the admin web's contacts page): whom each deputy stands in for and
 * on which dates, and ending a stand-in early. Ending one does what "/nghi hủy" does — the leave is
 * cancelled and the deputy's contact revoked (their reports stay) — and tells both the deputy and the
 * absent focal point, queued in the outbox in the same transaction as the change.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../client.js";
import { agencies, committees, contacts, standIns } from "../schema/index.js";
import { todayIn, type IsoDate } from "../../domain/dates.js";
import { queueNotice, type Lang } from "./stand-ins.js";

/** One deputy's stand-in, as the secretariat sees it. */
export type Deputyship = {
  leaveId: number; deputyContactId: number; deputyName: string; absentName: string; agencyName: string;
  committeeId: string; timezone: string; startsOn: IsoDate; endsOn: IsoDate;
  /** Ended already: the leave cancelled (by the focal point or here) or the deputy's contact revoked. */
  ended: boolean;
};

export type EndResult =
  | { kind: "ended"; deputyship: Deputyship }
  /** No stand-in of this contact in the viewer's committees. */
  | { kind: "unknown" }
  | { kind: "already"; deputyship: Deputyship }
  /** Its last day has passed: it ended by itself. */
  | { kind: "over"; deputyship: Deputyship };

type Notice = (d: Deputyship, lang: Lang) => string;

export function createStandInAdmin(db: Db) {
  const absent = alias(contacts, "absent");
  const deputy = alias(contacts, "deputy");
  const columns = {
    leaveId: standIns.id, deputyContactId: deputy.id, deputyName: deputy.name, absentName: absent.name, agencyName: agencies.name,
    committeeId: standIns.committeeId, timezone: committees.timezone, startsOn: standIns.startsOn, endsOn: standIns.endsOn,
    cancelledAt: standIns.cancelledAt, revokedAt: deputy.revokedAt,
  };
  const select = (on: Pick<Db, "select"> = db) => on
    .select(columns)
    .from(standIns)
    .innerJoin(deputy, eq(deputy.id, standIns.deputyContactId))
    .innerJoin(absent, eq(absent.id, standIns.absentContactId))
    .innerJoin(agencies, eq(agencies.id, standIns.agencyId))
    .innerJoin(committees, eq(committees.id, standIns.committeeId));
  const shape = ({ cancelledAt, revokedAt, ...row }: Awaited<ReturnType<typeof select>>[number]): Deputyship =>
    ({ ...row, ended: cancelledAt !== null || revokedAt !== null });

  /** The stand-ins still in force (not ended) in these committees, by deputy contact id. */
  async function deputyships(committeeIds: string[]): Promise<Map<number, Deputyship>> {
    if (committeeIds.length === 0) return new Map();
    const rows = await select().where(and(inArray(standIns.committeeId, committeeIds), isNull(standIns.cancelledAt), isNull(deputy.revokedAt)));
    return new Map(rows.map((r) => [r.deputyContactId, shape(r)]));
  }

  /** Ends the stand-in of this deputy now, if it is in one of these committees and still running or to come. */
  async function endEarly(deputyContactId: number, committeeIds: string[], now: Date, notices: { deputy: Notice; absent: Notice }): Promise<EndResult> {
    if (committeeIds.length === 0) return { kind: "unknown" };
    return db.transaction(async (tx) => {
      const [row] = await select(tx)
        .where(and(eq(standIns.deputyContactId, deputyContactId), inArray(standIns.committeeId, committeeIds)))
        .orderBy(desc(standIns.id))
        .limit(1);
      if (!row) return { kind: "unknown" };
      const found = shape(row);
      if (found.ended) return { kind: "already", deputyship: found };
      if (found.endsOn < todayIn(found.timezone, now)) return { kind: "over", deputyship: found };
      const at = now.toISOString();
      // The claim decides between two admins (or a replayed form): only the first one ends it and tells anyone.
      const [claimed] = await tx.update(standIns).set({ cancelledAt: at }).where(and(eq(standIns.id, found.leaveId), isNull(standIns.cancelledAt))).returning({ id: standIns.id });
      if (!claimed) return { kind: "already", deputyship: found };
      await tx.update(contacts).set({ revokedAt: at }).where(and(eq(contacts.id, deputyContactId), isNull(contacts.revokedAt)));
      const [leave] = await tx.select({ absentContactId: standIns.absentContactId }).from(standIns).where(eq(standIns.id, found.leaveId));
      // The deputy's notice shares its period with /nghi hủy's: a stand-in's end is announced to them once.
      await queueNotice(tx, found.committeeId, `cancelled:${found.leaveId}`, deputyContactId, (lang) => notices.deputy(found, lang));
      await queueNotice(tx, found.committeeId, `ended-by-admin:${found.leaveId}`, leave!.absentContactId, (lang) => notices.absent(found, lang));
      return { kind: "ended", deputyship: found };
    });
  }

  return { deputyships, endEarly };
}

export type StandInAdmin = ReturnType<typeof createStandInAdmin>;
