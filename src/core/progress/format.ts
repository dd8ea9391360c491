/** Progress as chat text: short lines a leader reads on a phone, lists capped with "… and N more". */
import { formatVi } from "../../domain/dates.js";
import type { UpdateRow } from "../../db/repos/progress-latest.js";
import { shorten } from "../answers/plans.js";
import { targetFigure } from "../answers/target-format.js";
import type { Lang } from "../types.js";
import { wm } from "../work/messages.js";
import { pm } from "./messages.js";
import type { AgencyProgress, PlanProgress, Snapshot, TargetProgress } from "./snapshot.js";
import { VERDICTS, type Verdict } from "./verdict.js";

export const LIST_CAP = 12;

export const dayOf = (iso: string) => formatVi(iso.slice(0, 10));
export const numberText = (x: number) => String(Math.round(x * 100) / 100).replace(".", ",");

/** "5,2%", "120 xã": a reported value with its target's unit. */
export function valueText(value: number, unit: string): string {
  return unit === "%" || unit === "‰" || unit.startsWith("/") ? `${numberText(value)}${unit}` : `${numberText(value)} ${unit}`;
}

export function capped(lines: string[], lang: Lang, cap = LIST_CAP): string[] {
  return lines.length > cap ? [...lines.slice(0, cap), pm(lang).andMore(lines.length - cap)] : lines;
}

export function verdictCounts(targets: TargetProgress[]): Record<Verdict, number> {
  const counts = { met: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const t of targets) counts[t.verdict]++;
  return counts;
}

export function targetCountsText(targets: TargetProgress[], lang: Lang): string {
  const counts = verdictCounts(targets);
  return pm(lang).targetCounts(VERDICTS.map((v) => `${counts[v]} ${pm(lang).verdict[v]}`).join(", "));
}

export function agencyCountsText(agencies: AgencyProgress[], lang: Lang): string {
  const count = (s: AgencyProgress["state"]) => agencies.filter((a) => a.state === s).length;
  return pm(lang).agencyCounts(count("reported"), count("not_reported"), count("overdue"));
}

/** "VI.4 hoàn thành", "Tỷ lệ …: 5,2%": what one standing report says. */
export function reportWhat(r: UpdateRow, lang: Lang): string {
  if (r.taskId !== null) return `${r.taskRef ?? ""}${r.status ? ` ${wm(lang).status[r.status]}` : ""}`.trim();
  return `${shorten(r.indicator ?? "", 50)}: ${r.value !== null ? valueText(r.value, r.unit ?? "") : ""}`;
}

export function reportedLine(a: AgencyProgress, lang: Lang): string {
  const latest = a.reports[0];
  return latest ? `${a.name} — ${pm(lang).lastReport(reportWhat(latest, lang), dayOf(latest.createdAt))}` : a.name;
}

export function overdueLine(a: AgencyProgress, lang: Lang): string {
  const o = a.overdue[0];
  return o ? `${a.name} — ${pm(lang).overdueItem(shorten(o.deadline.what, 70), formatVi(o.date))}${a.overdue.length > 1 ? ` (+${a.overdue.length - 1})` : ""}` : a.name;
}

export function targetLine(t: TargetProgress, lang: Lang): string {
  return pm(lang).targetLine(shorten(t.indicator, 80), targetFigure(t, lang), t.latest !== null ? valueText(t.latest, t.unit) : null, pm(lang).verdict[t.verdict]);
}

export const bullets = (lines: string[]) => lines.map((l) => `• ${l}`);

/** A list with its heading and count, or nothing when it is empty. */
export function listBlock(heading: string, lines: string[], lang: Lang, cap = LIST_CAP): string[] {
  return lines.length ? [`${heading} (${lines.length}):`, ...bullets(capped(lines, lang, cap))] : [];
}

/** Plan lines, agency and target counts: the head of every overview. */
export function overviewHead(s: Snapshot, plans: PlanProgress[], lang: Lang): string[] {
  const agencies = plans.length === 1 ? plans[0]!.agencies : s.agencies;
  const targets = plans.length === 1 ? plans[0]!.targets : s.targets;
  return [
    ...bullets(plans.map((p) => pm(lang).planLine(p.label, p.tasks, p.reportedTasks, p.done, p.blocked))),
    agencyCountsText(agencies, lang),
    targets.length ? targetCountsText(targets, lang) : pm(lang).noTargets,
  ];
}
