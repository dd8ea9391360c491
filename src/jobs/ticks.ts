/** Each job's last tick, written to the database so /healthz (of any instance) sees a stalled scheduler. */
import type { Client } from "@libsql/client";
import type { Job } from "./registry.js";

export function recordTicks(jobs: Job[], client: Client): Job[] {
  const note = (job: string, ok: boolean, error: string | null) =>
    client
      .execute({
        sql: "INSERT INTO job_ticks (job, at, ok, error) VALUES (?, ?, ?, ?) ON CONFLICT(job) DO UPDATE SET at = excluded.at, ok = excluded.ok, error = excluded.error",
        args: [job, new Date().toISOString(), ok ? 1 : 0, error],
      })
      .catch(() => undefined);
  return jobs.map((job) => ({
    ...job,
    run: async (now: Date) => {
      try {
        await job.run(now);
        await note(job.name, true, null);
      } catch (error) {
        await note(job.name, false, String(error));
        throw error;
      }
    },
  }));
}
