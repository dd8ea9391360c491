/**
 * Plan text → ParsedPlan. Every rule matches folded text (see
 * domain/text/fold) and slices the original at the same offsets, so clean,
 * OCR'd and restored text are read alike and shown as written.
 */
import { foldKey } from "../domain/text/fold.js";
import { readAssignments } from "./parse/assignments.js";
import { splitClauses, type Clause } from "./parse/clauses.js";
import { readDeadlines } from "./parse/deadlines.js";
import { readMeta, splitFront } from "./parse/header.js";
import { joinLines, planLines, type Line } from "./parse/lines.js";
import { readAppendixTables } from "./parse/appendix.js";
import { readOutline, subItems } from "./parse/outline.js";
import { readTargets } from "./parse/targets.js";
import { planEndYear } from "./parse/targets/year.js";
import { planWarnings } from "./report.js";
import { PlanParseError, type Assignment, type Deadline, type ParsedPlan, type Target, type Task } from "./types.js";

/** Far above any real plan (tens of thousands of characters). */
export const MAX_PLAN_CHARS = 2_000_000;

function taskTitle(text: string): string {
  const firstParagraph = text.split("\n")[0] ?? text;
  const cut = /[.:;](?:\s|$)/.exec(firstParagraph);
  let title = (cut ? firstParagraph.slice(0, cut.index) : firstParagraph).trim();
  if (title.length > 140) title = `${title.slice(0, 137).replace(/\s+\S*$/, "")}…`;
  return title;
}

/** An item whose first line is its heading ("1. Phòng Y tế" / a bold title) keeps that line apart from its body. */
function itemText(lines: Line[]): string {
  const first = lines[0]!.text.replace(/^\d{1,2}(?:\.\d{1,2})*\s*[.)]?\s*|^[a-hđ]\s*[.)]\s*|^\(\d{1,2}\)\s*/u, "");
  return joinLines([{ ...lines[0]!, text: first }, ...lines.slice(1)]);
}

function refuse(text: string): void {
  if (text.trim() === "") throw new PlanParseError("Văn bản trống: không có nội dung kế hoạch để đọc.");
  if (text.length > MAX_PLAN_CHARS) throw new PlanParseError(`Văn bản quá dài (${text.length.toLocaleString("vi-VN")} ký tự); một kế hoạch thường dưới 200.000 ký tự.`);
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) throw new PlanParseError("Đây là tệp nhị phân, không phải văn bản kế hoạch.");
}

export function parsePlan(text: string): ParsedPlan {
  refuse(text);
  const lines = planLines(text);
  const { parts, firstHeading, end } = readOutline(lines);
  const folded = foldKey(lines.slice(0, Math.min(lines.length, 60)).map((l) => l.text).join(" "));
  if (parts.length === 0 || !/\bke hoach\b/.test(folded)) {
    throw new PlanParseError("Văn bản này không giống một kế hoạch: cần có chữ \"Kế hoạch\" và các phần đánh số La Mã (I, II, III…).");
  }

  const plan = readMeta(splitFront(lines, firstHeading, end));
  const yearlyPlan = plan.period && plan.period.from === plan.period.to ? plan.period.to : null;

  const endYear = planEndYear(plan);
  const sections = parts.map((p) => ({ ref: p.ref, heading: p.heading, body: joinLines(p.lines) }));
  const tasks: Task[] = [];
  const targets: Target[] = [];
  const assignments: Assignment[] = [];
  const deadlines: Deadline[] = [];

  for (const part of parts) {
    const units: Array<{ ref: string | null; text: string }> = part.isTaskPart
      ? part.items.length
        ? part.items.flatMap((item) => {
            const subs = subItems(part, item);
            return (subs.length ? subs : [item]).map((unit) => ({ ref: unit.ref, text: itemText(unit.lines) }));
          })
        : [{ ref: part.ref, text: joinLines(part.lines) }]
      : [{ ref: null, text: joinLines(part.lines) }];
    if (part.isTaskPart && part.items.length && part.intro.some((l) => l.text !== "")) {
      units.unshift({ ref: null, text: joinLines(part.intro) });
    }
    for (const unit of units) {
      if (!unit.text.trim()) continue;
      const clauses = splitClauses(unit.text);
      const headings = unit.ref && part.items.length ? [part.heading, taskTitle(unit.text)] : [part.heading];
      targets.push(...readTargets(unit.text, { section: part.ref, headings, endYear, issuedYear: plan.issuedOn ? Number(plan.issuedOn.slice(0, 4)) : null }));
      let agencyOf = (_: Clause): string | null => null;
      if (unit.ref) {
        const title = part.items.length ? taskTitle(unit.text) : part.heading;
        tasks.push({ ref: unit.ref, section: part.ref, title, text: unit.text });
        const byClause = readAssignments(clauses, unit.ref, assignments, title);
        // A task's deadline is its lead agency's, when it has one.
        const lead = assignments.find((a) => a.ref === unit.ref && a.role === "lead")?.agency;
        agencyOf = (c) => lead ?? byClause.get(c)?.[0] ?? null;
      }
      deadlines.push(...readDeadlines(clauses, unit.ref ?? part.ref, agencyOf, yearlyPlan, plan.issuedOn));
    }
  }

  // "Trên đây là Kế hoạch … Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo …": the closing sets deadlines
  // too; they are cited under the last part, which the closing sums up.
  if (plan.closing) {
    const last = parts[parts.length - 1]!;
    deadlines.push(...readDeadlines(splitClauses(plan.closing), last.ref, () => null, yearlyPlan, plan.issuedOn).filter((d) => d.kind !== "event"));
  }

  // Appendix tables after the signature: one task per row, read by the same rules.
  for (const appendix of readAppendixTables(lines.slice(end))) {
    sections.push({ ref: appendix.ref, heading: appendix.heading, body: appendix.units.map((u) => u.text).join("\n") });
    for (const unit of appendix.units) {
      const clauses = splitClauses(unit.text);
      tasks.push({ ref: unit.ref, section: appendix.ref, title: unit.title, text: unit.text });
      const byClause = readAssignments(clauses, unit.ref, assignments, unit.title);
      const lead = assignments.find((a) => a.ref === unit.ref && a.role === "lead")?.agency;
      deadlines.push(...readDeadlines(clauses, unit.ref, (c) => lead ?? byClause.get(c)?.[0] ?? null, yearlyPlan, plan.issuedOn));
    }
  }

  const seen = new Set<string>();
  const uniqueTargets = targets.filter((t) => {
    const key = `${foldKey(t.indicator)}|${t.year}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const parsed = { plan, sections, tasks, targets: uniqueTargets, assignments, deadlines };
  return { ...parsed, warnings: planWarnings(parsed), text };
}
