/**
 * The import report a secretary sees after sending a plan: what was read (counts) and what to check
 * (the importer's warnings, in Vietnamese, and whether the text was restored from a scan).
 */
import { planWarnings } from "../report.js";
import type { ParsedPlan } from "../types.js";
import type { PlanChanges } from "./changes.js";

export type ImportReport = {
  counts: { sections: number; tasks: number; assignments: number; targets: number; deadlines: number };
  warnings: string[];
};

export function importReport(parsed: ParsedPlan, restored = false): ImportReport {
  const counts = {
    sections: parsed.sections.length, tasks: parsed.tasks.length, assignments: parsed.assignments.length,
    targets: parsed.targets.length, deadlines: parsed.deadlines.length,
  };
  // The importer's own list of what looks missing (ingest/report.ts), as a sentence each.
  const found = (parsed.warnings ?? planWarnings(parsed)).map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}.`);
  if (restored) found.push("Văn bản là bản quét (OCR): dấu tiếng Việt đã được khôi phục, nên kiểm tra lại.");
  return { counts, warnings: found };
}

export function reportLines(report: ImportReport): string[] {
  const c = report.counts;
  return [
    `Đọc được: ${c.tasks} nhiệm vụ, ${c.assignments} phân công, ${c.targets} chỉ tiêu, ${c.deadlines} thời hạn (${c.sections} phần).`,
    ...report.warnings.map((w) => `⚠ ${w}`),
  ];
}

/** What a new version changed and what became of the hand corrections (the chat reply and `plans import`). */
export function changeLines(stored: { changes: PlanChanges | null; kept: number; dropped: number }): string[] {
  const lines: string[] = [];
  if (stored.changes?.lines.length) lines.push("Thay đổi so với bản trước:", ...stored.changes.lines);
  if (stored.kept) lines.push(`Giữ ${stored.kept} chỗ đã sửa tay.`);
  if (stored.dropped) lines.push(`${stored.dropped} chỗ sửa tay không còn áp dụng (văn bản mới đã đổi mục đó).`);
  return lines;
}
