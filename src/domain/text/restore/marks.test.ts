import { describe, expect, it } from "vitest";
import { modernTonePlacement } from "./letters.js";
import { readMarks } from "./marks.js";

const KNOWN = new Set(["HĐND", "LĐTBXH", "GD&ĐT"]);

describe("marks a scan prints that are not syllables", () => {
  it.each([
    ["Căn cứ Quyết định sb 15/QĐ-UBND ngày 02/3/2025", "Căn cứ Quyết định số 15/QĐ-UBND ngày 02/3/2025"],
    ["Thực hiện Công văn, s6 210/UBND-VX", "Thực hiện Công văn, số 210/UBND-VX"],
    ["S6: 41/KH-UBND", "Số: 41/KH-UBND"],
    ["86 112-KH/HU", "Số 112-KH/HU"],
    ["11. NOI DUNG CHU YEU", "II. NOI DUNG CHU YEU"],
    ["I11- TO CHUC THUC HIEN", "III- TO CHUC THUC HIEN"],
    ["VIl. CHE DO BAO CAO", "VII. CHE DO BAO CAO"],
    ["Thường trực HDND huyện; Phòng LDTBXH, Phòng GD&DT", "Thường trực HĐND huyện; Phòng LĐTBXH, Phòng GD&ĐT"],
  ])("reads %s", (scan, read) => {
    expect(readMarks(scan, KNOWN)).toBe(read);
  });

  it.each([
    "11. Các xã tổ chức thực hiện", // an item numbered 11, not a heading in capitals
    "có 86 trẻ em được hỗ trợ",
    "so với năm 2024 tăng 12/15 xã",
    "ông DUNG, bà HDX", // capitals no known acronym reads
    "Phòng VHTT và Đài TT-TH",
  ])("leaves alone: %s", (text) => {
    expect(readMarks(text, KNOWN)).toBe(text);
  });
});

describe("tone placement", () => {
  it("puts an open oa/oe/uy syllable's tone on its first vowel, as plans write it today", () => {
    expect(["hoà", "uỷ", "thuỷ", "khoẻ", "Hoá", "quý", "hoàng", "tuyển"].map(modernTonePlacement)).toEqual([
      "hòa", "ủy", "thủy", "khỏe", "Hóa", "quý", "hoàng", "tuyển",
    ]);
  });
});
