/**
 * An agency's duties answered in the role the question names: "phối hợp việc gì" lists what it supports
 * first, "chủ trì việc gì" what it leads; a field named without its office ("chỉ tiêu về y tế") is what
 * the targets are about; a period with only "việc" asks what falls due. The plan is invented for this
 * test, in the genre's pattern.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotEnv } from "./helpers/bot-env.js";

const PLAN = `ỦY BAN NHÂN DÂN
HUYỆN SƠN HÀ
Số: 95/KH-UBND
Sơn Hà, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Chăm sóc sức khỏe ban đầu cho người dân năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng chăm sóc sức khỏe ban đầu tại tuyến xã.
Phấn đấu đến năm 2026, 100% trạm y tế xã có bác sĩ làm việc.

II. NHIỆM VỤ
1. Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi
- Đơn vị chủ trì: Trung tâm Y tế huyện.
- Đơn vị phối hợp: Phòng Y tế.
2. Kiểm tra vệ sinh an toàn thực phẩm tại các bếp ăn tập thể
- Đơn vị chủ trì: Phòng Y tế.
- Đơn vị phối hợp: Trung tâm Y tế huyện.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15/12/2026.
`;

describe("an agency's duties in the role the question names", () => {
  let env: Awaited<ReturnType<typeof createBotEnv>>;
  let n = 0;
  beforeAll(async () => {
    env = await createBotEnv({ seed: false });
    expect((await env.importer.importText(PLAN, "son-ha-95.txt")).status).toBe("created");
  });
  afterAll(() => env?.client.close());

  async function ask(q: string) {
    const replies = await env.core.handle(
      { channel: "web", chatId: `roles-${++n}`, chatKind: "private", senderId: `roles-${n}`, text: q, messageId: String(n), receivedAt: new Date() },
      { today: "2026-03-10" },
    );
    return replies.map((r) => r.text).join("\n");
  }

  it("lists what it supports first when asked what it supports, what it leads first when asked what it leads", async () => {
    const supports = await ask("Phòng Y tế phối hợp những việc gì?");
    expect(supports.split("\n").find((l) => l.startsWith("• "))).toMatch(/^• \[Phối hợp\] .*Tiêm chủng/);
    expect(supports).toContain("[Chủ trì]");
    const leads = await ask("phong y te chu tri viec gi");
    expect(leads.split("\n").find((l) => l.startsWith("• "))).toMatch(/^• \[Chủ trì\] .*vệ sinh an toàn thực phẩm/);
    expect((await ask("what does the health office support?")).split("\n").find((l) => l.startsWith("• "))).toMatch(/^• \[Support\]/);
  });

  it("reads a field named without its office as what the targets are about, and 'việc' in a period as what falls due", async () => {
    const targets = await ask("kế hoạch 95 có chỉ tiêu nào về y tế?");
    expect(targets).toMatch(/^Chỉ tiêu \(1\):\n\n• [^\n]*[Tt]rạm y tế xã có bác sĩ/);
    // Its office, named with its head word, still asks for the office's duties.
    expect(await ask("chỉ tiêu của Phòng Y tế")).toMatch(/^Phòng Y tế được giao/);
    expect(await ask("việc của quý 4 năm 2026")).toMatch(/^Đến hạn quý 4\/2026 \(\d+\):\n\n• 15\/12\/2026/);
  });
});
