import type { Lang } from "../types.js";

/** Every sentence the bot says, in both languages; answers format data into these. */
export const messages = {
  vi: {
    help: [
      "Tôi trả lời câu hỏi về các kế hoạch thực hiện. Ví dụ:",
      "• \"tháng này có gì đến hạn?\", \"quý 4\", \"việc nào quá hạn?\"",
      "• \"chỉ tiêu suy dinh dưỡng năm 2025\"",
      "• \"Phòng Y tế được giao gì?\", \"ai chủ trì tuyên truyền?\"",
      "• \"kế hoạch\" (danh sách), \"kế hoạch 273\" (thông tin một kế hoạch)",
      "• hoặc gõ vài từ để tìm trong các kế hoạch, ví dụ \"đuối nước\"",
      "Gõ có dấu hay không dấu đều được; danh sách dài thì gõ \"thêm\" để xem tiếp.",
    ].join("\n"),
    empty: "Bạn muốn hỏi gì? Gõ \"trợ giúp\" để xem ví dụ.",
    tooLong: (max: number) => `Tin nhắn dài quá (tối đa ${max} ký tự). Bạn hãy hỏi ngắn gọn hơn.`,
    noPlans: "Chưa có kế hoạch nào trong hệ thống.",
    plansHeader: (n: number) => `Có ${n} kế hoạch:`,
    planNotFound: (ref: string) => `Không tìm thấy kế hoạch "${ref}". Gõ "kế hoạch" để xem danh sách.`,
    planLine: {
      number: "Số", issued: "Ngày ban hành", issuer: "Cơ quan ban hành", implements: "Thực hiện",
      signer: "Người ký", sections: "Các phần", tasks: "nhiệm vụ", targets: "chỉ tiêu", noNumber: "chưa ghi số",
    },
    searchHeader: (q: string, n: number) => `Kết quả cho "${q}" (${n}):`,
    searchPartialHeader: (q: string, n: number) => `Không đoạn nào có đủ các từ "${q}". Các đoạn có một phần (${n}):`,
    noMatch: (q: string) => `Không tìm thấy nội dung nào khớp với "${q}".`,
    nearest: "Có thể bạn cần:",
    more: (n: number) => `Còn ${n} mục — gõ "thêm" để xem tiếp.`,
    noMore: "Không còn mục nào nữa.",
    section: "mục",
    target: "Chỉ tiêu",
    roles: { lead: "Chủ trì", support: "Phối hợp", assigned: "Được giao" },
    due: {
      header: (period: string, n: number) => `Đến hạn ${period} (${n}):`,
      none: (period: string) => `Không có việc nào đến hạn ${period}.`,
      impossiblePeriod: (what: string) => `Không có "${what}": tháng từ 1 đến 12, quý từ 1 đến 4. Ví dụ: "tháng 12 có gì đến hạn?", "quý 4".`,
      nextOne: "Việc đến hạn gần nhất sau đó:",
      overdueHeader: (n: number) => `Đã quá hạn mà chưa có báo cáo, trong 12 tháng qua (${n}):`,
      overdueNone: "Không có việc nào quá hạn mà chưa có báo cáo trong 12 tháng qua.",
      wholeMonth: (month: number, year: number) => `Cả tháng ${month}/${year}`,
      targetsDue: (count: number, year: number) => `${count} chỉ tiêu cần đạt vào năm ${year}`,
    },
    targets: {
      header: (n: number) => `Chỉ tiêu (${n}):`,
      none: "Không tìm thấy chỉ tiêu nào như vậy.",
      noneAbout: (topic: string | null, plan: string | null, year: number | null) =>
        `Không tìm thấy chỉ tiêu nào${topic ? ` về "${topic}"` : ""}${plan ? ` trong ${plan}` : ""}${year ? ` cho năm ${year}` : ""}.`,
      planNumbered: (n: string) => `kế hoạch ${n}`,
      planOf: (who: string) => `kế hoạch của ${who}`,
      yearsSet: (years: number[]) => `Có chỉ tiêu cho năm ${years.join(", ")}.`,
      plansWithTargets: (plans: string[]) => `Các kế hoạch có chỉ tiêu: ${plans.join("; ")}.`,
      byYear: (year: number) => `vào năm ${year}`,
    },
    agency: {
      header: (name: string, n: number) => `${name} được giao (${n}):`,
      none: (name: string) => `Chưa thấy nhiệm vụ nào giao cho ${name} trong các kế hoạch.`,
      unknown: (phrase: string) => `Không tìm thấy cơ quan "${phrase}" trong các kế hoạch.`,
      leadsHeader: (topic: string, n: number) => `Chủ trì "${topic}" (${n}):`,
      leadsNone: (topic: string) => `Không thấy cơ quan nào được giao chủ trì "${topic}".`,
    },
    error: "Xin lỗi, tôi gặp lỗi khi xử lý câu hỏi. Bạn thử lại sau ít phút nhé.",
  },
  en: {
    help: [
      "I answer questions about the committee's implementation plans. For example:",
      "• \"what is due this month?\", \"Q4\", \"what is overdue?\"",
      "• \"malnutrition targets 2025\"",
      "• \"what is the health office assigned?\", \"who leads communication?\"",
      "• \"plans\" (the list), \"plan 273\" (one plan)",
      "• or a few words to search the plans, e.g. \"drowning\"",
      "Long lists: type \"more\" to continue.",
    ].join("\n"),
    empty: "What would you like to ask? Type \"help\" for examples.",
    tooLong: (max: number) => `That message is too long (at most ${max} characters). Please ask a shorter question.`,
    noPlans: "No plans have been imported yet.",
    plansHeader: (n: number) => `${n} ${n === 1 ? "plan" : "plans"}:`,
    planNotFound: (ref: string) => `No plan matches "${ref}". Type "plans" for the list.`,
    planLine: {
      number: "No.", issued: "Issued", issuer: "Issued by", implements: "Implements",
      signer: "Signed by", sections: "Sections", tasks: "tasks", targets: "targets", noNumber: "no number",
    },
    searchHeader: (q: string, n: number) => `Results for "${q}" (${n}):`,
    searchPartialHeader: (q: string, n: number) => `No passage holds every word of "${q}". Passages with some of them (${n}):`,
    noMatch: (q: string) => `Nothing in the plans matches "${q}".`,
    nearest: "You may be looking for:",
    more: (n: number) => `${n} more — type "more" to continue.`,
    noMore: "There is nothing more.",
    section: "section",
    target: "Target",
    roles: { lead: "Lead", support: "Support", assigned: "Assigned" },
    due: {
      header: (period: string, n: number) => `Due ${period} (${n}):`,
      none: (period: string) => `Nothing is due ${period}.`,
      impossiblePeriod: (what: string) => `There is no "${what}": months run from 1 to 12, quarters from 1 to 4. For example: "what is due in month 12?", "Q4".`,
      nextOne: "The next thing due after that:",
      overdueHeader: (n: number) => `Past due with no report, last 12 months (${n}):`,
      overdueNone: "Nothing past due without a report in the last 12 months.",
      wholeMonth: (month: number, year: number) => `All of ${month}/${year}`,
      targetsDue: (count: number, year: number) => `${count} targets to reach by ${year}`,
    },
    targets: {
      header: (n: number) => `Targets (${n}):`,
      none: "No such target in the plans.",
      noneAbout: (topic: string | null, plan: string | null, year: number | null) =>
        `No target${topic ? ` about "${topic}"` : ""}${plan ? ` in ${plan}` : ""}${year ? ` for ${year}` : ""} was found.`,
      planNumbered: (n: string) => `plan ${n}`,
      planOf: (who: string) => `the plan of ${who}`,
      yearsSet: (years: number[]) => `Targets are set for ${years.join(", ")}.`,
      plansWithTargets: (plans: string[]) => `Plans that set targets: ${plans.join("; ")}.`,
      byYear: (year: number) => `by ${year}`,
    },
    agency: {
      header: (name: string, n: number) => `${name} is assigned (${n}):`,
      none: (name: string) => `No duty of ${name} was found in the plans.`,
      unknown: (phrase: string) => `No agency called "${phrase}" appears in the plans.`,
      leadsHeader: (topic: string, n: number) => `Leading "${topic}" (${n}):`,
      leadsNone: (topic: string) => `No agency is named to lead "${topic}".`,
    },
    error: "Sorry, something went wrong while answering. Please try again in a few minutes.",
  },
} satisfies Record<Lang, unknown>;

export type Messages = (typeof messages)["vi"];

export function t(lang: Lang): Messages {
  return messages[lang] as Messages;
}
