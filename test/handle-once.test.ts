import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import TelegramServer from "telegram-test-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPeople } from "../src/db/repos/people.js";
import { createBotEnv, withTempDir } from "./helpers/bot-env.js";
import { SECRET } from "./helpers/telegram-harness.js";

/**
 * Issue 20 (2): an update is handled once and never lost. The webhook runs in a child process that is
 * killed (SIGKILL) at an exact point of handling; Telegram's redelivery to a fresh process must then
 * file the report, once.
 */
const FOCAL = { id: 4101, first_name: "Hoa", language_code: "vi" };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The webhook process; resolves with its port once it listens. */
function startWebhook(url: string, apiRoot: string, dieBefore?: string): Promise<{ child: ChildProcess; port: number; exited: Promise<NodeJS.Signals | null> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/webhook-process.ts", url, apiRoot, ...(dieBefore ? [dieBefore] : [])], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    createInterface({ input: child.stdout! }).once("line", (line) => resolve({ child, port: (JSON.parse(line) as { port: number }).port, exited }));
  });
}

function update(updateId: number, text: string) {
  return {
    update_id: updateId,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: FOCAL.id, type: "private" }, from: { is_bot: false, ...FOCAL }, text, entities: text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] : undefined },
  };
}

const post = (port: number, body: unknown) =>
  fetch(`http://127.0.0.1:${port}/telegram/webhook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(body) });

// Each case starts three processes (tsx compiles each): on a loaded machine that takes more than the default.
describe("handle once, never lose: kill -9 between the dedupe row and the work", { timeout: 90_000 }, () => {
  let telegram: TelegramServer;
  beforeAll(async () => {
    telegram = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 3600 });
    await telegram.start();
  });
  afterAll(async () => telegram?.stop());

  const sentToFocal = () => telegram.storage.botMessages.filter((m) => String(m.message.chat_id) === String(FOCAL.id)).map((m) => String(m.message.text));

  /** A database file with the seeded plans and FOCAL as a lead agency's focal point. */
  async function prepared(dir: string) {
    const url = `file:${join(dir, "bot.db")}`;
    const env = await createBotEnv({ url });
    const lead = (await env.client.execute("SELECT a.agency_id AS id, p.committee_id AS c FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN plans p ON p.id = t.plan_id WHERE a.role = 'lead' LIMIT 1")).rows[0]!;
    const people = createPeople(env.db);
    const { code } = await people.createInvite({ committeeId: String(lead.c), agencyId: Number(lead.id), role: "focal", createdBy: null, now: new Date() });
    await people.redeemInvite(code, { channel: "telegram", externalId: String(FOCAL.id), name: FOCAL.first_name, now: new Date() });
    return { url, env };
  }

  it("files a report whose first handling died before it was written, when Telegram redelivers it", async () => {
    await withTempDir(async (dir) => {
      const { url, env } = await prepared(dir);
      const report = update(910001, "/capnhat 1 xong: đã họp triển khai");
      const first = await startWebhook(url, telegram.config.apiURL, 'insert into "progress"');
      await expect(post(first.port, report)).rejects.toThrow();
      expect(await first.exited).toBe("SIGKILL");
      expect(Number((await env.client.execute("SELECT count(*) AS n FROM progress")).rows[0]!.n)).toBe(0);

      // Telegram got no answer, so it sends the same update again, to the restarted bot.
      const second = await startWebhook(url, telegram.config.apiURL);
      try {
        expect((await post(second.port, report)).status).toBe(200);
        const rows = (await env.client.execute("SELECT status, note FROM progress")).rows;
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ status: "done", note: "đã họp triển khai" });
        expect(sentToFocal().at(-1)).toContain("Đã ghi nhận");
        // A third delivery, after it was handled to the end, changes nothing and answers nothing.
        const before = sentToFocal().length;
        expect((await post(second.port, report)).status).toBe(200);
        expect(sentToFocal()).toHaveLength(before);
      } finally {
        second.child.kill("SIGKILL");
        env.client.close();
      }
    });
  });

  it("files the report once when the process died after the work but before marking the update handled", async () => {
    await withTempDir(async (dir) => {
      const { url, env } = await prepared(dir);
      const report = update(910002, "/capnhat 1 đang làm: đã giao việc");
      const first = await startWebhook(url, telegram.config.apiURL, 'insert into "inbound"');
      await expect(post(first.port, report)).rejects.toThrow();
      expect(await first.exited).toBe("SIGKILL");
      const second = await startWebhook(url, telegram.config.apiURL);
      try {
        expect((await post(second.port, report)).status).toBe(200);
        const rows = (await env.client.execute("SELECT status FROM progress")).rows;
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ status: "in_progress" });
      } finally {
        second.child.kill("SIGKILL");
        env.client.close();
      }
    });
  });
});
