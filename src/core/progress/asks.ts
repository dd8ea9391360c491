/**
 * Recognising a progress ask, duckling-style: named rules, each a pattern over the folded question with
 * the kind of ask it finds; every rule that matches anywhere is collected, then the most specific wins.
 * The example corpus (asks.examples.ts) runs as the rules' tests.
 */
import { foldKey } from "../../domain/text/fold.js";
import { planNumberIn } from "../answers/plans.js";

export type ProgressAskKind =
  /** "tôi cần báo cáo gì": a focal point's own open items and next deadlines. */
  | "mine"
  /** "cơ quan nào chưa báo cáo" */
  | "unreported"
  /** "cơ quan nào đã báo cáo" */
  | "reported"
  /** "đơn vị nào quá hạn báo cáo" */
  | "overdue"
  /** "chỉ tiêu nào có nguy cơ không đạt" */
  | "targets_risk"
  /** "các chỉ tiêu đạt đến đâu" */
  | "targets"
  /** "tiến độ thế nào?" */
  | "overview";

export type ProgressAsk = { kind: ProgressAskKind; planNumber?: string; rule: string };
type Rule = { name: string; kind: ProgressAskKind; pattern: RegExp };

const AGENCY = "(?:co quan|don vi|so|phong|ban|nganh|xa|agenc(?:y|ies)|departments?|units?|offices?|who|ai)";
const REPORT_VI = "(?:bao cao|nop bao cao|gui bao cao|cap nhat)";

/** Most specific first: the first kind found in this order is the ask. */
const RULES: Rule[] = [
  { name: "my report duties (vi)", kind: "mine", pattern: /\b(?:toi|minh|em|don vi (?:toi|minh|em)|co quan (?:toi|minh|em)) (?:can|phai|con phai|con|sap phai) (?:bao cao|nop|lam|cap nhat)\b/ },
  { name: "my tasks (vi)", kind: "mine", pattern: /\b(?:viec|nhiem vu|han) (?:cua|ma) (?:toi|minh|em|don vi toi|co quan toi)\b/ },
  { name: "my report duties (en)", kind: "mine", pattern: /\bwhat (?:do|should|must) (?:i|we) (?:need to )?(?:report|submit|do)\b|\bmy (?:tasks|duties|reports|deadlines)\b/ },
  { name: "who has not reported (vi)", kind: "unreported", pattern: new RegExp(`\\b${AGENCY}\\b.*\\b(?:chua|khong|chang) (?:co )?${REPORT_VI}\\b|\\bchua (?:co )?${REPORT_VI}\\b.*\\b(?:nhung|nao|ai)\\b`) },
  { name: "who has not reported (en)", kind: "unreported", pattern: /(?:\bnot|n t|\byet to|\bnever|\bfailed to) (?:yet )?(?:reported|report|submitted|sent)\b|\bmissing (?:reports?|updates?)\b|\bno (?:report|update)s? (?:yet|from)\b/ },
  { name: "who is late (vi)", kind: "overdue", pattern: new RegExp(`\\b${AGENCY}\\b.*\\b(?:qua han|tre han|cham) (?:bao cao|nop)|\\b(?:qua han|tre han|cham) (?:bao cao|nop)\\b.*\\b(?:nao|ai)\\b`) },
  { name: "who is late (en)", kind: "overdue", pattern: /\b(?:agenc(?:y|ies)|departments?|units?|who)\b.*\b(?:overdue|late)\b/ },
  { name: "who has reported (vi)", kind: "reported", pattern: new RegExp(`\\b${AGENCY}\\b.*\\bda (?:co )?${REPORT_VI}\\b|\\bda ${REPORT_VI}\\b.*\\b(?:nhung|nao|ai)\\b`) },
  { name: "who has reported (en)", kind: "reported", pattern: /\b(?:agenc(?:y|ies)|departments?|units?|who)\b.*\b(?:has|have) (?:already )?(?:reported|submitted)\b/ },
  { name: "targets at risk (vi)", kind: "targets_risk", pattern: /\bchi tieu\b.*\b(?:nguy co|kho dat|khong dat|chua dat|khong kip|cham|tut|khong hoan thanh)\b/ },
  { name: "targets at risk (en)", kind: "targets_risk", pattern: /\btargets?\b.*\b(?:at risk|off track|behind|miss(?:ed|ing)?|not (?:be )?(?:met|reached|achieved)|falling short)\b/ },
  { name: "how targets stand (vi)", kind: "targets", pattern: /\bchi tieu\b.*\b(?:tien do|dat den dau|dat chua|co dat|dat duoc bao nhieu|tinh hinh|the nao|ra sao)\b|\b(?:tien do|tinh hinh) (?:thuc hien |dat )?(?:cac )?chi tieu\b/ },
  { name: "how targets stand (en)", kind: "targets", pattern: /\btargets?\b.*\b(?:on track|progress|status|how (?:are|is)|doing)\b|\b(?:progress|status) (?:on|of) (?:the )?targets?\b/ },
  { name: "progress (vi)", kind: "overview", pattern: /\btien do\b|\btinh hinh (?:thuc hien|trien khai|bao cao)\b|\bket qua (?:thuc hien|trien khai)\b.*\b(?:the nao|ra sao|den dau|nhu the nao)\b|\bden dau roi\b/ },
  { name: "progress (en)", kind: "overview", pattern: /\bprogress\b|\bhow (?:is|are) (?:the )?(?:plans?|things|we|implementation)\b.*\b(?:going|doing|progressing)\b|\bstatus (?:of|on) (?:the )?(?:plans?|implementation)\b/ },
];

/** Commands said in words ("báo cáo tiến độ") start the report flow; they are not asks. */
const NOT_AN_ASK = /^(?:bao cao|cap nhat|gui) (?:tien do|chi tieu)$|^report progress$|^update progress$/;

export function readProgressAsk(text: string): ProgressAsk | null {
  const folded = foldKey(text);
  if (!folded || NOT_AN_ASK.test(folded)) return null;
  const rule = RULES.find((r) => r.pattern.test(folded));
  if (!rule) return null;
  const planNumber = planNumberIn(folded);
  return { kind: rule.kind, rule: rule.name, ...(planNumber ? { planNumber } : {}) };
}

export const PROGRESS_RULES: ReadonlyArray<Readonly<Rule>> = RULES;
