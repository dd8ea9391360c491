/**
 * Quantities a plan can commit to: a number and the unit written after it.
 * "99,8%", "3,2‰", "550/100.000 trẻ em", "1.700 ha", "ít nhất 02 vùng", "110
 * trai/100 gái", "2,1 con/phụ nữ", "85 - 90%". Every rule runs on folded text
 * (same length as the original) and the unit is sliced from the original, so
 * it reads as written.
 *
 * What is never a quantity: a document number ("30/2020/NĐ-CP"), a date
 * ("30/11"), a phone number, an age ("dưới 5 tuổi"), a span of time ("5 năm").
 */

export type QuantityKind = "ratio" | "rate" | "measure" | "money" | "count";
export type Quantity = {
  start: number;
  end: number;
  value: number;
  /** Upper bound of a range ("85 - 90%"), else null. */
  upper: number | null;
  unit: string;
  kind: QuantityKind;
  /** The rule that read it. */
  rule: string;
};

/** "1.700", "99,8", "3.000,5", "05": never a piece of "30/2020", "0236.3822", "1.2.3". */
const NUMBER = String.raw`(?<![\p{L}\p{N}.,/\-])(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?!\p{N}|[.,]\d)`;
/** "85 - 90", "từ 80 đến 85": the second number of a range. */
const RANGE_TAIL = String.raw`(?:\s*(?:-|–|den|toi)\s*(?<hi>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?))?`;

/** Measures and money, longest first; folded spelling. */
const MEASURES: Array<[string, QuantityKind]> = [
  ["nghin ty dong", "money"], ["ty dong", "money"], ["trieu dong", "money"], ["nghin dong", "money"], ["trieu usd", "money"], ["ty usd", "money"], ["usd", "money"], ["dong", "money"],
  ["km2", "measure"], ["km²", "measure"], ["km", "measure"], ["ha", "measure"], ["hecta", "measure"], ["m2", "measure"], ["m²", "measure"], ["m3", "measure"], ["m³", "measure"],
  ["tan", "measure"], ["mw", "measure"], ["kwh", "measure"], ["gwh", "measure"], ["lit", "measure"], ["kg", "measure"],
];

/**
 * Things a plan counts ("ít nhất 20 mô hình", "100 doanh nghiệp"): multi-word nouns first, so the unit is
 * the whole noun. A count is only a target when the words around it commit to it (see commitment.ts).
 */
const COUNT_NOUNS = [
  "co so du lieu", "co so giao duc", "co so dao tao", "co so", "doanh nghiep", "hop tac xa", "to hop tac", "mo hinh", "trung tam", "san pham", "ho gia dinh", "ho ngheo", "ho",
  "luot nguoi", "luot khach", "luot", "nguoi", "lao dong", "viec lam", "hoc sinh", "sinh vien", "tre em", "tre", "can bo", "cong chuc",
  "xa", "phuong", "thi tran", "thon", "ban", "to dan pho", "huyen", "tinh", "truong hoc", "truong", "lop hoc", "lop", "cuoc", "hoi nghi", "buoi", "dot", "lan",
  "vung", "khu", "cum", "cong trinh", "du an", "de tai", "nhiem vu", "sang kien", "van ban", "thu tuc", "ho so", "cau lac bo", "to chuc", "don vi", "co quan",
  "nha", "can nha", "giuong benh", "giuong", "bac si", "chuong trinh", "nen tang", "ung dung", "he thong", "dich vu", "tuyen", "cay", "con",
];
/** Never the unit of a target: time spans, ages, levels, document parts. */
const NOT_UNITS = /^(?:nam|thang|ngay|tuan|quy|gio|phut|tuoi|cap|so|dieu|khoan|muc|chuong|buoc|giai doan|ky|nhiem ky|phan|trang)\b/;

const WORD = String.raw`\p{L}+`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: string[]) => words.map(escape).join("|");

type Rule = { name: string; kind: QuantityKind | ((unitFolded: string) => QuantityKind); pattern: RegExp };

/** Named rules; each captures the number (n), a range's upper number (hi) and the unit. */
const RULES: Rule[] = [
  { name: "percent", kind: "ratio", pattern: new RegExp(`${NUMBER}${RANGE_TAIL}\\s*(?<unit>%|‰|phan tram|phan nghin)`, "gu") },
  // "550/100.000 trẻ em", "16/100.000 dân", "4,5/1.000 trẻ đẻ sống", "6,5/100.000".
  { name: "per population", kind: "rate", pattern: new RegExp(`${NUMBER}${RANGE_TAIL}\\s*(?<unit>\\/\\s*(?:100|1)\\.000(?:\\s+(?:tre de song|tre em|dan|nguoi dan|nguoi|ca de song|tre so sinh))?)(?![\\p{L}\\p{N}])`, "gu") },
  // "110 trai/100 gái", "2,1 con/phụ nữ", "3,5 bác sĩ/vạn dân", "2 lần/năm".
  { name: "ratio of nouns", kind: "rate", pattern: new RegExp(`${NUMBER}\\s+(?<unit>${WORD}(?:\\s${WORD})?\\s*\\/\\s*(?:\\d+(?:\\.\\d{3})*\\s+)?(?:phu nu|tre em|van dan|nghin dan|${WORD}))(?![\\p{L}\\p{N}])`, "gu") },
  { name: "measure", kind: (u) => MEASURES.find(([m]) => u === m)?.[1] ?? "measure", pattern: new RegExp(`${NUMBER}${RANGE_TAIL}\\s*(?<unit>${alternation(MEASURES.map(([m]) => m))})(?![\\p{L}\\p{N}])`, "gu") },
  // "15/20 xã đạt chuẩn": fifteen of the twenty, counted in xã.
  { name: "share of a count", kind: "count", pattern: new RegExp(`${NUMBER}\\s*\\/\\s*\\d{1,4}\\s+(?<unit>${alternation(COUNT_NOUNS)})(?![\\p{L}\\p{N}])`, "gu") },
  { name: "count", kind: "count", pattern: new RegExp(`${NUMBER}${RANGE_TAIL}\\s+(?<unit>${alternation(COUNT_NOUNS)})(?![\\p{L}\\p{N}])`, "gu") },
];

export function parseNumber(raw: string): number {
  return Number(raw.replace(/\.(?=\d{3}(?!\d))/g, "").replace(",", "."));
}

/** Every quantity in a clause, leftmost first; where two rules read the same number, the first rule wins. */
export function findQuantities(text: string, folded: string): Quantity[] {
  const found: Quantity[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of folded.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((q) => q.start < end && start < q.end)) continue;
      const groups = m.groups!;
      const unitFolded = groups.unit!;
      if (NOT_UNITS.test(unitFolded)) continue;
      const unitStart = end - unitFolded.length;
      const unit = text.slice(unitStart, end).replace(/\s+/g, " ").replace(/\s*\/\s*/g, "/").trim();
      const kind = typeof rule.kind === "function" ? rule.kind(unitFolded) : rule.kind;
      const upper = groups.hi ? parseNumber(groups.hi) : null;
      found.push({ start, end, value: parseNumber(groups.n!), upper, unit: unit === "phần trăm" ? "%" : unit, kind, rule: rule.name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
