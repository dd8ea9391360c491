/**
 * Per-chat and per-committee settings, and the digest on demand: /ngonngu,
 * /lichtonghop, /tonghop. Channel-free like the rest of the core.
 */
import { Cron } from "croner";
import { addDays } from "../../domain/dates.js";
import { foldKey } from "../../domain/text/fold.js";
import type { People } from "../../db/repos/people.js";
import type { Digest } from "../digest/digest.js";
import { DEFAULT_DIGEST_CRON } from "../digest/schedule.js";
import type { IncomingMessage, Lang, Reply } from "../types.js";
import { type Actor, isAdmin } from "./actor.js";
import { wm } from "./messages.js";

const detectLangOf = (args: string): Lang => (/^(en|english)$/i.test(args.trim()) ? "en" : "vi");

export function createChatSettings(deps: { people: People; digest: Digest }) {
  const { people, digest } = deps;

  /** "/ngonngu en": the language digests and reminders use in this chat (answers follow each question's language). */
  async function setLanguage(message: IncomingMessage, args: string, actor?: Actor, scope?: string): Promise<Reply[]> {
    // A committee's group gets its digests in the language its admins chose; a member cannot change it.
    if (message.chatKind === "group" && scope && actor && !isAdmin(actor, scope)) return [{ text: wm(detectLangOf(args)).adminOnly }];
    const wanted = /^(en|english|tieng anh)$/.test(foldKey(args)) ? "en" : /^(vi|tieng viet|vietnamese)$/.test(foldKey(args)) ? "vi" : null;
    if (!wanted) return [{ text: `${wm("vi").languageUsage}\n${wm("en").languageUsage}` }];
    await people.setLanguage(message.channel, message.chatId, message.chatKind, wanted, message.senderId);
    return [{ text: wm(wanted).languageSet }];
  }

  /** "/lichtonghop 0 8 * * 1" in a bound group: when this committee's weekly digest goes out. */
  async function setSchedule(message: IncomingMessage, lang: Lang, actor: Actor, args: string, scope: string | undefined): Promise<Reply[]> {
    const m = wm(lang);
    if (!scope || message.chatKind !== "group") return [{ text: m.scheduleUsage }];
    if (!isAdmin(actor, scope)) return [{ text: m.adminOnly }];
    if (!args) return [{ text: m.scheduleUsage }];
    const reset = /^(mac dinh|default)$/.test(foldKey(args));
    const cron = reset ? DEFAULT_DIGEST_CRON : args.trim();
    try {
      new Cron(cron, { paused: true }).stop();
    } catch {
      return [{ text: m.scheduleInvalid(cron) }];
    }
    await people.setDigestCron(scope, reset ? null : cron);
    const committee = (await people.committeeSettings()).find((c) => c.id === scope);
    return [{ text: m.scheduleSet(cron, committee?.name ?? scope) }];
  }

  /** "/tonghop": the digest on demand, in a bound group or to an admin; nothing is recorded. */
  async function digestNow(lang: Lang, actor: Actor, args: string, scope: string | undefined, today: string): Promise<Reply[]> {
    const committees = await people.committeeSettings();
    const picked = /^#ban:(\S+)/.exec(args)?.[1];
    const leads = (id: string) => actor.people.some((p) => p.role === "leader" && p.committeeId === id);
    const allowed = committees.filter((c) => (scope ? c.id === scope : isAdmin(actor, c.id) || leads(c.id)) && (!picked || c.id === picked));
    if (allowed.length === 0) return [{ text: wm(lang).adminOnly }];
    if (allowed.length > 1) return [{ text: wm(lang).pickCommittee, choices: allowed.map((c) => ({ label: c.name, value: `/tonghop #ban:${c.id}` })) }];
    const committee = allowed[0]!;
    // A leader asking in private gets the leaders' brief; the group and the secretariat get the full digest.
    const variant = !scope && !isAdmin(actor, committee.id) ? "leaders" : "full";
    const parts = await digest.build({ committeeId: committee.id, committeeName: committee.name, today, lang, since: `${addDays(today, -7)}T00:00:00.000Z`, variant });
    return parts.map((text) => ({ text }));
  }

  return { setLanguage, setSchedule, digestNow };
}
