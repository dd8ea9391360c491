/**
 * Appendix tables (phụ lục) that lay a plan out as rows: Nội dung / Nhiệm vụ,
 * Chủ trì, Phối hợp, Thời gian. Each row becomes a task unit written the way
 * a plan's body writes one ("Cơ quan chủ trì: …", "Thời gian thực hiện: …"),
 * so the same duty and deadline rules read it. Rows of a roman numeral and a
 * title ("II | HỖ TRỢ …") group the rows under them.
 */
import { fold } from "../../domain/text/fold.js";
import type { Line } from "./lines.js";

export type AppendixUnit = { ref: string; title: string; text: string };
export type Appendix = { ref: string; heading: string; units: AppendixUnit[] };

type Columns = { what: number; lead: number; support: number | null; when: number | null };

const header = (folded: string) => folded.replace(/[^a-z\s]/g, " ").replace(/\s+/g, " ").trim();

function columnsOf(cells: Map<number, string>): Columns | null {
  let what = -1, lead = -1, support: number | null = null, when: number | null = null;
  for (const [col, text] of cells) {
    const h = header(fold(text));
    if (/^(?:co quan |don vi )?chu tri\b/.test(h)) lead = col;
    else if (/^(?:co quan |don vi )?phoi hop\b/.test(h)) support = col;
    else if (/^(?:thoi gian|thoi han|tien do)\b/.test(h)) when = col;
    else if (/noi dung|nhiem vu|hoat dong|giai phap|ten/.test(h) && what < 0) what = col;
  }
  return lead >= 0 && what >= 0 ? { what, lead, support, when } : null;
}

/** The tables of `lines` (cells carry table, row, column) that name who leads each row. */
export function readAppendixTables(lines: Line[], refBase = "PL"): Appendix[] {
  const tables = new Map<number, Map<number, Map<number, string>>>();
  for (const line of lines) {
    if (!line.cell || !line.text) continue;
    const rows = tables.get(line.cell.table) ?? new Map<number, Map<number, string>>();
    const cells = rows.get(line.cell.row) ?? new Map<number, string>();
    cells.set(line.cell.col, cells.has(line.cell.col) ? `${cells.get(line.cell.col)}\n${line.text}` : line.text);
    rows.set(line.cell.row, cells);
    tables.set(line.cell.table, rows);
  }
  const out: Appendix[] = [];
  for (const rows of tables.values()) {
    const sorted = [...rows.entries()].sort((a, b) => a[0] - b[0]);
    const first = sorted[0];
    const columns = first ? columnsOf(first[1]) : null;
    if (!columns) continue;
    const ref = out.length ? `${refBase}${out.length + 1}` : refBase;
    const units: AppendixUnit[] = [];
    let group = "";
    let n = 0;
    for (const [, cells] of sorted.slice(1)) {
      const stt = (cells.get(0) ?? "").trim();
      const what = (cells.get(columns.what) ?? "").replace(/\n/g, " ").trim();
      const lead = cells.get(columns.lead)?.replace(/\n/g, "; ").trim();
      if (/^[IVX]{1,5}\.?$/.test(stt) && !lead) {
        group = stt.replace(/\.$/, "");
        n = 0;
        continue;
      }
      if (!what || !lead) continue;
      n++;
      const number = /^\d{1,3}$/.test(stt) ? stt : String(n);
      const support = columns.support !== null ? cells.get(columns.support)?.replace(/\n/g, "; ").trim() : undefined;
      const when = columns.when !== null ? cells.get(columns.when)?.replace(/\n/g, " ").trim() : undefined;
      const text = [what, `Cơ quan chủ trì: ${lead}`, support ? `Cơ quan phối hợp: ${support}` : "", when ? `Thời gian thực hiện: ${when}` : ""].filter(Boolean).join("\n");
      units.push({ ref: `${ref}.${group ? `${group}.` : ""}${number}`, title: what.length > 140 ? `${what.slice(0, 137).replace(/\s+\S*$/, "")}…` : what, text });
    }
    if (units.length) out.push({ ref, heading: "PHỤ LỤC", units });
  }
  return out;
}
