import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createBotEnv, withTempDir } from "./helpers/bot-env.js";

/** Issue 20 (11): /healthz says what users would get: a database that takes writes, a scheduler that ticks. */
describe("/healthz", () => {
  const servers: ServerType[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  async function serveEnv(env: Awaited<ReturnType<typeof createBotEnv>>) {
    const server: ServerType = await new Promise((resolve) => {
      const s = serve({ fetch: env.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("turns 503 when the database is full and refuses writes, though reads still work", async () => {
    await withTempDir(async (dir) => {
      const env = await createBotEnv({ url: `file:${join(dir, "bot.db")}`, seed: false });
      const base = await serveEnv(env);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      // The disk fills up: no page can be added any more.
      const pages = Number((await env.client.execute("PRAGMA page_count")).rows[0]![0]);
      await env.client.execute(`PRAGMA max_page_count = ${pages + 20}`);
      await env.client.execute("CREATE TABLE filler (b BLOB)");
      await expect(
        (async () => {
          for (;;) await env.client.execute("INSERT INTO filler VALUES (randomblob(1000))");
        })(),
      ).rejects.toThrow(/full/i);
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, database: "up", write: "failed", error: expect.stringMatching(/full/i) });
      env.client.close();
    });
  });

  it("reports each job's last tick, and 503 once the scheduler has stalled for hours", async () => {
    const env = await createBotEnv({ seed: false });
    const base = await serveEnv(env);
    await env.jobs.find((j) => j.name === "reminders")!.run(new Date());
    const body = (await (await fetch(`${base}/healthz`)).json()) as { scheduler: Record<string, { at: string; late: boolean }> };
    expect(body.scheduler.reminders).toMatchObject({ late: false });
    await env.client.execute("UPDATE job_ticks SET at = '2020-01-01T00:00:00.000Z'");
    const stalled = await fetch(`${base}/healthz`);
    expect(stalled.status).toBe(503);
    expect(await stalled.json()).toMatchObject({ ok: false, scheduler: { reminders: { late: true } } });
    env.client.close();
  });
});
