import type { Examples } from "../rules/examples.js";
import { titlePeriod, type PlanPeriod } from "./plan-period.js";

export const planPeriodExamples: Examples<PlanPeriod | null> = {
  name: "plan period (from its title)",
  read: titlePeriod,
  examples: [
    ["Kế hoạch phòng, chống dịch bệnh năm 2026", { from: 2026, to: 2026 }],
    ["KE HOACH thuc hien cong tac gia dinh nam 2024", { from: 2024, to: 2024 }],
    ["Kế hoạch phát triển du lịch giai đoạn 2026 - 2030", { from: 2026, to: 2030 }],
    ["KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2025-2027, ĐỊNH HƯỚNG ĐẾN NĂM 2045", { from: 2025, to: 2027 }],
    ["Đề án phát triển nông nghiệp đến năm 2030, tầm nhìn đến năm 2050", { from: null, to: 2030 }],
    ["Chương trình xây dựng nông thôn mới đến năm 2030, định hướng đến năm 2045", { from: null, to: 2030 }],
    ["Thực hiện Chỉ thị số 15-CT/TU ngày 12 tháng 5 năm 2023 của Ban Thường vụ Tỉnh ủy trong năm 2025", { from: 2025, to: 2025 }],
    // A horizon or a cited date only: the title names no span.
    ["Kế hoạch phát triển giáo dục, định hướng đến năm 2045", null],
    ["Thực hiện Nghị quyết số 12/NQ-CP ngày 03/4/2023 của Chính phủ", null],
    ["Thực hiện Nghị định số 30/2020/NĐ-CP về công tác văn thư", null],
    ["Thực hiện Chỉ thị số 28-CT/TW ngày 25 tháng 12 năm 2023 của Bộ Chính trị", null],
  ],
};
