import { foldWords } from "../../domain/text/fold.js";

/**
 * English topic words → the Vietnamese words the plans use, so an English
 * question searches the same folded index ("malnutrition" → "suy dinh duong").
 * Longer phrases first: they must win over their parts.
 */
const GLOSSARY: Array<[RegExp, string]> = [
  // Bodies and documents, as the plans name them.
  [/\bprovincial party committee'?s?\b|\bprovincial party standing committee'?s?\b/gi, "tỉnh ủy"],
  [/\bdistrict party committee'?s?\b/gi, "huyện ủy"],
  [/\bcity party committee'?s?\b/gi, "thành ủy"],
  [/\bsteering committee\b|\bsteering board\b/gi, "ban chỉ đạo"],
  [/\b(chair(man|person|woman)?|president) of the provincial people'?s committee\b/gi, "Chủ tịch UBND tỉnh"],
  [/\bdepartment of (science and technology|science & technology)\b/gi, "Sở Khoa học và Công nghệ"],
  [/\bdepartment of industry and trade\b/gi, "Sở Công Thương"],
  [/\bdepartment of home affairs\b|\bhome affairs department\b/gi, "Sở Nội vụ"],
  [/\bdepartment of justice\b|\bjustice department\b/gi, "Sở Tư pháp"],
  [/\bdepartment of finance\b|\bfinance department\b/gi, "Sở Tài chính"],
  [/\bdepartment of health\b/gi, "Sở Y tế"],
  [/\bdepartment of construction\b/gi, "Sở Xây dựng"],
  [/\bdepartment of agriculture and environment\b/gi, "Sở Nông nghiệp và Môi trường"],
  [/\bdepartment of culture,? sports? and tourism\b/gi, "Sở Văn hóa, Thể thao và Du lịch"],
  [/\bdepartment of education and training\b/gi, "Sở Giáo dục và Đào tạo"],
  [/\bsocial insurance\b/gi, "Bảo hiểm xã hội"],
  [/\bsocial policy bank\b|\bbank for social policies\b/gi, "Ngân hàng Chính sách xã hội"],
  [/\bstate bank\b/gi, "Ngân hàng Nhà nước"],
  [/\bemployment law\b|\blaw on employment\b/gi, "Luật Việc làm"],
  [/\bdirectives?\b/gi, "chỉ thị"],
  [/\bresolutions?\b/gi, "nghị quyết"],
  [/\bdecisions?\b/gi, "quyết định"],
  [/\bcirculars?\b/gi, "thông tư"],
  [/\bprime minister'?s?\b/gi, "Thủ tướng"],
  // What the plans are about.
  [/\bstate secrets?\b/gi, "bí mật nhà nước"],
  [/\bdigital transformation\b/gi, "chuyển đổi số"],
  [/\bchief architect\b/gi, "kiến trúc sư trưởng"],
  [/\btransport infrastructure\b/gi, "kết cấu hạ tầng giao thông"],
  [/\binvestment (climate|environment)\b/gi, "môi trường đầu tư"],
  [/\bcashless\b|\bnon-cash\b/gi, "không dùng tiền mặt"],
  [/\bsocial (allowances?|assistance|benefits?)\b/gi, "trợ giúp xã hội"],
  [/\bpayments?\b/gi, "chi trả"],
  [/\bcampaigns?\b|\bemulation movement\b/gi, "phong trào"],
  [/\bcommunity[- ]based\b/gi, "dựa vào cộng đồng"],
  [/\bdisaster risks?\b/gi, "rủi ro thiên tai"],
  [/\bpoverty reduction\b|\bpoverty alleviation\b/gi, "giảm nghèo"],
  [/\bmonitoring\b/gi, "giám sát"],
  [/\bbusiness owners?\b|\benterprises?\b|\bbusinesses\b/gi, "doanh nghiệp"],
  [/\bstartups?\b|\bstart-ups?\b/gi, "khởi nghiệp"],
  [/\bworkers?\b|\bemployees?\b/gi, "người lao động"],
  [/\bskills?\b/gi, "kỹ năng"],
  [/\btrain(s|ing|ed)?\b/gi, "tập huấn"],
  [/\bchooses?\b|\bselects?\b|\bselection\b/gi, "lựa chọn"],
  [/\bdatabases?\b/gi, "cơ sở dữ liệu"],
  [/\bdata\b/gi, "dữ liệu"],
  [/\btechnology\b|\btechnological\b/gi, "công nghệ"],
  [/\broadmap\b/gi, "lộ trình"],
  [/\bimprov(e|es|ing|ement)\b/gi, "cải thiện"],
  [/\bfloods?\b|\bflooding\b/gi, "lũ"],
  [/\bepidemics?\b|\binfectious diseases?\b/gi, "dịch bệnh"],
  [/\bdisinfect(ion|ant|ants)?\b/gi, "khử khuẩn"],
  [/\bmangroves?\b/gi, "rừng ngập mặn"],
  [/\bwind power\b|\bwind energy\b/gi, "điện gió"],
  [/\bmoney\b|\bfinancing\b/gi, "kinh phí"],
  [/\btourism\b|\btourists?\b/gi, "du lịch"],
  [/\bcommunity\b|\bcommunities\b/gi, "cộng đồng"],
  [/\blandslides?\b/gi, "sạt lở"],
  [/\benvironment(al)?\b/gi, "môi trường"],
  [/\bunemployment insurance\b/gi, "bảo hiểm thất nghiệp"],
  [/\bheads?\b/gi, "trưởng ban"],
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
