import type { Examples } from "../rules/examples.js";
import { docNumberIn } from "./doc-number.js";

export const docNumberExamples: Examples<string | null> = {
  name: "document number (số và ký hiệu)",
  read: (text) => docNumberIn(text).number,
  examples: [
    ["Số: 45/KH-UBND", "45/KH-UBND"],
    ["Số: 1207/QĐ-UBND", "1207/QĐ-UBND"],
    ["Số: 3456/UBND-VX", "3456/UBND-VX"],
    ["Số: 88/KH-SGDĐT", "88/KH-SGDĐT"],
    ["Số 31-KH/TU", "31-KH/TU"],
    ["Số 17 -KH/Th.U", "17-KH/Th.U"],
    ["So: 12/KH-BCĐ", "12/KH-BCĐ"],
    ["S6 09-KH/HU", "09-KH/HU"],
    ["86 110-KH/HU", "110-KH/HU"],
    ["Số: 07/TB-VP", "07/TB-VP"],
    // Blank numbers and lines that are not a number.
    ["Số: /KH-UBND", null],
    ["Số: ....../QĐ-UBND", null],
    ["Số lượng: 120 người", null],
    ["Hà Tĩnh, ngày 12 tháng 3 năm 2025", null],
    ["ỦY BAN NHÂN DÂN TỈNH", null],
  ],
};
