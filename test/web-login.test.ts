import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createBotEnv, withTempDir } from "./helpers/bot-env.js";
import { serveApp } from "./helpers/web-server.js";

const run = promisify(execFile);
const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function setup(url?: string) {
  let now = new Date("2026-11-02T08:00:00Z");
  const env = await createBotEnv({ url, clock: () => now });
  const server = await serveApp(env.app);
  stops.push(() => server.close(), () => env.client.close());
  return { env, server, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

/** Opens a login link the way a person does: the page, then its one button. */
async function logIn(browser: ReturnType<Awaited<ReturnType<typeof serveApp>>["browser"]>, link: string) {
  const url = new URL(link);
  const page = await browser.request(`${url.pathname}${url.search}`);
  const token = url.searchParams.get("t")!;
  const posted = await browser.request(url.pathname, { method: "POST", form: { t: token } });
  return { page, posted };
}

describe("admin web login", () => {
  it("web-link prints a one-time link on the server's database; it logs in once, with an HttpOnly SameSite=Strict cookie", { timeout: 60_000 }, async () => {
    await withTempDir(async (dir) => {
      const url = `file:${join(dir, "bot.db")}`;
      const { stdout } = await run(join("node_modules", ".bin", "tsx"), [join("src", "cli", "web-link.ts")], { env: { ...process.env, DATABASE_URL: url, PORT: "9123", PUBLIC_URL: "" } });
      const link = stdout.trim();
      expect(link).toMatch(/^http:\/\/localhost:9123\/quan-tri\/dang-nhap\?t=[\w-]{20,}$/);
      const { server } = await setup(url);
      const browser = server.browser();
      const { page, posted } = await logIn(browser, link);
      expect(page.res.status).toBe(200);
      expect(page.text).toContain("Đăng nhập");
      expect(posted.res.status).toBe(303);
      const cookie = posted.res.headers.getSetCookie().join("\n");
      expect(cookie).toMatch(/bcd_sid=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Expires=/i);
      const home = await browser.request("/quan-tri");
      expect(home.res.status).toBe(200);
      expect(home.text).toContain("UBND huyện Mường Ảng");
      // The same link again, from another browser: refused, no cookie.
      const other = server.browser();
      const again = await logIn(other, link);
      expect(again.posted.res.status).toBe(401);
      expect(again.posted.text).toContain("đã dùng hoặc đã hết hạn");
      expect(other.jar.size).toBe(0);
    });
  });

  it("refuses an expired link, shows no data without the cookie, and changes nothing on a form without its token", async () => {
    const { env, server, advance } = await setup();
    const link = await env.session.loginLink({ channel: "cli", externalId: "admin", name: "Quản trị" }, server.base);
    advance(16 * 60_000);
    const late = server.browser();
    expect((await logIn(late, link)).posted.res.status).toBe(401);
    expect(late.jar.size).toBe(0);

    const anonymous = server.browser();
    for (const path of ["/quan-tri", "/quan-tri/ke-hoach", "/quan-tri/danh-ba"]) {
      const { res, text } = await anonymous.request(path);
      expect(res.status, path).toBe(401);
      expect(text).toContain("/web");
      expect(text).not.toContain("Mường Ảng");
    }
    const forgedAnonymous = await anonymous.request("/quan-tri/ban", { method: "POST", form: { name: "Ban giả mạo", timezone: "Asia/Ho_Chi_Minh" } });
    expect(forgedAnonymous.res.status).toBe(401);

    const admin = server.browser();
    await logIn(admin, await env.session.loginLink({ channel: "cli", externalId: "admin", name: "Quản trị" }, server.base));
    const forged = await admin.request("/quan-tri/ban", { method: "POST", form: { name: "Ban giả mạo", timezone: "Asia/Ho_Chi_Minh" } });
    expect(forged.res.status).toBe(403);
    const wrongToken = await admin.request("/quan-tri/ban", { method: "POST", form: { name: "Ban giả mạo", timezone: "Asia/Ho_Chi_Minh", _csrf: "x".repeat(32) } });
    expect(wrongToken.res.status).toBe(403);
    const committees = await env.client.execute("SELECT count(*) AS n FROM committees WHERE name = 'Ban giả mạo'");
    expect(Number(committees.rows[0]!.n)).toBe(0);

    // With the page's own token the same form works, and what was typed is shown escaped.
    const home = await admin.request("/quan-tri");
    const csrf = /name="_csrf" value="([^"]+)"/.exec(home.text)![1]!;
    const made = await admin.request("/quan-tri/ban", { method: "POST", form: { name: "Ban <b>thử</b>", timezone: "Asia/Ho_Chi_Minh", _csrf: csrf } });
    expect(made.res.status).toBe(200);
    expect(made.text).toContain("Ban &lt;b&gt;thử&lt;/b&gt;");
    expect(made.text).not.toContain("<b>thử</b>");

    // Logging out ends the session: the cookie no longer opens anything.
    const sid = admin.jar.get("bcd_sid")!;
    await admin.request("/quan-tri/dang-xuat", { method: "POST", form: { _csrf: csrf } });
    const replay = server.browser();
    replay.jar.set("bcd_sid", sid);
    expect((await replay.request("/quan-tri")).res.status).toBe(401);
  });

  it("lets an admin invite by link and revoke; a focal point sees only their committee and no admin page; revoking them ends their session", async () => {
    const { env, server } = await setup();
    const admin = server.browser();
    await logIn(admin, await env.session.loginLink({ channel: "cli", externalId: "admin", name: "Quản trị" }, server.base));
    const contacts = await admin.request("/quan-tri/danh-ba?ban=ubnd-huyen-muong-ang");
    const csrf = /name="_csrf" value="([^"]+)"/.exec(contacts.text)![1]!;
    const agencyId = /<option value="(\d+)">Đầu mối: ([^<]+)<\/option>/.exec(contacts.text)!;
    const made = await admin.request("/quan-tri/danh-ba/moi", { method: "POST", form: { _csrf: csrf, ban: "ubnd-huyen-muong-ang", who: agencyId[1]! } });
    const code = /\/start ([a-z0-9]+)/.exec(made.text)![1]!;
    expect(made.text).toContain(`Đã tạo lời mời đầu mối ${agencyId[2]}`);

    // A second invite, revoked on the page: its code no longer works.
    const second = await admin.request("/quan-tri/danh-ba/moi", { method: "POST", form: { _csrf: csrf, ban: "ubnd-huyen-muong-ang", who: "leader" } });
    const revokedCode = /id="invite-link">[^<]*<b>\/start ([a-z0-9]+)/.exec(second.text)![1]!;
    expect((await admin.request(`/quan-tri/danh-ba/moi/${revokedCode}/huy`, { method: "POST", form: { _csrf: csrf } })).text).toContain("Đã hủy lời mời");
    const tg = { channel: "telegram" as const, chatId: "5151", chatKind: "private" as const, senderId: "5151", senderName: "Hạnh", receivedAt: new Date() };
    expect((await env.core.handle({ ...tg, text: `/start ${revokedCode}`, messageId: "a" }))[0]!.text).toContain("không hợp lệ");

    // The focal point joins by the first link, and logs in with /web.
    expect((await env.core.handle({ ...tg, text: `/start ${code}`, messageId: "b" }))[0]!.text).toContain("đầu mối");
    const webReply = (await env.core.handle({ ...tg, text: "/web", messageId: "c" }))[0]!.text;
    const focal = server.browser();
    await logIn(focal, /https?:\/\/\S+/.exec(webReply)![0].replace(/^https?:\/\/[^/]+/, server.base));
    const home = await focal.request("/quan-tri");
    expect(home.res.status).toBe(200);
    expect(home.text).toContain("UBND huyện Mường Ảng");
    expect(home.text).not.toContain("Ban Thường vụ Thành ủy Vinh");
    expect(home.text).not.toContain('action="/quan-tri/ban"');
    for (const path of ["/quan-tri/ke-hoach", "/quan-tri/danh-ba"]) expect((await focal.request(path)).res.status, path).toBe(403);

    // Revoked on the contacts page: the focal point's session opens nothing any more.
    const listed = await admin.request("/quan-tri/danh-ba");
    const contactId = new RegExp(`#(\\d+) Hạnh`).exec(listed.text)![1]!;
    expect((await admin.request(`/quan-tri/danh-ba/${contactId}/thu-hoi`, { method: "POST", form: { _csrf: csrf } })).text).toContain("Đã thu hồi");
    expect((await focal.request("/quan-tri")).res.status).toBe(401);
  });
});
