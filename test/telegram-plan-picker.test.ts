import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxFromText } from "./helpers/documents.js";
import { ADMIN, startTelegramHarness } from "./helpers/telegram-harness.js";

/**
 * An admin of several committees sends a plan that names none of them privately: the bot remembers the file
 * (its file_id, in the database) and asks with one button per committee. The first press imports into that
 * committee, even after a restart; a second press, a late one, or a stranger's imports nothing.
 */
const STRANGER = { id: 301, first_name: "Khách", language_code: "vi" };
type Button = { text: string; callback_data: string };

describe("committee picker for a plan file sent privately", () => {
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  let now = new Date("2026-03-12T02:00:00Z");
  let unsigned: string;
  beforeAll(async () => {
    h = await startTelegramHarness({ clock: () => now });
    // The fixture without its issuer lines: the plan itself says nothing of which committee it belongs to.
    unsigned = (await readFile(join("test", "fixtures", "plans", "xa-sot-xuat-huyet-2026.txt"), "utf8")).replace("ỦY BAN NHÂN DÂN\nXÃ HOÀ BÌNH\n", "");
  }, 120_000);
  afterAll(async () => h?.stop());
  const count = async (sql: string) => Number((await h.client.execute(sql)).rows[0]!.n);
  const text = (replies: Array<{ text: string }>) => replies.map((r) => r.text).join("\n");

  async function sendAndAsk(plan: string, fileName: string): Promise<Button[]> {
    const asked = await h.say(h.documentUpdate(ADMIN, docxFromText(plan), fileName), ADMIN.id);
    expect(asked[0]!.text).toContain(`Bạn chọn Ban để nhập ${fileName}`);
    return asked[0]!.markup!.inline_keyboard!.flat();
  }

  it("asks with a button per committee, imports on the first press after a restart, and never twice", { timeout: 120_000 }, async () => {
    const buttons = await sendAndAsk(unsigned, "ke-hoach-45.docx");
    const committees = (await h.client.execute("SELECT name FROM committees ORDER BY name")).rows.map((r) => String(r.name));
    expect(buttons.map((b) => b.text).sort()).toEqual(committees);
    // The buttons carry a short opaque id; the file stays with Telegram, its file_id in the database.
    for (const b of buttons) expect(b.callback_data).toMatch(/^kh:[0-9a-f]{16}:\d{1,2}$/);
    const [stored] = (await h.client.execute("SELECT file_ref, file_name, expires_at, used_at FROM pending_uploads")).rows;
    expect(stored!.file_ref).toMatch(/^f\d+$/);
    expect(stored!.used_at).toBeNull();
    expect(await count("SELECT count(*) AS n FROM plans WHERE doc_number = '45/KH-UBND'")).toBe(0);

    // Someone else presses (a forged press from their own chat): refused, nothing fetched or stored.
    const downloads = h.files.downloads.length;
    const muongAng = buttons.find((b) => b.text === "UBND huyện Mường Ảng")!;
    expect(text(await h.say(h.callbackUpdate(STRANGER, muongAng.callback_data), STRANGER.id))).toContain("Chỉ quản trị viên của Ban chỉ đạo đó");
    expect(h.files.downloads.length).toBe(downloads);

    // The server restarts before the admin answers: the choice still works.
    await h.restart();
    const imported = text(await h.say(h.callbackUpdate(ADMIN, muongAng.callback_data), ADMIN.id));
    expect(imported).toContain("Đã nhập kế hoạch 45/KH-UBND — UBND huyện Mường Ảng.");
    expect(imported).toMatch(/Đọc được: \d+ nhiệm vụ, 4 phân công, 2 chỉ tiêu/);
    expect(imported).toMatch(/https:\/\/bcd\.example\.vn\/quan-tri\/ke-hoach\/\d+/);
    expect(await count("SELECT count(*) AS n FROM plans p JOIN committees c ON c.id = p.committee_id WHERE p.doc_number = '45/KH-UBND' AND c.name = 'UBND huyện Mường Ảng'")).toBe(1);

    // Pressing again, on the same or another committee's button: said so, nothing imported twice.
    const fetched = h.files.downloads.length;
    const other = buttons.find((b) => b !== muongAng)!;
    expect(text(await h.say(h.callbackUpdate(ADMIN, muongAng.callback_data), ADMIN.id))).toContain("đã được nhập");
    expect(text(await h.say(h.callbackUpdate(ADMIN, other.callback_data), ADMIN.id))).toContain("đã được nhập");
    expect(h.files.downloads.length).toBe(fetched);
    expect(await count("SELECT count(*) AS n FROM plans WHERE doc_number = '45/KH-UBND'")).toBe(1);
  });

  it("says a choice has expired after a day and imports nothing; an unknown choice likewise", { timeout: 60_000 }, async () => {
    const buttons = await sendAndAsk(unsigned.replace("Số: 45/KH-UBND", "Số: 46/KH-UBND"), "ke-hoach-46.docx");
    now = new Date(now.getTime() + 25 * 3_600_000);
    const late = text(await h.say(h.callbackUpdate(ADMIN, buttons[0]!.callback_data), ADMIN.id));
    expect(late).toContain("đã hết hạn");
    expect(late).toContain("gửi lại tệp");
    expect(await count("SELECT count(*) AS n FROM plans WHERE doc_number = '46/KH-UBND'")).toBe(0);
    expect(text(await h.say(h.callbackUpdate(ADMIN, "kh:0000000000000000:0"), ADMIN.id))).toContain("đã hết hạn");
  });
});
