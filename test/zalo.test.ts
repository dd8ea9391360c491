import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createDeps } from "../src/deps.js";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { importSeedsOnce } from "../src/ingest/seeds.js";
import { memoryLog, SEEDS_DIR } from "./helpers/bot-env.js";
import { startFakeZalo } from "./helpers/fake-zalo.js";

/** The Zalo bot end to end: events POSTed to our webhook, replies read from a fake Zalo API. */
const TOKEN = "12345:zalo-secret-token";
const SECRET = "zalo-webhook-secret";
const ADMIN = "z-admin";
const FOCAL = "z-focal";
const GUEST = "z-guest";

describe("Zalo bot through a fake Zalo Bot API", () => {
  let zalo: Awaited<ReturnType<typeof startFakeZalo>>;
  let server: ServerType;
  let base: string;
  let deps: ReturnType<typeof createDeps>;
  let n = 0;
  beforeAll(async () => {
    zalo = await startFakeZalo(TOKEN);
    const { log } = memoryLog();
    const client = await openLibsqlClient(":memory:");
    deps = createDeps(client, log, { admins: [`zalo:${ADMIN}`], zalo: { token: TOKEN, apiRoot: zalo.apiRoot, webhookSecret: SECRET } });
    await migrateDatabase(deps.db);
    const importer = createPlanImporter({ db: deps.db, restorer: await loadRestorer(SEEDS_DIR) });
    await importSeedsOnce({ importer, queries: deps.queries, seedsDir: SEEDS_DIR, log });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: deps.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server?.close();
    zalo?.stop();
  });

  const event = (from: string, text: string, extra: Record<string, unknown> = {}) => ({
    event_name: "message.text.received",
    message: { message_id: `m${++n}`, from: { id: from, display_name: from }, chat: { id: from, chat_type: "PRIVATE" }, date: Date.now(), text, ...extra },
  });
  const post = (body: unknown, secret: string | null = SECRET) =>
    fetch(`${base}/zalo/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret === null ? {} : { "x-bot-api-secret-token": secret }) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  async function say(from: string, text: string): Promise<string[]> {
    const before = zalo.sent.length;
    const res = await post(event(from, text));
    expect(res.status).toBe(200);
    return zalo.sent.slice(before).filter((s) => s.chat_id === from).map((s) => s.text);
  }

  it("answers a question in plain text", async () => {
    const [reply] = await say(GUEST, "chỉ tiêu tử vong trẻ sơ sinh");
    expect(reply).toContain("dưới 3,2‰");
  });

  it("rejects a wrong secret (401) and a malformed body (400), changing nothing", async () => {
    const before = zalo.sent.length;
    expect((await post(event(GUEST, "kế hoạch"), "nope")).status).toBe(401);
    expect((await post(event(GUEST, "kế hoạch"), null)).status).toBe(401);
    expect((await post("{oops")).status).toBe(400);
    expect((await post({ event_name: "message.text.received" })).status).toBe(400);
    expect(zalo.sent.length).toBe(before);
  });

  it("handles a redelivered event once", async () => {
    const e = event(GUEST, "kế hoạch");
    const before = zalo.sent.length;
    expect((await post(e)).status).toBe(200);
    const after = zalo.sent.length;
    expect(after).toBeGreaterThan(before);
    expect((await post({ ok: true, result: e })).status).toBe(200); // the same event, wrapped
    expect(zalo.sent.length).toBe(after);
  });

  it("runs invite and the update flow with numbered choices", async () => {
    const [pick] = await say(ADMIN, "/moi Phòng Y tế");
    expect(pick).toMatch(/\n1\. Phòng Y tế — UBND huyện\n2\. Phòng Y tế — Ban Thường vụ Thành ủy Vinh\nGõ số để chọn/);
    const [invite] = await say(ADMIN, "1");
    const code = /\/start (\S+)/.exec(invite!)?.[1];
    expect(code).toBeDefined();
    expect((await say(FOCAL, `/start ${code}`))[0]).toContain("đầu mối của Phòng Y tế");
    const [tasks] = await say(FOCAL, "/capnhat");
    expect(tasks).toMatch(/\n1\. VI\.4 /);
    const [statuses] = await say(FOCAL, "1");
    expect(statuses).toMatch(/1\. chưa bắt đầu\n2\. đang thực hiện\n3\. hoàn thành\n4\. vướng mắc/);
    expect((await say(FOCAL, "3"))[0]).toContain("ghi chú");
    const [echo] = await say(FOCAL, "đã khám cho 120 trẻ");
    expect(echo).toContain("Đã ghi nhận: VI.4");
    expect(echo).toContain("hoàn thành");
    const rows = await deps.db.$client.execute("SELECT status, note, source_channel FROM progress");
    expect(rows.rows.at(-1)).toMatchObject({ status: "done", note: "đã khám cho 120 trẻ", source_channel: "zalo" });
  });

  it("sends the digest on demand in two short messages, and progress answers, each under 2,000 characters", async () => {
    const before = zalo.sent.length;
    const [choose] = await say(ADMIN, "/tonghop");
    const tinhUy = choose!.split("\n").find((l) => /^\d+\. Ban Thường vụ Tỉnh ủy$/.test(l))!.split(".")[0]!;
    await say(ADMIN, tinhUy);
    const digest = zalo.sent.slice(before + 1).map((s) => s.text);
    expect(digest[0]).toContain("TỔNG HỢP TUẦN — Ban Thường vụ Tỉnh ủy");
    expect(digest.length).toBeLessThanOrEqual(2);
    expect(digest.join("\n")).toMatch(/Chỉ tiêu: 0 đạt · 0 có nguy cơ · 0 chưa đạt · \d+ chưa có số liệu/);
    const mark = zalo.sent.length;
    await say(ADMIN, "cơ quan nào chưa báo cáo?");
    const parts = zalo.sent.slice(mark).map((s) => s.text);
    for (const p of zalo.sent) expect(p.text.length).toBeLessThanOrEqual(2000);
    expect(parts.join("\n")).toContain("TIẾN ĐỘ — Ban Thường vụ Tỉnh ủy");
    expect(parts.join("\n")).toMatch(/Chưa báo cáo \(\d+\):\n• /);
  });

  it("answers images and stickers with what it can read", async () => {
    const before = zalo.sent.length;
    await post({ event_name: "message.sticker.received", message: { message_id: `m${++n}`, from: { id: GUEST }, chat: { id: GUEST, chat_type: "PRIVATE" } } });
    expect(zalo.sent.slice(before)[0]!.text).toContain("tin nhắn chữ");
  });

  it("answers a file with the way to send plans: the admin web (/web), since Zalo gives bots no files", async () => {
    const before = zalo.sent.length;
    await post({ event_name: "message.file.received", message: { message_id: `m${++n}`, from: { id: GUEST }, chat: { id: GUEST, chat_type: "PRIVATE" } } });
    expect(zalo.sent.slice(before)[0]!.text).toContain("gõ /web để lấy đường dẫn vào trang quản trị");
  });

  it("sends a reply about a choice as a message of its own: Zalo cannot edit the numbered list it answered", async () => {
    const before = zalo.sent.length;
    await deps.zalo!.send(GUEST, { text: "Tệp này đã được nhập theo lựa chọn trước của bạn.", inPlace: true, prompt: { closed: true, shows: "Đã chọn Ban: UBND huyện" } });
    expect(zalo.sent.slice(before).map((s) => s.text)).toEqual(["Tệp này đã được nhập theo lựa chọn trước của bạn."]);
  });

  it("links a Telegram and a Zalo account of one person with a one-time code", async () => {
    const tg = { channel: "telegram" as const, chatId: "4242", chatKind: "private" as const, senderId: "4242", receivedAt: new Date() };
    // The focal point also uses Telegram: they ask for a code on Zalo and type it on Telegram.
    const [code] = await say(FOCAL, "/lienket");
    const digits = /Mã liên kết: (\S+)/.exec(code!)?.[1];
    expect(digits).toBeDefined();
    const [linked] = await deps.core.handle({ ...tg, text: `/lienket ${digits}`, messageId: "t1" });
    expect(linked!.text).toContain("Đã liên kết");
    const [update] = await deps.core.handle({ ...tg, text: "/capnhat 1 đang làm: từ Telegram", messageId: "t2" });
    expect(update!.text).toContain("Đã ghi nhận");
    const [again] = await deps.core.handle({ ...tg, text: `/lienket ${digits}`, messageId: "t3" });
    expect(again!.text).toContain("không hợp lệ");
  });
});
