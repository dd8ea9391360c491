import { describe, expect, it } from "vitest";
import { parsePlan } from "../src/ingest/parse.js";

/** A plan whose tasks are laid out in an appendix table, as converters write one ("|" between cells, "|" "|" between rows). */
const PLAN = `ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
Số: 77/KH-UBND
Lai Châu, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026

I. MỤC TIÊU
1. Mỗi huyện có ít nhất 01 điểm du lịch cộng đồng.

II. NHIỆM VỤ
Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Mạnh

PHỤ LỤC

|
STT
|
NỘI DUNG
|
CHỦ TRÌ
|
PHỐI HỢP
|
THỜI GIAN
|
|
I
|
NHÓM QUẢNG BÁ
|
|
1
|
Xây dựng bộ nhận diện du lịch cộng đồng
|
Sở Văn hóa, Thể thao và Du lịch
|
Sở Tài chính; các sở, ngành liên quan
|
Quý II/2026
|
|
2
|
Tổ chức lễ hội văn hóa các dân tộc
|
UBND các xã
|
Sở Văn hóa, Thể thao và Du lịch
|
Tháng 9/2026
|

`;

describe("appendix tables", () => {
  it("reads each row as a task with its lead, supporters and time", () => {
    const p = parsePlan(PLAN);
    expect(p.tasks.filter((t) => t.section === "PL").map((t) => [t.ref, t.title])).toEqual([
      ["PL.I.1", "Xây dựng bộ nhận diện du lịch cộng đồng"],
      ["PL.I.2", "Tổ chức lễ hội văn hóa các dân tộc"],
    ]);
    const duties = p.assignments.filter((a) => a.ref.startsWith("PL")).map((a) => `${a.ref} ${a.role} ${a.agency}`);
    expect(duties).toEqual(expect.arrayContaining([
      "PL.I.1 lead Sở Văn hóa, Thể thao và Du lịch",
      "PL.I.1 support Sở Tài chính",
      "PL.I.1 support Các sở, ngành liên quan",
      "PL.I.2 lead Ủy ban nhân dân cấp xã",
      "PL.I.2 support Sở Văn hóa, Thể thao và Du lịch",
    ]));
    expect(p.plan.signer).toBe("Lò Văn Mạnh");
  });
});
