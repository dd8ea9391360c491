import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import TelegramServer from "telegram-test-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createDeps } from "../src/deps.js";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { importSeedsOnce } from "../src/ingest/seeds.js";
import { SEEDS_DIR, withTempDir } from "./helpers/bot-env.js";
import { startHranaServer } from "./helpers/hrana-server.js";
import { BOT, SECRET, TOKEN } from "./helpers/telegram-harness.js";

/**
 * The Worker itself in workerd (`wrangler dev --local`), its database a
 * real SQLite file behind a Hrana-over-HTTP server, its Telegram calls going
 * to telegram-test-api. Runs on a machine without network.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Stops a process and everything it started; a test run must not leave workerd spinning behind it. */
async function stopGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
  signal("SIGKILL");
}

describe("the Worker in workerd against a Hrana server", () => {
  let wrangler: ChildProcess | undefined;
  let telegram: TelegramServer;
  let hrana: Awaited<ReturnType<typeof startHranaServer>>;
  let base: string;
  let output = "";
  let cleanup: (() => Promise<void>) | undefined;
  const GROUP = -4242;

  beforeAll(async () => {
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    const ready = new Promise<string>((resolve, reject) => {
      void withTempDir(async (dir) => {
        const file = join(dir, "turso.db");
        // Migrations and seeds from Node, as before a real deploy.
        const client = await openLibsqlClient(`file:${file}`);
        const deps = createDeps(client, () => {});
        await migrateDatabase(deps.db);
        const importer = createPlanImporter({ db: deps.db, restorer: await loadRestorer(SEEDS_DIR) });
        await importSeedsOnce({ importer, queries: deps.queries, seedsDir: SEEDS_DIR, log: () => {} });
        // This committee's digest is due every minute, so whatever time workerd's clock says, its slot is today.
        await client.execute("UPDATE committees SET digest_cron = '* * * * *' WHERE id = 'ubnd-huyen-muong-ang'");
        await client.execute({ sql: "INSERT INTO chats (channel, external_id, committee_id, kind, title) VALUES ('telegram', ?, 'ubnd-huyen-muong-ang', 'group', 'BCĐ')", args: [String(GROUP)] });
        client.close();
        hrana = await startHranaServer(file);
        telegram = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 3600 });
        await telegram.start();
        const port = await freePort();
        const vars = {
          DATABASE_URL: hrana.url,
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: telegram.config.apiURL,
          TELEGRAM_WEBHOOK_SECRET: SECRET,
          TELEGRAM_BOT_INFO: JSON.stringify(BOT),
          LOG_LEVEL: "warn",
        };
        const args = [join("node_modules", "wrangler", "bin", "wrangler.js"), "dev", "--local", "--ip", "127.0.0.1", "--port", String(port), "--test-scheduled", "--show-interactive-dev-session=false", ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`])];
        // Its own process group: wrangler starts workerd processes, and all of them must stop with the test.
        wrangler = spawn(process.execPath, args, {
          env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", NO_COLOR: "1", CI: "1" },
          stdio: ["ignore", "pipe", "pipe"],
          detached: true,
        });
        const onData = (d: Buffer) => {
          output += d.toString();
          if (/Ready on/.test(output)) resolve(`http://127.0.0.1:${port}`);
        };
        wrangler.stdout!.on("data", onData);
        wrangler.stderr!.on("data", onData);
        wrangler.on("exit", (code) => reject(new Error(`wrangler dev exited (${code}):\n${output}`)));
        await done;
      }).catch(reject);
    });
    cleanup = async () => {
      await stopGroup(wrangler);
      await telegram?.stop();
      await hrana?.close();
      release();
    };
    base = await ready;
  }, 120_000);
  afterAll(async () => cleanup?.());

  const botMessages = (chatId: number) => telegram.storage.botMessages.filter((m) => String(m.message.chat_id) === String(chatId)).map((m) => String(m.message.text));
  async function until<T>(fn: () => T | undefined, ms = 15_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = fn();
      if (v) return v;
      if (Date.now() > end) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it("answers a Telegram webhook update from inside workerd, reading the plans over Hrana", async () => {
    const update = { update_id: 1, message: { message_id: 1, date: 0, chat: { id: 501, type: "private" }, from: { id: 501, is_bot: false, first_name: "A" }, text: "chỉ tiêu tử vong trẻ sơ sinh" } };
    const post = (secret: string) => fetch(`${base}/telegram/webhook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, body: JSON.stringify(update) });
    expect((await post("wrong")).status).toBe(401);
    expect((await post(SECRET)).status).toBe(200);
    const reply = await until(() => botMessages(501)[0]);
    expect(reply).toContain("dưới 3,2‰");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("runs the digest job from /__scheduled and delivers it to the bound group", { timeout: 60_000 }, async () => {
    const res = await fetch(`${base}/__scheduled?cron=${encodeURIComponent("*/15 * * * *")}`);
    expect(res.status).toBe(200);
    const digest = await until(() => botMessages(GROUP).find((t) => t.includes("TỔNG HỢP TUẦN"))).catch((e) => {
      console.log(output.slice(-3000));
      throw e;
    });
    const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
    expect(digest).toContain(`TỔNG HỢP TUẦN — UBND huyện Mường Ảng (${today})`);
    expect(hrana.requests()).toBeGreaterThan(0);
  });
});
