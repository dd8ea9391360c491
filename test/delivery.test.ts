import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDelivery } from "../src/jobs/delivery.js";
import { createBotEnv, memoryLog, withTempDir } from "./helpers/bot-env.js";
import { startTelegramHarness } from "./helpers/telegram-harness.js";

/**
 * Issue 20 (10): scheduled messages reach Telegram (telegram-test-api) whole and once: long ones cut at
 * line boundaries outside HTML entities, each part its own outbox row retried alone, nothing re-sent
 * that may already have arrived, and one chat's pace kept by every instance together.
 */
const GROUP = { id: -7001, type: "group" as const, title: "BCĐ" };
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("delivery of scheduled messages", () => {
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  let chatId = 0;
  let run = 0;
  beforeAll(async () => {
    h = await startTelegramHarness();
    chatId = await h.deps.delivery.ensureChat("telegram", String(GROUP.id), "group", "ubnd-huyen");
  });
  afterAll(async () => h?.stop());

  const queue = (text: string) => h.deps.delivery.claim("ubnd-huyen", "test-digest", `p${++run}`, [{ chatId, text }]);
  const texts = () => h.sentTo(GROUP.id).map((m) => m.text);

  it("cuts a message too long for Telegram at line boundaries in the raw text: no part over 4,096, no entity split", async () => {
    // Under 4,096 characters as typed, far over once "&" becomes "&amp;".
    const lines = Array.from({ length: 120 }, (_, i) => `${i + 1}. Phòng Y tế & Phòng LĐTBXH & UBND xã <phối hợp> & "R&D"`);
    const text = lines.join("\n");
    expect(text.length).toBeLessThan(8000);
    await queue(text);
    const rows = Number((await h.client.execute(`SELECT count(*) AS n FROM outbox WHERE chat_id = ${chatId} AND status = 'pending'`)).rows[0]!.n);
    expect(rows).toBeGreaterThan(1);
    const before = texts().length;
    await h.deps.delivery.flush();
    const parts = texts().slice(before);
    expect(parts).toHaveLength(rows);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(part).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
    expect(parts.map(unescape).join("\n")).toBe(text);
  });

  it("re-sends only the part that failed", async () => {
    const lines = Array.from({ length: 3 }, (_, part) => Array.from({ length: 40 }, (_, i) => `Phần ${part + 1}, dòng ${i + 1}: ${"nội dung ".repeat(10)}`).join("\n"));
    await queue(lines.join("\n"));
    const real = h.deps.senders.telegram!;
    let calls = 0;
    h.deps.senders.telegram = async (...args) => {
      if (++calls === 2) throw new Error("Bad Gateway");
      return real(...args);
    };
    const before = texts().length;
    try {
      expect(await h.deps.delivery.flush()).toMatchObject({ failed: 1 });
      expect(await h.deps.delivery.flush()).toMatchObject({ sent: 1, failed: 0 });
    } finally {
      h.deps.senders.telegram = real;
    }
    const parts = texts().slice(before);
    expect(new Set(parts).size).toBe(parts.length);
    expect(parts.length).toBe(Number((await h.client.execute(`SELECT count(*) AS n FROM outbox WHERE job_run_id = (SELECT max(job_run_id) FROM outbox)`)).rows[0]!.n));
  });

  it("never re-sends a message whose sending was cut short by a crash: it may have arrived", async () => {
    await queue("Tổng hợp tuần: một tin ngắn");
    // A process claimed it, Telegram accepted it, and the process died before recording that.
    await h.client.execute(`UPDATE outbox SET status = 'sending', attempts = 1, sent_at = '${new Date(Date.now() - 11 * 60_000).toISOString()}' WHERE status = 'pending'`);
    const before = texts().length;
    await h.deps.delivery.flush();
    expect(texts().slice(before)).toHaveLength(0);
    expect((await h.client.execute("SELECT status FROM outbox ORDER BY id DESC LIMIT 1")).rows[0]!.status).toBe("failed");
    expect(h.logLines.some((l) => l.message.includes("not re-sent"))).toBe(true);
  });
});

describe("pacing shared by instances", () => {
  it("keeps one group's gap between messages when two schedulers send together", async () => {
    await withTempDir(async (dir) => {
      const url = `file:${join(dir, "bot.db")}`;
      const a = await createBotEnv({ url, seed: false });
      const b = await createBotEnv({ url, seed: false });
      const chat = await a.delivery.ensureChat("telegram", "-42", "group", null);
      await a.client.execute("INSERT INTO committees (id, name) VALUES ('c1', 'BCĐ thử')");
      await a.delivery.claim("c1", "digest", "p1", Array.from({ length: 6 }, (_, i) => ({ chatId: chat, text: `Phần ${i + 1}` })));
      const at = new Date("2026-03-02T01:00:00Z").getTime();
      const slots: number[] = [];
      const instance = (env: typeof a) =>
        createDelivery({
          db: env.db,
          log: memoryLog().log,
          now: () => new Date(at),
          sleep: async (ms) => void slots.push(at + ms),
          senders: { telegram: async () => "m" },
        });
      // Sends with no wait are at `at` itself.
      const one = instance(a);
      const two = instance(b);
      const results = await Promise.all([one.flush(), two.flush()]);
      expect(results[0].sent + results[1].sent).toBe(6);
      const times = [at, ...slots].sort((x, y) => x - y);
      expect(times).toHaveLength(6);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(3000);
      a.client.close();
      b.client.close();
    });
  });
});
