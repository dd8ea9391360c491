import type { Lang } from "../types.js";

/** What the bot says about whose report counts, which period, and what a correction corrects. */
const messages = {
  vi: {
    supportPart: (agency: string, lead: string | null) =>
      `Đây là phần phối hợp của ${agency}${lead ? `; tình trạng chung của nhiệm vụ do ${lead} (chủ trì) báo cáo` : ""}.`,
    targetNotYours: (agency: string) => `Chỉ tiêu này do các cơ quan được giao nhiệm vụ trong kế hoạch báo cáo; ${agency} không có nhiệm vụ trong kế hoạch đó. Không ghi gì.`,
    pickPeriod: (indicator: string, targetYear: number, value: string) =>
      `Chỉ tiêu "${indicator}" đặt cho năm ${targetYear}. Giá trị ${value} là số liệu của kỳ nào?`,
    periodLabel: (year: string) => `Kỳ ${year}`,
    editTarget: (indicator: string, value: string, period: string | null) =>
      `Bạn đang sửa giá trị chỉ tiêu "${indicator}" (đã báo ${value}${period ? `, kỳ ${period}` : ""}). Gõ /sua <giá trị mới>, ví dụ: /sua ${value}`,
    editTask: (ref: string, status: string | null) => `Bạn đang sửa báo cáo nhiệm vụ ${ref}${status ? ` (${status})` : ""}. Gõ /sua <nội dung mới>, ví dụ: /sua xong: đã tổ chức 6 buổi`,
    editTargetValueMissing: (indicator: string) => `Bạn đang sửa chỉ tiêu "${indicator}": ghi giá trị mới, ví dụ: /sua 14,2%`,
    taskAmbiguous: (ref: string) => `Có nhiều nhiệm vụ số ${ref} trong các kế hoạch; bạn chọn một:`,
    moreTasks: (n: number) => `… và ${n} nhiệm vụ khác: gõ /capnhat <số mục>, ví dụ /capnhat II.3`,
  },
  en: {
    supportPart: (agency: string, lead: string | null) =>
      `This is ${agency}'s supporting part${lead ? `; the task's overall status is reported by ${lead} (lead)` : ""}.`,
    targetNotYours: (agency: string) => `This target is reported by the agencies with duties in its plan; ${agency} has none there. Nothing recorded.`,
    pickPeriod: (indicator: string, targetYear: number, value: string) => `"${indicator}" is a target for ${targetYear}. Which period is ${value} for?`,
    periodLabel: (year: string) => `Period ${year}`,
    editTarget: (indicator: string, value: string, period: string | null) =>
      `You are correcting the target "${indicator}" (reported ${value}${period ? `, period ${period}` : ""}). Send /edit <new value>, e.g. /edit ${value}`,
    editTask: (ref: string, status: string | null) => `You are correcting your report on task ${ref}${status ? ` (${status})` : ""}. Send /edit <new text>, e.g. /edit done: held 6 sessions`,
    editTargetValueMissing: (indicator: string) => `You are correcting "${indicator}": send the new value, e.g. /edit 14,2%`,
    taskAmbiguous: (ref: string) => `Several plans have a task ${ref}; pick one:`,
    moreTasks: (n: number) => `… and ${n} more tasks: send /update <item number>, e.g. /update II.3`,
  },
} satisfies Record<Lang, unknown>;

export function rm(lang: Lang) {
  return messages[lang];
}
