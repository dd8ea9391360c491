/**
 * "/baocao [kỳ]": the draft periodic report as a Word file, for leaders and admins. "/baocao quý 3",
 * "/baocao 6 tháng", "/baocao năm 2025"; without a period, the year so far. The files are made on Node
 * (injected); where they cannot be (the Worker) the reply says where to get them.
 */
import { foldKey } from "../../domain/text/fold.js";
import { parsePeriod } from "../../domain/periods.js";
import type { IsoDate } from "../../domain/dates.js";
import type { People } from "../../db/repos/people.js";
import { committeesFor } from "../progress/answers.js";
import type { Lang, Reply } from "../types.js";
import type { Actor } from "../work/actor.js";
import type { ReportRange } from "./data.js";

export type MakeReport = (committeeId: string, range: Partial<ReportRange>, today: IsoDate) => Promise<{ name: string; bytes: Uint8Array; mime: string }>;

const say = {
  vi: {
    leadersOnly: "Báo cáo định kỳ dành cho lãnh đạo và thư ký Ban chỉ đạo.",
    pick: "Bạn chọn Ban chỉ đạo:",
    unavailable: "Ở đây chưa tạo được tệp Word. Bạn tải báo cáo trên bảng điều khiển (/bang-dieu-khien) nhé.",
    period: (p: string) => `Không hiểu kỳ "${p}". Ví dụ: /baocao quý 3, /baocao 6 tháng đầu năm, /baocao năm 2025.`,
    caption: (committee: string, from: string, to: string) => `Dự thảo báo cáo kết quả thực hiện — ${committee} (${from} – ${to}). Thư ký bổ sung số, ngày và phần đề xuất.`,
  },
  en: {
    leadersOnly: "The periodic report is for the committee's leaders and secretariat.",
    pick: "Pick the committee:",
    unavailable: "Word files cannot be made here. Download the report from the dashboard (/bang-dieu-khien).",
    period: (p: string) => `I did not understand the period "${p}". E.g. /report quý 3, /report 6 tháng, /report năm 2025.`,
    caption: (committee: string, from: string, to: string) => `Draft implementation report — ${committee} (${from} – ${to}). The secretariat adds the number, date and proposals.`,
  },
};

/** "6 tháng đầu năm" / "6 tháng": January to June; "9 tháng": January to September; else what periods.ts reads. */
export function reportRange(args: string, today: IsoDate): Partial<ReportRange> | null {
  const folded = foldKey(args.replace(/#ban:\S+/, ""));
  if (!folded) return {};
  const year = Number(/\b(20\d\d)\b/.exec(folded)?.[1] ?? today.slice(0, 4));
  const months = /\b(6|9) thang\b/.exec(folded)?.[1];
  if (months) return { from: `${year}-01-01`, to: `${year}-${months === "6" ? "06-30" : "09-30"}` };
  const period = parsePeriod(folded, today);
  return period ? { from: period.start, to: period.end } : null;
}

export function createReportCommand(deps: { people: People; make?: MakeReport }) {
  return async function report(lang: Lang, actor: Actor, args: string, scope: string | undefined, today: IsoDate): Promise<Reply[]> {
    const s = say[lang];
    const picked = /#ban:(\S+)/.exec(args)?.[1];
    const committees = (await committeesFor(deps.people, actor, scope)).filter((c) => !picked || c.id === picked);
    if (committees.length === 0) return [{ text: s.leadersOnly }];
    const range = reportRange(args, today);
    if (!range) return [{ text: s.period(args) }];
    if (committees.length > 1) return [{ text: s.pick, choices: committees.map((c) => ({ label: c.name, value: `/baocao #ban:${c.id} ${args.replace(/#ban:\S+/, "").trim()}`.trim() })) }];
    if (!deps.make) return [{ text: s.unavailable }];
    const committee = committees[0]!;
    const file = await deps.make(committee.id, range, today);
    const dates = /(\d{4}-\d{2}-\d{2})\.docx$/.exec(file.name)?.[1] ?? today;
    const show = (d: string) => d.split("-").reverse().join("/");
    return [{ text: s.caption(committee.name, show(range.from ?? `${today.slice(0, 4)}-01-01`), show(range.to ?? dates)), document: file }];
  };
}
