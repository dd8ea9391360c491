import { describe, expect, it } from "vitest";
import { frameSentences, sentencesOf } from "./frame-sentences.js";

// A preamble in the genre's pattern: one citation a clause, some numbers broken over lines.
const PREAMBLE = `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Thông tư số
12/2023/TT-BXD ngày 05 tháng 6 năm 2023 của Bộ trưởng Bộ Xây dựng hướng dẫn
về quản lý nhà ở; Căn cứ Kế hoạch số 41/KH-UBND ngày 02/3/2024 của UBND tỉnh;
Thực hiện Chỉ thị số 19-CT/TU ngày 10/01/2024 của Tỉnh ủy về nhà ở xã hội,
Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:`;

describe("frame sentences", () => {
  it("cuts a preamble at each citation, keeping a number broken over lines whole", () => {
    const basis = sentencesOf("based_on", PREAMBLE);
    expect(basis).toHaveLength(3);
    expect(basis[1]).toContain("12/2023/TT-BXD ngày 05 tháng 6 năm 2023");
    expect(basis[2]).toContain("41/KH-UBND ngày 02/3/2024");
  });

  it("tells what the plan carries out apart from what it is based on", () => {
    expect(sentencesOf("implements", PREAMBLE)).toEqual([expect.stringContaining("19-CT/TU")]);
  });

  it("keeps every document a replacing clause lists", () => {
    const closing = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Thay thế Quyết định số 12/QĐ-UBND ngày 03/4/2020 của UBND huyện A; Quyết định số 34/QĐ-UBND ngày 05/6/2021 của UBND huyện B. Điều 3. Chánh Văn phòng thi hành.";
    expect(sentencesOf("replaces", closing)).toEqual([expect.stringContaining("12/QĐ-UBND"), expect.stringContaining("34/QĐ-UBND")]);
  });

  it("finds when a decision takes effect", () => {
    const closing = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Điều 3. Chánh Văn phòng thi hành.";
    expect(sentencesOf("effective", closing)).toEqual(["Quyết định này có hiệu lực kể từ ngày ký."]);
    expect(sentencesOf("effective", PREAMBLE)).toEqual([]);
  });

  it("finds what a decision replaces in its closing articles", () => {
    const closing = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Thay thế Quyết định số 77/QĐ-UBND ngày 03 tháng 4 năm 2020 của UBND huyện. Điều 3. Chánh Văn phòng thi hành.";
    expect(sentencesOf("replaces", closing)).toEqual([expect.stringContaining("77/QĐ-UBND ngày 03 tháng 4 năm 2020")]);
    expect(sentencesOf("replaces", PREAMBLE)).toEqual([]);
  });

  it("reads an OCR'd preamble whose cue is damaged by the documents it cites", () => {
    expect(sentencesOf("based_on", "Cin cir Ké hoach sb 28/KH-SLDTBXH ngay 10/03/2021 cia Sở Lao động;")).toHaveLength(1);
    expect(frameSentences("")).toEqual([]);
  });
});
