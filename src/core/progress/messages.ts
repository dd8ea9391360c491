import type { Lang } from "../types.js";
import type { AgencyState } from "./snapshot.js";
import type { Verdict } from "./verdict.js";

const n = (x: number) => String(x);

/** What the bot says about progress, in both languages. */
export const progressMessages = {
  vi: {
    verdict: { met: "đạt", at_risk: "có nguy cơ không đạt", off_track: "chưa đạt", no_data: "chưa có số liệu" } satisfies Record<Verdict, string>,
    state: { reported: "đã báo cáo", not_reported: "chưa báo cáo", overdue: "quá hạn" } satisfies Record<AgencyState, string>,
    title: (committee: string, today: string, from: string) => `TIẾN ĐỘ — ${committee} (đến ${today}; tính báo cáo từ ${from})`,
    planLine: (label: string, tasks: number, reported: number, done: number, blocked: number) =>
      `${label}: ${n(reported)}/${n(tasks)} nhiệm vụ có báo cáo (${n(done)} hoàn thành${blocked ? `, ${n(blocked)} vướng mắc` : ""})`,
    agencyCounts: (reported: number, notReported: number, overdue: number) => `Cơ quan: ${n(reported)} đã báo cáo, ${n(notReported)} chưa báo cáo${overdue ? `, ${n(overdue)} quá hạn` : ""}`,
    targetCounts: (parts: string) => `Chỉ tiêu: ${parts}`,
    reportedList: "Đã báo cáo",
    notReportedList: "Chưa báo cáo",
    overdueList: "Quá hạn báo cáo",
    riskList: "Chỉ tiêu cần chú ý",
    blockedList: "Vướng mắc",
    andMore: (k: number) => `… và ${n(k)} nữa`,
    noneReported: "Chưa cơ quan nào báo cáo.",
    allReported: "Cơ quan nào có nhiệm vụ cũng đã báo cáo.",
    noneOverdue: "Không cơ quan nào quá hạn báo cáo.",
    noTargets: "Các kế hoạch không đặt chỉ tiêu số.",
    noRisk: (noData: number) => `Không chỉ tiêu nào có nguy cơ hay chưa đạt theo số liệu đã báo cáo${noData ? ` (${n(noData)} chỉ tiêu chưa có số liệu)` : ""}.`,
    targetLine: (indicator: string, figure: string, latest: string | null, verdict: string) => `${indicator}: kế hoạch ${figure}${latest ? `, mới nhất ${latest}` : ""} → ${verdict}`,
    lastReport: (what: string, date: string) => `${what} (${date})`,
    overdueItem: (what: string, date: string) => `hạn ${date}: ${what}`,
    leadersOnly: "Tiến độ chung chỉ dành cho lãnh đạo và thư ký Ban chỉ đạo. Nếu bạn là đầu mối, hỏi \"tôi cần báo cáo gì?\".",
    noPlan: (num: string) => `Không có kế hoạch số ${num} trong các kế hoạch bạn theo dõi.`,
    notFocal: "Bạn chưa là đầu mối của cơ quan nào nên chưa có việc phải báo cáo. Thư ký Ban chỉ đạo gửi đường dẫn mời khi cần.",
    mineTitle: (agency: string) => `Việc ${agency} cần báo cáo`,
    mineOpen: (k: number, total: number) => `${n(k)}/${n(total)} nhiệm vụ chưa hoàn thành:`,
    mineAllDone: (total: number) => `Cả ${n(total)} nhiệm vụ đã báo cáo hoàn thành.`,
    mineNoReport: "chưa báo cáo",
    mineNext: "Hạn sắp tới:",
    mineNoNext: "Không có hạn báo cáo nào trong 90 ngày tới.",
    mineOverdue: "Đã quá hạn:",
    mineHow: "Báo cáo: /capnhat (nhiệm vụ), /chitieu (chỉ tiêu).",
  },
  en: {
    verdict: { met: "on track", at_risk: "at risk", off_track: "off track", no_data: "no data" } satisfies Record<Verdict, string>,
    state: { reported: "reported", not_reported: "not reported", overdue: "overdue" } satisfies Record<AgencyState, string>,
    title: (committee: string, today: string, from: string) => `PROGRESS — ${committee} (as of ${today}; reports since ${from})`,
    planLine: (label: string, tasks: number, reported: number, done: number, blocked: number) =>
      `${label}: ${n(reported)}/${n(tasks)} tasks reported (${n(done)} done${blocked ? `, ${n(blocked)} blocked` : ""})`,
    agencyCounts: (reported: number, notReported: number, overdue: number) => `Agencies: ${n(reported)} reported, ${n(notReported)} not reported${overdue ? `, ${n(overdue)} overdue` : ""}`,
    targetCounts: (parts: string) => `Targets: ${parts}`,
    reportedList: "Reported",
    notReportedList: "Not reported",
    overdueList: "Overdue",
    riskList: "Targets needing attention",
    blockedList: "Blocked",
    andMore: (k: number) => `… and ${n(k)} more`,
    noneReported: "No agency has reported yet.",
    allReported: "Every agency with a duty has reported.",
    noneOverdue: "No agency is overdue.",
    noTargets: "The plans set no numeric targets.",
    noRisk: (noData: number) => `No target is at risk or off track on the values reported${noData ? ` (${n(noData)} targets have no data yet)` : ""}.`,
    targetLine: (indicator: string, figure: string, latest: string | null, verdict: string) => `${indicator}: plan ${figure}${latest ? `, latest ${latest}` : ""} → ${verdict}`,
    lastReport: (what: string, date: string) => `${what} (${date})`,
    overdueItem: (what: string, date: string) => `due ${date}: ${what}`,
    leadersOnly: "Overall progress is for the committee's leaders and secretariat. If you are a focal point, ask \"what do I need to report?\".",
    noPlan: (num: string) => `There is no plan number ${num} among the plans you follow.`,
    notFocal: "You are not an agency's focal point, so you have nothing to report. The secretariat sends an invite link when needed.",
    mineTitle: (agency: string) => `What ${agency} needs to report`,
    mineOpen: (k: number, total: number) => `${n(k)} of ${n(total)} tasks not done yet:`,
    mineAllDone: (total: number) => `All ${n(total)} tasks reported done.`,
    mineNoReport: "not reported",
    mineNext: "Next deadlines:",
    mineNoNext: "No reporting deadline in the next 90 days.",
    mineOverdue: "Already overdue:",
    mineHow: "To report: /update (a task), /target (a target).",
  },
} satisfies Record<Lang, unknown>;

export function pm(lang: Lang) {
  return progressMessages[lang];
}
