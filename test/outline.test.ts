import { describe, expect, it } from "vitest";
import { parsePlan } from "../src/ingest/parse.js";

const plan = (body: string) => `ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 9/KH-UBND\nSơn La, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nGiảm nghèo năm 2026\n\nI. MỤC TIÊU\nGiảm tỷ lệ hộ nghèo.\n\n${body}`;

describe("outline of any numbering style", () => {
  it("reads items numbered by name ('Dự án 1:') and in brackets ('(1)') as tasks", () => {
    const p = parsePlan(plan(`II. NỘI DUNG THỰC HIỆN\nDự án 1: Hỗ trợ đầu tư phát triển hạ tầng.\nSở Xây dựng chủ trì.\n\nDự án 2: Đa dạng hóa sinh kế.\nSở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành liên quan.\n\nIII. TỔ CHỨC THỰC HIỆN\n(1) Sở Tài chính bố trí kinh phí.\n(2) Sở Nội vụ theo dõi, đôn đốc.\n`));
    expect(p.tasks.map((t) => t.ref)).toEqual(["I", "II.1", "II.2", "III.1", "III.2"]);
    expect(p.assignments.map((a) => `${a.ref} ${a.role} ${a.agency}`)).toEqual([
      "II.1 lead Sở Xây dựng", "II.2 lead Sở Nông nghiệp và Môi trường", "II.2 support Các sở, ngành liên quan", "III.1 assigned Sở Tài chính", "III.2 assigned Sở Nội vụ",
    ]);
  });

  it("reads sub-items 1.1., 1.2. as tasks of their own, wrapped bold headings whole", () => {
    const p = parsePlan(plan(`**II. NHIỆM VỤ VÀ\nGIẢI PHÁP**\n\n**1.\nVề dữ liệu**\n\n1.1. Rà soát cơ sở dữ liệu\n\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n\n1.2. Chuẩn hóa dữ liệu\n\n- Đơn vị chủ trì: Các sở, ban, ngành.\n\n- Đơn vị phối hợp: Sở Tài chính; các cơ quan liên quan.\n`));
    expect(p.sections.map((s) => s.heading)).toEqual(["MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP"]);
    expect(p.tasks.map((t) => [t.ref, t.title])).toEqual([["I", "MỤC TIÊU"], ["II.1.1", "Rà soát cơ sở dữ liệu"], ["II.1.2", "Chuẩn hóa dữ liệu"]]);
    expect(p.assignments.map((a) => `${a.ref} ${a.role} ${a.agency}`)).toEqual([
      "II.1.1 lead Sở Khoa học và Công nghệ", "II.1.2 lead Các sở, ban, ngành", "II.1.2 support Sở Tài chính", "II.1.2 support Các cơ quan liên quan",
    ]);
  });
});
