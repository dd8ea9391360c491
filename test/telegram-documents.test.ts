import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxFromText } from "./helpers/documents.js";
import { ADMIN, startTelegramHarness } from "./helpers/telegram-harness.js";

/**
 * Plans sent to the bot as files, end to end: the webhook, grammY's getFile, the file download (served by
 * the test's file API in front of telegram-test-api), the importer, the reply.
 */
const STRANGER = { id: 300, first_name: "Khách", language_code: "vi" };
const GROUP = { id: -9101, type: "group" as const, title: "BCĐ xã Hoà Bình" };

describe("plan files sent on Telegram", () => {
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  let text: string;
  beforeAll(async () => {
    h = await startTelegramHarness();
    text = await readFile(join("test", "fixtures", "plans", "xa-sot-xuat-huyet-2026.txt"), "utf8");
  }, 120_000);
  afterAll(async () => h?.stop());
  const count = async (sql: string) => Number((await h.client.execute(sql)).rows[0]!.n);

  it("refuses a file from someone who is not an admin, politely, downloading and storing nothing", async () => {
    const plans = await count("SELECT count(*) AS n FROM plans");
    const replies = await h.say(h.documentUpdate(STRANGER, docxFromText(text), "ke-hoach-45.docx"), STRANGER.id);
    expect(replies.map((r) => r.text).join("\n")).toContain("Chỉ quản trị viên (thư ký Ban chỉ đạo) gửi được kế hoạch");
    expect(h.files.downloads).toHaveLength(0);
    expect(await count("SELECT count(*) AS n FROM plans")).toBe(plans);
  });

  it("imports an admin's Word plan in the committee's group, replies with the report and the review link; a newer version updates it in place", { timeout: 120_000 }, async () => {
    // Privately, with several committees and a plan that names none: the bot asks where it belongs (picker below).
    const unsigned = text.replace("ỦY BAN NHÂN DÂN\nXÃ HOÀ BÌNH\n", "");
    const asked = await h.say(h.documentUpdate(ADMIN, docxFromText(unsigned), "ke-hoach-45.docx"), ADMIN.id);
    expect(asked[0]!.text).toContain("Bạn chọn Ban để nhập ke-hoach-45.docx");
    expect(await count("SELECT count(*) AS n FROM plans WHERE doc_number = '45/KH-UBND'")).toBe(0);

    const pick = await h.say(h.messageUpdate(ADMIN, "/ketnoi", GROUP), GROUP.id);
    const choice = pick[0]!.markup!.inline_keyboard!.flat().find((b) => b.text === "UBND huyện Mường Ảng")!;
    await h.say(h.callbackUpdate(ADMIN, choice.callback_data, GROUP), GROUP.id);

    const replies = await h.say(h.documentUpdate(ADMIN, docxFromText(text), "ke-hoach-45.docx", GROUP, "@bcd_test_bot kế hoạch mới"), GROUP.id);
    const reply = replies.map((r) => r.text).join("\n");
    expect(reply).toContain("Đã nhập kế hoạch 45/KH-UBND — UBND huyện Mường Ảng.");
    expect(reply).toMatch(/Đọc được: \d+ nhiệm vụ, 4 phân công, 2 chỉ tiêu, \d+ thời hạn/);
    const planId = Number(/\/quan-tri\/ke-hoach\/(\d+)/.exec(reply)![1]);
    expect(reply).toContain(`https://bcd.example.vn/quan-tri/ke-hoach/${planId}`);
    const taskIds = (await h.client.execute(`SELECT id, ref FROM tasks WHERE plan_id = ${planId} ORDER BY ref`)).rows;

    // A newer version: a target changed, a task added. Same plan, same ids, the reply says what changed.
    const newer = text.replace("đạt 90% vào năm 2026", "đạt 95% vào năm 2026").replace("IV. TỔ CHỨC THỰC HIỆN", "3. Phun hoá chất diệt muỗi\nTrạm Y tế xã phun hoá chất tại các ổ dịch.\n\nIV. TỔ CHỨC THỰC HIỆN");
    const updated = (await h.say(h.documentUpdate(ADMIN, docxFromText(newer), "ke-hoach-45-sua.docx", GROUP, "@bcd_test_bot"), GROUP.id)).map((r) => r.text).join("\n");
    expect(updated).toContain("Đã cập nhật kế hoạch (giữ tiến độ đã báo cáo) 45/KH-UBND");
    expect(updated).toContain("Thay đổi so với bản trước:");
    expect(updated).toMatch(/Thêm nhiệm vụ: III\.3 Phun hoá chất/);
    expect(updated).toMatch(/Sửa chỉ tiêu: Tỷ lệ hộ gia đình .*90% → .*95%/);
    expect(await count("SELECT count(*) AS n FROM plans WHERE doc_number = '45/KH-UBND'")).toBe(1);
    const after = (await h.client.execute(`SELECT id, ref FROM tasks WHERE plan_id = ${planId} AND retired_at IS NULL ORDER BY ref`)).rows;
    for (const row of taskIds) expect(after.find((a) => a.ref === row.ref)?.id).toBe(row.id);

    // A file the bot cannot read: said so, nothing changed.
    const bad = (await h.say(h.documentUpdate(ADMIN, new TextEncoder().encode("%PDF-1.7 hỏng"), "hong.pdf", GROUP, "@bcd_test_bot"), GROUP.id)).map((r) => r.text).join("\n");
    expect(bad).toContain("hong.pdf: tệp PDF bị hỏng");
    expect(bad).toContain("Không có gì được lưu");
  });

  it("gives a one-time web login link privately, never in a group", async () => {
    const link = (await h.say(h.messageUpdate(ADMIN, "/web"), ADMIN.id))[0]!.text;
    expect(link).toMatch(/https:\/\/bcd\.example\.vn\/quan-tri\/dang-nhap\?t=[\w-]{20,}/);
    expect((await h.say(h.messageUpdate(ADMIN, "/web", GROUP), GROUP.id))[0]!.text).toContain("chỉ dùng trong tin nhắn riêng");
    expect((await h.say(h.messageUpdate(STRANGER, "/web"), STRANGER.id))[0]!.text).toContain("chưa có vai trò");
  });
});

describe("committee setup in chat", () => {
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  beforeAll(async () => {
    h = await startTelegramHarness({ seed: false });
  }, 120_000);
  afterAll(async () => h?.stop());
  const all = (replies: Array<{ text: string }>) => replies.map((r) => r.text).join("\n");

  it("explains the three steps to a deployment admin with no committee; admins' help lists their commands; an unknown command lists the commands", async () => {
    const start = all(await h.say(h.messageUpdate(ADMIN, "/start"), ADMIN.id));
    expect(start).toContain("chưa có Ban chỉ đạo nào. Ba bước để bắt đầu:");
    expect(start).toMatch(/1\. Gửi tệp kế hoạch.*\n2\. Kiểm tra trên web.*\/web.*\n3\. Mời đầu mối/);
    expect(all(await h.say(h.messageUpdate(STRANGER, "/start"), STRANGER.id))).not.toContain("Ba bước");

    const help = all(await h.say(h.messageUpdate(ADMIN, "/trogiup"), ADMIN.id));
    expect(help).toContain("Lệnh quản trị:");
    expect(help).toContain("/web — đường dẫn đăng nhập trang quản trị");
    expect(all(await h.say(h.messageUpdate(STRANGER, "/trogiup"), STRANGER.id))).not.toContain("Lệnh quản trị");

    const unknown = all(await h.say(h.messageUpdate(STRANGER, "/xoahet tất cả"), STRANGER.id));
    expect(unknown).toContain("Không có lệnh /xoahet. Các lệnh của bot:");
    expect(unknown).toContain("/capnhat — Báo cáo tiến độ một nhiệm vụ");
    expect(unknown).not.toContain("Lệnh quản trị");

    // The first plan then makes the committee from its issuer.
    const text = (await readFile(join("test", "fixtures", "plans", "xa-sot-xuat-huyet-2026.txt"), "utf8")).replace("ỦY BAN NHÂN DÂN\nXÃ HOÀ BÌNH\n", "UBND XÃ HOÀ BÌNH\n");
    const first = all(await h.say(h.documentUpdate(ADMIN, docxFromText(text), "ke-hoach-45.docx"), ADMIN.id));
    expect(first).toContain("Đã nhập kế hoạch 45/KH-UBND");
    expect(Number((await h.client.execute("SELECT count(*) AS n FROM committees")).rows[0]!.n)).toBe(1);
  });
});
