/**
 * What /healthz reports: what users would get right now. The database must
 * answer AND take a write (a full disk or a read-only file refuses reports
 * while reads still work), every configured channel must be connected, and
 * the scheduler must have ticked lately.
 */
import type { Client } from "@libsql/client";

export type ChannelState = "up" | "starting";
export type HealthReport = {
  ok: boolean;
  database: "up" | "down";
  write: "ok" | "failed";
  channels: Record<string, ChannelState>;
  scheduler: Record<string, { at: string; ok: boolean; late: boolean }>;
  error?: string;
};

/** A tick older than this means the scheduler stopped (every job runs at least hourly). */
const LATE_MS = 2 * 3_600_000;

export function createHealth(deps: { client: Client; channels: () => Record<string, ChannelState>; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return async function health(): Promise<HealthReport> {
    const channels = deps.channels();
    const report: HealthReport = { ok: false, database: "down", write: "failed", channels, scheduler: {} };
    try {
      await deps.client.execute("SELECT 1");
      report.database = "up";
      // A new row needing a fresh page, then gone: a write a full disk or read-only file refuses, as it would a report.
      const id = 2 + Math.floor(Math.random() * 1e9);
      await deps.client.execute({ sql: "INSERT INTO health_probe (id, at, by) VALUES (?, ?, randomblob(4096))", args: [id, now().toISOString()] });
      await deps.client.execute({ sql: "DELETE FROM health_probe WHERE id = ?", args: [id] });
      report.write = "ok";
      const ticks = await deps.client.execute("SELECT job, at, ok FROM job_ticks ORDER BY job");
      for (const row of ticks.rows) {
        const at = String(row.at);
        report.scheduler[String(row.job)] = { at, ok: Boolean(Number(row.ok)), late: now().getTime() - Date.parse(at) > LATE_MS };
      }
    } catch (error) {
      report.error = String(error instanceof Error ? error.message : error);
    }
    report.ok = report.database === "up" && report.write === "ok" && Object.values(channels).every((s) => s === "up") && Object.values(report.scheduler).every((t) => !t.late);
    return report;
  };
}

export type Health = ReturnType<typeof createHealth>;
