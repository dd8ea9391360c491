import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, BOT, startTelegramHarness } from "./helpers/telegram-harness.js";

/**
 * The Telegram bot end to end: real HTTP into the webhook, real grammY,
 * the real core and database, replies read back from telegram-test-api.
 */
const FOCAL = { id: 200, first_name: "Lan", language_code: "vi" };
const STRANGER = { id: 300, first_name: "Khách", language_code: "vi" };
const GROUP = { id: -9001, type: "group" as const, title: "BCĐ huyện" };

describe("Telegram bot through telegram-test-api", () => {
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  beforeAll(async () => {
    h = await startTelegramHarness();
  });
  afterAll(async () => h?.stop());

  const buttons = (msg: { markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } } | undefined) =>
    (msg?.markup?.inline_keyboard ?? []).flat();
  const count = async (sql: string) => Number((await h.client.execute(sql)).rows[0]!.n);

  it("refuses webhook calls without the secret and malformed bodies", async () => {
    expect((await h.post(h.messageUpdate(STRANGER, "kế hoạch"), "wrong")).status).toBe(401);
    expect((await h.post(h.messageUpdate(STRANGER, "kế hoạch"), null)).status).toBe(401);
    expect((await h.post("{not json")).status).toBe(400);
    expect((await h.post({ hello: 1 })).status).toBe(400);
    expect(h.sentTo(STRANGER.id)).toHaveLength(0);
  });

  it("answers a question from anyone, HTML-escaped, citing plan and section", async () => {
    const [reply] = await h.say(h.messageUpdate(STRANGER, "chỉ tiêu tử vong trẻ sơ sinh"), STRANGER.id);
    expect(reply!.text).toContain("dưới 3,2‰");
    expect(reply!.text).toMatch(/mục II/);
    expect(reply!.parseMode).toBe("HTML");
  });

  it("onboards a focal point by invite: admin picks the agency, the link makes them its đầu mối", async () => {
    const [pick] = await h.say(h.messageUpdate(ADMIN, "/moi Phòng Y tế"), ADMIN.id);
    const choices = buttons(pick);
    expect(choices.length).toBeGreaterThan(1); // two committees have a Phòng Y tế
    const huyen = choices.find((b) => b.text.includes("UBND huyện") && !b.text.includes("Mường Ảng"))!;
    expect(huyen).toBeDefined();
    const [invite] = await h.say(h.callbackUpdate(ADMIN, huyen.callback_data), ADMIN.id);
    const code = /start=([a-z0-9]+)/.exec(invite!.text)?.[1];
    expect(invite!.text).toContain(`https://t.me/${BOT.username}?start=`);
    expect(code).toBeDefined();

    const [welcome] = await h.say(h.messageUpdate(FOCAL, `/start ${code}`), FOCAL.id);
    expect(welcome!.text).toContain("đầu mối của Phòng Y tế");
    // The code works once.
    const [again] = await h.say(h.messageUpdate(STRANGER, `/start ${code}`), STRANGER.id);
    expect(again!.text).toContain("không hợp lệ");
  });

  it("takes a guided update: task, status, note — and echoes it back", async () => {
    const [tasks] = await h.say(h.messageUpdate(FOCAL, "/capnhat"), FOCAL.id);
    expect(tasks!.text).toContain("Nhiệm vụ của Phòng Y tế");
    const task = buttons(tasks)[0]!;
    expect(task.text).toMatch(/VI\.4/);
    const [status] = await h.say(h.callbackUpdate(FOCAL, task.callback_data), FOCAL.id);
    const done = buttons(status).find((b) => b.text === "hoàn thành")!;
    const [ask] = await h.say(h.callbackUpdate(FOCAL, done.callback_data), FOCAL.id);
    expect(ask!.text).toContain("ghi chú");
    const [echo] = await h.say(h.messageUpdate(FOCAL, "đã tổ chức 5 buổi <tuyên truyền>"), FOCAL.id);
    expect(echo!.text).toContain("Đã ghi nhận: VI.4");
    expect(echo!.text).toContain("hoàn thành");
    expect(echo!.text).toContain("đã tổ chức 5 buổi &lt;tuyên truyền&gt;");
    const rows = await h.client.execute("SELECT status, note, source_channel, contact_id FROM progress");
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ status: "done", note: "đã tổ chức 5 buổi <tuyên truyền>", source_channel: "telegram" });

    const [duties] = await h.say(h.messageUpdate(STRANGER, "Phòng Y tế được giao gì?"), STRANGER.id);
    expect(duties!.text).toMatch(/cập nhật \d\d\/\d\d\/\d{4}: hoàn thành/);

    // Said in words, not typed as a command: the same flow; "hủy" leaves it, recording nothing.
    const [spoken] = await h.say(h.messageUpdate(FOCAL, "Báo cáo tiến độ"), FOCAL.id);
    expect(spoken!.text).toContain("Nhiệm vụ của Phòng Y tế");
    expect(buttons(spoken)[0]!.text).toMatch(/VI\.4/);
    const [cancelled] = await h.say(h.messageUpdate(FOCAL, "hủy"), FOCAL.id);
    expect(cancelled!.text).toContain("Đã thôi");
    expect((await h.client.execute("SELECT count(*) AS n FROM progress")).rows[0]!.n).toBe(1);
  });

  it("takes a one-line update and a correction within 24 hours, keeping history", async () => {
    const [echo] = await h.say(h.messageUpdate(FOCAL, "/capnhat 1 đang làm: tập huấn cho 3 xã"), FOCAL.id);
    expect(echo!.text).toContain("đang thực hiện");
    expect(echo!.text).toContain("tập huấn cho 3 xã");
    const [fixed] = await h.say(h.messageUpdate(FOCAL, "/sua vướng mắc: thiếu kinh phí"), FOCAL.id);
    expect(fixed!.text).toContain("Đã sửa");
    expect(fixed!.text).toContain("vướng mắc");
    const rows = (await h.client.execute("SELECT id, status, supersedes FROM progress ORDER BY id")).rows;
    expect(rows.map((r) => r.status)).toEqual(["done", "in_progress", "blocked"]);
    expect(rows[2]!.supersedes).toBe(rows[1]!.id);
  });

  it("records a target value after checking unit and range", async () => {
    const before = await count("SELECT count(*) AS n FROM progress");
    const [badUnit] = await h.say(h.messageUpdate(FOCAL, "/chitieu trẻ em có hoàn cảnh đặc biệt 5‰"), FOCAL.id);
    // Which target, then which period when asked: the first choice each time.
    const pickFirst = async (reply: typeof badUnit) => {
      let last = reply!;
      while (buttons(last).length) last = (await h.say(h.callbackUpdate(FOCAL, buttons(last)[0]!.callback_data), FOCAL.id))[0]!;
      return last;
    };
    expect((await pickFirst(badUnit)).text).toContain("không khớp");
    const [tooBig] = await h.say(h.messageUpdate(FOCAL, "/chitieu trẻ em có hoàn cảnh đặc biệt 150%"), FOCAL.id);
    expect((await pickFirst(tooBig)).text).toContain("không hợp lý");
    expect(await count("SELECT count(*) AS n FROM progress")).toBe(before);

    const [ok] = await h.say(h.messageUpdate(FOCAL, "/chitieu trẻ em có hoàn cảnh đặc biệt 0,8%"), FOCAL.id);
    const recorded = await pickFirst(ok);
    expect(recorded.text).toContain("Đã ghi nhận");
    expect(recorded.text).toContain("0,8%");
    expect(recorded.text).toMatch(/Kế hoạch: (dưới|đạt) /);
    expect(await count("SELECT count(*) AS n FROM progress WHERE value = 0.8 AND target_id IS NOT NULL")).toBe(1);
  });

  it("refuses an update from someone who is not a focal point, politely, recording nothing", async () => {
    const before = await count("SELECT count(*) AS n FROM progress");
    const [reply] = await h.say(h.messageUpdate(STRANGER, "/capnhat 1 xong"), STRANGER.id);
    expect(reply!.text).toContain("chưa là đầu mối");
    expect(await count("SELECT count(*) AS n FROM progress")).toBe(before);
  });

  it("handles a redelivered update once: nothing changes, nothing is sent", async () => {
    const update = h.messageUpdate(FOCAL, "/capnhat 1 xong: lần hai");
    const first = await h.say(update, FOCAL.id);
    expect(first).toHaveLength(1);
    const rows = await count("SELECT count(*) AS n FROM progress");
    expect(await h.say(update, FOCAL.id)).toHaveLength(0);
    expect(await count("SELECT count(*) AS n FROM progress")).toBe(rows);
  });

  it("answers stickers, edits, forwards and oversized messages sensibly", async () => {
    expect((await h.say(h.messageUpdate(STRANGER, "a".repeat(5000)), STRANGER.id))[0]!.text).toContain("dài quá");
    const sticker = h.messageUpdate(STRANGER, "");
    delete (sticker.message as { text?: string }).text;
    (sticker.message as unknown as Record<string, unknown>).sticker = { file_id: "x", file_unique_id: "y", type: "regular", width: 1, height: 1, is_animated: false, is_video: false };
    expect((await h.say(sticker, STRANGER.id))[0]!.text).toContain("tin nhắn chữ");
    const forwarded = h.messageUpdate(STRANGER, "/capnhat 1 xong", undefined, { forward_origin: { type: "hidden_user", sender_user_name: "A", date: 0 } });
    expect((await h.say(forwarded, STRANGER.id))[0]!.text).toContain("chuyển tiếp");
    const edit = h.messageUpdate(STRANGER, "sửa");
    const edited = { update_id: edit.update_id, edited_message: { ...edit.message, edit_date: 1 } };
    expect((await h.say(edited as never, STRANGER.id))[0]!.text).toContain("đã sửa");
  });

  it("binds a group to a committee; in the group it answers only when spoken to, scoped to that committee", async () => {
    const [pick] = await h.say(h.messageUpdate(ADMIN, "/ketnoi", GROUP), GROUP.id);
    const muongAng = buttons(pick).find((b) => b.text.includes("Mường Ảng"))!;
    const [linked] = await h.say(h.callbackUpdate(ADMIN, muongAng.callback_data, GROUP), GROUP.id);
    expect(linked!.text).toContain("Đã kết nối nhóm này với UBND huyện Mường Ảng");
    expect(await h.say(h.messageUpdate(STRANGER, "kế hoạch", GROUP), GROUP.id)).toHaveLength(0);
    const [plans] = await h.say(h.messageUpdate(STRANGER, `@${BOT.username} kế hoạch`, GROUP), GROUP.id);
    expect(plans!.text).toContain("Có 1 kế hoạch");
    const [notAdmin] = await h.say(h.messageUpdate(STRANGER, "/ketnoi", GROUP), GROUP.id);
    expect(notAdmin!.text).toContain("quản trị");
  });

  it("delivers the scheduled weekly digest to the bound group, and /tonghop on demand", async () => {
    const before = h.sentTo(GROUP.id).length;
    await h.deps.jobs.find((j) => j.name === "weekly-digest")!.run(new Date("2024-12-02T01:05:00Z")); // Monday 08:05 in Vietnam
    const digest = h.sentTo(GROUP.id).slice(before).map((m) => m.text);
    expect(digest[0]).toContain("TỔNG HỢP TUẦN — UBND huyện Mường Ảng (02/12/2024)");
    expect(digest.join("\n")).toContain("05/12/2024");
    const sent = Number((await h.client.execute("SELECT count(*) AS n FROM outbox WHERE status = 'sent' AND sent_message_id IS NOT NULL")).rows[0]!.n);
    expect(sent).toBe(digest.length);
    const [onDemand] = await h.say(h.messageUpdate(STRANGER, "/tonghop", GROUP), GROUP.id);
    expect(onDemand!.text).toContain("TỔNG HỢP TUẦN — UBND huyện Mường Ảng");
  });

  it("lets an admin set the group's digest schedule and language, and no one else", async () => {
    expect((await h.say(h.messageUpdate(STRANGER, "/lichtonghop 0 9 * * 2", GROUP), GROUP.id))[0]!.text).toContain("quản trị");
    expect((await h.say(h.messageUpdate(ADMIN, "/lichtonghop mỗi sáng", GROUP), GROUP.id))[0]!.text).toContain("không hợp lệ");
    expect((await h.say(h.messageUpdate(ADMIN, "/lichtonghop 30 7 * * 5", GROUP), GROUP.id))[0]!.text).toContain('"30 7 * * 5"');
    // A member cannot change the bound group's digest language (issue 20, 8); an admin can.
    expect((await h.say(h.messageUpdate(STRANGER, "/ngonngu en", GROUP), GROUP.id))[0]!.text).toContain("Only an admin");
    expect(Number((await h.client.execute(`SELECT count(*) AS n FROM chats WHERE external_id = '${GROUP.id}' AND lang = 'en'`)).rows[0]!.n)).toBe(0);
    expect((await h.say(h.messageUpdate(ADMIN, "/ngonngu en", GROUP), GROUP.id))[0]!.text).toBe("This chat is now in English.");
    const before = h.sentTo(GROUP.id).length;
    await h.deps.jobs.find((j) => j.name === "weekly-digest")!.run(new Date("2024-12-06T00:35:00Z")); // Friday 07:35 in Vietnam
    const digest = h.sentTo(GROUP.id).slice(before).map((m) => m.text);
    expect(digest[0]).toContain("WEEKLY DIGEST — UBND huyện Mường Ảng (06/12/2024)");
    expect(digest.join("\n")).toContain("Due this week");
  });

  it("takes a reply to a reminder as a report on its task, and offers a report button", async () => {
    const task = Number((await h.client.execute("SELECT t.id FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.committee_id = 'ubnd-huyen' AND t.ref = 'VI.4'")).rows[0]!.id);
    await h.deps.senders.telegram!(String(FOCAL.id), "Nhắc hạn: báo cáo VI.4", { taskId: task });
    const reminder = h.sentTo(FOCAL.id).at(-1)!;
    expect(buttons(reminder)[0]).toMatchObject({ text: "Báo cáo tiến độ", callback_data: `/capnhat #t:${task}` });
    const reply = h.messageUpdate(FOCAL, "xong: đã gửi báo cáo quý", undefined, { reply_to_message: { message_id: reminder.messageId, date: 0, chat: { id: FOCAL.id, type: "private" }, from: { id: BOT.id, is_bot: true, first_name: "Bot" }, text: "Nhắc hạn" } });
    const [echo] = await h.say(reply, FOCAL.id);
    expect(echo!.text).toContain("Đã ghi nhận: VI.4");
    expect(echo!.text).toContain("hoàn thành");
    const last = (await h.client.execute("SELECT task_id, status, note FROM progress ORDER BY id DESC LIMIT 1")).rows[0]!;
    expect(last).toMatchObject({ task_id: task, status: "done", note: "đã gửi báo cáo quý" });
  });

  it("lets admins list and revoke contacts; a revoked focal point can no longer report", async () => {
    const [list] = await h.say(h.messageUpdate(ADMIN, "/danhba"), ADMIN.id);
    const id = /#(\d+) Lan — đầu mối Phòng Y tế/.exec(list!.text)?.[1];
    expect(id).toBeDefined();
    expect((await h.say(h.messageUpdate(ADMIN, `/thuhoi ${id}`), ADMIN.id))[0]!.text).toContain("Đã thu hồi");
    expect((await h.say(h.messageUpdate(FOCAL, "/capnhat 1 xong"), FOCAL.id))[0]!.text).toContain("chưa là đầu mối");
  });
});
