import { foldWords } from "../../domain/text/fold.js";

/**
 * English topic words → the Vietnamese words the plans use, so an English
 * question searches the same folded index ("malnutrition" → "suy dinh duong").
 * Longer phrases first: they must win over their parts.
 */
const GLOSSARY: Array<[RegExp, string]> = [
  [/\bunder[- ]?(five|5)s?\b/gi, "dưới 5 tuổi"],
  [/\bunder[- ]?(one|1)\b/gi, "dưới 1 tuổi"],
  [/\bbirth registration\b/gi, "đăng ký khai sinh"],
  [/\blower secondary\b/gi, "trung học cơ sở"],
  [/\bprimary school\b|\bprimary\b/gi, "tiểu học"],
  [/\bdrop[- ]?outs?\b|\bdropping out\b/gi, "bỏ học"],
  [/\bchild[- ]friendly\b/gi, "phù hợp với trẻ em"],
  [/\bspecial circumstances\b/gi, "hoàn cảnh đặc biệt"],
  [/\binjur(y|ies)\b|\baccidents?\b/gi, "tai nạn thương tích"],
  [/\bmalnutrition\b|\bmalnourished\b/gi, "suy dinh dưỡng"],
  [/\bstunting\b/gi, "suy dinh dưỡng chiều cao"],
  [/\bunderweight\b/gi, "suy dinh dưỡng cân nặng"],
  [/\bobesity\b/gi, "béo phì"],
  [/\bnutrition\b/gi, "dinh dưỡng"],
  [/\b(mortality|deaths?|die)\b/gi, "tử vong"],
  [/\bnewborns?\b|\bneonatal\b/gi, "sơ sinh"],
  [/\bdrowning\b/gi, "đuối nước"],
  [/\bswimming\b/gi, "bơi"],
  [/\b(abuse|abused|violence)\b/gi, "xâm hại"],
  [/\b(kindergarten|preschool|pre-school)\b/gi, "mẫu giáo"],
  [/\bparticipation\b/gi, "tham gia"],
  [/\b(propaganda|communication|awareness raising|awareness)\b/gi, "tuyên truyền"],
  [/\bdisasters?\b/gi, "thiên tai"],
  [/\bchild labou?r\b/gi, "lao động trẻ em"],
  [/\bhealth department\b|\bhealth office\b/gi, "phòng y tế"],
  [/\bhealth\b/gi, "y tế"],
  [/\bpolice\b/gi, "công an"],
  [/\beducation (department|office)\b/gi, "phòng giáo dục và đào tạo"],
  [/\beducation\b/gi, "giáo dục"],
  [/\blabou?r\b/gi, "lao động"],
  [/\bjustice\b/gi, "tư pháp"],
  [/\bfinance\b/gi, "tài chính"],
  [/\bfatherland front\b/gi, "mặt trận tổ quốc"],
  [/\bwomen'?s union\b/gi, "hội liên hiệp phụ nữ"],
  [/\byouth union\b/gi, "đoàn thanh niên"],
  [/\bpeople'?s committee\b/gi, "ủy ban nhân dân"],
  [/\bculture\b/gi, "văn hóa"],
  [/\b(half[- ]year(ly)?|six[- ]month(ly)?|6[- ]month(ly)?|biannual|semi[- ]annual)\b/gi, "6 tháng"],
  [/\b(annual|yearly)\b/gi, "năm"],
  [/\bquarterly\b/gi, "quý"],
  [/\breports?\b|\breporting\b/gi, "báo cáo"],
  [/\bchild(ren)?'?s'? rights\b|\brights of (the )?child(ren)?\b/gi, "quyền trẻ em"],
  [/\bchild marriage\b|\bearly marriage\b/gi, "tảo hôn"],
  [/\b(protection|protecting|protect)\b/gi, "bảo vệ"],
  // "take care of" is "be responsible for", not the plans' "chăm sóc".
  [/(?<!\btak(?:e|es|ing) )\bcare\b/gi, "chăm sóc"],
  [/\b(vaccinations?|immuni[sz]ations?)\b/gi, "tiêm chủng"],
  [/\b(disabilit(y|ies)|disabled)\b/gi, "khuyết tật"],
  [/\borphans?\b|\borphaned\b/gi, "mồ côi"],
  [/\bethnic minorit(y|ies)\b/gi, "dân tộc thiểu số"],
  [/\b(poverty|poor)\b/gi, "nghèo"],
  [/\b(funding|budget|funds)\b/gi, "kinh phí"],
  [/\bplay(grounds?| areas?)\b/gi, "vui chơi"],
  [/\bchildren\b|\bchild\b|\bkids?\b/gi, "trẻ em"],
];

// Every term in one pattern, tested on each word of every message; no global flag, so test() keeps no state.
const ANY_TERM = new RegExp(GLOSSARY.map(([pattern]) => `(?:${pattern.source})`).join("|"), "i");

/** One word the glossary translates ("care", "drowning"): an English word, whatever its shape. */
export function isGlossaryWord(word: string): boolean {
  return ANY_TERM.test(word);
}

/** A question in the plans' words, folded: what plan, agency, topic and target readers match on. */
export function vietnameseKey(text: string): string {
  return foldWords(englishToVietnamese(text)).join(" ");
}

export function englishToVietnamese(text: string): string {
  let out = text;
  for (const [pattern, vietnamese] of GLOSSARY) out = out.replace(pattern, vietnamese);
  return out;
}
