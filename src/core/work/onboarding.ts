/**
 * Invites, contacts and group binding: /start <code>, /moi, /danhba,
 * /thuhoi, /ketnoi. Admins manage; whoever opens an invite becomes the
 * agency's focal point and inherits its history (reports belong to the agency).
 */
import type { People } from "../../db/repos/people.js";
import { matchAgencies } from "../answers/agency-match.js";
import type { Choice, IncomingMessage, Lang, Reply } from "../types.js";
import { type Actor, isAdmin } from "./actor.js";
import { wm } from "./messages.js";
import { foldKey } from "../../domain/text/fold.js";
import type { Guard } from "./guard.js";
import { guardMessages } from "./guard-messages.js";
import { sim } from "./stand-in-messages.js";
import { formatVi } from "../../domain/dates.js";

export type InviteLink = (channel: IncomingMessage["channel"], code: string) => string | null;

const INVITE_DAYS = 7;

/** A stand-in's code opened with /start (work/stand-ins.ts); null when the code is not one. */
type JoinStandIn = (message: IncomingMessage, lang: Lang, code: string, today: string, now: Date) => Promise<Reply[] | null>;

export function createOnboarding(deps: { people: People; inviteLink?: InviteLink; guard: Guard; joinStandIn?: JoinStandIn }) {
  const { people } = deps;

  async function start(message: IncomingMessage, lang: Lang, code: string, now: Date, today: string): Promise<Reply[]> {
    const m = wm(lang);
    if (!code) return [{ text: m.startGuest }];
    if (await deps.guard.codeBlocked(message)) return [{ text: guardMessages(lang).tooManyCodes }];
    const person = await people.redeemInvite(code.trim(), { channel: message.channel, externalId: message.senderId, name: message.senderName ?? message.senderId, now });
    if (!person) {
      const standIn = await deps.joinStandIn?.(message, lang, code.trim(), today, now);
      if (standIn) return standIn;
      await deps.guard.codeFailed(message);
      return [{ text: m.inviteInvalid }];
    }
    return [{ text: m.welcome(person.name, person.agencyName, person.role) }];
  }

  /** "/moi Phòng Y tế", "/moi lãnh đạo"; "/moi #12" picks among same-named agencies. */
  async function invite(message: IncomingMessage, lang: Lang, actor: Actor, args: string, scope: string | undefined, now: Date): Promise<Reply[]> {
    const m = wm(lang);
    if (!isAdmin(actor, scope)) return [{ text: m.adminOnly }];
    if (!args) return [{ text: m.inviteUsage }];
    const adminCommittees = actor.deploymentAdmin ? null : actor.people.filter((p) => p.role === "admin").map((p) => p.committeeId);
    const allowed = (committeeId: string) => (scope ? committeeId === scope : !adminCommittees || adminCommittees.includes(committeeId));

    if (/^(lanh dao|leader|leaders)$/.test(foldKey(args))) {
      const committees = (await people.committeeList()).filter((c) => allowed(c.id));
      if (committees.length !== 1) return [{ text: m.pickCommittee, choices: committees.map((c) => ({ label: c.name, value: `/moi #ban:${c.id}` })) }];
      return issue(message, lang, committees[0]!.id, null, "leader", m.leaderRole, actor, now);
    }
    const leaderFor = /^#ban:(\S+)$/.exec(args);
    if (leaderFor) {
      if (!allowed(leaderFor[1]!)) return [{ text: m.adminOnly }];
      return issue(message, lang, leaderFor[1]!, null, "leader", m.leaderRole, actor, now);
    }
    const rows = (await people.agenciesOf(scope)).filter((a) => allowed(a.committeeId));
    const byId = /^#(\d+)$/.exec(args);
    const found = byId ? rows.filter((a) => a.id === Number(byId[1])) : matchAgencies(args, rows);
    if (found.length === 0) return [{ text: m.agencyUnknown(args) }];
    if (found.length > 1) {
      const choices: Choice[] = found.slice(0, 10).map((a) => ({ label: `${a.name} — ${a.committee}`, value: `/moi #${a.id}` }));
      return [{ text: m.pickAgency, choices }];
    }
    const agency = found[0]!;
    return issue(message, lang, agency.committeeId, agency.id, "focal", agency.name, actor, now);
  }

  async function issue(message: IncomingMessage, lang: Lang, committeeId: string, agencyId: number | null, role: "focal" | "leader", who: string, actor: Actor, now: Date): Promise<Reply[]> {
    const m = wm(lang);
    const createdBy = actor.people.find((p) => p.committeeId === committeeId)?.contactId ?? null;
    const { code } = await people.createInvite({ committeeId, agencyId, role, createdBy, now });
    const link = deps.inviteLink?.(message.channel, code) ?? null;
    return [{ text: link ? `${m.invite(who, link, INVITE_DAYS)}\n${m.inviteCode(code)}` : `${m.invite(who, `/start ${code}`, INVITE_DAYS)}` }];
  }

  async function contacts(lang: Lang, actor: Actor, scope: string | undefined): Promise<Reply[]> {
    const m = wm(lang);
    if (!isAdmin(actor, scope)) return [{ text: m.adminOnly }];
    const committees = scope ? [scope] : actor.deploymentAdmin ? undefined : actor.people.filter((p) => p.role === "admin").map((p) => p.committeeId);
    const rows = await people.listContacts(committees);
    if (rows.length === 0) return [{ text: m.contactsNone }];
    return [{ text: [m.contactsHeader(rows.length), ...rows.map((r) => `${m.contactLine(r.id, r.name, r.role, r.agency)}${r.activeFrom && r.activeUntil ? sim(lang).standInDates(formatVi(r.activeFrom), formatVi(r.activeUntil)) : ""}`)].join("\n") }];
  }

  async function revoke(lang: Lang, actor: Actor, args: string, scope: string | undefined, now: Date): Promise<Reply[]> {
    const m = wm(lang);
    if (!isAdmin(actor, scope)) return [{ text: m.adminOnly }];
    const id = Number(/^#?(\d+)$/.exec(args)?.[1]);
    if (!id) return [{ text: m.revokeUsage }];
    const visible = await people.listContacts(actor.deploymentAdmin ? undefined : actor.people.filter((p) => p.role === "admin").map((p) => p.committeeId));
    if (!visible.some((c) => c.id === id)) return [{ text: m.revokeUnknown(id) }];
    return [{ text: (await people.revokeContact(id, now)) ? m.revoked(id) : m.revokeUnknown(id) }];
  }

  /** "/ketnoi" in a group: bind it to a committee ("/ketnoi lãnh đạo" marks the leaders' group). */
  async function link(message: IncomingMessage, lang: Lang, actor: Actor, args: string, title: string | null): Promise<Reply[]> {
    const m = wm(lang);
    if (message.chatKind !== "group") return [{ text: m.linkGroupOnly }];
    const leaders = /\b(lanh dao|leaders?)\b/.test(foldKey(args));
    const rest = foldKey(args).replace(/\b(lanh dao|leaders?)\b/g, "").trim();
    const committees = (await people.committeeList()).filter((c) => isAdmin(actor, c.id));
    if (committees.length === 0) return [{ text: m.adminOnly }];
    const picked = /^#ban:(\S+)/.exec(args)?.[1];
    const matching = picked ? committees.filter((c) => c.id === picked) : rest ? committees.filter((c) => foldKey(c.name).includes(rest) || c.id === rest) : committees;
    if (matching.length !== 1) {
      const list = matching.length ? matching : committees;
      return [{ text: m.pickCommittee, choices: list.map((c) => ({ label: c.name, value: `/ketnoi #ban:${c.id}${leaders ? " lanh dao" : ""}` })) }];
    }
    const committee = matching[0]!;
    await people.bindChat({ channel: message.channel, externalId: message.chatId, committeeId: committee.id, kind: leaders ? "leaders" : "group", title });
    return [{ text: m.linked(committee.name, leaders) }];
  }

  /** "/lienket": a code for this person; "/lienket <code>" on another channel joins that account to them. */
  async function connect(message: IncomingMessage, lang: Lang, actor: Actor, args: string, now: Date): Promise<Reply[]> {
    const m = wm(lang);
    if (args) {
      if (await deps.guard.codeBlocked(message)) return [{ text: guardMessages(lang).tooManyCodes }];
      const n = await people.redeemLink(args.trim(), { channel: message.channel, externalId: message.senderId, now });
      if (n === 0) await deps.guard.codeFailed(message);
      return [{ text: n > 0 ? m.linked2(n) : m.linkInvalid }];
    }
    const person = actor.people[0];
    if (!person) return [{ text: m.notReporter }];
    return [{ text: m.linkCode(await people.createLinkCode(person.contactId, person.committeeId, now)) }];
  }

  return { start, invite, contacts, revoke, link, connect };
}
