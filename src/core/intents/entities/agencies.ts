import { spellings, type AgencyRow } from "../../answers/agency-match.js";
import { memoBy } from "../../../domain/memo.js";
import type { Span, Words } from "../words.js";

/** An agency named in a question, with every row (of every committee) that is that agency. */
export type AgencyMention<T extends AgencyRow = AgencyRow> = { span: Span; rows: T[]; said: string };

/** Words that alone would name any office: never an agency mention by themselves. */
const TOO_GENERIC = new Set(["so", "phong", "ban", "hoi", "cong", "an", "uy", "doan", "trung tam", "van phong", "tinh", "huyen", "xa"]);

/**
 * Every agency named anywhere in the question, by any of its spellings (names, stored aliases, known
 * abbreviations, the name without its "Phòng"/"Sở" head word), the longest spelling first; two
 * mentions never share a word.
 */
export function findAgencies<T extends AgencyRow>(original: Words, rows: T[]): AgencyMention<T>[] {
  const { words, from } = canonical(original);
  const index = indexOf(rows);
  const candidates: Array<{ start: number; length: number; row: T }> = [];
  for (let at = 0; at < words.length; at++) {
    for (const { spelling, row } of index.get(words[at]!) ?? []) {
      if (at + spelling.length > words.length) continue;
      let same = true;
      for (let j = 1; j < spelling.length && same; j++) same = words[at + j] === spelling[j];
      if (!same) continue;
      // "người lao động" are workers, not the labour office its headless name would read.
      if (!HEADS.has(spelling[0]!) && words[at - 1] === "nguoi") continue;
      // Back to the question's own words: an expanded "ubnd" is one word of it.
      const start = from[at]!;
      const end = from[at + spelling.length - 1]! + 1;
      candidates.push({ start, length: end - start, row: row as T });
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.start - b.start);
  const taken = new Set<number>();
  const mentions: AgencyMention<T>[] = [];
  for (const c of candidates) {
    const same = mentions.find((m) => m.span.start === c.start && m.span.end === c.start + c.length);
    if (same) {
      if (!same.rows.includes(c.row)) same.rows.push(c.row);
      continue;
    }
    let free = true;
    for (let i = c.start; i < c.start + c.length; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.start + c.length; i++) taken.add(i);
    mentions.push({ span: { start: c.start, end: c.start + c.length }, rows: [c.row], said: original.slice(c.start, c.start + c.length).join(" ") });
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

/** Abbreviations staff type for the words of agencies' names, written out: "UBND" is "Ủy ban nhân dân". */
const WRITTEN_OUT: Record<string, string[]> = {
  ubnd: ["uy", "ban", "nhan", "dan"],
  hdnd: ["hoi", "dong", "nhan", "dan"],
  mttq: ["mat", "tran", "to", "quoc"],
  ubmttq: ["uy", "ban", "mat", "tran", "to", "quoc"],
  ttyt: ["trung", "tam", "y", "te"],
};
/** "các", "cấp" before a level say "every one of": "UBND các xã" is "UBND cấp xã" is "UBND xã". */
const PLURAL = new Set(["cac", "cap"]);
const LEVEL = new Set(["xa", "phuong", "huyen", "tinh", "thi", "so", "ban", "nganh", "don"]);

/** The words with abbreviations written out and "các"/"cấp" before a level dropped, and where each came from. */
export function canonical(words: Words): { words: string[]; from: number[] } {
  const out: string[] = [];
  const from: number[] = [];
  words.forEach((w, i) => {
    if (PLURAL.has(w) && LEVEL.has(words[i + 1] ?? "")) return;
    for (const part of WRITTEN_OUT[w] ?? [w]) {
      out.push(part);
      from.push(i);
    }
  });
  return { words: out, from };
}

/** Every spelling of every agency by its first word, built once per list of rows (a lexicon's). */
const indexes = new WeakMap<AgencyRow[], Map<string, Array<{ spelling: string[]; row: AgencyRow }>>>();
function indexOf(rows: AgencyRow[]): Map<string, Array<{ spelling: string[]; row: AgencyRow }>> {
  const known = indexes.get(rows);
  if (known) return known;
  const index = new Map<string, Array<{ spelling: string[]; row: AgencyRow }>>();
  for (const row of rows) {
    for (const spelling of canonicalSpellings(row)) {
      if (spelling.length === 1 && TOO_GENERIC.has(spelling[0]!)) continue;
      const list = index.get(spelling[0]!) ?? [];
      list.push({ spelling, row });
      index.set(spelling[0]!, list);
    }
  }
  indexes.set(rows, index);
  return index;
}

const canonicalSpellings = memoBy(
  (row: AgencyRow) => `${row.name}\u0000${row.aliasesJson}`,
  (row: AgencyRow) => {
    const seen = new Set<string>();
    const all = spellings(row).map((s) => canonical(s).words);
    return [...all, ...all.flatMap(initialSpellings)].filter((s) => s.length > 0 && !seen.has(s.join(" ")) && Boolean(seen.add(s.join(" "))));
  },
);

/** Head words of agency names, kept whole in an abbreviation: "Sở NN&MT", "Phòng LĐTBXH". */
const HEADS = new Set(["so", "phong", "ban", "bo", "trung", "uy", "hoi", "chi", "cuc", "vien", "dai", "bao"]);

/**
 * How staff abbreviate a name: a syllable's first letter each, "và" left out, joined or in pairs —
 * "Sở Nông nghiệp và Môi trường" is "Sở NN&MT", "Sở NNMT"; "Văn hóa, Thể thao và Du lịch" is "VHTTDL".
 */
export function initialSpellings(words: string[]): string[][] {
  const head = HEADS.has(words[0] ?? "") ? [words[0]!] : [];
  const body = words.slice(head.length).filter((w) => w !== "va");
  if (body.length < 3 || body.some((w) => /\d/.test(w))) return [];
  const letters = body.map((w) => w[0]!).join("");
  const pairs = letters.length % 2 === 0 ? letters.match(/../g)! : null;
  const out: string[][] = [[...head, letters]];
  if (pairs) out.push([...head, ...pairs]);
  // Without the head word only when the letters cannot be read as a word.
  if (head.length && letters.length >= 4) out.push([letters]);
  return out;
}
