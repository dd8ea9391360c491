import type { Client } from "@libsql/client";
import type { UserFromGetMe } from "grammy/types";
import type { Hono } from "hono";
import { createTelegramBot, type TelegramBot } from "./channels/telegram/bot.js";
import { createTelegramWebhook } from "./channels/telegram/routes.js";
import { createZaloApi } from "./channels/zalo/api.js";
import { createZaloBot, type ZaloBot } from "./channels/zalo/bot.js";
import { createZaloWebhook } from "./channels/zalo/routes.js";
import { createCore } from "./core/conversation.js";
import type { IncomingMessage } from "./core/types.js";
import { createDb, type Db } from "./db/client.js";
import { createInboundLog } from "./db/repos/inbound-log.js";
import { createPlanQueries } from "./db/repos/plan-queries.js";
import { createApp } from "./http/app.js";
import { createHealth } from "./http/health.js";
import { recordTicks } from "./jobs/ticks.js";
import { createAnswerQueries } from "./db/repos/answer-queries.js";
import { createPeople } from "./db/repos/people.js";
import { createProgressStore } from "./db/repos/progress-store.js";
import { createProgressLatest } from "./db/repos/progress-latest.js";
import { telegramChartSender, zaloChartSender, type ChartPngMaker } from "./channels/chart-senders.js";
import { createChartRoutes } from "./http/chart-routes.js";
import type { MakeReport } from "./core/report/command.js";
import { createDigest } from "./core/digest/digest.js";
import { createDelivery, type ChannelName, type Sender } from "./jobs/delivery.js";
import { createJobs } from "./jobs/registry.js";
import type { Log } from "./log.js";
import { createSession } from "./web/session.js";
import { createDashboard } from "./web/dashboard/routes.js";
import type { TargetHistoryData } from "./core/charts/charts.js";
import { committees as committeesTable } from "./db/schema/index.js";
import { todayIn } from "./domain/dates.js";
import { eq } from "drizzle-orm";
import { createAdminWeb } from "./web/admin/routes.js";
import type { PlanImporter } from "./ingest/importer.js";
import type { ReadDocument } from "./ingest/formats/index.js";
import { createIntake } from "./ingest/intake/intake.js";
import { createPlanIntake } from "./core/work/plan-intake.js";
import { createRateCounts } from "./db/repos/rate-counts.js";
import { createPendingUploads } from "./db/repos/pending-uploads.js";

export type DepsOptions = {
  /** Deployment admins as "channel:id". */
  admins?: string[];
  defaultTimezone?: string;
  clock?: () => Date;
  /** Pacing waits between scheduled messages (tests pass a no-op). */
  sleep?: (ms: number) => Promise<void>;
  reminderDays?: number[];
  telegram?: { token: string; apiRoot?: string; botInfo?: UserFromGetMe; webhookSecret?: string };
  zalo?: { token: string; apiRoot?: string; webhookSecret?: string; botName?: string; fetch?: typeof fetch };
  /** Draws a digest's chart as PNG (Node injects it; the Worker sends text only). */
  chartPng?: ChartPngMaker;
  /** The periodic report's files, made on Node (docxtemplater, write-excel-file): /baocao and the dashboard. */
  reports?: (db: Db) => { docx: MakeReport; xlsx: MakeReport };
  /** A target's history as inline SVG on the dashboard (Node injects echarts' renderer; the Worker lists values). */
  historySvg?: (data: TargetHistoryData) => string;
  /** Where the app is reachable from outside: Zalo fetches chart pictures from here. */
  publicUrl?: string;
  /** Where the web pages are reached (PUBLIC_URL, else http://localhost:PORT): login links point there. */
  webBaseUrl?: string;
  /** Plans sent from the web and the chat (Node: the importer and the Word/PDF readers). */
  intake?: { importerFor: (db: Db) => PlanImporter; readDocument: ReadDocument };
};

/**
 * Wires db → core → channel adapters → app over one database client. Entry
 * files (Node, Worker, CLI, tests) call it once with what their platform has.
 */
export function createDeps(client: Client, log: Log, options: DepsOptions = {}) {
  const db = createDb(client);
  const queries = createPlanQueries(db);
  const inbound = createInboundLog(db);
  const links: Partial<Record<IncomingMessage["channel"], (code: string) => string>> = {};
  const session = createSession({ db, admins: options.admins, clock: options.clock });
  const webBaseUrl = options.webBaseUrl ?? "http://localhost:8787";
  const reportFiles = options.reports?.(db);
  // A stand-in's notice to the other person goes out now, not at the next scheduled tick.
  const flushNotices = () => void delivery.flush().catch((error: unknown) => log("warn", "notice not sent yet; the next tick retries", { error: String(error) }));
  const core = createCore({
    webLoginLink: (who) => session.loginLink(who, webBaseUrl),
    db,
    log,
    admins: options.admins,
    defaultTimezone: options.defaultTimezone,
    clock: options.clock,
    inviteLink: (channel, code) => links[channel]?.(code) ?? null,
    makeReport: reportFiles?.docx,
    onNotice: flushNotices,
  });

  let telegram: TelegramBot | undefined;
  const intake = options.intake ? createIntake({ db, importer: options.intake.importerFor(db) }) : undefined;
  const admin = createAdminWeb({ db, session, clock: options.clock, defaultTimezone: options.defaultTimezone, intake, readDocument: options.intake?.readDocument,
    inviteLink: (code) => links.telegram?.(code) ?? links.zalo?.(code) ?? null, onNotice: flushNotices });
  const routes: Hono[] = [session.routes, admin as unknown as Hono];
  const planIntake = intake && options.intake
    ? createPlanIntake({ people: createPeople(db), admins: new Set(options.admins ?? []), intake, readDocument: options.intake.readDocument, reviewUrl: (id) => `${webBaseUrl.replace(/\/$/, "")}/quan-tri/ke-hoach/${id}`, log,
      pending: createPendingUploads(db), clock: options.clock })
    : undefined;
  if (options.telegram) {
    telegram = createTelegramBot({ ...options.telegram, core, inbound, log, onDocument: planIntake?.receive, clock: options.clock, onPlanChoice: planIntake?.choose });
    links.telegram = (code) => telegram!.inviteLink(code);
    if (options.telegram.webhookSecret) routes.push(createTelegramWebhook(telegram, options.telegram.webhookSecret, log));
  }

  const senders: Partial<Record<ChannelName, Sender>> = {};
  // A reminder about a task carries a button that starts the report on that task.
  const reportButton = (about?: { taskId?: number }) => (about?.taskId ? [{ label: "Báo cáo tiến độ", value: `/capnhat #t:${about.taskId}` }] : undefined);
  if (telegram) senders.telegram = telegramChartSender(telegram, log, options.chartPng, reportButton);
  const answers = createAnswerQueries(db);
  const progress = createProgressStore(db);
  const digest = createDigest({ answers, progress, planQueries: queries, latest: createProgressLatest(db) });
  const delivery = createDelivery({ db, senders, log, sleep: options.sleep, now: options.clock });
  const jobs = recordTicks(createJobs({ answers, progress, people: createPeople(db), digest, delivery, log, reminderDays: options.reminderDays }), client);

  let zalo: ZaloBot | undefined;
  if (options.zalo) {
    zalo = createZaloBot({ api: createZaloApi({ token: options.zalo.token, apiRoot: options.zalo.apiRoot, fetch: options.zalo.fetch }), core, inbound, log, botName: options.zalo.botName });
    senders.zalo = zaloChartSender(zalo, log, options.chartPng ? options.publicUrl : undefined);
    if (options.zalo.webhookSecret) routes.push(createZaloWebhook(zalo, options.zalo.webhookSecret, log));
  }

  if (options.chartPng) routes.push(createChartRoutes(options.chartPng));
  const clock = options.clock ?? (() => new Date());
  const committeeToday = async (committeeId: string) => {
    const [row] = await db.select({ timezone: committeesTable.timezone }).from(committeesTable).where(eq(committeesTable.id, committeeId));
    return todayIn(row?.timezone ?? options.defaultTimezone ?? "Asia/Ho_Chi_Minh", clock());
  };
  const dashboard = createDashboard({ viewerOf: session.viewerOf, answers, planQueries: queries, latest: createProgressLatest(db), today: committeeToday,
    historySvg: options.historySvg, reportLinks: Boolean(reportFiles), reports: reportFiles });
  routes.push(dashboard as unknown as Hono);
  const health = createHealth({
    client,
    channels: () => ({ ...(telegram ? { telegram: telegram.bot.isInited() ? "up" : "starting" } : {}), ...(zalo ? { zalo: "up" } : {}) }),
  });
  const app = createApp({ core, health, log, routes, rateCounts: createRateCounts(db) });
  return { db, queries, core, app, telegram, zalo, inbound, jobs, digest, delivery, senders, session, intake };
}
