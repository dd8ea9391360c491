/**
 * Số và ký hiệu: the document's own number, as the header writes it after
 * "Số" (Nghị định 30/2020/NĐ-CP: number / type abbreviation - issuer
 * abbreviation; the party writes number - type / issuer). Any type: KH, QĐ,
 * CV, TB..., and a công văn's "Số: 1234/UBND-VX". A number left blank
 * ("Số: /KH-UBND", waiting for the văn thư's stamp) reads as null.
 */
import { fold } from "../../domain/text/fold.js";

/** "Số", and its OCR readings ("S6", "Sé", "86"), opening the line. */
const SO = /^\s*(?:s[o6e\d]|86)\s*[:.]?\s*/;
const CODE = String.raw`[\p{L}][\p{L}\d.&]*(?:\s*[-/]\s*[\p{L}\d][\p{L}\d.&]*)*`;
const NUMBERED = new RegExp(String.raw`^(\d{1,5})\s*([-/])\s*(${CODE})`, "u");
const BLANK = new RegExp(String.raw`^(?:\.{0,12}|…)\s*[-/]\s*${CODE}`, "u");
/** Without "Số" (an OCR that lost the word), only a plan's number counts: "273-KH/HU". */
const BARE_PLAN_NUMBER = /(?:^|\s)(\d{1,5})\s*([-/])\s*(KH\s*[-/]\s*[\p{L}\d.&]+(?:[-/][\p{L}\d.&]+)*)/u;

export type DocNumber = { found: boolean; number: string | null };

/** One header line → its document number; found with number null when the number is blank. */
export function docNumberIn(line: string): DocNumber {
  const folded = fold(line);
  const so = SO.exec(folded);
  if (so && !/^\s*so\s+(?:luong|lieu|nguoi|ho)\b/.test(folded)) {
    const rest = line.slice(so[0].length);
    const m = NUMBERED.exec(rest);
    if (m) return { found: true, number: `${m[1]}${m[2]}${m[3]!.replace(/\s+/g, "")}` };
    if (BLANK.test(rest)) return { found: true, number: null };
  }
  if (/\bngay\b/.test(folded)) return { found: false, number: null };
  const bare = BARE_PLAN_NUMBER.exec(line);
  return bare ? { found: true, number: `${bare[1]}${bare[2]}${bare[3]!.replace(/\s+/g, "")}` } : { found: false, number: null };
}

/** The first header line that carries a number decides it. */
export function readDocNumber(header: string[]): string | null {
  for (const line of header) {
    const { found, number } = docNumberIn(line);
    if (found) return number;
  }
  return null;
}
