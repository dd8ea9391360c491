/**
 * Where a numbered item's heading ends though its line has no full stop:
 *
 *   2. Mở phòng đọc sách cho thiếu nhi
 *   UBND các xã bố trí địa điểm, phân công người quản lý; …
 *
 * The second line is a new sentence whose subject is "UBND các xã", not the rest of the heading. A plan
 * hard-wrapped at its width also starts lines with an agency ("… phối hợp với\nSở Y tế tổ chức …"), so
 * one sign is not enough: the line joiner (lines.ts) keeps the two lines apart only when every rule
 * below holds. Named rules, tested by heading-ends.examples.ts.
 */
import { fold } from "../../domain/text/fold.js";
import { opensDuty } from "./agency-mentions.js";
import { unitStartFolded } from "./unit-starts.js";

/** The unit read so far (its physical lines, cleaned), the physical line after it, and the document's wrap width. */
export type Boundary = { unit: string[]; next: string; width: number };
export type HeadingEndRule = { name: string; holds: (at: Boundary) => boolean };

/** Numbering that opens an item with a heading; a bullet opens a sentence, not a heading. */
const NUMBERED = new Set(["roman", "arabic", "decimal", "letter", "parenthesised number", "named article"]);
const NUMBER_MARK = /^\s*(?:(?:dieu|du an|tieu du an|chi tieu|nhiem vu|muc|phan|chuong|buoc|giai doan)\s+)?(?:[ivxl]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-z]|\(\d{1,2}\))\s*[.\-:)]?\s*/;
/** A heading is a phrase: a few words, no sentence or clause end after its number. */
const CLAUSE_END = /[.;:!?]/;
/** A line that stops on these was cut mid-phrase: "… phối hợp với", "… của", "Chánh" (of "Chánh Văn phòng"). */
const UNFINISHED_WORDS = [
  "và", "với", "của", "về", "cho", "đến", "tại", "từ", "trên", "trong", "theo", "giữa", "do", "bởi", "là", "các",
  "những", "hoặc", "hay", "như", "giao", "đề nghị", "yêu cầu", "chỉ đạo", "chánh", "giám đốc", "thủ trưởng", "chủ tịch",
];
/** Punctuation that leaves a phrase open: "…,", "… -", "… (". */
const UNFINISHED_MARK = /[,\-–(/&]$/;

/**
 * Does the line stop mid-phrase? Words are compared with their marks ("tư" of "đầu tư" is not "từ", "lá" of
 * "thuốc lá" is not "là"); a word a scan wrote without any mark is compared folded.
 */
function unfinished(line: string): boolean {
  const text = line.replace(/[*_\s]+$/, "").toLowerCase();
  if (UNFINISHED_MARK.test(text)) return true;
  const words = text.split(/\s+/);
  return UNFINISHED_WORDS.some((phrase) => {
    const tail = words.slice(-phrase.split(" ").length).join(" ");
    return tail === phrase || (/^[a-z ]+$/.test(tail) && tail === fold(phrase));
  });
}

const last = (at: Boundary) => at.unit[at.unit.length - 1] ?? "";

export const HEADING_END_RULES: HeadingEndRule[] = [
  {
    // "2. Mở phòng đọc sách cho thiếu nhi": numbered, two words or more, no clause end, one to three lines.
    name: "numbered heading",
    holds: ({ unit }) => {
      const folded = fold(unit.join(" ")).replace(/^[*#\s]+/, "");
      const start = unitStartFolded(folded);
      if (!start || !NUMBERED.has(start) || unit.length > 3) return false;
      const words = folded.replace(NUMBER_MARK, "");
      return !CLAUSE_END.test(words) && (words.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2;
    },
  },
  {
    // Not "… phối hợp với" / "… của" / "…,": a line cut mid-phrase goes on below.
    name: "line ends finished",
    holds: (at) => !unfinished(last(at)),
  },
  {
    // The next line's first word would have fitted in the room the line left (capitals and stacked vowels
    // counted half again as wide, as the PDF reader does): the writer ended the line, the wrap did not.
    name: "short of the wrap",
    holds: (at) => {
      const firstWord = at.next.trim().split(/\s+/)[0]?.length ?? 0;
      return at.width - last(at).trimEnd().length > (firstWord + 1) * 1.5;
    },
  },
  {
    // "UBND các xã bố trí …", "Trạm Y tế xã chủ trì, …": a capitalised agency and what it does, on that line.
    name: "agency opens a duty",
    holds: (at) => opensDuty(at.next),
  },
];

/** The first rule that does not hold here, or null when the heading ends at this line break. */
export function headingEndMissing(at: Boundary): string | null {
  return HEADING_END_RULES.find((r) => !r.holds(at))?.name ?? null;
}

/**
 * The width a document's lines were wrapped at: nine lines in ten are no longer. A plan typed one
 * paragraph a line has a width far beyond any heading, so every one of its headings is short of it.
 */
export function wrapWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 1).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))]! : Infinity;
}
