import type { Lang } from "../types.js";

/** Sentences of answers read from entities: the fact first, then where the plan says it. */
export const answerWords = {
  vi: {
    signer: (plan: string, who: string) => `${who} ký ${plan}.`,
    noSigner: (plan: string) => `${plan} không ghi người ký.`,
    issued: (plan: string, date: string) => `${plan} ban hành ngày ${date}.`,
    noIssued: (plan: string) => `${plan} không ghi ngày ban hành.`,
    implements: (plan: string, docs: string) => `${plan} thực hiện / căn cứ: ${docs}.`,
    noImplements: (plan: string) => `${plan} không ghi văn bản nào nó thực hiện.`,
    span: (plan: string, until: string) => `${plan} thực hiện đến hết năm ${until} (31/12/${until}).`,
    planSays: (plan: string) => `${plan} ghi:`,
    notSaid: (plan: string) => `Không thấy ${plan} nói điều này.`,
    whichPlan: "Bạn hỏi kế hoạch nào? Ghi số hoặc nơi ban hành, ví dụ \"kế hoạch 273\". Các kế hoạch:",
    dutiesOf: (agency: string, where: string | null, n: number) => `${agency}${where ? ` (${where})` : ""} được giao (${n}):`,
    dutyPassages: (agency: string, where: string | null) => `${agency}${where ? ` trong ${where}` : ""}, theo nội dung kế hoạch:`,
    noDuty: (agency: string, where: string | null) => `Không thấy nhiệm vụ nào của ${agency}${where ? ` trong ${where}` : ""}.`,
    whoLeads: (n: number) => `Cơ quan chủ trì (${n}):`,
    whoSupports: (n: number) => `Cơ quan phối hợp (${n}):`,
    whoPassages: "Theo nội dung kế hoạch:",
    found: (n: number) => `Các đoạn liên quan (${n}):`,
    nothing: (what: string) => `Không tìm thấy nội dung nào về "${what}" trong các kế hoạch.`,
    nothingIn: (what: string, where: string) => `Không tìm thấy nội dung nào về "${what}" trong ${where}.`,
    howToAsk: "Ví dụ, bạn có thể hỏi theo cơ quan (\"Sở Y tế được giao gì trong kế hoạch 273?\"), theo chỉ tiêu (\"chỉ tiêu suy dinh dưỡng năm 2025\"), theo hạn (\"tháng này có gì đến hạn?\") hoặc gõ \"kế hoạch\" để xem danh sách.",
    plansAbout: (what: string, n: number) => `Kế hoạch nói về "${what}" (${n}):`,
    targetPassages: "Không thấy chỉ tiêu đã ghi nhận; nội dung kế hoạch:",
    when: "Theo nội dung kế hoạch:",
  },
  en: {
    signer: (plan: string, who: string) => `${plan} was signed by ${who}.`,
    noSigner: (plan: string) => `${plan} does not name its signer.`,
    issued: (plan: string, date: string) => `${plan} was issued on ${date}.`,
    noIssued: (plan: string) => `${plan} does not give its date of issue.`,
    implements: (plan: string, docs: string) => `${plan} implements / is based on: ${docs}.`,
    noImplements: (plan: string) => `${plan} names no document it implements.`,
    span: (plan: string, until: string) => `${plan} runs until the end of ${until} (31/12/${until}).`,
    planSays: (plan: string) => `${plan} says:`,
    notSaid: (plan: string) => `${plan} does not seem to say.`,
    whichPlan: "Which plan do you mean? Give its number or issuer, e.g. \"plan 273\". The plans:",
    dutiesOf: (agency: string, where: string | null, n: number) => `${agency}${where ? ` (${where})` : ""} is assigned (${n}):`,
    dutyPassages: (agency: string, where: string | null) => `${agency}${where ? ` in ${where}` : ""}, as the plan says:`,
    noDuty: (agency: string, where: string | null) => `No duty of ${agency}${where ? ` in ${where}` : ""} was found.`,
    whoLeads: (n: number) => `Leading (${n}):`,
    whoSupports: (n: number) => `Supporting (${n}):`,
    whoPassages: "As the plan says:",
    found: (n: number) => `Passages on it (${n}):`,
    nothing: (what: string) => `Nothing in the plans is about "${what}".`,
    nothingIn: (what: string, where: string) => `Nothing in ${where} is about "${what}".`,
    howToAsk: "For example, you can ask by agency (\"what is the health office assigned in plan 273?\"), by target (\"malnutrition targets 2025\"), by deadline (\"what is due this month?\"), or type \"plans\" for the list.",
    plansAbout: (what: string, n: number) => `Plans about "${what}" (${n}):`,
    targetPassages: "No recorded target; the plan says:",
    when: "As the plan says:",
  },
} satisfies Record<Lang, unknown>;

export function aw(lang: Lang) {
  return answerWords[lang] as (typeof answerWords)["vi"];
}
