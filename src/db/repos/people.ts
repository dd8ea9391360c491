import { and, asc, eq, gt, gte, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { IsoDate } from "../../domain/dates.js";
import { normalizeCode, randomCode } from "./codes.js";
import type { Db } from "../client.js";
import { agencies, chats, committees, contacts, identities, invites } from "../schema/index.js";

export type Role = "admin" | "focal" | "leader";
export type Person = {
  contactId: number;
  committeeId: string;
  agencyId: number | null;
  agencyName: string | null;
  role: Role;
  name: string;
  /** A stand-in's last day (local date); null for everyone else. */
  activeUntil: string | null;
};
export type ChatBinding = { committeeId: string | null; kind: "group" | "leaders" | "private"; lang: "vi" | "en" };

const INVITE_DAYS = 7;

/** Who is who: contacts and their channel identities, invites, and the chats bound to committees. */
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function createPeople(db: Db) {
  /**
   * A channel account's contacts. With activeOn, a stand-in's contact counts only on its leave's dates
   * (what decides whether someone may report); without it, every contact (linking accounts, languages).
   */
  async function peopleFor(channel: string, externalId: string, on: Db | Tx = db, activeOn?: IsoDate): Promise<Person[]> {
    return on
      .select({
        contactId: contacts.id,
        committeeId: contacts.committeeId,
        agencyId: contacts.agencyId,
        agencyName: agencies.name,
        role: contacts.role,
        name: contacts.name,
        activeUntil: contacts.activeUntil,
      })
      .from(identities)
      .innerJoin(contacts, eq(contacts.id, identities.contactId))
      .leftJoin(agencies, eq(agencies.id, contacts.agencyId))
      .where(and(eq(identities.channel, channel as "telegram"), eq(identities.externalId, externalId), isNull(contacts.revokedAt), activeOn ? activeOnDay(activeOn) : undefined))
      .orderBy(asc(contacts.id));
  }

  /** A one-time code; whoever redeems it becomes the agency's focal point (or a leader, or an admin). */
  async function createInvite(input: { committeeId: string; agencyId: number | null; role: Role; createdBy: number | null; now: Date }) {
    const code = randomCode();
    const expiresAt = new Date(input.now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
    await db.insert(invites).values({ code, committeeId: input.committeeId, agencyId: input.agencyId, role: input.role, createdBy: input.createdBy, expiresAt });
    return { code, expiresAt };
  }

  /**
   * Redeems an invite atomically: the UPDATE … WHERE used_at IS NULL is the
   * claim, so a code works once even when two people open it together.
   */
  async function redeemInvite(code: string, who: { channel: "telegram" | "zalo" | "web"; externalId: string; name: string; now: Date }) {
    return db.transaction(async (tx) => {
      const [invite] = await tx
        .update(invites)
        .set({ usedAt: who.now.toISOString() })
        // A /lienket code is not an invite: opening it with /start must not use it up.
        .where(and(eq(invites.code, normalizeCode(code)), ne(invites.role, "link"), isNull(invites.usedAt), gt(invites.expiresAt, who.now.toISOString())))
        .returning();
      if (!invite || invite.role === "link") return null;
      // Re-inviting someone who already is this agency's contact changes nothing.
      const existing = (await peopleFor(who.channel, who.externalId, tx)).find(
        (p) => p.committeeId === invite.committeeId && p.agencyId === invite.agencyId && p.role === invite.role,
      );
      if (existing) return existing;
      const [contact] = await tx
        .insert(contacts)
        .values({ committeeId: invite.committeeId, agencyId: invite.agencyId, role: invite.role, name: who.name })
        .returning({ id: contacts.id });
      await tx.insert(identities).values({ contactId: contact!.id, channel: who.channel, externalId: who.externalId }).onConflictDoNothing();
      const [person] = await tx
        .select({ contactId: contacts.id, committeeId: contacts.committeeId, agencyId: contacts.agencyId, agencyName: agencies.name, role: contacts.role, name: contacts.name, activeUntil: contacts.activeUntil })
        .from(contacts)
        .leftJoin(agencies, eq(agencies.id, contacts.agencyId))
        .where(eq(contacts.id, contact!.id));
      return person ?? null;
    });
  }

  /** A one-time code that adds another channel account to this person's contacts. */
  async function createLinkCode(contactId: number, committeeId: string, now: Date) {
    const code = randomCode();
    await db.insert(invites).values({ code, committeeId, role: "link", contactId, expiresAt: new Date(now.getTime() + 15 * 60_000).toISOString() });
    return code;
  }

  /** Redeems a link code: the new account joins every contact the person had. */
  async function redeemLink(code: string, who: { channel: "telegram" | "zalo" | "web"; externalId: string; now: Date }) {
    return db.transaction(async (tx) => {
      const [invite] = await tx
        .update(invites)
        .set({ usedAt: who.now.toISOString() })
        .where(and(eq(invites.code, normalizeCode(code)), eq(invites.role, "link"), isNull(invites.usedAt), gt(invites.expiresAt, who.now.toISOString())))
        .returning();
      if (!invite?.contactId) return 0;
      const [origin] = await tx.select().from(identities).where(eq(identities.contactId, invite.contactId)).limit(1);
      const contactIds = origin ? (await peopleFor(origin.channel, origin.externalId, tx)).map((p) => p.contactId) : [invite.contactId];
      for (const contactId of contactIds) {
        await tx.insert(identities).values({ contactId, channel: who.channel, externalId: who.externalId }).onConflictDoNothing();
      }
      return contactIds.length;
    });
  }

  async function listContacts(committeeIds?: string[]) {
    const rows = await db
      .select({ id: contacts.id, name: contacts.name, role: contacts.role, agency: agencies.name, committee: committees.name, committeeId: contacts.committeeId, activeFrom: contacts.activeFrom, activeUntil: contacts.activeUntil })
      .from(contacts)
      .innerJoin(committees, eq(committees.id, contacts.committeeId))
      .leftJoin(agencies, eq(agencies.id, contacts.agencyId))
      .where(isNull(contacts.revokedAt))
      .orderBy(asc(contacts.committeeId), asc(contacts.id));
    return committeeIds ? rows.filter((r) => committeeIds.includes(r.committeeId)) : rows;
  }

  async function revokeContact(id: number, now: Date): Promise<boolean> {
    const rows = await db.update(contacts).set({ revokedAt: now.toISOString() }).where(and(eq(contacts.id, id), isNull(contacts.revokedAt))).returning({ id: contacts.id });
    return rows.length > 0;
  }

  // Read for every message: the SQL is built once.
  const bindingOf = db
    .select({ committeeId: chats.committeeId, kind: chats.kind, lang: chats.lang })
    .from(chats)
    .where(and(eq(chats.channel, sql.placeholder("channel")), eq(chats.externalId, sql.placeholder("externalId"))))
    .prepare();

  async function chatBinding(channel: string, externalId: string): Promise<ChatBinding | null> {
    const [row] = await bindingOf.all({ channel, externalId });
    return row ?? null;
  }

  async function bindChat(input: { channel: "telegram" | "zalo" | "web"; externalId: string; committeeId: string; kind: "group" | "leaders" | "private"; title: string | null }) {
    await db
      .insert(chats)
      .values(input)
      .onConflictDoUpdate({ target: [chats.channel, chats.externalId], set: { committeeId: input.committeeId, kind: input.kind, title: input.title } });
  }

  async function committeeList() {
    return db.select({ id: committees.id, name: committees.name }).from(committees).orderBy(asc(committees.id));
  }

  async function agenciesOf(committeeId?: string) {
    return db
      .select({ id: agencies.id, name: agencies.name, key: agencies.key, aliasesJson: agencies.aliasesJson, committeeId: agencies.committeeId, committee: committees.name })
      .from(agencies)
      .innerJoin(committees, eq(committees.id, agencies.committeeId))
      .where(committeeId ? eq(agencies.committeeId, committeeId) : sql`1 = 1`)
      .orderBy(asc(agencies.id));
  }

  /** A chat's language (digests, reminders); a person's own private chat also sets their contacts' language. */
  async function setLanguage(channel: "telegram" | "zalo" | "web", externalId: string, kind: "group" | "private", lang: "vi" | "en", senderId: string) {
    await db.insert(chats).values({ channel, externalId, kind, lang }).onConflictDoUpdate({ target: [chats.channel, chats.externalId], set: { lang } });
    if (kind === "private") {
      const mine = (await peopleFor(channel, senderId)).map((p) => p.contactId);
      if (mine.length) await db.update(contacts).set({ lang }).where(inArray(contacts.id, mine));
    }
  }

  async function setDigestCron(committeeId: string, cron: string | null) {
    await db.update(committees).set({ digestCron: cron }).where(eq(committees.id, committeeId));
  }

  /** Committees with their schedule settings, for the jobs. */
  async function committeeSettings() {
    return db.select({ id: committees.id, name: committees.name, timezone: committees.timezone, digestCron: committees.digestCron, lang: committees.lang }).from(committees).orderBy(asc(committees.id));
  }

  /** The committee's group and leaders' chats. */
  async function boundChats(committeeId: string) {
    return db
      .select({ id: chats.id, channel: chats.channel, externalId: chats.externalId, kind: chats.kind, lang: chats.lang })
      .from(chats)
      .where(and(eq(chats.committeeId, committeeId), sql`${chats.kind} IN ('group', 'leaders')`));
  }

  /**
   * Where an agency's focal points can be reached on a day: one identity per channel account. A focal
   * point on leave whose deputy has joined is skipped that day; the deputy is reached instead, on the
   * leave's dates only. A leave nobody has taken up yet changes nothing: the reminder still goes out.
   */
  async function focalIdentities(agencyId: number, today: IsoDate) {
    const away = sql`EXISTS (SELECT 1 FROM stand_ins s JOIN contacts d ON d.id = s.deputy_contact_id
      WHERE s.absent_contact_id = ${contacts.id} AND s.cancelled_at IS NULL AND s.starts_on <= ${today} AND s.ends_on >= ${today} AND d.revoked_at IS NULL)`;
    return db
      .select({ contactId: contacts.id, lang: contacts.lang, channel: identities.channel, externalId: identities.externalId, activeUntil: contacts.activeUntil })
      .from(contacts)
      .innerJoin(identities, eq(identities.contactId, contacts.id))
      .where(and(eq(contacts.agencyId, agencyId), eq(contacts.role, "focal"), isNull(contacts.revokedAt), activeOnDay(today), sql`NOT ${away}`));
  }

  return { setLanguage, setDigestCron, createLinkCode, redeemLink, committeeSettings, boundChats, focalIdentities, peopleFor, createInvite, redeemInvite, listContacts, revokeContact, chatBinding, bindChat, committeeList, agenciesOf };
}

/** A contact valid on this day: no bounds, or a stand-in's leave covering it. */
function activeOnDay(day: IsoDate) {
  return and(or(isNull(contacts.activeFrom), lte(contacts.activeFrom, day)), or(isNull(contacts.activeUntil), gte(contacts.activeUntil, day)));
}

export type People = ReturnType<typeof createPeople>;
