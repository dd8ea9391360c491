import type { Lang } from "../types.js";

export const digestMessages = {
  vi: {
    title: (committee: string, date: string) => `TỔNG HỢP TUẦN — ${committee} (${date})`,
    leadersTitle: (committee: string, date: string) => `BÁO CÁO NHANH CHO LÃNH ĐẠO — ${committee} (${date})`,
    summary: (c: { week: number; month: number; overdue: number; updates: number; silent: number }) =>
      `Tuần này đến hạn: ${c.week} · Tháng này: ${c.month} · Quá hạn: ${c.overdue} · Cập nhật mới: ${c.updates} · Cơ quan chưa báo cáo: ${c.silent}`,
    dueWeek: "Đến hạn tuần này",
    dueMonth: "Đến hạn trong tháng",
    overdue: "Quá hạn, chưa có báo cáo",
    updates: "Cập nhật từ lần tổng hợp trước",
    silent: "Cơ quan có việc đến hạn mà chưa báo cáo",
    targets: "Chỉ tiêu",
    targetYear: (y: number, past: boolean) => `Năm ${y}${past ? " (đã qua)" : ""}`,
    verdict: { met: "đạt", at_risk: "có nguy cơ", off_track: "chưa đạt", no_data: "chưa có số liệu" },
    none: "Không có.",
    nextDue: "Việc đến hạn gần nhất sau đó",
    decisions: "Cần lãnh đạo quan tâm",
    blocked: "vướng mắc",
    moreItems: (n: number) => `… và ${n} mục nữa.`,
  },
  en: {
    title: (committee: string, date: string) => `WEEKLY DIGEST — ${committee} (${date})`,
    leadersTitle: (committee: string, date: string) => `LEADERS' BRIEF — ${committee} (${date})`,
    summary: (c: { week: number; month: number; overdue: number; updates: number; silent: number }) =>
      `Due this week: ${c.week} · This month: ${c.month} · Overdue: ${c.overdue} · New updates: ${c.updates} · Silent agencies: ${c.silent}`,
    dueWeek: "Due this week",
    dueMonth: "Due this month",
    overdue: "Overdue, not reported",
    updates: "Updates since the last digest",
    silent: "Agencies with duties due and no update",
    targets: "Targets",
    targetYear: (y: number, past: boolean) => `${y}${past ? " (past)" : ""}`,
    verdict: { met: "met", at_risk: "at risk", off_track: "off track", no_data: "no data" },
    none: "None.",
    nextDue: "The next thing due after that",
    decisions: "Needs a decision",
    blocked: "blocked",
    moreItems: (n: number) => `… and ${n} more.`,
  },
} satisfies Record<Lang, unknown>;
