import { agencyAliases } from "../../domain/agencies.js";
import { memoBy } from "../../domain/memo.js";
import { foldWords } from "../../domain/text/fold.js";

export type AgencyRow = { id: number; name: string; key: string; aliasesJson: string };

/** Words that only say "an office of": matching on them alone would pick any agency. */
const GENERIC = new Set(["phong", "ban", "so", "trung", "tam", "hoi", "uy", "cac", "co", "quan", "don", "vi", "huyen", "tinh", "thanh", "pho", "xa"]);

/** Words a bare agency name may come with and still name only it: "nhiệm vụ Phòng Y tế thành phố". */
const ALONGSIDE = new Set([...GENERIC, "nhiem", "vu", "cong", "viec", "cua", "giao", "duties", "tasks", "of", "the", "office", "department"]);

/** Where `needle` starts in `haystack` as consecutive words, or -1. */
function indexOfWords(haystack: string[], needle: string[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The phrase names the agency and says nothing more ("Phòng Y tế", "nhiệm vụ MTTQ"): then it asks for
 * the agency's duties. "Lao động trẻ em" or "y tế trường học" hold a name but ask about a topic.
 */
export function namesOnly(phrase: string, agency: AgencyRow): boolean {
  const words = foldWords(phrase);
  return spellings(agency).some((spelling) => {
    const at = indexOfWords(words, spelling);
    return at >= 0 && words.every((w, i) => (i >= at && i < at + spelling.length) || ALONGSIDE.has(w));
  });
}

/**
 * Spellings by agency name and stored aliases. Every search question tries the agencies first
 * ("Phòng Y tế" alone asks for its duties), and folding every spelling of every agency again each time
 * cost more than the search itself; the names change only when a plan is imported.
 */
export const spellings = memoBy((agency: AgencyRow) => `${agency.name}\u0000${agency.aliasesJson}`, foldSpellings);

/** Words that only count or point ("các", "những", "mọi"). */
const POINTING = new Set(["cac", "nhung", "moi", "mot", "so", "toan", "the", "tat", "ca"]);

/** Every spelling an agency answers to, as folded word lists, with and without its "Phòng"/"Ban" head word. */
function foldSpellings(agency: AgencyRow): string[][] {
  // Aliases known to the code today count too, not only those stored when the plan was imported.
  const names = [agency.name, ...(JSON.parse(agency.aliasesJson) as string[]), ...agencyAliases(agency.name)];
  // A spelling made only of words that count or point ("Các", a group the importer could not read whole)
  // would match every question that says "các".
  const lists = names.map((n) => foldWords(n)).filter((w) => w.length > 0 && !w.every((x) => POINTING.has(x)));
  for (const words of [...lists]) {
    const body = words.filter((w, i) => !(i === 0 && GENERIC.has(w)));
    if (body.length > 0 && body.some((w) => !GENERIC.has(w))) lists.push(body);
  }
  return lists;
}

/**
 * The agencies a phrase names ("phòng y tế", "công an huyện", "LĐTBXH",
 * "Mặt trận Tổ quốc"): the longest spelling found wins; rows of several
 * committees that are the same agency all come back.
 */
export function matchAgencies<T extends AgencyRow>(phrase: string, rows: T[]): T[] {
  const words = foldWords(phrase);
  let best = 0;
  let found: T[] = [];
  for (const row of rows) {
    const score = Math.max(0, ...spellings(row).filter((s) => indexOfWords(words, s) >= 0).map((s) => s.length));
    if (score === 0) continue;
    if (score > best) {
      best = score;
      found = [row];
    } else if (score === best) {
      found.push(row);
    }
  }
  return found;
}
