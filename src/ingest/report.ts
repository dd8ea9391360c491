/**
 * The import report: what was read from a plan and what looks missing, in
 * Vietnamese, so the secretary knows what to check before relying on it.
 * Printed by `plans import` / `plans parse`, carried as `warnings` in
 * `plans parse --json`.
 */
import { foldKey } from "../domain/text/fold.js";
import type { ParsedPlan } from "./types.js";

export type ImportReport = { counts: string; warnings: string[] };

export function planWarnings(parsed: Omit<ParsedPlan, "warnings">): string[] {
  const { plan, tasks, assignments, targets } = parsed;
  const warnings: string[] = [];
  if (!plan.docNumber) warnings.push("không thấy số văn bản");
  if (!plan.issuedOn) warnings.push("không thấy ngày ban hành");
  if (!plan.issuer) warnings.push("không thấy cơ quan ban hành");
  if (!plan.signer) warnings.push("không thấy người ký");
  if (tasks.length === 0) warnings.push("không thấy nhiệm vụ nào");
  const owned = new Set(assignments.filter((a) => a.role !== "support").map((a) => a.ref));
  // Objectives ("I. MỤC TIÊU") are items but nobody is given them.
  const objectives = new Set(parsed.sections.filter((s) => /^(?:muc tieu|chi tieu)/.test(foldKey(s.heading))).map((s) => s.ref));
  const orphans = tasks.filter((t) => !owned.has(t.ref) && !objectives.has(t.section)).length;
  if (orphans > 0) warnings.push(`${orphans} nhiệm vụ không có cơ quan chủ trì`);
  const yearless = targets.filter((t) => t.year === null).length;
  if (yearless > 0) warnings.push(`chỉ tiêu không rõ năm: ${yearless}`);
  return warnings;
}

export function importReport(parsed: ParsedPlan): ImportReport {
  const counts =
    `Phần: ${parsed.sections.length} · Nhiệm vụ: ${parsed.tasks.length} · Phân công: ${parsed.assignments.length} · ` +
    `Chỉ tiêu: ${parsed.targets.length} · Thời hạn: ${parsed.deadlines.length}`;
  return { counts, warnings: parsed.warnings ?? planWarnings(parsed) };
}

/** The report as lines for a terminal or a chat message. */
export function formatReport(report: ImportReport): string {
  const lines = [report.counts];
  if (report.warnings.length) lines.push(`Cần kiểm tra: ${report.warnings.join("; ")}.`);
  return lines.join("\n");
}
