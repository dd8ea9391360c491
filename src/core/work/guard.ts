/**
 * What is refused before any work: commands from the anonymous web chat (it
 * answers questions only: anyone on the network can open it), and a sender
 * over their attempt limits. Codes count failed tries; commands count all.
 */
import { t } from "../i18n/messages.js";
import type { IncomingMessage, Lang, Reply } from "../types.js";
import { createAttemptLimiter } from "./attempts.js";
import type { RateCounts } from "../../db/repos/rate-counts.js";
import type { Command } from "./commands.js";
import { guardMessages } from "./guard-messages.js";
import { wm } from "./messages.js";

export type GuardLimits = { codeFailures: number; codeWindowMs: number; commands: number; commandWindowMs: number };
const DEFAULT_LIMITS: GuardLimits = { codeFailures: 5, codeWindowMs: 15 * 60_000, commands: 30, commandWindowMs: 60_000 };

export function createGuard(counts: RateCounts, limits: Partial<GuardLimits> = {}) {
  const l = { ...DEFAULT_LIMITS, ...limits };
  const codeFailures = createAttemptLimiter(counts, { name: "code-failures", limit: l.codeFailures, windowMs: l.codeWindowMs });
  const commands = createAttemptLimiter(counts, { name: "commands", limit: l.commands, windowMs: l.commandWindowMs });
  const sender = (m: IncomingMessage) => `${m.channel}:${m.senderId}`;

  /** A refusal when this message must not reach the work paths; null when it may. */
  async function refuse(message: IncomingMessage, lang: Lang, command: Command | null): Promise<Reply[] | null> {
    if (message.channel === "web") {
      if (command?.name === "help") return [{ text: t(lang).help }];
      if (command?.name === "cancel") return [{ text: wm(lang).cancelled }];
      return [{ text: guardMessages(lang).webQuestionsOnly }];
    }
    if (command && !(await commands.hit(sender(message)))) return [{ text: guardMessages(lang).tooManyCommands }];
    return null;
  }

  return {
    refuse,
    /** Before trying a code: refused once the sender has failed too often. */
    codeBlocked: (message: IncomingMessage) => codeFailures.blocked(sender(message)),
    codeFailed: async (message: IncomingMessage) => void (await codeFailures.hit(sender(message))),
  };
}

export type Guard = ReturnType<typeof createGuard>;
