/**
 * The periodic report as files, on Node: the draft Word report from a template (the committee's own
 * templates/bao-cao-<committee>.docx when there is one, else templates/bao-cao-ket-qua.docx) filled by
 * docxtemplater, and an Excel workbook of tasks, targets and every update (write-excel-file).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import writeExcelFile from "write-excel-file/node";
import { todayIn, type IsoDate } from "../domain/dates.js";
import type { AnswerQueries } from "../db/repos/answer-queries.js";
import type { PlanQueries } from "../db/repos/plan-queries.js";
import type { ProgressLatest } from "../db/repos/progress-latest.js";
import { reportData, type ReportRange } from "../core/report/data.js";
import { buildSnapshot } from "../core/progress/snapshot.js";
import { pm } from "../core/progress/messages.js";
import { targetFigure } from "../core/answers/target-format.js";
import { wm } from "../core/work/messages.js";

export type ReportFile = { name: string; bytes: Uint8Array; mime: string };
export type ReportDeps = { answers: AnswerQueries; planQueries: PlanQueries; latest: ProgressLatest; templatesDir?: string };

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function createReportMaker(deps: ReportDeps) {
  const dir = deps.templatesDir ?? "templates";

  async function committeeOf(committeeId: string) {
    const plans = await deps.planQueries.listPlans(committeeId);
    return { plans, name: plans[0]?.committeeName ?? committeeId };
  }

  /** The range asked for, else the year so far. */
  const rangeOf = (range: Partial<ReportRange>, today: IsoDate): ReportRange => ({ from: range.from ?? `${today.slice(0, 4)}-01-01`, to: range.to ?? today });

  async function snapshot(committeeId: string, range: Partial<ReportRange>, today: IsoDate) {
    const { plans, name } = await committeeOf(committeeId);
    const r = rangeOf(range, today);
    return { s: await buildSnapshot(deps, { committeeId, committeeName: name, today: r.to, from: r.from, to: r.to, plans }), range: r };
  }

  async function template(committeeId: string): Promise<Buffer> {
    const own = join(dir, `bao-cao-${committeeId.replace(/[^a-z0-9-]/gi, "")}.docx`);
    return readFile(own).catch(() => readFile(join(dir, "bao-cao-ket-qua.docx")));
  }

  async function docx(committeeId: string, range: Partial<ReportRange> = {}, today = todayIn("Asia/Ho_Chi_Minh", new Date())): Promise<ReportFile> {
    const { s, range: r } = await snapshot(committeeId, range, today);
    const doc = new Docxtemplater(new PizZip(await template(committeeId)), { paragraphLoop: true, linebreaks: true, nullGetter: () => "" });
    doc.render(reportData(s, r));
    const bytes = doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
    return { name: `bao-cao-${committeeId}-${r.to}.docx`, bytes, mime: DOCX_MIME };
  }

  async function xlsx(committeeId: string, range: Partial<ReportRange> = {}, today = todayIn("Asia/Ho_Chi_Minh", new Date())): Promise<ReportFile> {
    const { s, range: r } = await snapshot(committeeId, range, today);
    const status = wm("vi").status;
    const m = pm("vi");
    const head = (cells: string[]) => cells.map((value) => ({ value, fontWeight: "bold" as const }));
    const byTask = new Map<number, (typeof s.reports)[number]>();
    for (const row of s.reports) if (row.taskId !== null && !byTask.has(row.taskId)) byTask.set(row.taskId, row);
    const taskRows = s.plans.flatMap((p) => {
      const seen = new Set<number>();
      return p.agencies.flatMap((a) => a.duties.map((d) => ({ d, a }))).filter(({ d }) => (seen.has(d.taskId) ? false : (seen.add(d.taskId), true))).map(({ d }) => {
        const lead = p.agencies.filter((a) => a.duties.some((x) => x.taskId === d.taskId && x.role === "lead")).map((a) => a.name).join(", ");
        const rep = byTask.get(d.taskId);
        return [p.label, d.taskRef, d.taskTitle, lead, rep?.status ? status[rep.status] : "chưa có báo cáo", rep?.agency ?? "", rep ? rep.createdAt.slice(0, 10) : "", rep?.note ?? ""];
      });
    });
    const planOf = new Map(s.plans.map((p) => [p.id, p.label]));
    const updates = (await deps.latest.updates(committeeId, r)).map((u) => [
      u.createdAt.slice(0, 19).replace("T", " "), u.agency ?? "", u.reporter ?? "", u.taskRef ?? u.indicator ?? "", u.status ? status[u.status] : "", u.value ?? "", u.unit ?? "", u.note ?? "", u.period ?? "", u.supersedes ? `sửa #${u.supersedes}` : "", u.id,
    ]);
    const bytes = await writeExcelFile([
      { sheet: "Nhiệm vụ", data: [head(["Kế hoạch", "Mục", "Nhiệm vụ", "Chủ trì", "Tình trạng", "Cơ quan báo cáo", "Ngày", "Ghi chú"]), ...taskRows], stickyRowsCount: 1 },
      { sheet: "Chỉ tiêu", data: [head(["Kế hoạch", "Chỉ tiêu", "Kế hoạch đặt", "Năm", "Giá trị mới nhất", "Đơn vị", "Ngày", "Đánh giá"]), ...s.targets.map((t) => [planOf.get(t.planId) ?? "", t.indicator, targetFigure(t, "vi"), t.year ?? "", t.latest ?? "", t.unit, t.latestAt?.slice(0, 10) ?? "", m.verdict[t.verdict]])], stickyRowsCount: 1 },
      { sheet: "Cập nhật", data: [head(["Thời điểm (UTC)", "Cơ quan", "Người báo cáo", "Về", "Tình trạng", "Giá trị", "Đơn vị", "Ghi chú", "Kỳ", "Sửa", "Mã"]), ...updates], stickyRowsCount: 1 },
    ] as never).toBuffer();
    return { name: `bao-cao-${committeeId}-${r.to}.xlsx`, bytes: new Uint8Array(bytes), mime: XLSX_MIME };
  }

  return { docx, xlsx };
}

export type ReportMaker = ReturnType<typeof createReportMaker>;
