/**
 * The import report a secretary sees after sending a plan: what was read (counts) and what to check
 * (warnings in Vietnamese). When the importer gives its own warnings they come first.
 */
import type { ParsedPlan } from "../types.js";

export type ImportReport = {
  counts: { sections: number; tasks: number; assignments: number; targets: number; deadlines: number };
  warnings: string[];
};

export function importReport(parsed: ParsedPlan, restored = false): ImportReport {
  const counts = {
    sections: parsed.sections.length, tasks: parsed.tasks.length, assignments: parsed.assignments.length,
    targets: parsed.targets.length, deadlines: parsed.deadlines.length,
  };
  const fromImporter = (parsed as { report?: { warnings?: unknown } }).report?.warnings;
  const warnings = Array.isArray(fromImporter) ? fromImporter.filter((w): w is string => typeof w === "string") : [];
  const own: string[] = [];
  if (!parsed.plan.docNumber) own.push("Không thấy số hiệu văn bản.");
  if (!parsed.plan.issuedOn) own.push("Không thấy ngày ban hành.");
  if (counts.tasks === 0) own.push("Không đọc được nhiệm vụ nào.");
  if (counts.tasks > 0 && counts.assignments === 0) own.push("Không đọc được phân công cơ quan nào.");
  if (restored) own.push("Văn bản là bản quét (OCR): dấu tiếng Việt đã được khôi phục, nên kiểm tra lại.");
  return { counts, warnings: [...warnings, ...own.filter((w) => !warnings.includes(w))] };
}

export function reportLines(report: ImportReport): string[] {
  const c = report.counts;
  return [
    `Đọc được: ${c.tasks} nhiệm vụ, ${c.assignments} phân công, ${c.targets} chỉ tiêu, ${c.deadlines} thời hạn (${c.sections} phần).`,
    ...report.warnings.map((w) => `⚠ ${w}`),
  ];
}
