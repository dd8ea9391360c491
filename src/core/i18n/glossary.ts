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
  [/\breports?\b|\breporting\b/gi, "báo cáo"],
  [/\bchildren\b|\bchild\b|\bkids?\b/gi, "trẻ em"],
];

export function englishToVietnamese(text: string): string {
  let out = text;
  for (const [pattern, vietnamese] of GLOSSARY) out = out.replace(pattern, vietnamese);
  return out;
}
