/**
 * Stand-ins for focal points on leave: "/nghi 10/12 20/12" (or "đến 20/12", "hủy") from a focal point
 * in a private chat records the leave and answers with a one-time code to forward; whoever opens it
 * ("/start <code>", or the deep link) reports for the agency on those days and gets its reminders.
 * Anything unclear or out of bounds gets a polite message and records nothing.
 */
import { daysBetween, formatVi, type IsoDate } from "../../domain/dates.js";
import { readDateRange } from "../../domain/date-range.js";
import type { Leave, StandIns } from "../../db/repos/stand-ins.js";
import type { IncomingMessage, Lang, Reply } from "../types.js";
import type { Actor } from "./actor.js";
import type { InviteLink } from "./onboarding.js";
import { sim } from "./stand-in-messages.js";

/** Longer than a season away is a new focal point, not a stand-in: the secretariat invites one. */
export const MAX_LEAVE_DAYS = 92;

type Ctx = { message: IncomingMessage; lang: Lang; actor: Actor; today: IsoDate; now: Date };

const shown = (l: Leave) => ({ agencyName: l.agencyName, from: formatVi(l.startsOn), to: formatVi(l.endsOn), deputy: l.deputyName });

export function createStandInCommands(deps: { standIns: StandIns; inviteLink?: InviteLink; onNotice?: () => void }) {
  const { standIns } = deps;

  async function leave(ctx: Ctx, args: string): Promise<Reply[]> {
    const m = sim(ctx.lang);
    if (ctx.message.chatKind !== "private") return [{ text: m.privateOnly }];
    const focal = ctx.actor.people.filter((p) => p.role === "focal" && p.agencyId !== null);
    // A stand-in's own contact ends with the leave: only the agency's own focal point names a deputy.
    const own = focal.filter((p) => p.activeUntil === null);
    if (own.length === 0) {
      const deputy = focal[0];
      return [{ text: deputy ? m.deputyCannot(deputy.agencyName ?? "", formatVi(deputy.activeUntil!)) : m.notFocal }];
    }
    const picked = /^#a:(\d+)\s*([\s\S]*)$/.exec(args);
    const typed = picked ? picked[2]! : args;
    const current = await standIns.current(own.map((p) => p.contactId), ctx.today);
    const reading = readDateRange(typed, ctx.today);

    if (reading.kind === "cancel") {
      if (current.length === 0) return [{ text: m.nothingToCancel }];
      await standIns.cancel(current, ctx.now, (l, lang) => sim(lang).cancelledNotice(ctx.actor.name, shown(l)));
      deps.onNotice?.();
      return [{ text: current.map((l) => m.cancelled(shown(l))).join("\n") }];
    }
    if (reading.kind === "none") {
      const status = current.length ? `${[m.statusHeader, ...current.map((l) => m.statusLine(shown(l)))].join("\n")}\n\n` : "";
      return [{ text: `${status}${m.usage}` }];
    }
    if (reading.kind === "ambiguous") return [{ text: m.ambiguous }];
    if (reading.kind === "invalid") return [{ text: m.badDate(reading.typed) }];

    const { from: typedFrom, to } = reading;
    if (to < typedFrom) return [{ text: m.endBeforeStart(formatVi(typedFrom), formatVi(to)) }];
    if (to < ctx.today) return [{ text: m.pastRange(formatVi(typedFrom), formatVi(to)) }];
    // Already away since an earlier day: the leave counts from today (nothing can be changed backwards).
    const from = typedFrom < ctx.today ? ctx.today : typedFrom;
    const days = daysBetween(from, to) + 1;
    if (days > MAX_LEAVE_DAYS) return [{ text: m.tooLong(days, MAX_LEAVE_DAYS) }];

    const agency = picked ? own.find((p) => p.agencyId === Number(picked[1])) : own.length === 1 ? own[0] : undefined;
    if (!agency) return [{ text: m.pickAgency, choices: own.map((p) => ({ label: p.agencyName ?? "", value: `/nghi #a:${p.agencyId} ${typed}` })) }];
    const existing = current.find((l) => l.agencyId === agency.agencyId);
    if (existing) return [{ text: m.alreadyAway(shown(existing)) }];

    const code = await standIns.create({ committeeId: agency.committeeId, agencyId: agency.agencyId!, absentContactId: agency.contactId, startsOn: from, endsOn: to });
    const link = deps.inviteLink?.(ctx.message.channel, code) ?? null;
    const share = link ? m.shareLink(link, code) : m.shareCode(code);
    const created = m.created(agency.agencyName ?? "", formatVi(from), formatVi(to), share);
    return [{ text: from !== typedFrom ? `${m.startsToday}\n${created}` : created }];
  }

  /** "/start <code>" when the code is a stand-in's: null when it is not one (the caller says "invalid"). */
  async function join(message: IncomingMessage, lang: Lang, code: string, today: IsoDate, now: Date): Promise<Reply[] | null> {
    const m = sim(lang);
    const name = message.senderName ?? message.senderId;
    const result = await standIns.join(code, { channel: message.channel, externalId: message.senderId, name }, today, now, (l, to) => sim(to).joinedNotice(shown(l)));
    switch (result.kind) {
      case "invalid": return null;
      case "self": return [{ text: m.self }];
      case "already": return [{ text: m.alreadyFocal(result.agencyName) }];
      case "joined":
        deps.onNotice?.();
        return [{ text: m.deputyWelcome(name, result.leave.absentName, shown(result.leave)) }];
    }
  }

  return { leave, join };
}

export type StandInCommands = ReturnType<typeof createStandInCommands>;
