import type { Span, Words } from "../words.js";

/**
 * Words that name a time ("tháng 12 năm 2025", "quý 1 năm sau", "trước ngày 15/12", "tuần sau",
 * "năm 2030", "next month"): found so they are not read as the topic. What period they mean is read by
 * domain/periods from the whole question.
 */
const RULES: Array<{ name: string; words: RegExp[] }> = [
  { name: "day", words: [/^(truoc|den|toi|han|by|before|until|on)$/, /^ngay$/, /^\d{1,2}$/, /^\d{1,2}$/] },
  { name: "day", words: [/^ngay$/, /^\d{1,2}$/, /^\d{1,2}$/] },
  { name: "day", words: [/^(by|before|until|on)$/, /^\d{1,2}$/, /^\d{1,2}$/] },
  { name: "relative", words: [/^(tuan|thang|quy|nam)$/, /^(nay|sau|toi|truoc|ngoai)$/] },
  { name: "numbered", words: [/^(thang|quy|month|quarter)$/, /^(\d{1,2}|i|ii|iii|iv)$/] },
  { name: "english", words: [/^(this|next|last)$/, /^(week|month|quarter|year)$/] },
  { name: "year", words: [/^(nam|year|in|den|by|to|toi|until)$/, /^(19|20)\d\d$/] },
  { name: "year", words: [/^(19|20)\d\d$/] },
  { name: "today", words: [/^(hom|ngay)$/, /^(nay|mai)$/] },
  { name: "today", words: [/^(today|tomorrow)$/] },
  { name: "half", words: [/^(6|sau)$/, /^thang$/, /^(dau|cuoi)$/, /^nam$/] },
];

export function findPeriodWords(words: Words): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const rule of RULES) {
      if (rule.words.every((pattern, j) => pattern.test(words[i + j] ?? ""))) {
        spans.push({ start: i, end: i + rule.words.length });
        i += rule.words.length - 1;
        break;
      }
    }
  }
  return spans;
}
