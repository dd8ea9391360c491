import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import TelegramServer from "telegram-test-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLibsqlClient } from "../src/db/node-client.js";
import { createDeps } from "../src/deps.js";
import { createPeople } from "../src/db/repos/people.js";
import { createBotEnv, memoryLog, withTempDir } from "./helpers/bot-env.js";
import { freePort } from "./helpers/web-server.js";
import { ADMIN, BOT, SECRET, TOKEN } from "./helpers/telegram-harness.js";

/**
 * Issue 20: attempt limits hold across instances. Two apps on one database file (two processes' worth:
 * two clients, two servers) behind one Telegram emulator: a sender's wrong codes, a sender's commands
 * and an address's web chat requests are counted together, so landing on both does not double them.
 */
const GUESSER = { id: 8101, first_name: "Đoán", language_code: "vi" };
const FLOODER = { id: 8102, first_name: "Nhanh", language_code: "vi" };

describe("attempt limits shared by two instances on one database", () => {
  let telegram: TelegramServer;
  let cleanup: () => Promise<void> = async () => {};
  let bases: string[] = [];
  let url = "";
  let updateId = 50_000;

  beforeAll(async () => {
    telegram = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 3600 });
    await telegram.start();
  });
  afterAll(async () => {
    await cleanup();
    await telegram?.stop();
  });

  /** Both instances, started on a seeded file; the test body runs while they serve. */
  async function withTwoInstances(fn: () => Promise<void>) {
    await withTempDir(async (dir) => {
      url = `file:${join(dir, "bot.db")}`;
      const seeded = await createBotEnv({ url });
      const servers: ServerType[] = [];
      const clients = [seeded.client];
      bases = [];
      for (let i = 0; i < 2; i++) {
        const client = await openLibsqlClient(url);
        clients.push(client);
        const deps = createDeps(client, memoryLog().log, { admins: [`telegram:${ADMIN.id}`], telegram: { token: TOKEN, apiRoot: telegram.config.apiURL, botInfo: BOT, webhookSecret: SECRET }, sleep: async () => {} });
        const port = await freePort();
        servers.push(serve({ fetch: deps.app.fetch, port, hostname: "127.0.0.1" }));
        bases.push(`http://127.0.0.1:${port}`);
      }
      cleanup = async () => {
        for (const s of servers) s.close();
        for (const c of clients) c.close();
      };
      try {
        await fn();
      } finally {
        await cleanup();
        cleanup = async () => {};
      }
    });
  }

  const repliesTo = (id: number) => telegram.storage.botMessages.filter((m) => String(m.message.chat_id) === String(id)).map((m) => String(m.message.text));

  /** A private message to instance `i`'s webhook; returns the bot's replies it caused. */
  async function say(i: number, from: { id: number; first_name: string }, text: string): Promise<string[]> {
    const before = repliesTo(from.id).length;
    const update = {
      update_id: ++updateId,
      message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: from.id, type: "private" }, from: { is_bot: false, ...from }, text, entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] },
    };
    const res = await fetch(`${bases[i]}/telegram/webhook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update) });
    expect(res.status).toBe(200);
    return repliesTo(from.id).slice(before);
  }

  it("stops a sender after five wrong codes split over both instances; the right code then stays unused", { timeout: 90_000 }, async () => {
    await withTwoInstances(async () => {
      for (let i = 0; i < 5; i++) expect((await say(i % 2, GUESSER, `/start aaaaaaaaaaaaaaa${i}`)).join("\n")).toContain("không hợp lệ");
      const client = await openLibsqlClient(url);
      try {
        const people = createPeople((await import("../src/db/client.js")).createDb(client));
        const agency = (await client.execute("SELECT id, committee_id FROM agencies LIMIT 1")).rows[0]!;
        const { code } = await people.createInvite({ committeeId: String(agency.committee_id), agencyId: Number(agency.id), role: "focal", createdBy: null, now: new Date() });
        for (const i of [0, 1]) expect((await say(i, GUESSER, `/start ${code}`)).join("\n")).toContain("quá nhiều lần");
        expect(Number((await client.execute({ sql: "SELECT count(*) AS n FROM invites WHERE code = ? AND used_at IS NULL", args: [code] })).rows[0]!.n)).toBe(1);
      } finally {
        client.close();
      }
    });
  });

  it("counts one sender's commands and one address's web chat requests once across both instances", { timeout: 120_000 }, async () => {
    await withTwoInstances(async () => {
      // 30 commands a minute per sender: 40 sent alternately get at least 10 refusals in all.
      let refused = 0;
      for (let n = 0; n < 40; n++) refused += (await say(n % 2, FLOODER, "/trogiup")).filter((t) => t.includes("quá nhanh")).length;
      expect(refused).toBeGreaterThanOrEqual(10);

      // 30 web chat requests a minute per address: alternating does not let 60 through.
      const statuses: number[] = [];
      for (let n = 0; n < 40; n++) {
        const res = await fetch(`${bases[n % 2]}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ session: `s${n}`, text: "kế hoạch" }) });
        statuses.push(res.status);
        await res.text();
      }
      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(30);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    });
  });
});
