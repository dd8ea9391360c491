/**
 * A group of bodies named with "các" is read whole, even when its noun is also a verb ("các tổ chức chính trị -
 * xã hội": organisations, not "organise"), and is not taken for the board a bare alias names ("Tổ chức" is
 * the party's organisation board only as "Ban Tổ chức"). The plan is invented, in the genre's pattern.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../src/ingest/parse.js";

const PLAN = `ỦY BAN NHÂN DÂN
HUYỆN SƠN HÀ
Số: 97/KH-UBND
Sơn Hà, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Chi trả trợ cấp xã hội không dùng tiền mặt năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh chi trả trợ cấp xã hội qua tài khoản.

II. NHIỆM VỤ
1. Ủy ban Mặt trận Tổ quốc huyện, các tổ chức chính trị - xã hội trong huyện tuyên truyền, vận động người hưởng trợ cấp mở tài khoản.
2. Phòng Nội vụ chủ trì, phối hợp với các tổ chức cung cấp dịch vụ chi trả lập danh sách người hưởng.
3. Đề nghị các tổ chức cung cấp dịch vụ chi trả
Bố trí điểm giao dịch tại các xã; báo cáo kết quả về Phòng Nội vụ trước ngày 15/12/2026.
`;

describe("groups of bodies named with 'các'", () => {
  const plan = parsePlan(PLAN);
  const agencies = plan.assignments.map((a) => `${a.agency} (${a.role})`);

  it("reads the group whole, never as 'Các' alone nor as the organisation board", () => {
    expect(agencies).toContain("Các tổ chức chính trị - xã hội (assigned)");
    // "cung cấp" reads as the verb that ends the group: its name stops at "các tổ chức", still a group.
    expect(agencies).toContain("Các tổ chức (support)");
    expect(plan.assignments.map((a) => a.agency)).not.toContain("Các");
    expect(plan.assignments.map((a) => a.agency)).not.toContain("Ban Tổ chức");
    expect(agencies).toContain("Phòng Nội vụ (lead)");
  });
});
