/**
 * What OCR does to Vietnamese letters, as costs (about −ln of how often a
 * letter of the printed syllable comes out as a character of the scan).
 * Stated by families of letters, from the three OCR seeds read side by side
 * with their restoration: marks are lost far more often than kept ("tac" for
 * "tác"); the "ê" family comes out as "é", "¢", "€", "8"; the "ô/ơ" family as
 * "6", "0", "d" ("Bd" for "Bộ"), "ơ" also as "g" ("trg" for "trợ"); "ă/â" as
 * "i" ("ting" for "tăng") or "4"/"3" ("x4" for "xã"); "ư" as "w", "y", or one
 * or two of "i t r m" ("ciia" for "của", "sttc" for "sức"); "đ" as "d", a
 * capital "Đ" as "P" ("Pang" for "Đảng"); "i/l" as "1".
 */
import { isMarked, isVowelBase, letterOf, type Letter } from "./letters.js";

/** Stands in the OCR string for a leading capital "P" not followed by "h": Đ misread ("Pang"). */
export const P_FOR_D = "ƥ";

/** A character OCR puts for a letter family, with its cost. */
const SYMBOL_READS: Record<string, Array<[test: (l: Letter) => boolean, cost: number]>> = {
  "6": [[(l) => l.base === "o" && isMarked(l), 0.3]],
  "0": [[(l) => l.base === "o", 0.5]],
  "9": [[(l) => l.base === "o", 1.5]],
  "5": [[(l) => l.base === "o", 1.5]],
  "4": [[(l) => l.base === "a" && isMarked(l), 0.3]],
  "3": [[(l) => l.base === "a" && isMarked(l), 0.4]],
  "8": [[(l) => l.base === "e", 0.6]],
  "1": [[(l) => l.base === "i", 0.5], [(l) => l.base === "l", 0.3]],
  "¢": [[(l) => l.base === "e", 0.3], [(l) => l.base === "c", 0.8]],
  "€": [[(l) => l.base === "e", 0.3]],
  "&": [[(l) => l.base === "o" && l.mod === "+", 0.5], [(l) => l.base === "e" || l.base === "a", 0.9]],
  "§": [[(l) => l.base === "y", 0.3]],
  "¥": [[(l) => l.base === "y", 0.3]],
  [P_FOR_D]: [[(l) => l.mod === "-", 0.1], [(l) => l.base === "p", 1.5]],
};

/** Cost of the printed letter `c` read as the scan's character `o`. */
export function substitution(c: string, o: string): number {
  if (c === o) {
    const l = letterOf(c);
    // A marked letter often comes out changed: keeping it is no surer than losing its marks.
    return l && isMarked(l) ? 0.5 : 0;
  }
  const l = letterOf(c);
  if (!l) return 9;
  const reads = SYMBOL_READS[o];
  if (reads) {
    let best = 9;
    for (const [test, cost] of reads) if (test(l) && cost < best) best = cost;
    return best;
  }
  const r = letterOf(o);
  if (!r) return 9;
  if (r.base === l.base) {
    let cost = 0;
    if (l.mod !== r.mod) cost += l.mod === "-" && r.mod === "" ? 0.05 : r.mod === "" ? 0.35 : l.mod === "" ? 2 : 1;
    if (l.tone !== r.tone) cost += r.tone === 0 ? 0.35 : l.tone === 0 ? 1.8 : 0.8;
    // "é" is the scan's catch-all for the "ê" family.
    if (l.base === "e" && l.mod === "^" && r.mod === "" && r.tone === 1) cost = Math.min(cost, 0.45);
    return cost;
  }
  const vowel = isVowelBase(l.base);
  if (vowel && isMarked(l)) {
    if (r.base === "e" && r.tone > 0) return 1; // "é" for any marked vowel ("céc" = "các", "véi" = "với")
    if ((l.mod === "(" || l.mod === "^") && l.base === "a" && r.base === "i" && r.tone === 0) return 0.7; // "ting" = "tăng"
    if (l.base === "u" && l.mod === "+" && r.tone === 0) {
      if (r.base === "w") return 0.4;
      if (r.base === "v") return 1.2; // "vu tiên" = "ưu tiên": the horn's hook read as a "v"
      if (r.base === "y") return 0.8;
      if ("itrm".includes(r.base)) return 1.1; // "sttc" = "sức", "chirc" = "chức"
    }
    if (l.base === "u" && r.base === "y" && r.tone === 0) return 0.8; // "vy" = "vụ"
    if (l.base === "u" && "itr".includes(r.base) && r.tone === 0) return 1.1; // "ciia" = "của"
    if (l.base === "o" && l.mod === "+" && r.base === "g" && r.tone === 0) return 0.8; // "trg" = "trợ"
    if (l.base === "o" && l.mod === "^" && r.base === "g" && r.tone === 0) return 1.2; // "dgng" = "động"
    if (l.base === "u" && l.mod === "+" && r.base === "g" && r.tone === 0) return 1.2; // "Gng" = "ứng"
    // "Bd" = "Bộ", "bdo" = "bảo", "dudng" = "đường": a vowel with a tone mark, mostly.
    if ((l.base === "o" || l.base === "a") && r.base === "d" && r.mod === "") return l.tone > 0 ? 1 : 1.3;
    if (l.base === "o" && l.mod === "^" && l.tone > 0 && r.base === "b") return 1.3; // "sb" = "số", "bbi" = "bối"
    if (r.base === "d" && r.mod === "") return 1.6;
  }
  // "q" is an "o" whose mark ran into a tail ("hqat" = "hoạt").
  if (l.base === "o" && r.base === "q") return l.tone === 5 || l.mod !== "" ? 1.2 : 2;
  // "j" is an "ị" whose dot ran into the stroke ("trj" = "trị", "dja" = "địa").
  if (l.base === "i" && r.base === "j") return l.tone === 5 ? 0.4 : 1.2;
  if (vowel && isVowelBase(r.base)) return 2.2;
  // "i" and "l" are one stroke each way ("nghlen" = "nghiên", "1y" = "lý").
  if (l.base === "l" && r.base === "i" && r.tone === 0) return 0.9;
  if (l.base === "i" && r.base === "l") return 0.9;
  if (l.base === "c" && r.base === "e" && r.tone === 0) return 1.2; // "chire" = "chức", "Thue" = "Thực"
  if (l.base === "n" && r.base === "m") return 1.5; // "tmg" = "từng": "n" and "m" differ by one stroke
  if (l.base === "d" && l.mod === "-" && r.base === "b") return 1.6; // "Bang" = "Đảng": the bar and bowl run together
  return 4;
}

/** Cost of a printed letter the scan lost ("cp" for "cấp", "B" for "Bộ"). */
export function deletion(c: string): number {
  const l = letterOf(c);
  if (!l) return 9;
  if (isVowelBase(l.base)) return isMarked(l) ? 1.6 : 2.6;
  return 3.4;
}

/** Cost of a character the scan added ("ciia" for "của", "vé€" for "vệ", "phul" for "phù"). */
export function insertion(o: string): number {
  if ("itr1lu€¢&".includes(o)) return 1.2;
  const r = letterOf(o);
  if (r && r.base === "e" && r.tone > 0) return 1.2;
  return 2.5;
}
