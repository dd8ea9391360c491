/**
 * Stand-ins for focal points on leave: the leave with its one-time code, the deputy's contact (bound
 * to the leave's dates) when the code is opened, and the notices each side gets, queued in the outbox
 * in the same transaction as the change they announce (so a crash never loses or invents one).
 */
import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client.js";
import { agencies, chats, contacts, identities, jobRuns, outbox, standIns } from "../schema/index.js";
import { normalizeCode, randomCode } from "./codes.js";
import type { IsoDate } from "../../domain/dates.js";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Lang = "vi" | "en";
export type Leave = { id: number; agencyId: number; agencyName: string; startsOn: IsoDate; endsOn: IsoDate; absentName: string; deputyName: string | null };
export type JoinResult =
  | { kind: "joined"; leave: Leave }
  | { kind: "invalid" }
  /** The absent focal point opened their own code. */
  | { kind: "self" }
  /** The opener already is a focal point of that agency: nothing to stand in for. */
  | { kind: "already"; agencyName: string };

/** Queues one message to every channel account of a contact, once per (committee, job, period). */
export async function queueNotice(tx: Tx, committeeId: string, period: string, contactId: number, text: (lang: Lang) => string) {
  const [run] = await tx.insert(jobRuns).values({ committeeId, job: "stand-in", period }).onConflictDoNothing().returning({ id: jobRuns.id });
  if (!run) return;
  const accounts = await tx
    .select({ channel: identities.channel, externalId: identities.externalId, lang: contacts.lang })
    .from(identities)
    .innerJoin(contacts, eq(contacts.id, identities.contactId))
    .where(eq(identities.contactId, contactId));
  for (const a of accounts) {
    if (a.channel === "web") continue;
    await tx.insert(chats).values({ channel: a.channel, externalId: a.externalId, kind: "private", committeeId }).onConflictDoNothing();
    const [chat] = await tx.select({ id: chats.id }).from(chats).where(and(eq(chats.channel, a.channel), eq(chats.externalId, a.externalId)));
    await tx.insert(outbox).values({ jobRunId: run.id, chatId: chat!.id, text: text(a.lang) });
  }
}

export function createStandIns(db: Db) {
  const leaveColumns = {
    id: standIns.id, agencyId: standIns.agencyId, agencyName: agencies.name, startsOn: standIns.startsOn, endsOn: standIns.endsOn,
    absentName: contacts.name, deputyContactId: standIns.deputyContactId,
  };

  async function withDeputyNames(rows: Array<Omit<Leave, "deputyName"> & { deputyContactId: number | null }>, on: Db | Tx = db): Promise<Leave[]> {
    const ids = rows.map((r) => r.deputyContactId).filter((id): id is number => id !== null);
    const names = new Map(ids.length ? (await on.select({ id: contacts.id, name: contacts.name }).from(contacts).where(inArray(contacts.id, ids))).map((r) => [r.id, r.name]) : []);
    return rows.map(({ deputyContactId, ...r }) => ({ ...r, deputyName: deputyContactId ? (names.get(deputyContactId) ?? null) : null }));
  }

  /** Leaves of these contacts not yet over and not cancelled (coming or under way). */
  async function current(absentContactIds: number[], today: IsoDate, on: Db | Tx = db): Promise<Leave[]> {
    if (absentContactIds.length === 0) return [];
    const rows = await on
      .select(leaveColumns)
      .from(standIns)
      .innerJoin(agencies, eq(agencies.id, standIns.agencyId))
      .innerJoin(contacts, eq(contacts.id, standIns.absentContactId))
      .where(and(inArray(standIns.absentContactId, absentContactIds), isNull(standIns.cancelledAt), gte(standIns.endsOn, today)))
      .orderBy(asc(standIns.startsOn));
    return withDeputyNames(rows, on);
  }

  async function create(input: { committeeId: string; agencyId: number; absentContactId: number; startsOn: IsoDate; endsOn: IsoDate }): Promise<string> {
    const code = randomCode();
    await db.insert(standIns).values({ code, ...input });
    return code;
  }

  /**
   * Opens a stand-in code: the claim (UPDATE … WHERE used_at IS NULL) makes it work once; the deputy
   * becomes a focal contact of the agency valid only on the leave's dates; the absent focal point is told.
   */
  async function join(code: string, who: { channel: "telegram" | "zalo" | "web"; externalId: string; name: string }, today: IsoDate, now: Date, notice: (leave: Leave, lang: Lang) => string): Promise<JoinResult> {
    return db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(standIns)
        .where(and(eq(standIns.code, normalizeCode(code)), isNull(standIns.usedAt), isNull(standIns.cancelledAt), gte(standIns.endsOn, today)));
      if (!row) return { kind: "invalid" };
      const mine = await tx
        .select({ id: contacts.id, agencyId: contacts.agencyId, role: contacts.role, activeUntil: contacts.activeUntil })
        .from(identities)
        .innerJoin(contacts, eq(contacts.id, identities.contactId))
        .where(and(eq(identities.channel, who.channel), eq(identities.externalId, who.externalId), isNull(contacts.revokedAt)));
      // Neither case uses the code up: the focal point can still forward it to the right person.
      if (mine.some((c) => c.id === row.absentContactId)) return { kind: "self" };
      if (mine.some((c) => c.role === "focal" && c.agencyId === row.agencyId && c.activeUntil === null)) {
        const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, row.agencyId));
        return { kind: "already", agencyName: agency?.name ?? "" };
      }
      const [claimed] = await tx.update(standIns).set({ usedAt: now.toISOString() }).where(and(eq(standIns.id, row.id), isNull(standIns.usedAt))).returning({ id: standIns.id });
      if (!claimed) return { kind: "invalid" };
      const [deputy] = await tx
        .insert(contacts)
        .values({ committeeId: row.committeeId, agencyId: row.agencyId, role: "focal", name: who.name, activeFrom: row.startsOn, activeUntil: row.endsOn })
        .returning({ id: contacts.id });
      await tx.insert(identities).values({ contactId: deputy!.id, channel: who.channel, externalId: who.externalId }).onConflictDoNothing();
      await tx.update(standIns).set({ deputyContactId: deputy!.id }).where(eq(standIns.id, row.id));
      const [leave] = await withDeputyNames(
        await tx.select(leaveColumns).from(standIns).innerJoin(agencies, eq(agencies.id, standIns.agencyId)).innerJoin(contacts, eq(contacts.id, standIns.absentContactId)).where(eq(standIns.id, row.id)),
        tx,
      );
      await queueNotice(tx, row.committeeId, `joined:${row.id}`, row.absentContactId, (lang) => notice(leave!, lang));
      return { kind: "joined", leave: leave! };
    });
  }

  /** Ends these leaves now: the deputies' contacts are revoked (their reports stay) and each deputy is told. */
  async function cancel(leaves: Leave[], now: Date, notice: (leave: Leave, lang: Lang) => string): Promise<void> {
    await db.transaction(async (tx) => {
      for (const leave of leaves) {
        const [row] = await tx.update(standIns).set({ cancelledAt: now.toISOString() }).where(and(eq(standIns.id, leave.id), isNull(standIns.cancelledAt))).returning();
        if (!row?.deputyContactId) continue;
        await tx.update(contacts).set({ revokedAt: now.toISOString() }).where(and(eq(contacts.id, row.deputyContactId), isNull(contacts.revokedAt)));
        await queueNotice(tx, row.committeeId, `cancelled:${row.id}`, row.deputyContactId, (lang) => notice(leave, lang));
      }
    });
  }

  return { current, create, join, cancel };
}

export type StandIns = ReturnType<typeof createStandIns>;
