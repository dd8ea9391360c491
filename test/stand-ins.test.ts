import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { SEEDS_DIR } from "./helpers/bot-env.js";
import { ADMIN, startTelegramHarness } from "./helpers/telegram-harness.js";

/**
 * Stand-ins (/nghi), through the real Telegram path with the bot's clock moved day by day: a focal point
 * on leave gets a one-time code, the deputy who opens it gets the reminders and reports for the agency on
 * those days only, both are told; bad dates, past ranges and people who are not focal points change nothing.
 */
const FOCAL = { id: 7101, first_name: "Lan", language_code: "vi" };
const DEPUTY = { id: 7102, first_name: "Minh", language_code: "vi" };
const OTHER = { id: 7103, first_name: "Tú", language_code: "vi" };
const STRANGER = { id: 7104, first_name: "Khách", language_code: "vi" };
const at = (local: string) => new Date(`${local}+07:00`);

// A plan written for this test in the genre's pattern: one agency, a task with a deadline, a task without.
const PLAN = [
  "UBND HUYỆN THỬ NGHIỆM", "Số: 31/KH-UBND", "Thử Nghiệm, ngày 02 tháng 01 năm 2030", "", "KẾ HOẠCH", "Phổ biến pháp luật năm 2030", "",
  "I. TỔ CHỨC THỰC HIỆN",
  "1. Phòng Tư pháp báo cáo kết quả phổ biến pháp luật trước ngày 14/3/2030.",
  "2. Phòng Tư pháp tổ chức tuyên truyền pháp luật tại các thôn, bản.",
].join("\n");

describe("stand-ins for a focal point on leave", () => {
  let now = at("2030-03-04T09:00:00");
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  let agencyId = 0;
  const say = async (who: { id: number; first_name: string }, text: string, chat?: { id: number; type: "group"; title: string }) =>
    (await h.say(h.messageUpdate(who, text, chat), chat?.id ?? who.id)).map((m) => m.text).join("\n");
  const count = async (table: string) => Number((await h.client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
  const reminders = () => h.deps.jobs.find((j) => j.name === "reminders")!.run(now);
  /** A notice to someone other than the sender goes out right after the reply; waits for it. */
  async function nextMessageTo(chatId: number, before: number): Promise<string> {
    for (let i = 0; i < 100 && h.sentTo(chatId).length <= before; i++) await new Promise((r) => setTimeout(r, 50));
    return h.sentTo(chatId).slice(before).map((m) => m.text).join("\n");
  }

  beforeAll(async () => {
    h = await startTelegramHarness({ seed: false, clock: () => now });
    const importer = createPlanImporter({ db: h.deps.db, restorer: await loadRestorer(SEEDS_DIR) });
    const { committeeId } = await importer.importText(PLAN, "thu-nghiem.txt");
    agencyId = Number((await h.client.execute({ sql: "SELECT id FROM agencies WHERE committee_id = ? AND name = 'Phòng Tư pháp'", args: [committeeId] })).rows[0]!.id);
    const invite = await say(ADMIN, `/moi #${agencyId}`);
    expect(await say(FOCAL, `/start ${/\/start (\S+)/.exec(invite)![1]}`)).toContain("đầu mối của Phòng Tư pháp");
  }, 60_000);
  afterAll(async () => h?.stop());

  it("answers bad dates, past ranges, groups and non-focal senders politely and records nothing", async () => {
    expect(await say(FOCAL, "/nghi 31/02 5/3")).toContain('Không có ngày "31/02"');
    expect(await say(FOCAL, "/nghi 1/2 5/2")).toContain("đã qua");
    expect(await say(FOCAL, "/nghi 20/3 10/3")).toContain("trước ngày bắt đầu");
    expect(await say(FOCAL, "/nghi 5/3 30/7")).toContain("dài quá");
    expect(await say(FOCAL, "/nghi ba hôm")).toContain("/nghi 10/12 20/12");
    expect(await say(FOCAL, "/nghi 6/3 12/3", { id: -7100, type: "group", title: "Nhóm" })).toContain("tin nhắn riêng");
    expect(await say(STRANGER, "/nghi 6/3 12/3")).toContain("Chỉ đầu mối");
    expect(await count("stand_ins")).toBe(0);
    expect(await say(FOCAL, "/nghi hủy")).toContain("không có lịch nghỉ");
  });

  it("gives the deputy the reminders and the agency's reports on the leave's dates only, then hands them back", async () => {
    // The focal point names the dates and gets a one-time code (≥ 64 bits) to forward.
    const created = await say(FOCAL, "/nghi 6/3 12/3");
    expect(created).toContain("Đã ghi lịch nghỉ của bạn (Phòng Tư pháp) từ 06/03/2030 đến hết 12/03/2030");
    const code = /start=([a-z2-7]+)/.exec(created)![1]!;
    expect(code.length * 5).toBeGreaterThanOrEqual(64);
    expect(created).toContain(`/start ${code}`);
    expect(await say(FOCAL, "/nghi 20/3 22/3")).toContain("Bạn đã có lịch nghỉ (Phòng Tư pháp) từ 06/03/2030 đến 12/03/2030, chưa có người nhận thay");
    expect(await say(FOCAL, `/start ${code}`)).toContain("chuyển nó cho người đó");

    // The deputy opens it: both are told, in Vietnamese; the code works once.
    const before = h.sentTo(FOCAL.id).length;
    expect(await say(DEPUTY, `/start ${code}`)).toContain("Chào Minh! Bạn nhận thay Lan làm đầu mối của Phòng Tư pháp từ 06/03/2030 đến hết 12/03/2030");
    expect(await nextMessageTo(FOCAL.id, before)).toContain("Minh đã nhận thay bạn làm đầu mối của Phòng Tư pháp từ 06/03/2030 đến hết 12/03/2030");
    expect(await say(OTHER, `/start ${code}`)).toContain("Mã mời không hợp lệ");
    expect(await say(ADMIN, "/danhba")).toMatch(/Minh — đầu mối Phòng Tư pháp \(người thay, 06\/03\/2030 – 12\/03\/2030\)/);

    // Before the leave starts the deputy cannot report yet.
    const reports = await count("progress");
    expect(await say(DEPUTY, "/capnhat 2 đang làm: đã in tờ rơi")).toContain("chưa là đầu mối");

    // On the leave's days: the reminder goes to the deputy, not to the focal point.
    now = at("2030-03-07T09:00:00");
    const focalBefore = h.sentTo(FOCAL.id).length;
    const deputyBefore = h.sentTo(DEPUTY.id).length;
    await reminders();
    const toDeputy = h.sentTo(DEPUTY.id).slice(deputyBefore).map((m) => m.text).join("\n");
    expect(toDeputy).toContain("Nhắc hạn: ");
    expect(toDeputy).toContain("Hạn: 14/03/2030 (còn 7 ngày)");
    expect(toDeputy).toContain("đang thay đầu mối của cơ quan đến hết 12/03/2030");
    expect(h.sentTo(FOCAL.id).length).toBe(focalBefore);

    // The deputy's report counts for the agency and names the deputy as who said it.
    const recorded = await say(DEPUTY, "/capnhat 2 đang làm: đã in tờ rơi");
    expect(recorded).toContain("Đã ghi nhận:");
    expect(recorded).toContain("Người báo cáo: Minh (Phòng Tư pháp)");
    const row = (await h.client.execute("SELECT p.agency_id, c.name, c.role FROM progress p JOIN contacts c ON c.id = p.contact_id ORDER BY p.id DESC LIMIT 1")).rows[0]!;
    expect({ agency: Number(row.agency_id), name: row.name, role: row.role }).toEqual({ agency: agencyId, name: "Minh", role: "focal" });
    expect(await say(STRANGER, "Phòng Tư pháp được giao gì?")).toContain("(cập nhật 07/03/2030: đang thực hiện");
    const digest = await say(ADMIN, "/tonghop");
    expect(digest).toMatch(/Phòng Tư pháp: [^\n]*đang thực hiện/);
    expect(digest).toContain("Cơ quan: 1 đã báo cáo · 0 chưa báo cáo");

    // After the leave: reminders go back to the focal point and the deputy's rights have lapsed.
    now = at("2030-03-13T09:00:00");
    const deputyAfter = h.sentTo(DEPUTY.id).length;
    const focalAfter = h.sentTo(FOCAL.id).length;
    await reminders();
    expect(h.sentTo(FOCAL.id).slice(focalAfter).map((m) => m.text).join("\n")).toContain("Hạn: 14/03/2030 (còn 1 ngày)");
    expect(h.sentTo(DEPUTY.id).length).toBe(deputyAfter);
    const afterCount = await count("progress");
    expect(afterCount).toBe(reports + 1);
    expect(await say(DEPUTY, "/capnhat 2 xong: đã xong")).toContain("chưa là đầu mối");
    expect(await count("progress")).toBe(afterCount);
  });

  it("cancels a leave with /nghi hủy: the deputy is told and can no longer report", async () => {
    now = at("2030-03-16T09:00:00");
    const created = await say(FOCAL, "/nghi từ 18/3 đến 20/3");
    const code = /\/start ([a-z2-7]+)/.exec(created)![1]!;
    now = at("2030-03-18T09:00:00");
    expect(await say(OTHER, `/start ${code}`)).toContain("Bạn nhận thay Lan");
    expect(await say(OTHER, "/capnhat 2 đang làm: đi thôn")).toContain("Người báo cáo: Tú (Phòng Tư pháp)");
    const before = h.sentTo(OTHER.id).length;
    expect(await say(FOCAL, "/nghi huy")).toContain("Đã hủy lịch nghỉ (Phòng Tư pháp, 18/03/2030 – 20/03/2030). Nhắc hạn gửi lại cho bạn; Tú không còn báo cáo thay");
    expect(await nextMessageTo(OTHER.id, before)).toContain("Lan đã hủy lịch nghỉ: bạn không còn thay đầu mối của Phòng Tư pháp");
    expect(await say(OTHER, "/capnhat 2 xong: xong")).toContain("chưa là đầu mối");
  });
});
