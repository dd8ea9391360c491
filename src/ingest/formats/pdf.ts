import { extractTextItems, getDocumentProxy } from "unpdf";
import { PlanParseError } from "../types.js";

type Item = { str: string; x: number; y: number; width: number; height: number; fontSize: number; hasEOL: boolean };
type Line = { text: string; left: number; right: number; size: number; y: number; page: number };

/** Items of one page → lines, top to bottom, pieces of a line left to right. */
function pageLines(items: Item[], page: number): Line[] {
  const rows: Item[][] = [];
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const row = rows.at(-1);
    // Same baseline (within a third of the font size): the same line.
    if (row && Math.abs(row[0]!.y - item.y) < Math.max(row[0]!.fontSize, 1) / 3) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    const size = Math.max(...row.map((i) => i.fontSize), 1);
    for (const item of row) {
      // A visible gap between two pieces is a space the PDF did not write as a character.
      if (text && !/\s$/.test(text) && !/^\s/.test(item.str) && item.x - end > size * 0.15) text += " ";
      text += item.str;
      end = item.x + item.width;
    }
    return { text: text.replace(/\s+/g, " ").trim(), left: row[0]!.x, right: end, size, y: row[0]!.y, page };
  }).filter((l) => l.text);
}

/** A new paragraph, item or heading starts here, whatever the line before looked like. */
const STARTS_BLOCK = /^(?:[-–•+*]|\d+(?:\.\d+)*[.)]?\s|[IVXLC]+[.)]\s|[a-zđ][.)]\s|(?:Phần|Mục|Chương|Điều)\s)/u;

/**
 * Lines → the plan's lines: a line that runs to the right margin and is followed by one that starts at the
 * left margin without a list marker is a paragraph wrapped by the layout (or by a page break), joined back
 * into one line; a gap well above the usual line spacing is an empty line.
 */
function unwrap(lines: Line[]): string[] {
  if (lines.length === 0) return [];
  const margin = Math.max(...lines.map((l) => l.right));
  const leftMargin = Math.min(...lines.map((l) => l.left));
  // The usual distance between lines; a much larger one is an empty line the author left.
  const pitches = lines.slice(1).map((l, i) => (l.page === lines[i]!.page ? lines[i]!.y - l.y : 0)).filter((d) => d > 0).sort((a, b) => a - b);
  const pitch = pitches[Math.floor(pitches.length / 2)] ?? Infinity;
  const out: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    // A paragraph the page break cut in two is joined like any other wrapped line.
    const joins = previous !== undefined && (previous.page !== line.page || previous.y - line.y <= pitch * 1.6) && wrapped(previous, line, margin, leftMargin);
    // Across a page break the spacing is unknown: a line that does not continue there ends its block.
    if (previous && !joins && (previous.page !== line.page || previous.y - line.y > pitch * 1.6)) out.push("");
    if (previous && joins) {
      // "28-" + "CT/TW": a word the layout broke at its hyphen is one word again.
      out[out.length - 1] += /\S-$/.test(previous.text) ? line.text : ` ${line.text}`;
    } else out.push(line.text);
    previous = line;
  }
  return out;
}

/** The layout broke this line: the next line's first word would not have fitted in the room left. */
function wrapped(line: Line, next: Line, margin: number, leftMargin: number): boolean {
  if (STARTS_BLOCK.test(next.text) || next.left - leftMargin > next.size * 2.5) return false;
  const charWidth = (line.right - line.left) / Math.max(line.text.length, 1);
  const firstWord = next.text.split(" ")[0]!.length;
  // Capitals and stacked Vietnamese vowels run wider than the line's average letter: half again as much room.
  return margin - line.right < (firstWord + 1) * charWidth * 1.5;
}

/**
 * A PDF plan with a text layer → its text (NFC: PDFs often carry decomposed Vietnamese). A scanned PDF
 * (no text), an encrypted or broken one is refused with a sentence saying what to send instead.
 */
export async function readPdf(bytes: Uint8Array, source: string): Promise<string> {
  if (!new TextDecoder().decode(bytes.subarray(0, 1024)).includes("%PDF-")) {
    throw new PlanParseError(`${source}: không phải tệp PDF hợp lệ.`);
  }
  let pages: Item[][];
  try {
    // pdf.js takes ownership of the buffer it is given: it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractTextItems(pdf)).items as Item[][];
  } catch (error) {
    if ((error as Error)?.name === "PasswordException") {
      throw new PlanParseError(`${source}: tệp PDF có mật khẩu, không đọc được. Bạn gửi bản không đặt mật khẩu nhé.`);
    }
    throw new PlanParseError(`${source}: tệp PDF bị hỏng, không mở được.`);
  }
  const text = unwrap(pages.flatMap((items, page) => pageLines(items, page))).join("\n").normalize("NFC");
  if (text.replace(/\s/g, "").length < 20) {
    throw new PlanParseError(`${source}: tệp PDF không có lớp chữ (có lẽ là bản scan/ảnh chụp) nên không đọc được. Bạn gửi bản Word (.docx) hoặc PDF xuất từ Word nhé.`);
  }
  return text;
}
