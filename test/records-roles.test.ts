import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, startTelegramHarness } from "./helpers/telegram-harness.js";

/**
 * Issue 20 (5–8): whose report counts for what. Through the real Telegram path: the lead agency's focal
 * point sets a task's status, a supporting agency reports its own part beside it, a target is reported by
 * the agencies its plan names, typed task numbers keep naming the same task, the period is asked when the
 * target's year is not this year, a correction says what it corrects, values keep their unit.
 */
const HEALTH = { id: 6101, first_name: "Y", language_code: "vi" }; // Phòng Y tế: leads VI.4
const LABOUR = { id: 6102, first_name: "Lao", language_code: "vi" }; // Phòng LĐTBXH: supports VI.4, leads others
const OUTSIDER = { id: 6103, first_name: "Nội", language_code: "vi" }; // an agency the plan gives no duty
const STRANGER = { id: 6104, first_name: "Khách", language_code: "vi" };

describe("roles in the records", () => {
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  const buttons = (msg: { markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } } | undefined) => (msg?.markup?.inline_keyboard ?? []).flat();
  const say = async (who: { id: number; first_name: string }, text: string) => (await h.say(h.messageUpdate(who, text), who.id)).map((m) => m.text).join("\n");
  const agencyId = async (name: string) => Number((await h.client.execute({ sql: "SELECT id FROM agencies WHERE committee_id = 'ubnd-huyen' AND name = ?", args: [name] })).rows[0]!.id);

  async function makeFocal(who: typeof HEALTH, agency: number) {
    const invite = await say(ADMIN, `/moi #${agency}`);
    return say(who, `/start ${/\/start (\S+)/.exec(invite)![1]}`);
  }

  beforeAll(async () => {
    h = await startTelegramHarness();
    await makeFocal(HEALTH, await agencyId("Phòng Y tế"));
    await makeFocal(LABOUR, await agencyId("Phòng Lao động - Thương binh và Xã hội"));
    await h.client.execute("INSERT INTO agencies (committee_id, key, name, aliases_json) VALUES ('ubnd-huyen', 'phong noi vu', 'Phòng Nội vụ', '[]')");
    await makeFocal(OUTSIDER, await agencyId("Phòng Nội vụ"));
  }, 60_000);
  afterAll(async () => h?.stop());

  it("a supporting agency's report is its part, beside the lead's status; it does not close the lead's task", async () => {
    const part = await say(LABOUR, "/capnhat VI.4 xong: đã phối hợp tuyên truyền");
    expect(part).toContain("Đã ghi nhận: VI.4");
    expect(part).toContain("phần phối hợp của Phòng Lao động - Thương binh và Xã hội");
    expect(part).toContain("Phòng Y tế (chủ trì)");
    let duties = await say(STRANGER, "Phòng Y tế được giao gì?");
    expect(duties).toMatch(/phối hợp — Phòng Lao động - Thương binh và Xã hội: hoàn thành/);
    expect(duties).not.toMatch(/cập nhật \d\d\/\d\d\/\d{4}: hoàn thành/);

    expect(await say(HEALTH, "/capnhat VI.4 đang làm: đang khám sàng lọc")).toContain("Đã ghi nhận: VI.4");
    duties = await say(STRANGER, "Phòng Y tế được giao gì?");
    expect(duties).toMatch(/cập nhật \d\d\/\d\d\/\d{4}: đang thực hiện; phối hợp — Phòng Lao động - Thương binh và Xã hội: hoàn thành/);
  });

  it("keeps the numbers a user types naming the same task after reports change statuses", async () => {
    const before = (await h.say(h.messageUpdate(LABOUR, "/capnhat"), LABOUR.id))[0]!;
    const listed = buttons(before).map((b) => b.text);
    expect(listed.length).toBeGreaterThan(2);
    await say(LABOUR, "/capnhat 1 xong: xong việc một");
    await say(LABOUR, "/capnhat 3 xong: xong việc ba");
    const after = (await h.say(h.messageUpdate(LABOUR, "/capnhat"), LABOUR.id))[0]!;
    expect(buttons(after).map((b) => b.text)).toEqual(listed);
    const ref = /^2\. (\S+)/.exec(listed[1]!)![1]!;
    expect(await say(LABOUR, "/capnhat 2 đang làm: việc hai")).toContain(`Đã ghi nhận: ${ref}`);
  });

  it("lets only the agencies the target's plan names report it", async () => {
    const before = Number((await h.client.execute("SELECT count(*) AS n FROM progress")).rows[0]!.n);
    let [refused] = await h.say(h.messageUpdate(OUTSIDER, "/chitieu trẻ em có hoàn cảnh đặc biệt 0,8%"), OUTSIDER.id);
    const plain = buttons(refused).find((b) => /đặc biệt —/.test(b.text));
    if (plain) [refused] = await h.say(h.callbackUpdate(OUTSIDER, plain.callback_data), OUTSIDER.id);
    expect(refused!.text).toContain("Phòng Nội vụ không có nhiệm vụ trong kế hoạch");
    expect(Number((await h.client.execute("SELECT count(*) AS n FROM progress")).rows[0]!.n)).toBe(before);
  });

  it("asks which period a value is for when the target's year is not this year, and keeps the unit in answers", async () => {
    let [reply] = await h.say(h.messageUpdate(HEALTH, "/chitieu trẻ em có hoàn cảnh đặc biệt 0,8%"), HEALTH.id);
    // Several targets share these words: pick the plain one, then the question about the period.
    if (!/kỳ nào/.test(reply!.text)) {
      const plain = buttons(reply).find((b) => /đặc biệt —/.test(b.text))!;
      [reply] = await h.say(h.callbackUpdate(HEALTH, plain.callback_data), HEALTH.id);
    }
    expect(reply!.text).toContain("đặt cho năm 2021");
    expect(reply!.text).toContain("0,8%");
    const periods = buttons(reply).map((b) => b.text);
    expect(periods).toContain("Kỳ 2021");
    const [recorded] = await h.say(h.callbackUpdate(HEALTH, buttons(reply).find((b) => b.text === "Kỳ 2021")!.callback_data), HEALTH.id);
    expect(recorded!.text).toContain("0,8% (kỳ 2021)");
    expect((await h.client.execute("SELECT period FROM progress WHERE target_id IS NOT NULL ORDER BY id DESC LIMIT 1")).rows[0]!.period).toBe("2021");
    expect(await say(STRANGER, "chỉ tiêu trẻ em có hoàn cảnh đặc biệt")).toMatch(/cập nhật \d\d\/\d\d\/\d{4}: 0,8%/);
  });

  it("says a /sua after /chitieu corrects the target, and files the correction for the same period", async () => {
    const ask = await say(HEALTH, "/sua");
    expect(ask).toContain('Bạn đang sửa giá trị chỉ tiêu "Tỷ lệ trẻ em có hoàn cảnh đặc biệt"');
    expect(ask).toContain("0,8%");
    expect(await say(HEALTH, "/sua chưa rõ")).toContain("Bạn đang sửa chỉ tiêu");
    const fixed = await say(HEALTH, "/sua 0,7%");
    expect(fixed).toContain("Đã sửa");
    expect(fixed).toContain("0,7% (kỳ 2021)");
  });

  it("makes an existing focal point the focal point of a second agency too", async () => {
    const welcome = await makeFocal(HEALTH, await agencyId("Phòng Tư pháp"));
    expect(welcome).toContain("đầu mối của Phòng Tư pháp");
    const [pick] = await h.say(h.messageUpdate(HEALTH, "/capnhat"), HEALTH.id);
    expect(buttons(pick).map((b) => b.text)).toEqual(expect.arrayContaining(["Phòng Y tế", "Phòng Tư pháp"]));
  });
});
