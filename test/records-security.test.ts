import { request } from "node:http";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createDeps } from "../src/deps.js";
import { ADMIN, startTelegramHarness } from "./helpers/telegram-harness.js";
import { memoryLog } from "./helpers/bot-env.js";
import { startFakeZalo } from "./helpers/fake-zalo.js";

/**
 * Issue 20 (1, 3, 8): nobody takes over a focal point from the open web chat, codes cannot be guessed,
 * a sender who guesses is stopped, and no request is big enough to hurt the process.
 */
const FOCAL = { id: 2001, first_name: "Lan", language_code: "vi" };
const OTHER = { id: 2002, first_name: "Lan (máy 2)", language_code: "vi" };
const GUESSER = { id: 2003, first_name: "Đoán", language_code: "vi" };
const NEWCOMER = { id: 2004, first_name: "Mới", language_code: "vi" };
const BASE32_80_BITS = /^[a-z2-7]{16}$/;

describe("records you can trust: codes, the web chat, limits", () => {
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  const count = async (sql: string) => Number((await h.client.execute(sql)).rows[0]!.n);
  const buttons = (msg: { markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } } | undefined) => (msg?.markup?.inline_keyboard ?? []).flat();

  async function inviteCode(): Promise<string> {
    const [pick] = await h.say(h.messageUpdate(ADMIN, "/moi Phòng Y tế"), ADMIN.id);
    const huyen = buttons(pick).find((b) => b.text.includes("UBND huyện") && !b.text.includes("Mường Ảng"))!;
    const [invite] = await h.say(h.callbackUpdate(ADMIN, huyen.callback_data), ADMIN.id);
    return /\/start (\S+)/.exec(invite!.text)![1]!;
  }

  async function web(text: string, session = "web-attacker"): Promise<Response> {
    return fetch(`${h.base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ session, text }) });
  }

  let linkCode = "";
  beforeAll(async () => {
    h = await startTelegramHarness();
  });
  afterAll(async () => h?.stop());

  it("issues invite and link codes of at least 64 random bits", async () => {
    const invite = await inviteCode();
    expect(invite).toMatch(BASE32_80_BITS);
    const [welcome] = await h.say(h.messageUpdate(FOCAL, `/start ${invite}`), FOCAL.id);
    expect(welcome!.text).toContain("đầu mối của Phòng Y tế");
    const [link] = await h.say(h.messageUpdate(FOCAL, "/lienket"), FOCAL.id);
    linkCode = /lienket (\S+)/.exec(link!.text)![1]!;
    expect(linkCode).toMatch(BASE32_80_BITS);
  });

  it("answers only questions in the anonymous web chat: no linking, invites or reports, nothing recorded", async () => {
    const freshInvite = await inviteCode();
    const identities = await count("SELECT count(*) AS n FROM identities");
    for (const text of [`/lienket ${linkCode}`, `/start ${freshInvite}`, "/capnhat 1 xong: đã làm", "/chitieu thấp còi 0,5%", "/sua xong", "báo cáo tiến độ", "/moi Phòng Y tế", "/ngonngu en"]) {
      const res = await web(text);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { replies: Array<{ text: string }> };
      expect(body.replies[0]!.text).toContain("chỉ để hỏi về các kế hoạch");
      expect(body.replies[0]!.text).toContain("Telegram hoặc Zalo");
    }
    expect(await count("SELECT count(*) AS n FROM progress")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM identities")).toBe(identities);
    expect(await count(`SELECT count(*) AS n FROM invites WHERE code = '${freshInvite}' AND used_at IS NULL`)).toBe(1);
    // Questions still get answers there.
    const res = await web("có những kế hoạch nào?");
    expect(((await res.json()) as { replies: Array<{ text: string }> }).replies[0]!.text).toContain("kế hoạch");
  });

  it("does not use up a /lienket code opened with /start; it still links the second account", async () => {
    const [wrong] = await h.say(h.messageUpdate(OTHER, `/start ${linkCode}`), OTHER.id);
    expect(wrong!.text).toContain("không hợp lệ");
    const [linked] = await h.say(h.messageUpdate(OTHER, `/lienket ${linkCode.toUpperCase()}`), OTHER.id);
    expect(linked!.text).toContain("Đã liên kết");
  });

  it("stops a sender after five wrong codes, even when the sixth is right, and leaves that invite unused", async () => {
    for (let i = 0; i < 5; i++) {
      const [reply] = await h.say(h.messageUpdate(GUESSER, `/start aaaaaaaaaaaaaaa${i}`), GUESSER.id);
      expect(reply!.text).toContain("không hợp lệ");
    }
    const real = await inviteCode();
    const [stopped] = await h.say(h.messageUpdate(GUESSER, `/start ${real}`), GUESSER.id);
    expect(stopped!.text).toContain("quá nhiều lần");
    const [linkTry] = await h.say(h.messageUpdate(GUESSER, `/lienket ${linkCode}`), GUESSER.id);
    expect(linkTry!.text).toContain("quá nhiều lần");
    expect(await count(`SELECT count(*) AS n FROM invites WHERE code = '${real}' AND used_at IS NULL`)).toBe(1);
    // Someone else opens it normally.
    const [welcome] = await h.say(h.messageUpdate(NEWCOMER, `/start ${real}`), NEWCOMER.id);
    expect(welcome!.text).toContain("đầu mối");
  });

  it("limits commands per sender", async () => {
    const FLOOD = { id: 2005, first_name: "Nhanh", language_code: "vi" };
    const replies: string[] = [];
    for (let i = 0; i < 31; i++) replies.push(...(await h.say(h.messageUpdate(FLOOD, "/capnhat"), FLOOD.id)).map((r) => r.text));
    expect(replies.slice(0, 30).every((r) => !r.includes("quá nhanh"))).toBe(true);
    expect(replies.at(-1)).toContain("quá nhanh");
  });

  it("limits the web chat per address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await web("kế hoạch 273", `s${i}`)).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(30);
  });
  it("refuses oversized bodies on the chat and the webhook before reading them", async () => {
    const big = JSON.stringify({ session: "s", text: "a".repeat(1_000_000) });
    const chat = await fetch(`${h.base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: big });
    expect(chat.status).toBe(413);
    const hook = await h.post(h.messageUpdate(GUESSER, "x".repeat(1_000_000)));
    expect(hook.status).toBe(413);
  });

  it("bounds the body of every other route by default, told its size or not", async () => {
    // The login form sets no limit of its own: the app-wide default stops it before the form is parsed.
    const sessions = await count("SELECT count(*) AS n FROM web_sessions");
    const form = "t=" + "a".repeat(1_000_000);
    const sized = await rawPost(`${h.base}/quan-tri/dang-nhap`, [form], { "content-length": String(form.length) });
    expect(sized.status).toBe(413);
    expect(sized.text).toContain("Yêu cầu quá lớn");
    // Streamed without a length (chunked): counted as it arrives, cut at the limit.
    const streamed = await rawPost(`${h.base}/quan-tri/dang-nhap`, Array.from({ length: 16 }, (_, i) => (i ? "" : "t=") + "b".repeat(64 * 1024)), {});
    expect(streamed.status).toBe(413);
    // A form of normal size still reaches the route (an unknown token: refused by the route itself).
    expect((await rawPost(`${h.base}/quan-tri/dang-nhap`, ["t=khong-hop-le"], {})).status).toBe(401);
    expect(await count("SELECT count(*) AS n FROM web_sessions")).toBe(sessions);
  });
});

/**
 * A POST on a connection of its own (a refused upload may close it mid-body), in parts; without a
 * content-length the body goes chunked. Resolves with the answer even when the server stops reading.
 */
function rawPost(url: string, parts: string[], headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent: false, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", (error) => (error.message.includes("EPIPE") || error.message.includes("ECONNRESET") ? undefined : reject(error)));
    (async () => {
      for (const part of parts) if (!req.write(part)) await new Promise((r) => req.once("drain", r));
      req.end();
    })().catch(() => undefined);
  });
}

describe("a Zalo request is bounded", () => {
  const TOKEN = "999:zalo";
  const SECRET = "zalo-secret";
  let zalo: Awaited<ReturnType<typeof startFakeZalo>>;
  let server: ServerType;
  let base = "";
  beforeAll(async () => {
    zalo = await startFakeZalo(TOKEN);
    const client = await openLibsqlClient(":memory:");
    const deps = createDeps(client, memoryLog().log, { zalo: { token: TOKEN, apiRoot: zalo.apiRoot, webhookSecret: SECRET } });
    await migrateDatabase(deps.db);
    server = await new Promise((resolve) => {
      const s = serve({ fetch: deps.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server?.close();
    zalo?.stop();
  });
  const post = (body: string) => fetch(`${base}/zalo/webhook`, { method: "POST", headers: { "content-type": "application/json", "x-bot-api-secret-token": SECRET }, body });
  const event = (i: number, text = "xin chào") => ({ event_name: "message.text.received", message: { message_id: `m${i}`, from: { id: "u1" }, chat: { id: "u1", chat_type: "PRIVATE" }, text } });

  it("answers at most a few events per request: 200 events get no replies", async () => {
    const res = await post(JSON.stringify({ ok: true, result: Array.from({ length: 200 }, (_, i) => event(i)) }));
    expect(res.status).toBe(413);
    expect(zalo.sent).toHaveLength(0);
  });

  it("refuses a body over the webhook limit, and answers an overlong text with the length message", async () => {
    expect((await post(JSON.stringify(event(500, "a".repeat(1_000_000))))).status).toBe(413);
    expect(zalo.sent).toHaveLength(0);
    expect((await post(JSON.stringify(event(501, "Sở Y tế ".repeat(5000))))).status).toBe(200);
    expect(zalo.sent.at(-1)?.text).toContain("dài quá");
  });
});
