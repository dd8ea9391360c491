/**
 * CPU per question on a mix of sixty different questions, as staff type them (diacritics or not,
 * English, full sentences, abbreviations), written for the bench: the entity layer and the answers it
 * leads to, against an empty message's cost in the same run.
 */
import type { Core } from "../src/core/conversation.js";

export const QUESTION_MIX = [
  "tháng này có gì đến hạn?", "thang sau co gi den han", "quý 1 năm sau có gì phải nộp", "tuần sau có việc gì tới hạn", "việc nào quá hạn?",
  "trước ngày 20/12 phải báo cáo gì", "khi nào nộp báo cáo năm", "báo cáo 6 tháng hạn khi nào", "kế hoạch 273 có gì đến hạn năm nay", "what is due next month?",
  "chỉ tiêu suy dinh dưỡng năm 2030", "chi tieu bo hoc cap thcs", "kế hoạch 273 chỉ tiêu trẻ em đi học mẫu giáo", "tỷ lệ trẻ em được hỏi ý kiến là bao nhiêu", "under-5 mortality target of the provincial party committee",
  "Tam Đường phấn đấu tỷ lệ xã phù hợp với trẻ em bao nhiêu", "mục tiêu năm 2025 của tỉnh ủy", "chỉ tiêu của Vinh", "what targets does plan 224 set?", "ty le tre em co hoan canh dac biet duoc tro giup",
  "Phòng Y tế được giao gì?", "phong giao duc va dao tao lam gi trong ke hoach 273", "Công an thành phố Vinh có nhiệm vụ gì?", "UBND các xã Mường Ảng phải làm gì", "MTTQ huyện làm gì",
  "Ban Tuyên giáo Huyện ủy được giao gì", "Phòng LĐ-TB&XH Vinh có trách nhiệm gì", "What is the health office assigned in plan 273?", "what must the police do in Vinh?", "hội liên hiệp phụ nữ làm gì",
  "ai chủ trì tuyên truyền về quyền trẻ em?", "ai phối hợp với phòng y tế về dinh dưỡng", "who leads child protection in Vinh?", "cơ quan nào chủ trì kiện toàn bộ máy", "who supports communication about children's rights?",
  "kế hoạch 273 do ai ký?", "ke hoach 224 ban hanh ngay nao", "kế hoạch của Mường Ảng thực hiện chỉ thị nào", "which directive does plan 224 implement?", "kế hoạch năm 2021 của huyện căn cứ văn bản nào",
  "kế hoạch của tỉnh ủy thực hiện đến khi nào", "who signed the Muong Ang plan and when was it issued?", "kế hoạch 224 thay thế văn bản nào", "mục II của kế hoạch 273", "kế hoạch 224 có mấy phần",
  "đuối nước", "phòng chống xâm hại trẻ em", "tre em lang thang", "Is there anything about child marriage?", "kế hoạch nào nói về tai nạn thương tích",
  "Vinh có nói gì về hồ sơ quản lý trẻ em không?", "Tháng hành động vì trẻ em là tháng mấy", "kinh phí thực hiện lấy từ đâu", "bao lâu báo cáo một lần", "các kế hoạch về trẻ em",
  "kế hoạch", "kế hoạch 999 có gì đến hạn", "qwzx plorb", "cho em hỏi Phòng Tư pháp làm gì ạ", "thanks",
];

/** Mean CPU per question over the mix (after one warm-up round), and the same for an empty message. */
export async function questionMixCost(core: Core, today: string): Promise<[string, string, string]> {
  const ask = (text: string, i: number) =>
    core.handle({ channel: "web", chatId: `mix${i % 5}`, chatKind: "private", senderId: `mix${i % 5}`, text, messageId: `mix${i}`, receivedAt: new Date() }, { today });
  for (const [i, q] of QUESTION_MIX.entries()) await ask(q, i);
  const rounds = 3;
  const before = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const [i, q] of QUESTION_MIX.entries()) await ask(q, i + 1000 * (r + 1));
  const used = process.cpuUsage(before);
  const perQuestion = (used.user + used.system) / 1000 / (rounds * QUESTION_MIX.length);
  const emptyBefore = process.cpuUsage();
  for (let i = 0; i < 100; i++) await ask("", i);
  const emptyUsed = process.cpuUsage(emptyBefore);
  const empty = (emptyUsed.user + emptyUsed.system) / 1000 / 100;
  return [
    `CPU per question, a mix of ${QUESTION_MIX.length} different questions (mean of ${rounds} rounds)`,
    `${perQuestion.toFixed(2)} ms`,
    `an empty message ${empty.toFixed(2)} ms → ratio ${(perQuestion / empty).toFixed(1)} (target ≤ 1.9 ms per question)`,
  ];
}
