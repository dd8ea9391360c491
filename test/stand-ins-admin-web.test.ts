import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { SEEDS_DIR } from "./helpers/bot-env.js";
import { ADMIN, startTelegramHarness } from "./helpers/telegram-harness.js";
import { serveApp } from "./helpers/web-server.js";

/**
 * Stand-ins on the admin web's contacts page, with the bot's clock moved day by day (in the past: a session
 * cookie may not expire more than 400 days ahead of the real clock): each deputy shows whom they stand in
 * for and the dates, marked when over or not yet begun; an admin ends one early with a form, the deputy's
 * contact is revoked as "/nghi hủy" does, and both people are told in chat. Bad or replayed forms change
 * nothing and get a polite answer.
 */
const FOCAL = { id: 7201, first_name: "Lan", language_code: "vi" };
const DEPUTY = { id: 7202, first_name: "Minh", language_code: "vi" };
const CANCELLED = { id: 7203, first_name: "Tú", language_code: "vi" };
// A name as typed in Telegram, markup and all: the page must show it as text.
const LATE_DEPUTY = { id: 7204, first_name: "Hoa <b>Lê</b>", language_code: "vi" };
const LATE_NAME = "Hoa &lt;b&gt;Lê&lt;/b&gt;";
const at = (local: string) => new Date(`${local}+07:00`);

const PLAN = [
  "UBND HUYỆN THỬ NGHIỆM", "Số: 32/KH-UBND", "Thử Nghiệm, ngày 02 tháng 01 năm 2026", "", "KẾ HOẠCH", "Phổ biến pháp luật năm 2026", "",
  "I. TỔ CHỨC THỰC HIỆN",
  "1. Phòng Tư pháp báo cáo kết quả phổ biến pháp luật trước ngày 14/3/2026.",
  "2. Phòng Tư pháp tổ chức tuyên truyền pháp luật tại các thôn, bản.",
].join("\n");

describe("stand-ins on the admin web's contacts page", () => {
  let now = at("2026-03-04T09:00:00");
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  let web: Awaited<ReturnType<typeof serveApp>>;
  const say = async (who: { id: number; first_name: string }, text: string) => (await h.say(h.messageUpdate(who, text), who.id)).map((m) => m.text).join("\n");
  const codeIn = (reply: string) => /\/start ([a-z2-7]+)/.exec(reply)![1]!;
  /** A notice to someone other than the sender goes out right after the change; waits for it. */
  async function nextMessageTo(chatId: number, before: number): Promise<string> {
    for (let i = 0; i < 100 && h.sentTo(chatId).length <= before; i++) await new Promise((r) => setTimeout(r, 50));
    return h.sentTo(chatId).slice(before).map((m) => m.text).join("\n");
  }
  /** A browser logged in by a one-time link, as /web gives one. */
  async function logIn(who: { channel: "cli" | "telegram"; externalId: string; name: string }) {
    const browser = web.browser();
    const link = new URL(await h.deps.session.loginLink(who, web.base));
    const opened = await browser.request(link.pathname, { method: "POST", form: { t: link.searchParams.get("t")! } });
    expect(opened.res.status).toBe(303);
    return browser;
  }
  const asAdmin = () => logIn({ channel: "cli", externalId: "admin", name: "Quản trị" });
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  /** The contacts table's row of one person, by their name as the page writes it. */
  const rowOf = (html: string, name: string) => [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!).find((row) => row.includes(` ${name}</td>`));
  const idOf = async (name: string) => Number((await h.client.execute({ sql: "SELECT id FROM contacts WHERE name = ?", args: [name] })).rows[0]!.id);
  /** Everything the action may change: outbox rows, ended leaves, revoked contacts. */
  const state = async () => ({ ...(await h.client.execute(
    "SELECT (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM stand_ins WHERE cancelled_at IS NOT NULL) AS ended, (SELECT count(*) FROM contacts WHERE revoked_at IS NOT NULL) AS revoked",
  )).rows[0] });
  const end = (browser: Awaited<ReturnType<typeof asAdmin>>, id: string | number, form: Record<string, string>) =>
    browser.request(`/quan-tri/danh-ba/${id}/ket-thuc-thay`, { method: "POST", form });

  beforeAll(async () => {
    h = await startTelegramHarness({ seed: false, clock: () => now });
    web = await serveApp(h.deps.app);
    const importer = createPlanImporter({ db: h.deps.db, restorer: await loadRestorer(SEEDS_DIR) });
    const { committeeId } = await importer.importText(PLAN, "thu-nghiem.txt");
    const agencyId = Number((await h.client.execute({ sql: "SELECT id FROM agencies WHERE committee_id = ? AND name = 'Phòng Tư pháp'", args: [committeeId] })).rows[0]!.id);
    expect(await say(FOCAL, `/start ${codeIn(await say(ADMIN, `/moi #${agencyId}`))}`)).toContain("đầu mối của Phòng Tư pháp");

    // Three stand-ins: one over by the time the page is read, one cancelled in chat, one still to come.
    expect(await say(DEPUTY, `/start ${codeIn(await say(FOCAL, "/nghi 6/3 12/3"))}`)).toContain("Bạn nhận thay Lan");
    now = at("2026-03-16T09:00:00");
    expect(await say(CANCELLED, `/start ${codeIn(await say(FOCAL, "/nghi 18/3 20/3"))}`)).toContain("Bạn nhận thay Lan");
    expect(await say(FOCAL, "/nghi hủy")).toContain("Đã hủy lịch nghỉ");
    expect(await say(LATE_DEPUTY, `/start ${codeIn(await say(FOCAL, "/nghi 25/3 28/3"))}`)).toContain("Bạn nhận thay Lan");
  }, 60_000);
  afterAll(async () => {
    web?.close();
    await h?.stop();
  });

  it("shows whom each deputy stands in for and when, marked when not yet begun or over, in the committee's time zone", async () => {
    now = at("2026-03-20T09:00:00");
    const page = (await (await asAdmin()).request("/quan-tri/danh-ba")).text;
    const upcoming = rowOf(page, LATE_NAME)!;
    expect(upcoming).toContain('Người thay cho <b>Lan</b> (Phòng Tư pháp), 25/03/2026 – 28/03/2026 · <b class="warn">chưa bắt đầu</b>');
    expect(upcoming).toContain(`action="/quan-tri/danh-ba/${await idOf("Hoa <b>Lê</b>")}/ket-thuc-thay"`);
    expect(page).not.toContain("<b>Lê</b>");
    const over = rowOf(page, "Minh")!;
    expect(over).toContain('Người thay cho <b>Lan</b> (Phòng Tư pháp), 06/03/2026 – 12/03/2026 · <b class="muted">đã hết</b>');
    expect(over).not.toContain("ket-thuc-thay");
    expect(rowOf(page, "Tú")).toBeUndefined();
    expect(rowOf(page, "Lan")).not.toContain("Người thay");

    // 06:30 on the 25th in Hà Nội is still the 24th in UTC: the committee's own day counts.
    now = at("2026-03-25T06:30:00");
    const begun = (await (await asAdmin()).request("/quan-tri/danh-ba")).text;
    expect(rowOf(begun, LATE_NAME)).toContain('25/03/2026 – 28/03/2026 · <span class="ok">đang thay</span>');
  });

  it("refuses bad forms politely and changes nothing; ends a stand-in early once, telling both people; a replay changes nothing", async () => {
    now = at("2026-03-25T10:00:00");
    const admin = await asAdmin();
    const csrf = csrfOf((await admin.request("/quan-tri/danh-ba")).text);
    const lateId = await idOf("Hoa <b>Lê</b>");
    const before = await state();

    const noToken = await end(admin, lateId, {});
    expect(noToken.res.status).toBe(403);
    expect(noToken.text).toContain("không có gì thay đổi");
    const notANumber = await end(admin, "abc", { _csrf: csrf });
    expect(notANumber.res.status).toBe(400);
    expect(notANumber.text).toContain("Yêu cầu không hợp lệ: không rõ người thay nào");
    const isOver = await end(admin, await idOf("Minh"), { _csrf: csrf });
    expect(isOver.res.status).toBe(409);
    expect(isOver.text).toContain("Việc Minh thay Lan (Phòng Tư pháp, 06/03/2026 – 12/03/2026) đã hết hạn, không cần kết thúc sớm. Không có gì thay đổi.");
    const lanId = await idOf("Lan");
    const notDeputy = await end(admin, lanId, { _csrf: csrf });
    expect(notDeputy.res.status).toBe(404);
    expect(notDeputy.text).toContain(`Không có người thay #${lanId} trong danh bạ của bạn. Không có gì thay đổi.`);
    // The focal point logged in on the web is no admin: their own form token does not end anything.
    const focal = await logIn({ channel: "telegram", externalId: String(FOCAL.id), name: "Lan" });
    const byFocal = await end(focal, lateId, { _csrf: csrfOf((await focal.request("/quan-tri")).text) });
    expect(byFocal.res.status).toBe(404);
    expect(await state()).toEqual(before);

    // The admin ends it: confirmed in Vietnamese (the name escaped), gone from the list, both told in chat.
    const toDeputy = h.sentTo(LATE_DEPUTY.id).length;
    const toFocal = h.sentTo(FOCAL.id).length;
    const ended = await end(admin, lateId, { _csrf: csrf });
    expect(ended.res.status).toBe(200);
    expect(ended.text).toContain(
      `Đã kết thúc sớm việc ${LATE_NAME} thay Lan (Phòng Tư pháp, 25/03/2026 – 28/03/2026). ${LATE_NAME} không còn nhận nhắc hạn và báo cáo thay; nhắc hạn gửi lại cho Lan. Bot đã báo cho cả hai người.`,
    );
    expect(ended.text).not.toContain("<b>Lê</b>");
    expect(rowOf(ended.text, LATE_NAME)).toBeUndefined();
    expect(await nextMessageTo(LATE_DEPUTY.id, toDeputy)).toContain(
      "Thư ký Ban chỉ đạo đã kết thúc sớm việc bạn thay Lan làm đầu mối của Phòng Tư pháp (25/03/2026 – 28/03/2026). Từ nay bạn không còn nhận nhắc hạn và báo cáo cho Phòng Tư pháp",
    );
    expect(await nextMessageTo(FOCAL.id, toFocal)).toContain("thay bạn làm đầu mối của Phòng Tư pháp (25/03/2026 – 28/03/2026). Nhắc hạn gửi lại cho bạn");
    expect(await say(LATE_DEPUTY, "/capnhat 2 xong: xong")).toContain("chưa là đầu mối");
    expect(await say(FOCAL, "/nghi")).not.toContain("Lịch nghỉ của bạn");

    // The same form again (a double click, a replay): said so; nothing changes and nobody is told twice.
    const after = await state();
    const replayed = await end(admin, lateId, { _csrf: csrf });
    expect(replayed.res.status).toBe(409);
    expect(replayed.text).toContain(`Việc ${LATE_NAME} thay Lan (Phòng Tư pháp, 25/03/2026 – 28/03/2026) đã kết thúc trước đó. Không có gì thay đổi.`);
    expect(await state()).toEqual(after);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.sentTo(LATE_DEPUTY.id).length).toBe(toDeputy + 2); // the notice, and the answer to /capnhat
    expect(h.sentTo(FOCAL.id).length).toBe(toFocal + 2); // the notice, and the answer to /nghi
  });
});
