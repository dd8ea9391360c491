/**
 * Targets as plans write them, with what a careful reader lists: the examples
 * every rule of targets/ is held to (run by corpus.test.ts, as written and
 * without diacritics). Short texts written for this corpus in the genre's
 * pattern; none is copied from a real plan.
 */
import type { Comparator } from "../../types.js";

export type Expected = [comparator: Comparator, value: number, unit: string, year: number | null];
export type TargetExample = {
  name: string;
  text: string;
  /** Headings above the text, outermost first. */
  headings?: string[];
  endYear?: number | null;
  expect: Expected[];
};

export const TARGET_EXAMPLES: TargetExample[] = [
  // ---- comparators from the words
  { name: "ít nhất", text: "(2) Ít nhất 85% hộ gia đình được phổ biến kiến thức về an toàn giao thông.", headings: ["MỤC TIÊU"], endYear: 2026, expect: [[">=", 85, "%", 2026]] },
  { name: "tối thiểu", text: "- Tối thiểu 60% doanh nghiệp nhỏ và vừa ứng dụng thương mại điện tử.", headings: ["Mục tiêu cụ thể"], endYear: 2027, expect: [[">=", 60, "%", 2027]] },
  { name: "trên", text: "Phấn đấu trên 75% diện tích lúa áp dụng quy trình canh tác tiên tiến.", headings: ["Chỉ tiêu"], endYear: 2030, expect: [[">", 75, "%", 2030]] },
  { name: "dưới", text: "Giảm tỷ lệ hộ nghèo xuống dưới 1,5% vào năm 2026.", expect: [["<", 1.5, "%", 2026]] },
  { name: "không quá", text: "Tỷ lệ hồ sơ giải quyết trễ hạn không quá 2% trong năm 2025.", expect: [["<=", 2, "%", 2025]] },
  { name: "giảm … xuống còn", text: "Giảm số vụ tai nạn lao động xuống còn 40 vụ vào năm 2027.", expect: [] },
  { name: "giảm … xuống còn (a rate)", text: "Giảm tỷ suất tử vong do đuối nước xuống còn 5/100.000 trẻ em vào năm 2027.", expect: [["<=", 5, "/100.000 trẻ em", 2027]] },
  { name: "đạt", text: "Tỷ lệ thu gom rác thải sinh hoạt ở đô thị đạt 95% vào năm 2028.", expect: [[">=", 95, "%", 2028]] },
  { name: "bare 100% in a list of goals", text: "- 100% cơ quan hành chính cấp xã sử dụng văn bản điện tử.", headings: ["II. MỤC TIÊU"], endYear: 2025, expect: [[">=", 100, "%", 2025]] },
  { name: "từ … trở lên", text: "Phấn đấu tỷ lệ người dân hài lòng từ 90% trở lên vào năm 2026.", expect: [[">=", 90, "%", 2026]] },
  { name: "tối đa", text: "Bảo đảm tỷ lệ lao động không có việc làm ở khu vực thành thị tối đa 3% đến năm 2030.", expect: [["<=", 3, "%", 2030]] },

  // ---- units as written
  { name: "per-mille", text: "Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 8,5‰ vào năm 2026.", expect: [["<", 8.5, "‰", 2026]] },
  { name: "per 100.000 population", text: "Phấn đấu số ca mắc sốt xuất huyết dưới 120/100.000 dân vào năm 2025.", expect: [["<", 120, "/100.000 dân", 2025]] },
  { name: "hectares with a thousands point", text: "Đến năm 2030, diện tích rừng phòng hộ của tỉnh đạt 2.400 ha.", expect: [[">=", 2400, "ha", 2030]] },
  { name: "kilometres", text: "Phấn đấu đến năm 2027 cứng hóa ít nhất 150 km đường giao thông nông thôn.", expect: [[">=", 150, "km", 2027]] },
  { name: "communes", text: "Có ít nhất 12 xã đạt chuẩn nông thôn mới nâng cao vào năm 2026.", expect: [[">=", 12, "xã", 2026]] },
  { name: "enterprises", text: "Hình thành ít nhất 40 doanh nghiệp khởi nghiệp sáng tạo.", headings: ["Mục tiêu đến năm 2030"], endYear: 2035, expect: [[">=", 40, "doanh nghiệp", 2030]] },
  { name: "people", text: "Hằng năm đào tạo nghề cho tối thiểu 2.000 người lao động nông thôn.", headings: ["Chỉ tiêu"], endYear: 2026, expect: [[">=", 2000, "người", 2026]] },
  { name: "times", text: "Phấn đấu năng suất lao động tăng ít nhất 2 lần so với năm 2020 vào năm 2030.", expect: [[">=", 2, "lần", 2030]] },
  { name: "children per woman", text: "Duy trì tổng tỷ suất sinh đạt 2,1 con/phụ nữ đến năm 2030.", expect: [[">=", 2.1, "con/phụ nữ", 2030]] },
  { name: "sex ratio at birth", text: "Tỷ số giới tính khi sinh dưới 109 trai/100 gái vào năm 2025.", expect: [["<", 109, "trai/100 gái", 2025]] },
  { name: "billion đồng committed", text: "Phấn đấu tổng vốn huy động xã hội hóa đạt ít nhất 50 tỷ đồng vào năm 2027.", expect: [[">=", 50, "tỷ đồng", 2027]] },
  { name: "decimals", text: "- Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo đạt 99,8%.", headings: ["Chỉ tiêu đến năm 2025"], endYear: 2030, expect: [[">=", 99.8, "%", 2025]] },
  { name: "a share of a count", text: "- Có 15/20 xã đạt chuẩn nông thôn mới.", headings: ["Chỉ tiêu"], endYear: 2026, expect: [[">=", 15, "xã", 2026]] },
  { name: "a range", text: "Phấn đấu tỷ lệ che phủ rừng đạt 42 - 43% vào năm 2030.", expect: [[">=", 42, "%", 2030]] },

  // ---- years from the sentence, a heading or a lead-in
  { name: "two years, two values", text: "Giảm tỷ lệ trẻ em thấp còi xuống dưới 18% vào năm 2025 và dưới 15% vào năm 2030.", expect: [["<", 18, "%", 2025], ["<", 15, "%", 2030]] },
  { name: "values sharing one year", text: "Tỷ lệ xã có điểm vui chơi đạt 70% và tỷ lệ trường học có sân chơi đạt 80% vào năm 2026.", expect: [[">=", 70, "%", 2026], [">=", 80, "%", 2026]] },
  { name: "keep until", text: "Giảm tỷ lệ trẻ em bỏ học xuống dưới 0,5% vào năm 2025 và duy trì đến năm 2030.", expect: [["<", 0.5, "%", 2025], ["<", 0.5, "%", 2030]] },
  { name: "year opening the sentence", text: "Đến năm 2028, 100% trạm y tế xã có bác sĩ làm việc.", expect: [[">=", 100, "%", 2028]] },
  { name: "year of a span", text: "Trong giai đoạn 2026 - 2030 phấn đấu có ít nhất 20% cán bộ được đào tạo sau đại học.", endYear: 2035, expect: [[">=", 20, "%", 2030]] },
  { name: "lead-in scopes its list", text: "Đến hết năm 2027, phấn đấu đạt được những mục tiêu sau:\n- 100% thôn, tổ dân phố có tổ an ninh tự quản;\n- Ít nhất 90% người dân được tuyên truyền pháp luật.", endYear: 2030, expect: [[">=", 100, "%", 2027], [">=", 90, "%", 2027]] },
  { name: "heading scopes its list", text: "2.1. Đến năm 2030\n- Thủy sản\nTrên 60% diện tích nuôi tôm áp dụng công nghệ cao.\n2.2. Định hướng đến năm 2035\nTrên 80% diện tích nuôi tôm áp dụng công nghệ cao.", headings: ["Mục tiêu cụ thể"], endYear: 2035, expect: [[">", 60, "%", 2030], [">", 80, "%", 2035]] },
  { name: "a year range wrapped at its dash", text: "Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 15% xã đạt chuẩn.", headings: ["MỤC TIÊU"], endYear: 2031, expect: [[">=", 15, "%", 2030]] },
  { name: "no year: the plan's end", text: "- 100% hộ gia đình được cung cấp thông tin cảnh báo thiên tai.", headings: ["Mục tiêu cụ thể"], endYear: 2030, expect: [[">=", 100, "%", 2030]] },
  { name: "another programme's period in a lead-in does not scope", text: "Phấn đấu đạt các chỉ tiêu của Chương trình hành động giai đoạn 2021 - 2030, trong đó:\n- 100% trẻ em được tiêm chủng đầy đủ.", headings: ["MỤC TIÊU"], endYear: 2024, expect: [[">=", 100, "%", 2024]] },
  { name: "rate denominator is no count", text: "Giảm tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống xuống dưới 4‰ vào năm 2026.", expect: [["<", 4, "‰", 2026]] },
  { name: "an indicator, a colon, its value", text: "- Số xã đạt chuẩn nông thôn mới: 18 xã.", headings: ["Chỉ tiêu đến năm 2026"], endYear: 2030, expect: [[">=", 18, "xã", 2026]] },
  { name: "committed in a task", text: "Bảo đảm 100% thủ tục hành chính được tiếp nhận trực tuyến.", headings: ["NHIỆM VỤ, GIẢI PHÁP"], endYear: 2026, expect: [[">=", 100, "%", 2026]] },
];

/** Numbers that are not targets. */
export const NOT_TARGETS: Array<{ name: string; text: string; headings?: string[] }> = [ // plans issued in 2025
  { name: "a decree number", text: "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.", headings: ["MỤC TIÊU"] },
  { name: "a phone number", text: "Mọi phản ánh gửi về đường dây nóng 0236.3822.115 hoặc 1900 1234.", headings: ["MỤC TIÊU"] },
  { name: "a date", text: "Báo cáo kết quả về Sở Y tế trước ngày 30/11/2025.", headings: ["TỔ CHỨC THỰC HIỆN"] },
  { name: "an age", text: "Chăm sóc trẻ em dưới 5 tuổi và người cao tuổi trên 80 tuổi.", headings: ["MỤC TIÊU"] },
  { name: "a past result", text: "Năm 2024, toàn tỉnh đã đạt 92% hộ dân sử dụng nước sạch.", headings: ["I. KẾT QUẢ ĐẠT ĐƯỢC"] },
  { name: "a result of a year before the plan", text: "Năm 2023, tỷ lệ hộ dân dùng nước sạch đạt 88%.", headings: ["Sự cần thiết"] },
  { name: "a contest's score", text: "Đơn vị đạt tỷ lệ 100% cộng 05 điểm; từ 90 - 95% cộng 03 điểm.", headings: ["TIÊU CHÍ CHẤM ĐIỂM"] },
  { name: "a formula", text: "- Tỷ lệ = b/a * 100%;", headings: ["Chỉ tiêu"] },
  { name: "a condition", text: "Nếu đạt 100% thì được cộng điểm thưởng.", headings: ["Chỉ tiêu"] },
  { name: "a product's strength", text: "Cấp phát hóa chất khử khuẩn Chloramin B, Chlorine 70% cho các xã vùng lũ.", headings: ["NHIỆM VỤ"] },
  { name: "money in funding", text: "Tổng kinh phí thực hiện là 1.200 triệu đồng từ ngân sách tỉnh.", headings: ["IV. KINH PHÍ THỰC HIỆN"] },
  { name: "a count without commitment", text: "Kiểm tra ngẫu nhiên 50 người đang nhận trợ cấp tại 04 xã.", headings: ["NHIỆM VỤ"] },
  { name: "levels of government", text: "- Hoàn thiện văn bản hướng dẫn theo mô hình chính quyền địa phương 02 cấp;", headings: ["Mục tiêu cụ thể"] },
  { name: "an activity count under a heading of goals and tasks", text: "1. Tổ chức 02 hội nghị quán triệt cho cán bộ chủ chốt.", headings: ["II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"] },
  { name: "a subsidy rate in a task", text: "- Hỗ trợ 50% chi phí mua thiết bị cho hợp tác xã tham gia mô hình.", headings: ["III. NHIỆM VỤ"] },
  { name: "a ranking", text: "- Tỉnh thuộc top 05 địa phương dẫn đầu về chuyển đổi số.", headings: ["Mục tiêu cụ thể"] },
];
