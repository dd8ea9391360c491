import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxFromText } from "./helpers/documents.js";
import { ADMIN, startTelegramHarness } from "./helpers/telegram-harness.js";

/**
 * An admin of several committees sends a plan that names none of them privately: the bot remembers the file
 * (its file_id, in the database) and asks with one button per committee. The first press imports into that
 * committee, even after a restart, and the question then shows the committee chosen with no buttons left; a
 * second press, a late one, or a stranger's imports nothing, sends no new message and is answered on the
 * press itself.
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
  /** The question as the admin's chat shows it now (edited in place or not). */
  const prompt = (messageId: number) => h.sentTo(ADMIN.id).find((m) => m.messageId === messageId)!;
  /** Presses a button on a message; returns the new messages it produced and the press's own answer. */
  async function press(who: { id: number; first_name: string }, data: string, onMessageId?: number) {
    const answered = h.pressAnswers.length;
    const sent = await h.say(h.callbackUpdate(who, data, { id: who.id, type: "private" }, onMessageId), who.id);
    expect(h.pressAnswers.length, "every press is answered once").toBe(answered + 1);
    return { sent, answer: h.pressAnswers.at(-1)! };
  }

  async function sendAndAsk(plan: string, fileName: string): Promise<{ buttons: Button[]; messageId: number }> {
    const asked = await h.say(h.documentUpdate(ADMIN, docxFromText(plan), fileName), ADMIN.id);
    expect(asked[0]!.text).toContain(`Bạn chọn Ban để nhập ${fileName}`);
    return { buttons: asked[0]!.markup!.inline_keyboard!.flat(), messageId: asked[0]!.messageId };
  }

  it("asks with a button per committee, imports on the first press after a restart, shows the choice in place of the buttons, and never imports twice", { timeout: 120_000 }, async () => {
    const { buttons, messageId } = await sendAndAsk(unsigned, "ke-hoach-45.docx");
    const committees = (await h.client.execute("SELECT name FROM committees ORDER BY name")).rows.map((r) => String(r.name));
    expect(buttons.map((b) => b.text).sort()).toEqual(committees);
    // The buttons carry a short opaque id; the file stays with Telegram, its file_id in the database.
    for (const b of buttons) expect(b.callback_data).toMatch(/^kh:[0-9a-f]{16}:\d{1,2}$/);
    const [stored] = (await h.client.execute("SELECT file_ref, file_name, expires_at, used_at FROM pending_uploads")).rows;
    expect(stored!.file_ref).toMatch(/^f\d+$/);
    expect(stored!.used_at).toBeNull();
    expect(await count("SELECT count(*) AS n FROM plans WHERE doc_number = '45/KH-UBND'")).toBe(0);

    // Someone else presses (a forged press from their own chat): refused on the press, nothing fetched, stored or
    // sent, and the admin's question keeps its buttons.
    const downloads = h.files.downloads.length;
    const muongAng = buttons.find((b) => b.text === "UBND huyện Mường Ảng")!;
    const forged = await press(STRANGER, muongAng.callback_data);
    expect(forged.answer.text).toContain("Chỉ quản trị viên của Ban chỉ đạo đó");
    expect(forged.answer.showAlert).toBe(true);
    expect(forged.sent).toEqual([]);
    expect(h.files.downloads.length).toBe(downloads);
    expect(prompt(messageId).markup?.inline_keyboard?.flat()).toHaveLength(buttons.length);

    // The server restarts before the admin answers: the choice still works.
    await h.restart();
    const chosen = await press(ADMIN, muongAng.callback_data, messageId);
    const imported = text(chosen.sent);
    expect(imported).toContain("Đã nhập kế hoạch 45/KH-UBND — UBND huyện Mường Ảng.");
    expect(imported).toMatch(/Đọc được: \d+ nhiệm vụ, 4 phân công, 2 chỉ tiêu/);
    expect(imported).toMatch(/https:\/\/bcd\.example\.vn\/quan-tri\/ke-hoach\/\d+/);
    expect(await count("SELECT count(*) AS n FROM plans p JOIN committees c ON c.id = p.committee_id WHERE p.doc_number = '45/KH-UBND' AND c.name = 'UBND huyện Mường Ảng'")).toBe(1);
    // The question now says what was chosen, and has no button left to press.
    expect(prompt(messageId).text).toBe("Đã chọn Ban: UBND huyện Mường Ảng — nhập ke-hoach-45.docx.");
    expect(prompt(messageId).markup?.inline_keyboard ?? []).toEqual([]);
    expect(chosen.answer.text).toBeUndefined();

    // A stale button pressed again (a client that still shows it), the same committee's or another's: a polite
    // answer on the press, no new message, the question unchanged, nothing fetched, imported or marked again.
    const usedAt = (await h.client.execute("SELECT used_at FROM pending_uploads")).rows[0]!.used_at;
    const fetched = h.files.downloads.length;
    const plans = await count("SELECT count(*) AS n FROM plans");
    const other = buttons.find((b) => b !== muongAng)!;
    for (const button of [muongAng, other]) {
      const stale = await press(ADMIN, button.callback_data, messageId);
      expect(stale.answer.text).toBe("Tệp này đã được nhập theo lựa chọn trước của bạn; bấm lại không nhập lần nữa.");
      expect(stale.sent).toEqual([]);
      expect(prompt(messageId).text).toBe("Đã chọn Ban: UBND huyện Mường Ảng — nhập ke-hoach-45.docx.");
    }
    expect(h.files.downloads.length).toBe(fetched);
    expect(await count("SELECT count(*) AS n FROM plans")).toBe(plans);
    expect(await count("SELECT count(*) AS n FROM plans WHERE doc_number = '45/KH-UBND'")).toBe(1);
    expect((await h.client.execute("SELECT used_at FROM pending_uploads")).rows[0]!.used_at).toBe(usedAt);
  });

  it("after a day a press imports nothing: the question says it has expired and loses its buttons; an unknown choice likewise", { timeout: 60_000 }, async () => {
    const { buttons, messageId } = await sendAndAsk(unsigned.replace("Số: 45/KH-UBND", "Số: 46/KH-UBND"), "ke-hoach-46.docx");
    now = new Date(now.getTime() + 25 * 3_600_000);
    const late = await press(ADMIN, buttons[0]!.callback_data, messageId);
    expect(late.answer.text).toContain("đã hết hạn");
    expect(late.answer.text).toContain("gửi lại tệp");
    expect(late.sent).toEqual([]);
    expect(prompt(messageId).text).toBe("Lựa chọn Ban để nhập ke-hoach-46.docx đã hết hạn; chưa có gì được lưu. Bạn gửi lại tệp nếu vẫn cần nhập.");
    expect(prompt(messageId).markup?.inline_keyboard ?? []).toEqual([]);
    expect(await count("SELECT count(*) AS n FROM plans WHERE doc_number = '46/KH-UBND'")).toBe(0);
    expect((await press(ADMIN, "kh:0000000000000000:0")).answer.text).toContain("đã hết hạn");
  });
});
