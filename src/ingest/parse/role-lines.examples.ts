import type { Examples } from "../rules/examples.js";
import { roleLine } from "./role-lines.js";

export const roleLineExamples: Examples<string | null> = {
  name: "role lines",
  read: (text) => roleLine(text)?.role ?? null,
  examples: [
    ["Cơ quan chủ trì: Sở Y tế.", "lead"],
    ["Đơn vị chủ trì thực hiện: Sở Tài chính.", "lead"],
    ["Đơn vị chủ trì tham mưu thực hiện: Sở Nội vụ.", "lead"],
    ["- Đơn vị chủ trì: Văn phòng UBND tỉnh.", "lead"],
    ["Don vi chu tri: So Xay dung", "lead"],
    ["Cơ quan phối hợp: Công an tỉnh, Tỉnh đoàn.", "support"],
    ["Đơn vị phối hợp thực hiện: các cơ quan liên quan.", "support"],
    ["Đơn vị thực hiện: Các Sở, ngành, UBND cấp xã.", "assigned"],
    ["Cơ quan thực hiện: Sở Công Thương chủ trì, phối hợp với Sở Tài chính.", "assigned"],
    ["Chủ trì: Sở Giáo dục và Đào tạo", "lead"],
    // Lines that describe the task, not who does it.
    ["Thời gian thực hiện: Quý IV/2025.", null],
    ["Kinh phí thực hiện: ngân sách tỉnh.", null],
    ["Thực hiện tốt các nội dung sau: tuyên truyền, vận động.", null],
    ["Phối hợp với các ngành tổ chức hội nghị sơ kết, tổng kết việc thực hiện: báo cáo.", null],
  ],
};
