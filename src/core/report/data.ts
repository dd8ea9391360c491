/**
 * What the periodic report says, from the same snapshot as the chat and the dashboard: header
 * placeholders for the secretary (issuer, number, date), the state of implementation, results by task and
 * by agency, targets with values and status, difficulties from "vướng mắc" reports, proposals left blank.
 */
import { formatVi, type IsoDate } from "../../domain/dates.js";
import { targetFigure } from "../answers/target-format.js";
import { dayOf, valueText, verdictCounts } from "../progress/format.js";
import { pm } from "../progress/messages.js";
import type { Snapshot } from "../progress/snapshot.js";
import { wm } from "../work/messages.js";

export type ReportRange = { from: IsoDate; to: IsoDate };

export function reportData(s: Snapshot, range: ReportRange) {
  const m = pm("vi");
  const status = wm("vi").status;
  const counts = verdictCounts(s.targets);
  const tasks = s.plans.reduce((n, p) => n + p.tasks, 0);
  const reported = s.plans.reduce((n, p) => n + p.reportedTasks, 0);
  const done = s.plans.reduce((n, p) => n + p.done, 0);
  const of = (state: string) => s.agencies.filter((a) => a.state === state);
  const byTask = new Map<number, (typeof s.reports)[number]>();
  for (const r of s.reports) if (r.taskId !== null && !byTask.has(r.taskId)) byTask.set(r.taskId, r);
  return {
    issuer: "[CƠ QUAN BAN HÀNH]",
    number: "…/BC-…",
    place: "[Địa danh]",
    dateLine: "ngày … tháng … năm …",
    committee: s.committeeName,
    plansTitle: s.plans.length === 1 ? `${s.plans[0]!.label}` : `${s.plans.length} kế hoạch`,
    period: `từ ${formatVi(range.from)} đến ${formatVi(range.to)}`,
    overview: `${s.committeeName} theo dõi ${s.plans.length} kế hoạch với ${tasks} nhiệm vụ; trong kỳ ${reported} nhiệm vụ có báo cáo, trong đó ${done} nhiệm vụ đã hoàn thành. ${s.targets.length ? `Về chỉ tiêu: ${counts.met} đạt, ${counts.at_risk} có nguy cơ không đạt, ${counts.off_track} chưa đạt, ${counts.no_data} chưa có số liệu.` : ""}`.trim(),
    agencyOverview: `Có ${s.agencies.length} cơ quan, đơn vị được giao nhiệm vụ: ${of("reported").length} đã báo cáo, ${of("not_reported").length} chưa báo cáo, ${of("overdue").length} quá hạn báo cáo.${of("not_reported").length + of("overdue").length ? ` Chưa báo cáo: ${[...of("overdue"), ...of("not_reported")].map((a) => a.name).join(", ")}.` : ""}`,
    plans: s.plans.map((p) => {
      const taskRows = new Map<number, { ref: string; title: string }>();
      for (const a of p.agencies) for (const d of a.duties) if (!taskRows.has(d.taskId)) taskRows.set(d.taskId, { ref: d.taskRef, title: d.taskTitle });
      return {
        label: p.label,
        title: p.title,
        tasks: [...taskRows].map(([id, t]) => {
          const r = byTask.get(id);
          return { ref: t.ref, title: t.title, status: r?.status ? `${status[r.status]} (${r.agency ?? ""}, ${dayOf(r.createdAt)})` : "chưa có báo cáo", note: r?.note ? ` — ${r.note}` : "" };
        }),
      };
    }),
    agencies: s.agencies.map((a) => ({
      name: a.name,
      state: m.state[a.state],
      summary: `${a.duties.length} nhiệm vụ; ${a.reports.filter((r) => r.taskId !== null).length} nhiệm vụ có báo cáo${a.overdue.length ? `; quá hạn: ${a.overdue.map((o) => `${o.deadline.what.slice(0, 80)} (hạn ${formatVi(o.date)})`).slice(0, 2).join("; ")}` : ""}.`,
    })),
    targets: s.targets.map((t) => ({
      indicator: t.indicator,
      plan: `${targetFigure(t, "vi")}${t.year ? ` (năm ${t.year})` : ""}`,
      latest: t.latest !== null ? `${valueText(t.latest, t.unit)} (${dayOf(t.latestAt!)})` : "chưa có số liệu",
      verdict: m.verdict[t.verdict],
    })),
    difficulties: s.blocked.map((r) => ({ agency: r.agency ?? "", task: r.taskRef ?? "", note: r.note ?? "vướng mắc (chưa ghi rõ)" })),
    proposals: "[Thư ký Ban chỉ đạo bổ sung đề xuất, kiến nghị]",
    signerTitle: "[CHỨC DANH NGƯỜI KÝ]",
  };
}

export type ReportData = ReturnType<typeof reportData>;
