/**
 * The one job registry. Node runs it with croner, Cloudflare Workers with
 * scheduled(); a test keeps wrangler.toml's crons equal to these. Each tick
 * looks at every committee in its own time zone, so one schedule serves all.
 */
import { Cron } from "croner";
import { addDays, todayIn } from "../domain/dates.js";
import type { AnswerQueries } from "../db/repos/answer-queries.js";
import type { People } from "../db/repos/people.js";
import type { ProgressStore } from "../db/repos/progress-store.js";
import type { Digest } from "../core/digest/digest.js";
import { DEFAULT_DIGEST_CRON } from "../core/digest/schedule.js";
import { withChart } from "../core/digest/chart-envelope.js";
import type { Log } from "../log.js";
import type { Delivery } from "./delivery.js";
import { createReminders } from "./reminders.js";

export type Job = { name: string; cron: string; run: (now: Date) => Promise<void> };


export type JobDeps = { answers: AnswerQueries; progress: ProgressStore; people: People; digest: Digest; delivery: Delivery; log: Log; reminderDays?: number[] };

export function createJobs(deps: JobDeps): Job[] {
  const { people, delivery, log } = deps;
  const reminders = createReminders(deps);

  /**
   * The digest of the latest scheduled slot: sent if that slot is today
   * (a start after downtime catches up the same day), skipped and logged if
   * it was on an earlier day — news that old is better in next week's digest.
   */
  async function digestTick(now: Date): Promise<void> {
    for (const committee of await people.committeeSettings()) {
      const chats = await people.boundChats(committee.id);
      if (chats.length === 0) continue;
      const [slot] = new Cron(committee.digestCron ?? DEFAULT_DIGEST_CRON, { timezone: committee.timezone, paused: true }).previousRuns(1, now);
      if (!slot) continue;
      const period = slot.toISOString();
      if (await delivery.isClaimed(committee.id, "weekly-digest", period)) continue;
      const today = todayIn(committee.timezone, now);
      if (todayIn(committee.timezone, slot) !== today) {
        if (await delivery.claim(committee.id, "weekly-digest", period, [])) {
          log("warn", "weekly digest missed while the bot was down; skipped", { committeeId: committee.id, slot: period });
        }
        continue;
      }
      const previous = await delivery.lastRun(committee.id, "weekly-digest");
      const since = previous?.claimedAt ?? `${addDays(today, -7)}T00:00:00.000Z`;
      const messages = [];
      for (const chat of chats) {
        const variant = chat.kind === "leaders" ? "leaders" : "full";
        const { messages: parts, chart } = await deps.digest.compose({ committeeId: committee.id, committeeName: committee.name, today, lang: chat.lang, since, variant });
        // The first message carries the chart's data; each channel's sender draws it where it can.
        for (const [i, text] of parts.entries()) messages.push({ chatId: chat.id, text: i === 0 ? withChart(text, chart) : text });
      }
      if (await delivery.claim(committee.id, "weekly-digest", period, messages)) {
        log("info", "weekly digest queued", { committeeId: committee.id, slot: period, messages: messages.length });
      }
    }
    await delivery.flush();
  }

  async function reminderTick(now: Date): Promise<void> {
    for (const committee of await people.committeeSettings()) await reminders.runFor(committee, now);
    await delivery.flush();
  }

  return [
    { name: "weekly-digest", cron: "*/15 * * * *", run: digestTick },
    { name: "reminders", cron: "5 * * * *", run: reminderTick },
  ];
}

/** Node: croner runs each job, never two runs of one job at once (protect). */
export function scheduleJobs(jobs: Job[], log: Log, clock: () => Date = () => new Date()): Cron[] {
  return jobs.map(
    (job) =>
      new Cron(job.cron, { name: job.name, protect: true, catch: (error) => log("error", "job failed", { job: job.name, error: String(error) }) }, () =>
        job.run(clock()),
      ),
  );
}

/** On start: run every job once, so a digest or reminder missed while down goes out today. */
export async function catchUp(jobs: Job[], log: Log, now: Date): Promise<void> {
  for (const job of jobs) {
    await job.run(now).catch((error: unknown) => log("error", "catch-up failed", { job: job.name, error: String(error) }));
  }
}

