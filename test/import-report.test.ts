import { describe, expect, it } from "vitest";
import { parsePlan } from "../src/ingest/parse.js";
import { formatReport, importReport } from "../src/ingest/report.js";

/** A plan written in the genre's pattern, with its date left blank and one task nobody is given. */
const PLAN = `ỦY BAN NHÂN DÂN
HUYỆN KIM SƠN
Số: /KH-UBND
Kim Sơn, ngày    tháng    năm 2026

KẾ HOẠCH
Phòng, chống thiên tai năm 2026

I. MỤC TIÊU
1. 100% xã có phương án ứng phó thiên tai.

II. NHIỆM VỤ
1. Rà soát phương án ứng phó thiên tai.
2. Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức diễn tập.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Vũ Văn Toàn
`;

describe("import report", () => {
  it("counts what was read and says in Vietnamese what looks missing", () => {
    const parsed = parsePlan(PLAN);
    expect(parsed.warnings).toEqual(expect.arrayContaining(["không thấy số văn bản", "không thấy ngày ban hành", "1 nhiệm vụ không có cơ quan chủ trì"]));
    expect(parsed.warnings).not.toContain("không thấy người ký");
    const text = formatReport(importReport(parsed));
    expect(text).toMatch(/^Phần: 2 · Nhiệm vụ: \d+ · Phân công: \d+ · Chỉ tiêu: \d+ · Thời hạn: \d+/);
    expect(text).toContain("Cần kiểm tra: không thấy số văn bản; không thấy ngày ban hành; 1 nhiệm vụ không có cơ quan chủ trì");
  });

  it("reads the group partner as written and the plan's year from its title", () => {
    const parsed = parsePlan(PLAN);
    expect(parsed.assignments.map((a) => `${a.role} ${a.agency}`)).toEqual(expect.arrayContaining(["lead Phòng Nông nghiệp và Môi trường", "support Các cơ quan, đơn vị liên quan"]));
    expect(parsed.plan.year).toBe(2026);
  });
});
