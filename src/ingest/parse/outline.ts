/**
 * The outline of a plan: top-level parts ("I. MỤC TIÊU", OCR'd as "I1-" or
 * "111-") and the numbered items inside them. Items of the task-like parts
 * become tasks with refs such as "III.2".
 */
import type { Line } from "./lines.js";

export type OutlineItem = { ref: string; number: string; lines: Line[] };
export type OutlinePart = {
  ref: string;
  heading: string;
  /** Index of the heading line. */
  start: number;
  lines: Line[];
  isTaskPart: boolean;
  /** Text before the first item, when the part has items. */
  intro: Line[];
  items: OutlineItem[];
};

const ROMAN_HEADING = /^([IVXivxl1]{1,6})\s*[.\-:)]\s*(\S.*)$/u;
const VALID_ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ARABIC_HEADING = /^(?!\d{1,3}(?:\.\d{3})+(?:[\s,]|$))(\d{1,2}|[A-H])\s*[.)]\s*(\S.*)$/u;
const ITEM = /^(?!\d{1,3}(?:\.\d{3})+(?:[\s,]|$))(\d{1,2})\s*[.)]\s*(\S.*)$|^(\d{1,2})\s+(\p{Lu}.*)$/u;
const LETTER_ITEM = /^([a-hđ])\s*[.)]\s+(\S.*)$/u;
/** Where the body ends: the closing paragraph, the recipients list, the signature block. */
const END_OF_BODY = /^(tr\p{L}n day la|n\p{L}i nh\p{L}n\b|t\s*\/\s*m\.? |tm\. |kt\.? chu tich|(?:ke hoach|quyet dinh) nay (?:thay the|co hieu luc|bai bo))/u;
/** A signer's title alone on its line in capitals: "GIÁM ĐỐC", "KT. CHỦ TỊCH", "PHÓ BÍ THƯ". */
const SIGNER_TITLE = /^(?:kt\.?\s*)?(?:pho\s+)?(?:giam doc|chu tich|bi thu|truong ban|truong phong|chanh van phong|thu truong)$/;

const TASK_PART = /nhiem vu|giai phap|noi dung|muc tieu|chi tieu|to chuc thuc hien|trach nhiem|phan cong|bao cao|hoat dong|chuong trinh/;
const NOT_TASK_PART = /muc dich|yeu cau|kinh phi|can cu/;

function upperRatio(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]!]!;
    const next = values[roman[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

type Heading = { index: number; ref: string; heading: string };

/** Roman headings; OCR'd numerals ("11", "I1", "VIl") only where the sequence expects them. */
function romanHeadings(lines: Line[]): Heading[] {
  const found: Heading[] = [];
  let last = 0;
  lines.forEach((line, index) => {
    const m = ROMAN_HEADING.exec(line.text);
    if (!m) return;
    const token = m[1]!;
    const heading = m[2]!.trim();
    const ref = token.toUpperCase().replace(/[1L]/g, "I");
    if (!VALID_ROMAN.test(ref)) return;
    const value = romanValue(ref);
    const upper = upperRatio(heading) >= 0.7 && /\p{L}{2}/u.test(heading);
    const clean = /^[IVX]+$/.test(token);
    if (clean && !/^\p{Lu}/u.test(heading)) return;
    if (clean && !upper && (heading.length > 90 || value !== last + 1)) return;
    if (!clean && (last === 0 || !upper || value <= last || value > last + 2)) return;
    if (clean && value <= last) return;
    found.push({ index, ref, heading });
    last = value;
  });
  return found;
}

/** Plans numbered "1. MỤC ĐÍCH" / "A. ..." at the top level, in capitals. */
function arabicHeadings(lines: Line[]): Heading[] {
  const found: Heading[] = [];
  lines.forEach((line, index) => {
    const m = ARABIC_HEADING.exec(line.text);
    if (m && upperRatio(m[2]!) >= 0.8 && (m[2]!.match(/\p{L}/gu)?.length ?? 0) >= 4) {
      found.push({ index, ref: m[1]!, heading: m[2]!.trim() });
    }
  });
  return found;
}

function bodyEnd(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const { text, folded } = lines[i]!;
    if (END_OF_BODY.test(folded) || (SIGNER_TITLE.test(folded.trim()) && text === text.toUpperCase())) return i;
  }
  return lines.length;
}

function isTaskHeading(folded: string): boolean {
  const plain = folded.replace(/['’`]/g, "");
  return TASK_PART.test(plain) && !NOT_TASK_PART.test(plain);
}

/** Items a part numbers by name or in brackets: "Dự án 1:", "Nhiệm vụ 2.", "Điều 3.", "(4)". */
const NAMED_ITEM = /^(?:(?:du an|tieu du an|nhiem vu|chi tieu|noi dung|hoat dong|chuong trinh|de an|giai phap|dieu)\s+(\d{1,2})\s*[.:)\-–]|\((\d{1,2})\)\s*\S)/;

function splitItems(partLines: Line[], numbered: boolean | "named"): { intro: Line[]; items: OutlineItem[] } {
  const items: OutlineItem[] = [];
  const intro: Line[] = [];
  let expected = 1;
  let letter = "a";
  for (const line of partLines) {
    let number: string | null = null;
    if (numbered === "named") {
      const m = NAMED_ITEM.exec(line.folded);
      const n = m ? Number(m[1] ?? m[2]) : NaN;
      if (n === expected) number = String(n);
    } else if (numbered) {
      const m = ITEM.exec(line.text);
      const n = m ? Number(m[1] ?? m[3]) : NaN;
      if (n === expected) number = String(n);
    } else {
      const m = LETTER_ITEM.exec(line.text);
      if (m && m[1] === letter) number = letter;
    }
    if (number) {
      items.push({ ref: number, number, lines: [line] });
      expected++;
      letter = String.fromCharCode(letter.charCodeAt(0) + 1);
    } else if (items.length) {
      items[items.length - 1]!.lines.push(line);
    } else {
      intro.push(line);
    }
  }
  return { intro, items };
}

export function readOutline(lines: Line[]): { parts: OutlinePart[]; firstHeading: number; end: number } {
  let headings = romanHeadings(lines);
  const topLevelArabic = headings.length === 0;
  if (topLevelArabic) headings = arabicHeadings(lines);
  if (headings.length === 0) return { parts: [], firstHeading: lines.length, end: lines.length };

  const firstHeading = headings[0]!.index;
  const end = bodyEnd(lines, headings[headings.length - 1]!.index + 1);
  const seen = new Map<string, number>();
  const parts = headings.map((h, i) => {
    const stop = Math.min(headings[i + 1]?.index ?? end, end);
    const partLines = lines.slice(h.index + 1, stop);
    const count = (seen.get(h.ref) ?? 0) + 1;
    seen.set(h.ref, count);
    const ref = count === 1 ? h.ref : `${h.ref}${"'".repeat(count - 1)}`;
    let { intro, items } = splitItems(partLines, !topLevelArabic);
    if (items.length === 0) ({ intro, items } = splitItems(partLines, "named"));
    if (items.length === 0) ({ intro, items } = splitItems(partLines, false));
    if (topLevelArabic && items.length === 0) ({ intro, items } = splitItems(partLines, true));
    return {
      ref,
      heading: h.heading,
      start: h.index,
      lines: partLines,
      isTaskPart: isTaskHeading(lines[h.index]!.folded),
      intro,
      items: items.map((it) => ({ ...it, ref: `${ref}.${it.number}` })),
    };
  });
  return { parts, firstHeading, end };
}

const SUB_ITEM = /^(\d{1,2})\.(\d{1,2})\.?\s+\S/;

/**
 * "1.1. …", "1.2. …" under item 1 of a task part: each is a task of its own ("II.1.2"), the item's
 * own line their heading. Objectives ("MỤC TIÊU") keep their items whole.
 */
export function subItems(part: OutlinePart, item: OutlineItem): OutlineItem[] {
  if (/muc tieu|chi tieu/.test(part.heading.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d"))) return [];
  const subs: OutlineItem[] = [];
  for (const line of item.lines.slice(1)) {
    const m = SUB_ITEM.exec(line.text);
    if (m && m[1] === item.number && Number(m[2]) === subs.length + 1) {
      subs.push({ ref: `${item.ref}.${m[2]}`, number: `${item.number}.${m[2]}`, lines: [line] });
    } else if (subs.length) {
      subs[subs.length - 1]!.lines.push(line);
    }
  }
  return subs.length >= 2 ? subs : [];
}

