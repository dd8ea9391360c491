import { foldKey } from "../../domain/text/fold.js";
import { SYLLABLE } from "../../domain/text/restore.js";
import type { PlanSummary } from "../../db/repos/plan-queries.js";
import type { AgencyRow } from "../answers/agency-match.js";

/**
 * What the plans in the database let a question name, built from the data itself so a plan imported a
 * minute ago is understood at once: each plan's number, places, issuing party committee, title words,
 * year and the documents it implements; the agencies and their spellings. Built once per data version.
 */
export type PlanEntry = {
  plan: PlanSummary;
  /** "273" of "273-KH/HU"; "130" and "0130" of "0130/KH-UBND". */
  numbers: string[];
  /** Folded place names, each with the spellings staff type: ["can tho"], ["ho chi minh", "hcm", "tphcm", "hcmc"]. */
  places: string[][];
  /** "tinh uy", "huyen uy": a party committee issuing it. */
  partyIssuer: string | null;
  /** Folded title words that say what the plan is about. */
  titleWords: Set<string>;
  /** Numbers of the documents it implements or is based on: "28" of "28-CT/TW". */
  implementsNumbers: Set<string>;
};

export type Lexicon = {
  plans: PlanEntry[];
  agencies: AgencyRow[];
  /** How many plans' titles hold each word: a word in every title names none of them. */
  titleFrequency: Map<string, number>;
};

/** Words of a title that say "plan", "carry out", "in the area of", or a place level: not what it is about. */
const TITLE_GENERIC = new Set([
  "ke", "hoach", "thuc", "hien", "trien", "khai", "tren", "dia", "ban", "tinh", "thanh", "pho", "huyen", "xa", "nam",
  "giai", "doan", "so", "ngay", "cua", "ve", "va", "cac", "nhung", "cho", "trong", "den", "tu", "theo", "tai", "voi",
  "de", "la", "nhan", "dan", "uy", "chi", "thi", "nghi", "quyet", "dinh", "chinh", "phu", "thu", "tuong", "bo", "ct",
  "tw", "kh", "ubnd", "nq", "cp", "qd", "ttg", "dinh", "huong", "nham", "mot", "duoc", "co", "nay", "quy", "ban", "hanh",
]);

/** Words that end a place name read from capitalised text ("THÀNH PHỐ CẦN THƠ NĂM 2025"). */
const NAME_STOP = new Set([
  "nam", "giai", "doan", "den", "ve", "va", "trong", "thuc", "hien", "trien", "khai", "ban", "hanh", "ke", "hoach",
  "theo", "tai", "cua", "so", "ngay", "thang", "uy", "nhan", "dan", "tinh", "thanh", "pho", "huyen", "xa", "quan",
  "phuong", "tp", "nham", "tren", "dia", "ubnd", "hdnd", "the", "ty", "le",
]);

/** "tỉnh", "thành phố", "TP.", "Huyện ủy": the words before a place's name. */
const LEVELS: string[][] = [["tinh"], ["thanh", "pho"], ["tp"], ["huyen"], ["thi", "xa"], ["quan"], ["tinh", "uy"], ["thanh", "uy"], ["huyen", "uy"]];

type Token = { folded: string; capital: boolean };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    const folded = foldKey(word);
    if (!folded) continue;
    out.push({ folded, capital: /^\p{Lu}/u.test(word) });
  }
  return out;
}

/**
 * Place names in a long text (a title, a plan's body), where a name read from capitals may run on into
 * the words after it ("THÀNH PHỐ CẦN THƠ PHÁT ĐỘNG"): every reading counts for each of its beginnings, and
 * a name stops growing where its longer reading is met much less often than it ("cần thơ", not "cần thơ
 * phát"; "hồ chí minh" is met as often as "hồ chí").
 */
export function placesInLongText(text: string): Map<string, number> {
  const readings = placesIn(text);
  const prefixes = new Map<string, number>();
  for (const [name, n] of readings) {
    const words = name.split(" ");
    for (let k = 1; k <= words.length; k++) {
      const p = words.slice(0, k).join(" ");
      prefixes.set(p, (prefixes.get(p) ?? 0) + n);
    }
  }
  const out = new Map<string, number>();
  for (const name of readings.keys()) {
    const words = name.split(" ");
    let k = 1;
    while (k < words.length && (prefixes.get(words.slice(0, k + 1).join(" ")) ?? 0) >= 0.6 * (prefixes.get(words.slice(0, k).join(" ")) ?? 0)) k++;
    const p = words.slice(0, k).join(" ");
    out.set(p, prefixes.get(p) ?? 0);
  }
  return out;
}

/** Place names written after a level word ("tỉnh Bắc Ninh", "THÀNH PHỐ CẦN THƠ", "Thành ủy Vinh"), counted. */
export function placesIn(text: string, counts = new Map<string, number>()): Map<string, number> {
  const ts = tokens(text);
  for (let i = 0; i < ts.length; i++) {
    for (const level of LEVELS) {
      if (!level.every((w, j) => ts[i + j]?.folded === w)) continue;
      const name: string[] = [];
      let k = i + level.length;
      while (k < ts.length && name.length < 4 && ts[k]!.capital && !NAME_STOP.has(ts[k]!.folded) && !/^\d/.test(ts[k]!.folded)) name.push(ts[k++]!.folded);
      if (name.length > 0) counts.set(name.join(" "), (counts.get(name.join(" ")) ?? 0) + 1);
    }
  }
  return counts;
}

/** The ways staff type a place: as written, run together, by initials ("hcm", "tphcm", "hcmc"). */
export function placeSpellings(place: string): string[] {
  const words = place.split(" ");
  const out = [place];
  if (words.length >= 2) out.push(words.join(""));
  if (words.length >= 3) {
    const initials = words.map((w) => w[0]).join("");
    // Initials alone only when they cannot be read as a word ("hcm", never "mau").
    if (!SYLLABLE.test(initials)) out.push(initials);
    out.push(`tp${initials}`, `${initials}c`);
  }
  return out;
}

export function buildLexicon(plans: PlanSummary[], agencies: AgencyRow[], bodies: Map<number, string>): Lexicon {
  const entries: PlanEntry[] = plans.map((plan) => {
    // The issuer is a short clean line; the title and body are read for the names they repeat.
    const own = placesIn(`${plan.issuer ?? ""}\n${plan.committeeName}`);
    const inBody = placesInLongText(bodies.get(plan.id) ?? "");
    // The body names the plan's own place most; other places it names once or twice.
    const ranked = [...inBody.entries()].sort((a, b) => b[1] - a[1]);
    const top = ranked[0]?.[1] ?? 0;
    const names = new Set([...own.keys(), ...ranked.filter(([name, n], i) => i < 3 && n >= 2 && n >= top / 4 && name.includes(" ")).map(([name]) => name)]);
    const issuer = foldKey(plan.issuer ?? "");
    const party = /\b(tinh|huyen|thanh|dang) uy\b/.exec(issuer)?.[0] ?? null;
    const titleWords = new Set(foldKey(plan.title).split(" ").filter((w) => w.length > 1 && !TITLE_GENERIC.has(w) && !/^\d+$/.test(w)));
    const digits = plan.docNumber?.match(/^\s*(\d+)/)?.[1];
    const numbers = digits ? [...new Set([digits, String(Number(digits))])] : [];
    const implementsNumbers = new Set(plan.implements.map((doc) => doc.match(/^(\d+)/)?.[1]).filter((n): n is string => Boolean(n)));
    return { plan, numbers, places: [...names].map(placeSpellings), partyIssuer: party, titleWords, implementsNumbers };
  });
  const titleFrequency = new Map<string, number>();
  for (const entry of entries) for (const w of entry.titleWords) titleFrequency.set(w, (titleFrequency.get(w) ?? 0) + 1);
  return { plans: entries, agencies, titleFrequency };
}
