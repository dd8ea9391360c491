import { describe, expect, it } from "vitest";
import type { PlanSummary } from "../../db/repos/plan-queries.js";
import { buildLexicon } from "./lexicon.js";
import { understand } from "./understand.js";

/**
 * The entity layer's example corpus: questions written here in the genre's patterns (not taken from any
 * evaluation set), over three invented plans, each with the entities it must yield. With and without
 * diacritics, and in English.
 */
const plan = (p: Partial<PlanSummary> & Pick<PlanSummary, "id" | "title">): PlanSummary => ({
  committeeId: "c", committeeName: "Ủy ban", docNumber: null, issuer: null, issuedOn: null, year: null, implements: [], signer: null,
  taskCount: 0, targetCount: 0, ...p,
});
const plans = [
  plan({ id: 1, docNumber: "45/KH-UBND", issuer: "UBND tỉnh Hòa Bình", title: "Phát triển du lịch cộng đồng giai đoạn 2026 - 2030", year: 2026, implements: ["12-NQ/TU", "88/QĐ-TTg"] }),
  plan({ id: 2, docNumber: "310/KH-UBND", issuer: "UBND tỉnh Hòa Bình", title: "Phòng, chống sạt lở đất năm 2025", year: 2025 }),
  plan({ id: 3, docNumber: "77-KH/HU", issuer: "Ban Thường vụ Huyện ủy Kỳ Sơn", title: "Thực hiện Chỉ thị số 12-CT/TW về công tác dân số", year: 2024, implements: ["12-CT/TW"] }),
  plan({ id: 4, docNumber: null, issuer: "UBND huyện Lạc Thủy", title: "Bảo vệ môi trường nông thôn năm 2023", year: 2023 }),
];
const agency = (id: number, name: string, aliases: string[] = []) => ({ id, name, key: name.toLowerCase(), aliasesJson: JSON.stringify(aliases) });
const agencies = [
  agency(1, "Sở Văn hóa, Thể thao và Du lịch"), agency(2, "Sở Tài nguyên và Môi trường"), agency(3, "Công an", ["Công an tỉnh", "Công an huyện", "police"]),
  agency(4, "Ủy ban nhân dân cấp xã", ["UBND cấp xã", "UBND các xã"]), agency(5, "Ủy ban Mặt trận Tổ quốc Việt Nam", ["MTTQ", "Mặt trận Tổ quốc"]),
  agency(6, "Phòng Lao động - Thương binh và Xã hội", ["LĐTBXH", "Phòng LĐ-TB&XH"]), agency(7, "Sở Giáo dục và Đào tạo", ["Sở GD&ĐT"]),
];
const bodies = new Map([[4, "Ủy ban nhân dân huyện Lạc Thủy giao các phòng... trên địa bàn huyện Lạc Thủy ... huyện Lạc Thủy"]]);
const lexicon = buildLexicon(plans, agencies, bodies);

type Example = { q: string; ask?: string; plans?: number[] | null; agency?: string | null; topic?: string[]; year?: number | null; section?: string; unknownPlan?: string };
const EXAMPLES: Example[] = [
  // Plans by number, symbol, place, party committee, title words, year.
  { q: "Sở Văn hóa, Thể thao và Du lịch được giao gì trong kế hoạch 45?", ask: "duty", plans: [1], agency: "Sở Văn hóa, Thể thao và Du lịch" },
  { q: "so van hoa the thao va du lich lam gi trong ke hoach 45", ask: "duty", plans: [1], agency: "Sở Văn hóa, Thể thao và Du lịch" },
  { q: "Sở VHTTDL Hòa Bình làm gì về du lịch cộng đồng?", ask: "duty", plans: [1], agency: "Sở Văn hóa, Thể thao và Du lịch" },
  { q: "310/KH-UBND do ai ký?", ask: "signer", plans: [2] },
  { q: "Ai ký kế hoạch phòng chống sạt lở của Hòa Bình?", ask: "signer", plans: [2] },
  { q: "ke hoach 77 ky son thuc hien chi thi nao cua trung uong", ask: "implements", plans: [3] },
  { q: "Kế hoạch của Huyện ủy ban hành ngày nào?", ask: "issued", plans: [3] },
  // Who issued a plan: any way of asking for the body or the level, with or without marks, in English.
  { q: "Kế hoạch 45 do cơ quan nào ban hành?", ask: "issuer", plans: [1] },
  { q: "ai ban hanh ke hoach 310", ask: "issuer", plans: [2] },
  { q: "Kế hoạch 310 của tỉnh nào vậy?", ask: "issuer", plans: [2] },
  { q: "Which body issued plan 45?", ask: "issuer", plans: [1] },
  // The agencies a plan gives work to, and its tasks; "who takes part in <work>" stays a who-question.
  { q: "Những cơ quan nào tham gia kế hoạch 45?", ask: "roster", plans: [1] },
  { q: "ke hoach 310 giao nhiem vu cho ai", ask: "roster", plans: [2] },
  { q: "Which agencies are involved in plan 45?", ask: "roster", plans: [1] },
  { q: "Cơ quan nào tham gia tuyên truyền về du lịch cộng đồng?", ask: "who_supports" },
  { q: "Kế hoạch 310 có mấy nhiệm vụ?", ask: "task_list", plans: [2] },
  { q: "how many tasks does plan 45 have", ask: "task_list", plans: [1] },
  { q: "Kế hoạch 45 có bao nhiêu chỉ tiêu?", ask: "target", plans: [1] },
  // A plan's outline or summary; its objectives ("mục tiêu") stay a target question.
  { q: "Kế hoạch 310 có những mục nào?", ask: "plan", plans: [2] },
  { q: "tom tat ke hoach 45", ask: "plan", plans: [1] },
  { q: "What is plan 45 about?", ask: "plan", plans: [1] },
  { q: "Kế hoạch 45 có những mục tiêu nào?", ask: "target", plans: [1] },
  { q: "kế hoạch bảo vệ môi trường năm 2023 của huyện căn cứ văn bản nào", ask: "based_on", plans: [4] },
  { q: "Kế hoạch 45 thay thế kế hoạch nào?", ask: "replaces", plans: [1] },
  { q: "Kế hoạch du lịch cộng đồng của Hòa Bình thực hiện đến khi nào?", ask: "span", plans: [1] },
  { q: "kế hoạch 45 hết hiệu lực khi nào", ask: "span", plans: [1] },
  { q: "when does plan 310 expire?", ask: "span", plans: [2] },
  { q: "bao lâu phải báo cáo một lần?", ask: "frequency" },
  { q: "kế hoạch 45 có hạn nào?", ask: "due", plans: [1] },
  { q: "What is the timeline of plan 310?", ask: "due", plans: [2] },
  { q: "Which plan mentions landslides?", ask: "which_plans", topic: ["sat", "lo"] },
  { q: "kế hoạch 45 báo cáo mấy tháng một lần", ask: "frequency", plans: [1] },
  { q: "kế hoạch 999 có gì đến hạn", ask: "due", unknownPlan: "999" },
  // Agencies by any spelling; the plan's issuer is not the agency asked about.
  { q: "Theo kế hoạch 310 của UBND tỉnh Hòa Bình, Sở Tài nguyên và Môi trường có trách nhiệm gì?", ask: "duty", plans: [2], agency: "Sở Tài nguyên và Môi trường" },
  { q: "sở tn&mt làm gì", ask: "duty", agency: "Sở Tài nguyên và Môi trường", plans: null },
  { q: "UBND các xã Lạc Thủy phải làm gì?", ask: "duty", plans: [4], agency: "Ủy ban nhân dân cấp xã" },
  { q: "ubnd cap xa lam gi", ask: "duty", agency: "Ủy ban nhân dân cấp xã" },
  { q: "uy ban mttq huyen ky son lam gi", ask: "duty", plans: [3], agency: "Ủy ban Mặt trận Tổ quốc Việt Nam" },
  { q: "Phòng Lao động TB&XH có nhiệm vụ gì?", ask: "duty", agency: "Phòng Lao động - Thương binh và Xã hội" },
  { q: "What are the police responsible for in Hoa Binh's landslide plan?", ask: "duty", agency: "Công an", plans: [2] },
  { q: "Sở GD&ĐT được giao gì", ask: "duty", agency: "Sở Giáo dục và Đào tạo" },
  // Who leads, who supports; what is left is the topic.
  { q: "Ai chủ trì tuyên truyền phòng chống sạt lở ở Hòa Bình?", ask: "who_leads", plans: [2], topic: ["tuyen", "truyen", "phong", "chong", "sat", "lo"] },
  { q: "ai phoi hop voi phong ldtbxh trong cong tac tuyen truyen", ask: "who_supports", agency: "Phòng Lao động - Thương binh và Xã hội" },
  { q: "Which department leads community tourism in Hoa Binh?", ask: "who_leads", plans: [1] },
  // Targets, years, periods.
  { q: "Chỉ tiêu khách du lịch năm 2030 của kế hoạch 45 là bao nhiêu?", ask: "target", plans: [1], year: 2030, topic: ["khach", "du", "lich"] },
  { q: "ti le ho dan duoc di doi khoi vung sat lo hoa binh bao nhiu", ask: "target", plans: [2] },
  { q: "tháng 12 năm 2025 kế hoạch 310 có gì đến hạn?", ask: "due", plans: [2] },
  { q: "quý 1 năm sau có gì đến hạn", ask: "due", plans: null, topic: [] },
  { q: "trước ngày 15/12 phải nộp gì", ask: "due", topic: [] },
  { q: "tuần sau có những gì đến hạn vậy?", ask: "due", topic: [] },
  { q: "Các xã phải báo cáo kết quả mấy tháng một lần?", ask: "frequency" },
  { q: "khi nào nộp báo cáo năm kế hoạch 310", ask: "when", plans: [2] },
  // Sections, searches, lists.
  { q: "mục II của kế hoạch 45", plans: [1], section: "II" },
  { q: "kế hoạch nào nói về sạt lở đất", ask: "which_plans", plans: null, topic: ["sat", "lo", "dat"] },
  { q: "Is there anything about landslides?", ask: "search", plans: null },
  { q: "tiến độ kế hoạch 45 thế nào", ask: "progress", plans: [1] },
];

describe("the entities a question names", () => {
  for (const e of EXAMPLES) {
    it(e.q, () => {
      const u = understand(e.q, lexicon);
      if (e.ask) expect(u.ask).toBe(e.ask);
      if (e.plans !== undefined) expect(u.planIds === null ? null : [...u.planIds].sort()).toEqual(e.plans);
      if (e.agency !== undefined) expect(u.agencies.at(-1)?.rows[0]?.name ?? null).toBe(e.agency);
      if (e.topic) expect(u.topic).toEqual(e.topic);
      if (e.year !== undefined) expect(u.year).toBe(e.year);
      if (e.section) expect(u.sections[0]?.ref).toBe(e.section);
      if (e.unknownPlan) expect(u.unknownPlan).toBe(e.unknownPlan);
    });
  }
});
