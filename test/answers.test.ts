import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotEnv } from "./helpers/bot-env.js";

/**
 * Questions staff ask, typed with diacritics, without them, and in English.
 * Each case names the facts the answer must hold (numbers, dates, agencies,
 * citations) and, where it matters, what it must not hold.
 */
type Case = { q: string; today?: string; has: Array<string | RegExp>; lacks?: Array<string | RegExp> };

const DUE: Case[] = [
  { q: "tháng này có gì đến hạn?", today: "2024-12-02", has: ["05/12/2024", /Mường Ảng/, /mục IV/] },
  { q: "thang nay co gi den han", today: "2024-12-02", has: ["05/12/2024", /Mường Ảng/] },
  { q: "what is due this month?", today: "2024-12-02", has: ["Due this month", "05/12/2024"] },
  // Nothing due: the answer says so and names what falls due next.
  { q: "tháng này có gì đến hạn?", today: "2026-11-23", has: [/^Không có việc nào đến hạn tháng này\.\n\nViệc đến hạn gần nhất sau đó:\n• 05\/12\/2026 — /, /Mường Ảng, mục IV/] },
  { q: "what is due this week?", today: "2026-11-23", has: [/^Nothing is due this week\.\n\nThe next thing due after that:\n• 05\/12\/2026/] },
  { q: "tháng 12 có gì đến hạn", today: "2024-06-10", has: ["05/12/2024", "31/12/2024"] },
  { q: "quý 4 có gì đến hạn", today: "2021-10-01", has: ["10/12/2021", "15/12/2021"] },
  { q: "han bao cao thang 4 nam 2021", has: ["15/04/2021"] },
  { q: "tuần này có gì đến hạn", today: "2021-04-12", has: ["15/04/2021"], lacks: ["10/12/2021"] },
  { q: "việc nào quá hạn?", today: "2025-01-10", has: ["05/12/2024", /quá hạn/] },
  { q: "what is overdue?", today: "2025-01-10", has: ["Past due", "05/12/2024"] },
  { q: "năm nay có gì đến hạn", today: "2025-03-01", has: [/chỉ tiêu cần đạt vào năm 2025/, "05/12/2025"] },
  { q: "tháng 6 có gì đến hạn", today: "2021-05-20", has: ["01/06/2021", /[Tt]háng hành động/] },
  { q: "tháng 6 có gì đến hạn", today: "2025-05-20", has: [/Đến hạn|Không có việc nào/], lacks: ["2021"] },
  { q: "6 tháng đầu năm có gì đến hạn", today: "2025-02-01", has: ["30/06/2025", /273-KH\/HU/] },
  { q: "tháng sau có gì?", today: "2025-11-20", has: ["Đến hạn tháng sau", "05/12/2025"] },
  { q: "next month", today: "2025-11-20", has: ["Due next month", "05/12/2025"] },
  // A month or quarter that does not exist is said so, not read as "this month".
  { q: "thang 13 co gi den han", has: [/^Không có "thang 13" trong lịch \(tháng từ 1 đến 12, quý từ 1 đến 4\)\./], lacks: ["tháng này"] },
  { q: "trước ngày 32/12 có gì phải nộp", has: [/^Không có "32\/12" trong lịch/] },
  // A date: from today to that day, or that day.
  { q: "trước ngày 15/12 có gì phải nộp", today: "2026-11-23", has: [/^Đến hạn từ nay đến 15\/12\/2026 \(1\):\n\n• 05\/12\/2026/] },
  { q: "ngày 5/12 có gì đến hạn", today: "2026-11-23", has: [/^Đến hạn ngày 05\/12\/2026 \(1\)/] },
  { q: "what is due by 15/12?", today: "2026-11-23", has: [/^Due from today to 15\/12\/2026/] },
  { q: "ngày mai có gì", today: "2026-12-04", has: [/^Đến hạn ngày mai \(1\):\n\n• 05\/12\/2026/] },
  { q: "quý 5", has: [/^Không có "quý 5"/] },
  { q: "what is due in Q4?", today: "2021-10-01", has: [/^Due Q4 2021 \(3\):/, "10/12/2021"] },
  { q: "due in December", today: "2021-10-01", has: [/^Due December 2021 \(3\):/] },
  { q: "kế hoạch nào sắp hết hạn", today: "2026-11-23", has: [/^Không có việc nào đến hạn tháng này\.\n\nViệc đến hạn gần nhất sau đó:\n• 05\/12\/2026/] },
  // The agency or plan a due question names: its deadlines only, said so in the header.
  { q: "Phòng LĐTBXH có gì đến hạn quý 4", today: "2021-10-01", has: [/^Phòng Lao động - Thương binh và Xã hội: đến hạn quý 4\/2021 \(1\):\n\n• 15\/12\/2021/], lacks: ["10/12/2021", "chỉ tiêu cần đạt"] },
  { q: "kế hoạch 273 có gì đến hạn", today: "2026-11-23", has: [/^KH 273-KH\/HU \(.*\): không có việc nào đến hạn tháng này\.\n\nViệc đến hạn gần nhất sau đó:\n• 31\/12\/2026/], lacks: ["Mường Ảng"] },
  { q: "kế hoạch của tỉnh ủy có gì đến hạn năm 2025", today: "2026-11-23", has: [/^KH của Ban Thường vụ Tỉnh ủy: đến hạn năm 2025 \(1\):/, "23 chỉ tiêu cần đạt"], lacks: ["Mường Ảng", "273-KH/HU"] },
  { q: "UBND xã có việc gì quá hạn", today: "2026-11-23", has: [/^Ủy ban nhân dân cấp xã: đã quá hạn mà chưa có báo cáo, trong 12 tháng qua \(1\):/, "05/12/2025"], lacks: ["30/06/2026"] },
  { q: "Phòng Y tế có gì quá hạn?", today: "2026-11-23", has: [/^Phòng Y tế: không có việc nào quá hạn mà chưa có báo cáo/] },
  // No deadline names the agency: the general ones may be its too ("các cơ quan, ban, ngành … báo cáo").
  { q: "Phòng Giáo dục có việc gì đến hạn tháng 12?", today: "2026-11-23", has: [/^Không có hạn nào tháng 12\/2026 ghi riêng cho Phòng Giáo dục và Đào tạo\. Tất cả việc đến hạn tháng 12\/2026 \(2\):/, "05/12/2026"] },
  // Nor in the coming year: the plans' next deadline, said to be theirs.
  { q: "Phòng Y tế tháng này phải báo cáo gì", today: "2026-11-23", has: [/^Phòng Y tế: không có việc nào đến hạn tháng này\.\n\nViệc đến hạn gần nhất sau đó trong các kế hoạch:\n• 05\/12\/2026/] },
  { q: "what is due for the police in Q4?", today: "2021-10-01", has: [/^Nothing due Q4 2021 names Công an\. Everything due Q4 2021 \(3\):/] },
  { q: "kế hoạch 999 có gì đến hạn", has: ['Không tìm thấy kế hoạch "999". Gõ "kế hoạch" để xem danh sách.'] },
  { q: "kế hoạch của Hà Nội có gì quá hạn", has: ['Không tìm thấy kế hoạch "Hà Nội". Gõ "kế hoạch" để xem danh sách.'] },
  // "When is … due": that kind of report over the coming year. One sentence of KH 273 sets a half-yearly
  // and a yearly report; each question gets its own.
  { q: "hạn báo cáo 6 tháng là khi nào", today: "2026-11-23", has: [/^Hạn báo cáo 6 tháng trong 12 tháng tới \(2\):\n\n• 31\/12\/2026/, "30/06/2027"], lacks: ["05/12/2026"] },
  { q: "bao giờ phải gửi báo cáo năm", today: "2026-11-23", has: [/^Hạn báo cáo năm trong 12 tháng tới \(2\):/, "05/12/2026", "31/12/2026"], lacks: ["30/06/2027"] },
  { q: "when is the half-yearly report due?", today: "2026-11-23", has: [/^Deadlines for the half-yearly report in the next 12 months \(2\):/] },
  { q: "kế hoạch 273 báo cáo 6 tháng khi nào", today: "2026-11-23", has: [/^KH 273-KH\/HU .*: hạn báo cáo 6 tháng trong 12 tháng tới \(2\):/] },
  { q: "khi nào báo cáo kết quả thực hiện chỉ thị 28", today: "2026-11-23", has: [/^Hạn "kết quả thực hiện chỉ thị 28" trong 12 tháng tới \(1\):\n\n• 05\/12\/2026/] },
  // "sơ kết" is not the "số" and "kết quả" of another deadline: none, and what is next.
  { q: "khi nào nộp báo cáo sơ kết", today: "2026-11-23", has: [/^Không thấy hạn "sơ kết" trong 12 tháng tới\.\n\nViệc đến hạn gần nhất sau đó:\n• 05\/12\/2026/] },
];

const TARGETS: Case[] = [
  { q: "chỉ tiêu suy dinh dưỡng năm 2025?", has: ["dưới 8%", "dưới 15%", "13%"], lacks: ["2030"] },
  { q: "chi tieu suy dinh duong nam 2025", has: ["dưới 8%", "dưới 15%"] },
  // KH 273's scan reads "Tỷ lệ" as "Ty 18" / "Ty 1&": its targets are found by "tỷ lệ" and shown with it.
  { q: "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng năm 2025", has: [/Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể chiều cao theo \S+: dưới 20% vào năm 2025\n   — KH 273-KH\/HU/, "dưới 8%"], lacks: [/Tỷ (18|1&)/] },
  { q: "malnutrition targets 2025", has: ["below 8%", "below 15%"] },
  { q: "chỉ tiêu tử vong trẻ em dưới 5 tuổi", has: ["4,2‰", "4‰"] },
  { q: "chỉ tiêu tử vong trẻ sơ sinh", has: ["dưới 3,2‰"] },
  { q: "chỉ tiêu bỏ học", has: ["0,12%", "0,14%", "0,05%"] },
  { q: "chi tieu tai nan thuong tich", has: ["550/100.000", "500/100.000"] },
  { q: "chỉ tiêu năm 2030 của kế hoạch 273", has: ["95%", "dưới 12%"], lacks: ["4,5‰"] },
  { q: "chỉ tiêu đi học mẫu giáo", has: ["99,9%", "99,1%"] },
  { q: "under-5 mortality target", has: ["4,2‰"] },
  { q: "muc tieu nam 2025 cua tinh uy", has: ["đạt 70% vào năm 2025", "Tỉnh ủy"], lacks: ["273-KH/HU", "2030"] },
  { q: "chỉ tiêu của Tam Đường năm 2030", has: ["đạt 95% vào năm 2030", "273-KH/HU"], lacks: ["Tỉnh ủy, mục"] },
  { q: "chỉ tiêu đăng ký khai sinh", has: ["100%", "2030"] },
  { q: "chỉ tiêu trẻ em có hoàn cảnh đặc biệt", has: ["1,0%", "dưới 3%"] },
  // No target is about vaccination: say so with the topic as typed, and show where the plans speak of it,
  // not every target that says "trẻ em".
  { q: "chỉ tiêu trẻ em được tiêm chủng", has: [/^Không tìm thấy chỉ tiêu nào về "trẻ em được tiêm chủng"\./, /tiêm chủng mở rộng/], lacks: [/^Chỉ tiêu \(/, /xâm hại trên tổng số/] },
  // Nothing for the year asked: say which years the plans do set it for.
  { q: "chỉ tiêu suy dinh dưỡng năm 2040", has: ['Không tìm thấy chỉ tiêu nào về "suy dinh dưỡng" cho năm 2040. Có chỉ tiêu cho năm 2025, 2030.'] },
  { q: "chỉ tiêu năm 2040", has: ["Không tìm thấy chỉ tiêu nào cho năm 2040. Có chỉ tiêu cho năm 2021, 2024, 2025, 2030."] },
  { q: "chỉ tiêu năm 1999", has: ["Không tìm thấy chỉ tiêu nào cho năm 1999. Có chỉ tiêu cho năm 2021, 2024, 2025, 2030."] },
  { q: "<b>chỉ tiêu</b> & năm 2040", has: [/^Không tìm thấy chỉ tiêu nào cho năm 2040\./] },
  // KH 224 sets no numeric target: not "no target for 2025" while other plans have them.
  { q: "chỉ tiêu 2025 kế hoạch 224", has: [/^Không tìm thấy chỉ tiêu nào trong kế hoạch 224 cho năm 2025\. Các kế hoạch có chỉ tiêu: .*273-KH\/HU/] },
  { q: "chỉ tiêu của Vinh", has: [/^Không tìm thấy chỉ tiêu nào trong kế hoạch của Vinh\./], lacks: ["Tỉnh ủy, mục"] },
  // No plan is Hà Nội's: the phrase is the topic, not ignored (which listed every target).
  { q: "chỉ tiêu của Hà Nội", has: [/^Không tìm thấy chỉ tiêu nào về "Hà Nội"\./], lacks: [/^Chỉ tiêu \(/] },
  { q: "kế hoạch của tỉnh ủy có chỉ tiêu gì", has: [/^Chỉ tiêu \(47\):/, "Tỉnh ủy, mục II"], lacks: ["273-KH/HU"] },
  { q: "what targets does plan 273 set for 2030?", has: [/^Targets \(6\)/, "at least 95% by 2030"], lacks: ["2025"] },
];

const AGENCIES: Case[] = [
  { q: "Phòng Y tế được giao gì?", has: ["Chủ trì", /dinh dưỡng/] },
  { q: "phong y te duoc giao gi", has: ["Chủ trì", /dinh dưỡng/] },
  { q: "công an huyện phải làm gì", has: [/Công an/, /trẻ em/] },
  { q: "Phòng LĐ-TB&XH được giao gì?", has: ["Chủ trì", /Lao động/] },
  { q: "LĐTBXH làm gì", has: ["Chủ trì"] },
  { q: "nhiệm vụ của Mặt trận Tổ quốc", has: [/Mặt trận Tổ quốc/, /giám sát/] },
  { q: "MTTQ được giao gì", has: [/giám sát/] },
  { q: "what is the police assigned?", has: ["is assigned", /xâm hại|lao động trẻ em/] },
  { q: "Phòng Giáo dục và Đào tạo được giao gì", has: ["Chủ trì", /kỹ năng/, /trường học an toàn/] },
  { q: "GD&ĐT phải làm gì", has: ["Chủ trì", /kỹ năng/] },
  { q: "ai chủ trì tuyên truyền?", has: [/^Chủ trì "tuyên truyền"/, /Ban Tuyên giáo/], lacks: [/Phòng Nội vụ/] },
  { q: "who leads communication?", has: [/Ban Tuyên giáo/] },
  // Who supports: the agencies a task names after "phối hợp", not its lead.
  { q: "ai phối hợp tuyên truyền?", has: [/^Phối hợp "tuyên truyền" \(\d+\):/, /Văn phòng cấp ủy — \[Phối hợp\]/], lacks: [/\[Chủ trì\]/] },
  { q: "who supports communication?", has: [/^Supporting "communication"/, /\[Support\]/] },
  // "protection" is "bảo vệ": not every lead whose duty merely says "trẻ em".
  { q: "who leads child protection?", has: [/^Leading "child protection" \([12]\)/, /Phòng Nội vụ — \[Lead\]/], lacks: [/Phòng Y tế/] },
  { q: "who takes care of nutrition?", has: [/^Leading "nutrition"/, /Phòng Y tế — \[Lead\]/] },
  { q: "ai chịu trách nhiệm về dinh dưỡng trẻ em", has: [/Phòng Y tế — \[Chủ trì\].*dinh dưỡng/], lacks: [/Phòng Nội vụ/] },
  // No task holds "nhỏ" as well: every word but one is enough when the lead's own duty says them.
  { q: "ai chủ trì dinh dưỡng cho trẻ nhỏ", has: [/^Chủ trì "dinh dưỡng cho trẻ nhỏ"/, /Phòng Y tế — \[Chủ trì\]/] },
  // No task about drowning names a lead (the plan of 2021 says it among other aims): say so, show where it is said.
  // Nobody leads it: said first, then who is given the work, never a lead made up.
  { q: "ai chủ trì phòng, chống đuối nước?", has: [/^Không thấy cơ quan nào được giao chủ trì "phòng, chống đuối nước"\./, /phòng, chống đuối nước cho trẻ em/], lacks: [/Phòng Nội vụ/, /\[Chủ trì\]/] },
  { q: "ủy ban nhân dân xã phải làm gì", has: ["Ủy ban nhân dân cấp xã được giao", /05\/12|định kỳ báo cáo|Căn cứ/] },
  { q: "Phòng Nội vụ", has: ["Chủ trì", /tham mưu kiện toàn/, "224-KH/Th.U"] },
  { q: "Phòng Y tế chủ trì việc gì", has: [/^Phòng Y tế được giao/, /dinh dưỡng/] },
  // No plan assigns the Youth Union anything: not read as "what is due".
  { q: "Đoàn Thanh niên phối hợp việc gì", has: [/^Đoàn Thanh niên/, /huyện Đoàn/], lacks: [/đến hạn/] },
];

const PLANS: Case[] = [
  { q: "kế hoạch", has: ["Có 5 kế hoạch", "273-KH/HU", "224-KH/Th.U"] },
  { q: "ke hoach 273 thuc hien chi thi nao", has: ["28-CT/TW", "48-CTr/TU"] },
  { q: "kế hoạch 273 ban hành ngày nào?", has: ["27/05/2024"] },
  { q: "kế hoạch nào thực hiện chỉ thị 28", has: ["Có 5 kế hoạch"] },
  { q: "cac ke hoach cua huyen", has: ["Có 3 kế hoạch", /Tam (?:Duong|Đường|Đương)/, "Mường Ảng"], lacks: ["Thành ủy Vinh"] },
  { q: "which plans implement directive 06", has: ["1 plan:", "224-KH/Th.U"] },
  { q: "kế hoạch 224 có mấy phần", has: ["III. TỔ CHỨC THỰC HIỆN", "224-KH/Th.U"] },
  { q: "plan 224", has: ["224-KH/Th.U", "05/04/2024", "Signed by"] },
  { q: "which plans are there?", has: ["5 plans"] },
  { q: "kế hoạch của Mường Ảng có những phần nào", has: ["UBND huyện Mường Ảng", "Đinh Văn Sơn", "IV. CHẾ ĐỘ BÁO CÁO"] },
  { q: "Mường Ảng có bao nhiêu kế hoạch", has: [/^Có 1 kế hoạch/, "UBND huyện Mường Ảng"] },
  // Every title wishes the country "phồn vinh": "Vinh" names the issuer, Thành ủy Vinh.
  { q: "Vinh có những kế hoạch nào", has: [/^Có 1 kế hoạch/, "224-KH/Th.U"], lacks: ["273-KH/HU"] },
  { q: "Hà Nội có kế hoạch nào", has: ['Không tìm thấy kế hoạch "Hà Nội"'] },
  { q: "show plans of Tam Duong", has: [/^1 plan:/, "273-KH/HU"] },
  // One part of a plan, as written: a section, or a numbered item; a part it lacks names the ones it has.
  { q: "mục II của kế hoạch 273", has: [/^KH 273-KH\/HU \(Ban Thường vụ Huyện ủy Tam (?:Duong|Đường|Đương)\), mục II — MỤC TIÊU\n\n• 1\. Mục tiêu/] },
  { q: "kế hoạch 273 mục IV.2", has: [/^KH 273-KH\/HU .*, mục IV\.2\n\n• Hội đồng nhân dân huyện/] },
  { q: "section III of plan 224", has: [/^KH 224-KH\/Th\.U .*, section III — TỔ CHỨC THỰC HIỆN/] },
  { q: "kế hoạch của tỉnh ủy có những phần nào", has: [/Đọc một phần: gõ "mục I của kế hoạch của Ban Thường vụ Tỉnh ủy"\.$/] },
  { q: "mục I của kế hoạch của Ban Thường vụ Tỉnh ủy", has: [/^KH của Ban Thường vụ Tỉnh ủy, mục I — MỤC ĐÍCH, YÊU CẦU/] },
  { q: "section I of the plan of Ban Thường vụ Tỉnh ủy", has: [/^KH của Ban Thường vụ Tỉnh ủy, section I — /] },
  { q: "mục IX của kế hoạch 273", has: [/^KH 273-KH\/HU \(Ban Thường vụ Huyện ủy Tam (?:Duong|Đường|Đương)\) không có mục IX\. Các mục: I, II, III, IV\./] },
];

const SEARCH: Case[] = [
  // The only drowning passage is a scan's ("dudi nudc"), shown restored: found, and cited, all the same.
  { q: "đuối nước", has: [/xâm hại trẻ em và đuối nước/, "mục II.5"] },
  { q: "duoi nuoc", has: [/đuối nước/, "mục II.5"] },
  { q: "drowning", has: [/đuối nước/, "section II.5"] },
  { q: '"NEAR( tre em*', has: [/trẻ em/i], lacks: [/error|syntax|SQLITE/i] },
  { q: "xyzqwv blorp", has: ["Không tìm thấy", /Có thể bạn cần|Ví dụ/] },
  // A topic that holds an agency's name ("Lao động", "Y tế") is searched, not read as that agency's duties.
  { q: "lao động trẻ em", has: [/^Kết quả cho "lao động trẻ em"/, /lao động trẻ em/i], lacks: [/được giao \(/] },
  { q: "y tế trường học", has: [/^Kết quả cho "y tế trường học"/] },
  // No passage speaks of street children: the header says the passages shown hold only some of the words.
  { q: "tre em lang thang", has: [/^Không đoạn nào có đủ các từ "tre em lang thang"\. Các đoạn có một phần \(\d+\):/] },
  { q: "street children", has: [/^No passage holds every word of "street children"\./] },
  // "with" is not a topic word; "care" is English, though "ca re" could be Vietnamese syllables.
  { q: "children with disabilities", has: [/^Results for "children with disabilities"/, /khuy[eéế]t t/] },
  { q: "child care", has: [/^Results for "child care"/, /chăm sóc/] },
  { q: "giáo dục kỹ năng sống", has: [/^Kết quả cho "giáo dục kỹ năng sống"/, /kỹ năng sống/] },
  { q: "nhiệm vụ Phòng Y tế", has: [/^Phòng Y tế được giao/] },
  { q: "Phòng Y tế thành phố", has: [/^Phòng Y tế được giao/] },
  { q: "trợ giúp", has: ["Ví dụ", "đến hạn"] },
  // Courtesy around a question does not turn it into a search; thanks are acknowledged.
  { q: "Phòng Y tế được giao gì ạ?", has: [/^Phòng Y tế được giao/] },
  { q: "cảm ơn bạn nhiều", has: [/^Vâng ạ\./], lacks: ["Kết quả", "Không tìm thấy"] },
  { q: "thanks", has: [/^Glad to help\./] },
  { q: "help", has: ["For example"] },
];

describe("answers from the seeded plans", () => {
  let env: Awaited<ReturnType<typeof createBotEnv>>;
  let n = 0;
  beforeAll(async () => {
    env = await createBotEnv();
  });
  afterAll(() => env?.client.close());

  async function ask(q: string, today = "2026-11-22", chat = "answers") {
    const replies = await env.core.handle(
      { channel: "web", chatId: chat, chatKind: "private", senderId: chat, text: q, messageId: String(++n), receivedAt: new Date() },
      { today },
    );
    expect(replies.length).toBeGreaterThan(0);
    return replies.map((r) => r.text).join("\n");
  }

  for (const [group, cases] of Object.entries({ DUE, TARGETS, AGENCIES, PLANS, SEARCH })) {
    describe(group, () => {
      for (const c of cases) {
        it(`${c.q}${c.today ? ` (on ${c.today})` : ""}`, async () => {
          const answer = await ask(c.q, c.today, `${group}-${c.q}`);
          for (const fact of c.has) expect(answer).toMatch(typeof fact === "string" ? new RegExp(escape(fact)) : fact);
          for (const fact of c.lacks ?? []) expect(answer).not.toMatch(typeof fact === "string" ? new RegExp(escape(fact)) : fact);
        });
      }
    });
  }

  it("pages a long list and continues on 'thêm', then says there is no more", async () => {
    const first = await ask("chỉ tiêu năm 2025", "2026-11-22", "pager");
    const left = Number(/Còn (\d+) mục/.exec(first)?.[1]);
    expect(left).toBeGreaterThan(5);
    const second = await ask("thêm", "2026-11-22", "pager");
    expect(second).not.toEqual(first);
    expect(second).toMatch(/%|‰/);
    let last = second;
    for (let i = 0; i < 20 && /Còn \d+ mục/.test(last); i++) last = await ask("them", "2026-11-22", "pager");
    expect(await ask("thêm", "2026-11-22", "pager")).toBe("Không còn mục nào nữa.");
  });

  it("shows every search result it counts, each once, across the pages of 'thêm'", async () => {
    const pages = [await ask("trẻ em", "2026-11-22", "search-pager")];
    const counted = Number(/^Kết quả cho "trẻ em" \((\d+)\):/.exec(pages[0]!)?.[1]);
    expect(counted).toBeGreaterThan(10);
    while (/Còn \d+ mục/.test(pages.at(-1)!) && pages.length < 20) pages.push(await ask("thêm", "2026-11-22", "search-pager"));
    const items = pages.flatMap((page) => page.split("\n\n").filter((block) => block.startsWith("• ")));
    expect(items).toHaveLength(counted);
    expect(new Set(items).size).toBe(counted);
    for (const item of items) expect(item).toMatch(/ — .*(KH|Kế hoạch)/);
    expect(await ask("thêm", "2026-11-22", "search-pager")).toBe("Không còn mục nào nữa.");
  });

  it("lists a report the plan asks for 'every 6 months and yearly' once on 31/12, not twice", async () => {
    // KH 273, mục IV.2: "định kỳ 6 tháng, 01 năm báo cáo kết quả…" is due 30/06 and 31/12.
    const december = await ask("tháng 12 có gì đến hạn", "2025-11-10", "twice-due");
    expect(december.match(/31\/12\/2025 — định kỳ 6 tháng/g)).toHaveLength(1);
    const overdue = await ask("việc nào quá hạn?", "2026-01-05", "twice-overdue");
    expect(overdue.match(/31\/12\/2025 — định kỳ 6 tháng/g)).toHaveLength(1);
    expect(overdue).toMatch(/30\/06\/2025 — định kỳ 6 tháng/);
  });

  it("drops an overdue deadline from the list once its agency has reported on it", async () => {
    const before = await ask("việc nào quá hạn?", "2025-01-10", "reported-before");
    expect(before).toMatch(/05\/12\/2024 — Các cơ quan, ban, ngành/);
    const { rows } = await env.client.execute(
      "SELECT d.task_id, d.agency_id, p.committee_id FROM deadlines d JOIN plans p ON p.id = d.plan_id WHERE d.date = '12-05' AND p.committee_id = 'ubnd-huyen-muong-ang'",
    );
    const { task_id, agency_id, committee_id } = rows[0]!;
    await env.client.execute({
      sql: "INSERT INTO progress (committee_id, task_id, agency_id, status, created_at) VALUES (?, ?, ?, 'done', '2024-12-04T02:00:00.000Z')",
      args: [committee_id!, task_id!, agency_id!],
    });
    try {
      const after = await ask("việc nào quá hạn?", "2025-01-10", "reported-after");
      expect(after).not.toMatch(/05\/12\/2024/);
      expect(after).toMatch(/31\/12\/2024 — định kỳ 6 tháng/); // Tam Dương's report is still missing
      expect(Number(/\((\d+)\):/.exec(after)?.[1])).toBe(Number(/\((\d+)\):/.exec(before)?.[1]) - 1);
    } finally {
      await env.client.execute("DELETE FROM progress WHERE created_at = '2024-12-04T02:00:00.000Z'");
    }
  });

  it("cites a plan and a section in every item of a list", async () => {
    const answer = await ask("Phòng Y tế được giao gì?");
    const items = answer.split("\n\n").filter((block) => block.startsWith("• "));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/— KH .+, mục [IVX]+/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
