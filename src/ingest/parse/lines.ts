/**
 * Layout → logical lines. Plans arrive as OCR text, Word exports and
 * Markdown/HTML conversions, all hard-wrapped: a heading, a dateline or an
 * agency's name is split over two or three physical lines, `**bold**` spans
 * lines, header and signature tables come as `|` cells. This joins physical
 * lines back into the units a reader sees (a heading, a bullet, a paragraph,
 * a table cell), drops markup residue, footnotes and rules, and keeps a table
 * cell's row and column so appendix tables can be read by column.
 */
import { fold, normalizeSource } from "../../domain/text/fold.js";
import { headingEndMissing, wrapWidth } from "./heading-ends.js";
import { unitStartFolded } from "./unit-starts.js";

export type Cell = { table: number; row: number; col: number };
export type Line = { text: string; folded: string; cell?: Cell };

const MARKDOWN_TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const RULE = /^\s*(?:[-_=]{3,}|\*{3,})\s*$/;
const FOOTNOTE_LINE = /^\s*\[\^?\d{1,3}\]:?\s/;
const CELL_BAR = /^\s*\|\s*$/;
const TERMINAL = /[.;:!?]["”)]?$/;
/** A dateline ends at its year: "Hà Nội, ngày 17 tháng 11 năm 2025". */
const DATE_END = /\bn\p{L}{1,2}m\s+\d{4}$/u;
/** Words that leave a heading unfinished at the end of a line. */
const CONNECTOR_END = /(?:[,\-–]|\b(?:va|cua|ve|tren|trong|cho|den|giai doan|thuc hien|voi|tai|so))$/;

/** Markdown and HTML residue: emphasis, headings marks, escapes, inline footnote marks. */
export function cleanText(line: string): string {
  return line
    .replace(/<\/?(?:b|strong|i|em|u|p|span|div|sup|sub)\b[^>]*>/gi, "")
    .replace(/^\s{0,3}>\s?/, "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s(“"])\*(?=\S)/g, "$1")
    .replace(/(?<=\S)\*(?=[\s).,;:”"]|$)/g, "")
    .replace(/(^|\s)\*(?=\s|$)/g, "$1")
    .replace(/^\s*[*+•]\s+/, "- ")
    .replace(/\[\^?\d{1,3}\]/g, "")
    .replace(/\\(?=[\s*_#|]|$)/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
}

function upperRatio(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters < 4 ? 0 : (text.match(/\p{Lu}/gu)?.length ?? 0) / letters;
}

/** Open emphasis spans after this raw line, given those open before: a span that crosses lines joins them. */
function spansAfter(raw: string, open: { bold: boolean; italic: boolean }): { bold: boolean; italic: boolean } {
  let { bold, italic } = open;
  const text = raw.replace(/\*{3,}/g, (m) => (m.length % 2 ? "**\u0000*" : "**"));
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "*" && text[i + 1] === "*") {
      bold = !bold;
      i++;
    } else if (text[i] === "*") {
      // "* " that opens a bullet is not emphasis.
      if (i === text.search(/\S/) && /\s/.test(text[i + 1] ?? "") && !italic) continue;
      italic = !italic;
    }
  }
  return { bold, italic };
}

type Physical = { text: string; folded: string };

/**
 * Should `next` continue the unit that ends with `prev`? Both cleaned, neither empty; `unit` is the unit's
 * physical lines so far (its first four), `width` the document's wrap width.
 */
function continues(prev: Physical, next: Physical, unit: string[], width: number): boolean {
  if (unitStartFolded(next.folded)) return false;
  if (DATE_END.test(prev.folded)) return false;
  const prevUpper = upperRatio(prev.text) >= 0.8;
  const nextUpper = upperRatio(next.text) >= 0.8;
  // "KẾ HOẠCH" / "QUYẾT ĐỊNH" above its lowercase title: a word or two in capitals stands alone.
  if (prevUpper && !nextUpper) return /^\p{Ll}/u.test(next.text) && prev.text.split(/\s+/).length > 3;
  if (!prevUpper && nextUpper) return false;
  if (prevUpper && nextUpper) return CONNECTOR_END.test(prev.folded) || unitStartFolded(prev.folded) !== null;
  if (TERMINAL.test(prev.text) && /^[\p{Lu}\d"“(]/u.test(next.text)) return false;
  // "2. Mở phòng đọc sách\nUBND các xã bố trí …": a numbered heading, then a sentence whose subject is an agency.
  return headingEndMissing({ unit, next: next.text, width }) !== null;
}

export function planLines(source: string): Line[] {
  const out: Line[] = [];
  let pending: string[] = [];
  let spans = { bold: false, italic: false };
  let table = null as Cell | null;
  let tables = 0;
  let lastBar = false;
  let last: Physical = { text: "", folded: "" };
  /** The pending unit's first physical lines, cleaned: enough to tell a heading. */
  let unit: string[] = [];

  const push = (text: string) => {
    const line: Line = { text, folded: fold(text) };
    if (table) line.cell = { ...table };
    out.push(line);
  };
  const flush = () => {
    if (pending.length === 0) return;
    const text = cleanText(pending.join(" "));
    pending = [];
    unit = [];
    spans = { bold: false, italic: false };
    if (text) push(text);
  };
  const blank = () => {
    flush();
    if (out.length && out[out.length - 1]!.text !== "") out.push({ text: "", folded: "" });
  };

  const raws = normalizeSource(source).replace(/<br\s*\/?>/gi, "\n").split("\n");
  const width = wrapWidth(raws.map(cleanText));
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    if (CELL_BAR.test(raw)) {
      flush();
      const open: Cell | null = table;
      if (!open) table = { table: ++tables, row: 0, col: 0 };
      else if (lastBar) table = { table: open.table, row: open.row + 1, col: 0 };
      else table = { table: open.table, row: open.row, col: open.col + 1 };
      lastBar = true;
      // A bar followed by a blank line closes the table.
      if (/^\s*$/.test(raws[r + 1] ?? "")) {
        table = null;
        blank();
      }
      continue;
    }
    lastBar = false;
    if (MARKDOWN_TABLE_RULE.test(raw) && raw.includes("-")) continue;
    if (FOOTNOTE_LINE.test(raw)) {
      blank();
      continue;
    }
    if (RULE.test(raw) || /^\s*$/.test(raw)) {
      blank();
      continue;
    }
    if (raw.includes("|")) {
      // A Markdown row "| a | b |": each cell is a unit of its own.
      flush();
      const cells = raw.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|");
      const row = { table: ++tables, row: 0, col: 0 };
      cells.forEach((cell, col) => {
        const text = cleanText(cell);
        if (text) out.push({ text, folded: fold(text), cell: { ...row, col } });
      });
      continue;
    }
    const text = cleanText(raw);
    if (!text) {
      // "** **", "* *", a lone "**": an emphasis mark on its own line ends what came before.
      flush();
      continue;
    }
    // An emphasis left open (a converter's slip) joins at most a few lines.
    const current = { text, folded: fold(text) };
    const inSpan = (spans.bold || spans.italic) && pending.length < 5;
    const heading = /^\s*#{1,6}\s/.test(raw);
    const opensEmphasis = /^\s*\*\*?\S/.test(raw) && !inSpan;
    // The previous physical line decides (a whole paragraph re-cleaned per line would be quadratic).
    if (pending.length && (heading || (!inSpan && (opensEmphasis || !continues(last, current, unit, width))))) flush();
    pending.push(raw);
    if (unit.length < 4) unit.push(text);
    last = current;
    spans = spansAfter(raw, spans);
    // A span closed at the end of a line ends its unit ("**I. MỤC\nĐÍCH, YÊU CẦU**"); so does a heading.
    const closesSpan = /\*\s*$/.test(raw) && !spans.bold && !spans.italic;
    if (heading || (closesSpan && /^\s*\*/.test(pending[0]!))) flush();
  }
  flush();
  while (out.length && out[out.length - 1]!.text === "") out.pop();
  return out;
}

/** Logical lines as running text, one paragraph a line. */
export function joinLines(lines: Line[]): string {
  return lines
    .map((l) => l.text)
    .filter((t) => t !== "")
    .join("\n")
    .replace(/(\d)- (?=[A-Z]{2})/g, "$1-");
}
