/**
 * The comparator of a target, from the words just before its value (folded):
 * "ít nhất 85%" ≥, "không quá 10%" ≤, "dưới 3,2‰" <, "trên 70%" >, "giảm …
 * xuống (còn) 15%" ≤, "đạt 100%" ≥, and after it: "từ 88% trở lên" ≥. A value
 * with no word of its own is "chain" (it shares the previous value's: "dưới
 * 8% … và 6%") or null (bare: the caller decides, ≥ unless the clause
 * reduces something).
 */
import type { Comparator } from "../../types.js";

type Rule = { name: string; comparator: Comparator | "chain"; before?: RegExp; after?: RegExp };

/** Tested in order on the last words before the value; the first that fits wins. */
export const COMPARATOR_RULES: Rule[] = [
  { name: "at most", comparator: "<=", before: /(?:khong|chua) (?:vuot )?qua$|toi da$|khong (?:cao|lon) hon$|khong vuot$/ },
  { name: "at least", comparator: ">=", before: /(?:it nhat|toi thieu|khong (?:duoi|thap hon|it hon)|tro len)$/ },
  { name: "or more", comparator: ">=", after: /^\s*(?:tro len|tro len tren)\b/ },
  { name: "or less", comparator: "<=", after: /^\s*tro xuong\b/ },
  { name: "below", comparator: "<", before: /\bdu\p{L}{0,2}i$|\bthap hon$|\bit hon$/u },
  { name: "above", comparator: ">", before: /\b(?:tren|hon|vuot|cao hon|lon hon|vuot muc)$/ },
  { name: "reduce to", comparator: "<=", before: /\b(?:xu\p{L}{0,2}ng|con|giam|xuong con|chi con)$/u },
  { name: "reach", comparator: ">=", before: /\b(?:dat|la|len|muc|dau|tang|tang len|dat muc|dat ty le|dat ti le|co|duoc|bao dam|dam bao|phan dau|phan dau co|phan dau dat)$/ },
  { name: "equal", comparator: "=", before: /\bbang$/ },
  { name: "listed", comparator: "chain", before: /(?:\bva|\bhoac|,)$/ },
];

/** The comparator the words around a value say, or null when they say none. */
export function comparatorAt(foldedBefore: string, foldedAfter: string): { comparator: Comparator | "chain"; rule: string } | null {
  const tail = foldedBefore.replace(/\s+/g, " ").replace(/^.*[.;:]\s*/, "").trimEnd();
  for (const rule of COMPARATOR_RULES) {
    if (rule.after && rule.after.test(foldedAfter)) return { comparator: rule.comparator, rule: rule.name };
    if (rule.before && rule.before.test(tail)) return { comparator: rule.comparator, rule: rule.name };
  }
  return null;
}
