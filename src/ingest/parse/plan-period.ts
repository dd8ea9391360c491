/**
 * The span a plan covers, from its title: "năm 2025", "giai đoạn 2026 - 2030",
 * "đến năm 2030". A horizon ("tầm nhìn đến năm 2050", "định hướng đến năm
 * 2045") and a cited document's date ("ngày 25 tháng 12 năm 2023") are not
 * the plan's span. `from` is null when the title names only an end.
 */
import { fold } from "../../domain/text/fold.js";

export type PlanPeriod = { from: number | null; to: number };

const HORIZON = /(?:tam nhin|dinh huong|huong toi)(?:\s+(?:den|toi))?\s+(?:nam\s+)?\d{4}/g;
const CITED_DATE = /(?:ngay\s+\d{1,2}\s+)?thang\s+\d{1,2}\s+nam\s+\d{4}|\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,4}\s*\/\s*\d{4}\s*\/\s*[\p{L}]/gu;
const SPAN = /giai doan\s+(\d{4})\s*[-–]\s*(\d{4})|(?<!\d)(\d{4})\s*[-–]\s*(\d{4})(?!\d)/;
const UNTIL = /(?:den|toi)\s+(?:het\s+)?nam\s+(\d{4})/;
const YEAR = /\bnam\s+(\d{4})\b/;

export function titlePeriod(title: string): PlanPeriod | null {
  const folded = fold(title).replace(HORIZON, " ").replace(CITED_DATE, " ");
  const span = SPAN.exec(folded);
  if (span) return { from: Number(span[1] ?? span[3]), to: Number(span[2] ?? span[4]) };
  const until = UNTIL.exec(folded);
  if (until) return { from: null, to: Number(until[1]) };
  const year = YEAR.exec(folded);
  return year ? { from: Number(year[1]), to: Number(year[1]) } : null;
}
