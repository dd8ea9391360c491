import type { Examples } from "../rules/examples.js";
import { unitStart } from "./unit-starts.js";

export const unitStartExamples: Examples<string | null> = {
  name: "unit starts",
  read: unitStart,
  examples: [
    ["I. MỤC ĐÍCH, YÊU CẦU", "roman"],
    ["IV- TỔ CHỨC THỰC HIỆN", "roman"],
    ["**III.", "roman"],
    ["2. Nhiệm vụ cụ thể", "arabic"],
    ["**1.", "arabic"],
    ["1.2. Về công tác tuyên truyền", "arabic"],
    ["2.1 Về phát triển toàn diện trẻ em", "arabic"],
    ["1.1 Rà soát văn bản", "arabic"],
    ["a) Tuyên truyền Chỉ thị", "letter"],
    ["đ) Kiểm tra, giám sát", "letter"],
    ["- Sở Y tế chủ trì", "bullet"],
    ["+ Tổ chức hội nghị", "bullet"],
    ["(2) Phấn đấu có 70% người hưởng", "parenthesised number"],
    ["Điều 1. Ban hành kèm theo Quyết định này", "named article"],
    ["Dieu 3. Chanh Van phong", "named article"],
    ["Dự án 1: Hỗ trợ đầu tư", "named article"],
    ["Chỉ tiêu 2: Tỷ lệ hộ nghèo", "named article"],
    ["Số: 57/KH-UBND", "document number"],
    ["Số 12-KH/ĐU", "document number"],
    // Wrapped text that only looks like a start.
    ["tháng 11 năm 2025", null],
    // A number with thousands dots opening a wrapped line is a quantity, not item 3.
    ["3.000 lượt người được tập huấn", null],
    ["12.500 hộ dân có nước sạch", null],
    ["- 2025 của Bộ Chính trị", null],
    ["14/8/2025 của UBND tỉnh", null],
    ["2025 và định hướng đến năm 2030", null],
    ["Sở Y tế chủ trì, phối hợp", null],
    ["ban, ngành, đơn vị", null],
    ["Số lượng người tham gia", null],
  ],
};
