import type { Lexicon } from "../lexicon.js";
import { indexOfWords, type Span, type Words } from "../words.js";

/** A mention of plans anywhere in a question, with the plans it leaves in play. */
export type PlanMention = {
  span: Span;
  rule: "number" | "implements" | "place" | "party" | "year";
  planIds: number[];
  /** The number as typed, for "no plan numbered N" when none has it. */
  said: string;
};

/** Words that name a document before its number: "kế hoạch 273", "QĐ 2853", "plan 141". */
const OWN_DOC = new Set(["ke hoach", "kh", "plan", "quyet dinh", "qd", "decision", "van ban", "so", "plan no", "ke hoach so", "kh so", "quyet dinh so"]);
/** Words that name what a plan implements: "chỉ thị 28", "nghị quyết 48". */
const OTHER_DOC = new Set(["chi thi", "ct", "nghi quyet", "nq", "chuong trinh", "ctr", "huong dan", "hd", "thong tu", "tt", "quyet dinh", "qd", "ke hoach", "kh", "directive", "resolution", "thong bao", "de an", "luat"]);

function docWordBefore(words: Words, at: number, set: Set<string>): number {
  for (const size of [3, 2, 1]) {
    if (at - size < 0) continue;
    if (set.has(words.slice(at - size, at).join(" "))) return at - size;
  }
  return -1;
}

/**
 * Named rules, each finding plans anywhere in the question:
 * - number: "kế hoạch 273", "57/KH-UBND", "quyết định 1520" → the plan with that number;
 * - implements: "chỉ thị 28" → the plans implementing a document numbered 28;
 * - place: "Tam Đường", "tp Vinh", "TP.HCM", "Can Tho" → the plans about that place;
 * - party: "Tỉnh ủy", "Huyện ủy" → the plans a party committee issued;
 * - year: "kế hoạch … năm 2021" → the plans of that year.
 */
export function findPlanMentions(words: Words, lexicon: Lexicon): PlanMention[] {
  const found: PlanMention[] = [];
  const plans = lexicon.plans;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\d{1,5}$/.test(w)) continue;
    const own = plans.filter((p) => p.numbers.includes(w));
    const before = docWordBefore(words, i, OWN_DOC);
    // "57/KH-UBND" folds to "57 kh ubnd": the symbol after the number says it is a document's.
    const symbolAfter = /^(kh|qd|ct|nq|hd|ctr|tb)$/.test(words[i + 1] ?? "");
    if (own.length > 0 && (before >= 0 || symbolAfter)) {
      found.push({ span: { start: before >= 0 ? before : i, end: symbolAfter ? i + 2 : i + 1 }, rule: "number", planIds: own.map((p) => p.plan.id), said: w });
      continue;
    }
    const other = docWordBefore(words, i, OTHER_DOC);
    const implementing = plans.filter((p) => p.implementsNumbers.has(w));
    if (other >= 0 && implementing.length > 0 && !(own.length > 0)) {
      found.push({ span: { start: other, end: i + 1 }, rule: "implements", planIds: implementing.map((p) => p.plan.id), said: w });
      continue;
    }
    // "kế hoạch 999": a number no plan has is still a plan asked for.
    if (before >= 0 && own.length === 0 && implementing.length === 0 && !/^(19|20)\d\d$/.test(w) && ["ke hoach", "kh", "plan", "ke hoach so", "kh so", "plan no"].includes(words.slice(before, i).join(" "))) {
      found.push({ span: { start: before, end: i + 1 }, rule: "number", planIds: [], said: w });
    }
  }
  // Places: the longest spelling at each position.
  const taken = new Set<number>();
  for (const s of placeIndex(lexicon)) {
    for (let at = indexOfWords(words, s.words); at >= 0; at = indexOfWords(words, s.words, at + 1)) {
      if (s.words.some((_, j) => taken.has(at + j))) continue;
      s.words.forEach((_, j) => taken.add(at + j));
      found.push({ span: { start: at, end: at + s.words.length }, rule: "place", planIds: [...s.planIds], said: s.words.join(" ") });
    }
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i + 1] !== "uy" || !/^(tinh|huyen|thanh|dang)$/.test(words[i]!)) continue;
    const party = `${words[i]} uy`;
    const ids = plans.filter((p) => p.partyIssuer === party).map((p) => p.plan.id);
    if (ids.length > 0) found.push({ span: { start: i, end: i + 2 }, rule: "party", planIds: ids, said: party });
  }
  const planWord = words.findIndex((w, i) => w === "plan" || (w === "ke" && words[i + 1] === "hoach") || w === "kh");
  if (planWord >= 0) {
    for (let i = planWord + 1; i < words.length && i <= planWord + 9; i++) {
      if (!/^(19|20)\d\d$/.test(words[i]!)) continue;
      const ids = plans.filter((p) => p.plan.year === Number(words[i])).map((p) => p.plan.id);
      if (ids.length > 0) found.push({ span: { start: words[i - 1] === "nam" ? i - 1 : i, end: i + 1 }, rule: "year", planIds: ids, said: words[i]! });
      break;
    }
  }
  return found;
}

/** Every spelling of every plan's places, longest first, built once per lexicon. */
const placeIndexes = new WeakMap<Lexicon, Array<{ words: string[]; planIds: Set<number> }>>();
function placeIndex(lexicon: Lexicon): Array<{ words: string[]; planIds: Set<number> }> {
  const known = placeIndexes.get(lexicon);
  if (known) return known;
  const byKey = new Map<string, Set<number>>();
  for (const p of lexicon.plans) {
    for (const place of p.places) {
      for (const spelling of place) {
        const set = byKey.get(spelling) ?? new Set<number>();
        set.add(p.plan.id);
        byKey.set(spelling, set);
      }
    }
  }
  const index = [...byKey].map(([key, planIds]) => ({ words: key.split(" "), planIds })).sort((a, b) => b.words.length - a.words.length);
  placeIndexes.set(lexicon, index);
  return index;
}
