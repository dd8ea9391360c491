import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotEnv } from "./helpers/bot-env.js";

/**
 * Answers keep what they read of the plans while the plans stay the same (src/db/repos/kept-rows.ts):
 * a corrected plan imported into the running deployment is answered from at once, whoever leads, what
 * an agency must do, what falls due, the targets and the passages. The plan's facts are invented.
 */
const PLAN = `ỦY BAN NHÂN DÂN
HUYỆN SƠN HÀ
Số: 88/KH-UBND
Sơn Hà, ngày 12 tháng 02 năm 2026

KẾ HOẠCH
Phát triển thư viện cộng đồng trên địa bàn huyện năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Phát triển mạng lưới thư viện cộng đồng, nâng cao văn hóa đọc trong nhân dân.
Phấn đấu đến năm 2030, 60% số thôn có phòng đọc cộng đồng.

II. NHIỆM VỤ
1. Về bảo quản tài liệu quý
a) Nhiệm vụ: Số hóa sách cổ, lập danh mục tài liệu địa chí, lắp đặt hệ thống phòng cháy cho kho sách.
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Phòng Văn hóa và Thông tin.
- Đơn vị phối hợp: Công an huyện.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin
Chủ trì theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 10/12/2026.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Tâm
`;

/** The same plan corrected: another lead, other words, another date and another figure. */
const CORRECTED = PLAN.replace("- Đơn vị chủ trì: Phòng Văn hóa và Thông tin.", "- Đơn vị chủ trì: Phòng Giáo dục và Đào tạo.")
  .replace("hệ thống phòng cháy", "hệ thống báo khói")
  .replace("10/12/2026", "15/12/2026")
  .replace("60% số thôn", "75% số thôn");

describe("answers after a plan is corrected in a running deployment", () => {
  let env: Awaited<ReturnType<typeof createBotEnv>>;
  let n = 0;
  const ask = async (text: string) => {
    const replies = await env.core.handle({ channel: "web", chatId: "c", chatKind: "private", senderId: "c", text, messageId: `m${++n}`, receivedAt: new Date() }, { today: "2026-11-20" });
    return replies.map((r) => r.text).join("\n\n");
  };
  const QUESTIONS = ["ai chủ trì số hóa sách cổ?", "Công an huyện làm gì?", "tháng sau có gì đến hạn?", "chỉ tiêu phòng đọc cộng đồng", "kho sách"];

  beforeAll(async () => {
    env = await createBotEnv({ seed: false });
    await env.importer.importText(PLAN, "thu-vien-2026.txt");
  });
  afterAll(() => env?.client.close());

  it("answers from the plan as first imported, the same when asked again", async () => {
    const first: string[] = [];
    for (const q of QUESTIONS) first.push(await ask(q));
    expect(first[0]).toContain("Phòng Văn hóa và Thông tin");
    expect(first[1]).toContain("phòng cháy");
    expect(first[2]).toContain("10/12/2026");
    expect(first[3]).toContain("60%");
    expect(first[4]).toContain("phòng cháy");
    for (const [i, q] of QUESTIONS.entries()) expect(await ask(q)).toBe(first[i]);
  });

  it("answers from the corrected plan as soon as it is imported", async () => {
    expect((await env.importer.importText(CORRECTED, "thu-vien-2026.txt")).status).toBe("updated");
    const answers: string[] = [];
    for (const q of QUESTIONS) answers.push(await ask(q));
    const [who, duty, due, target, search] = answers;
    expect(who).toContain("Phòng Giáo dục và Đào tạo");
    expect(who).not.toContain("Phòng Văn hóa và Thông tin");
    expect(duty).toContain("báo khói");
    expect(due).toContain("15/12/2026");
    expect(due).not.toContain("10/12/2026");
    expect(target).toContain("75%");
    expect(search).toContain("báo khói");
    expect(search).not.toContain("phòng cháy");
  });
});
