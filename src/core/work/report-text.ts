/**
 * Reading what a focal point types: a status in a few words ("xong", "đang
 * làm", "vướng mắc", "done"), a value with its unit ("14,2%", "3,1‰").
 */
import { fold, foldKey } from "../../domain/text/fold.js";
import type { TaskStatus } from "../../db/repos/progress-store.js";

const STATUS_WORDS: Array<[RegExp, TaskStatus]> = [
  [/^(?:da )?(?:xong|hoan thanh|done|finished|completed?)\b/, "done"],
  [/^(?:dang (?:thuc hien|lam|trien khai)|dang|in progress|doing|ongoing)\b/, "in_progress"],
  [/^(?:chua (?:bat dau|lam|thuc hien|trien khai)|chua|not started)\b/, "not_started"],
  [/^(?:vuong mac|vuong|kho khan|blocked|stuck)\b/, "blocked"],
];

/** "xong: đã tổ chức 5 buổi" → done + note; a note alone keeps status null. */
export function readStatusAndNote(text: string): { status: TaskStatus | null; note: string | null } {
  const trimmed = text.trim();
  const key = foldKey(trimmed);
  for (const [pattern, status] of STATUS_WORDS) {
    const m = pattern.exec(key);
    if (!m) continue;
    // Drop as many words from the original as the status phrase had.
    const words = m[0].split(" ").length;
    const rest = trimmed.split(/\s+/).slice(words).join(" ").replace(/^[:,.\-–\s]+/, "").trim();
    return { status, note: rest || null };
  }
  return { status: null, note: trimmed || null };
}

export function statusFromChoice(value: string): TaskStatus | null {
  const m = /^s:(not_started|in_progress|done|blocked)$/.exec(value);
  return m ? (m[1] as TaskStatus) : readStatusAndNote(value).status;
}

export type ReportedValue = { value: number; unit: string | null; raw: string; rest: string };

/** The value at the end of "/chitieu thấp còi 14,2%": Vietnamese decimals, optional unit. */
export function readValue(text: string): ReportedValue | null {
  const m = /(-?\d{1,3}(?:\.\d{3})+|-?\d+(?:[.,]\d+)?)\s*(%|‰|\/\s*100\.000(?:\s*\S+\s*\S*)?|\/\s*1\.000(?:\s*\S+)*)?\s*$/u.exec(text.trim());
  if (!m) return null;
  const raw = m[1]!;
  const value = /\.\d{3}(\D|$)/.test(raw) && !raw.includes(",") ? Number(raw.replace(/\./g, "")) : Number(raw.replace(",", "."));
  if (!Number.isFinite(value)) return null;
  const unit = m[2] ? m[2].replace(/\s+/g, " ").replace(/^\/ /, "/") : null;
  return { value, unit, raw, rest: text.trim().slice(0, m.index).trim() };
}

export function unitKind(unit: string): "%" | "‰" | "per100k" | "per1k" | "other" {
  const u = fold(unit).replace(/\s+/g, "");
  if (u.startsWith("%")) return "%";
  if (u.startsWith("‰")) return "‰";
  if (u.startsWith("/100.000")) return "per100k";
  if (u.startsWith("/1.000")) return "per1k";
  return "other";
}

/** Plausible range of a reported value by its unit. */
export function plausible(value: number, unit: string): boolean {
  const kind = unitKind(unit);
  const max = kind === "%" ? 100 : kind === "‰" || kind === "per1k" ? 1000 : kind === "per100k" ? 100_000 : Number.MAX_SAFE_INTEGER;
  return value >= 0 && value <= max;
}

export function meets(comparator: string, value: number, target: number): boolean {
  switch (comparator) {
    case "<": return value < target;
    case "<=": return value <= target;
    case ">": return value > target;
    case ">=": return value >= target;
    default: return value === target;
  }
}

export function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000).replace(".", ",");
}

/** "0,8%", "3,1‰", "550/100.000 trẻ", "12 xã": a value is never shown without its unit. */
export function valueWithUnit(value: number, unit: string | null | undefined): string {
  if (!unit) return formatNumber(value);
  return `${formatNumber(value)}${unit.startsWith("/") || unit.length <= 1 ? unit : ` ${unit}`}`;
}
