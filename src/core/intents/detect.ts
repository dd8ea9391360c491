import { foldKey, wordsAsTyped } from "../../domain/text/fold.js";

export type Intent =
  | { kind: "empty" }
  | { kind: "help" }
  | { kind: "thanks" }
  | { kind: "more" }
  | { kind: "plans"; filter?: string; asTyped?: string }
  | { kind: "plan"; ref: string }
  /** One part of a plan: "mục II của kế hoạch 273" → section "II"; "mục II.5 …" → item "II.5". */
  | { kind: "section"; plan: string; section: string }
  | { kind: "due"; overdue: boolean }
  | { kind: "targets" }
  | { kind: "agency"; phrase: string }
  /** `topic` folded, for searching; `asTyped`, for saying it back. */
  | { kind: "who_leads"; topic: string; asTyped: string; role: "lead" | "support" }
  | { kind: "search"; query: string };

const HELP = /^(help|start|trogiup|huongdan|menu|tro giup|huong dan|giup|giup do|giup toi|ban lam duoc gi|lam duoc gi|what can you do|how does this work)$/;
/** A greeting is answered with what the bot can do, not searched for in the plans. */
const GREETING = /^(xin chao|chao|chao ban|chao bot|chao em|chao anh|chao chi|alo|a lo|hello|hi|hey|good (morning|afternoon|evening))( (ban|bot|em|anh|chi|a|nhe|nha))*$/;
/** "Cảm ơn", "ok": acknowledged, not searched for. */
const THANKS = /^(cam on|cam on nhieu|xin cam on|thanks|thank you|thank you very much|many thanks|ok|oke|okay|vang|da|da vang|duoc roi|tot qua|great|good)( (ban|bot|nhe|nha|nhieu|a|em|anh|chi|so much))*$/;
/** Courtesy around a question: "anh ơi,", "cho em hỏi", "xin hỏi" before it; "ạ", "nhé", "với" after it. */
const COURTESY_BEFORE = /^(?:(?:anh|chi|em|ban|bot|ad|admin) oi |xin hoi |cho (?:toi|em|minh|chau) (?:hoi |xem |biet )?|(?:toi|em|minh) muon (?:hoi|xem|biet) |hay cho (?:toi |em |minh )?biet |vui long (?:cho biet )?|lam on (?:cho biet )?|please (?:show me |tell me )?|(?:show|tell) me |can you (?:show me |tell me )?)+/;
const COURTESY_AFTER = /(?: (?:a|nhe|nha|nhi|voi|giup toi|giup em|giup minh|please|thanks|cam on))+$/;
const MORE = /^(them|more|tiep|xem them|xem tiep|tiep theo|tiep di|next|show more)$/;
const PLAN_LIST =
  /^((danh sach |cac |nhung |xem |liet ke )?(ke hoach|plans?)( nao| gi| hien co| dang thuc hien)?|kehoach|co (nhung|bao nhieu|cac|may) ke hoach( nao| gi)?|(list|show)( all| me)?( the)? plans|(which|what) plans( are there| do we have| exist)?|how many plans)$/;
/** "các kế hoạch của huyện", "kế hoạch nào thực hiện chỉ thị 28", "Mường Ảng có bao nhiêu kế hoạch": plans filtered by issuer or by what they implement. */
const PLAN_FILTER = /^(?:cac |nhung |danh sach |xem )?ke hoach (?:nao )?(?:cua|o|tai|thuoc|thuc hien|trien khai) (.+?)(?: (?:la gi|nao|gi))?$|^(?:which|what) plans? (?:of|from|implement|implements|for) (.+)$|^(.+?) co (?:bao nhieu |may |nhung |cac )?ke hoach(?: nao| gi)?$|^(?:show|list)(?: me)?(?: the| all)? plans? (?:of|from|for|by) (.+)$/;
const PLAN_COUNT = /^(?:co )?(?:bao nhieu|may) ke hoach(?: .*)?$/;
const PLAN_REF = /(?:^| )(?:ke hoach|kh|plan)(?: so| no| number)? ?(\d{1,4}(?: ?[a-z]{1,5})*)(?= |$)/;
/** "mục II của kế hoạch 273", "kế hoạch 273 mục II.5", "section III of plan 224", folded. */
const PLAN_SECTION = [
  /^(?:xem |noi dung )?(?:muc|phan|section|part) ([ivx]{1,4}|\d{1,2})(?: (\d{1,2}))?(?: noi gi| co gi)? (?:cua |trong |of |in )?(?:the )?(?:ke hoach|kh|plan)(?: so| no)? (?:cua |of )?(?:the )?(.+?)(?: noi gi| co gi| gom gi)?$/,
  /^(?:xem |noi dung )?(?:ke hoach|kh|plan)(?: so| no)? (\d{1,4}) (?:muc|phan|section|part) ([ivx]{1,4}|\d{1,2})(?: (\d{1,2}))?(?: noi gi| co gi| gom gi| la gi)?$/,
];
const PLAN_QUESTION = /(^| )(ke hoach|plan)( |$)/;
const PLAN_FACT = /(thuc hien (chi thi|nghi quyet|van ban|ke hoach)|implement|ai ky|nguoi ky|who signed|signed|ban hanh (ngay|khi|luc)|ngay ban hanh|when (was|issued)|issued|co nhung (muc|phan)|gom (nhung )?(muc|phan)|(co )?(may|bao nhieu|nhung|cac) (muc|phan)|sections?|so hieu|trich yeu)/;

// "hết hạn" alone is "expired" (overdue); "sắp hết hạn" is "about to expire" (due).
const OVERDUE = /(?:^| )(?:qua han|tre han|cham tre|tre hen|(?<!sap )het han|overdue|late|missed|past due)(?= |$)/;
const DUE = /(?:^| )(?:den han|toi han|han chot|han nop|han bao cao|thoi han|sap den han|sap het han|sap toi han|can nop|phai nop|phai bao cao|bao cao (?:khi nao|luc nao|truoc ngay)|deadlines?|due|what is coming up|co gi (?:can lam|phai lam|den han))(?= |$)/;
/** "Khi nào", "bao giờ", "when": with a report ("khi nào nộp báo cáo sơ kết?"), a deadline question. */
export const ASKS_WHEN = /(?:^| )(?:khi nao|bao gio|luc nao|ngay nao|hom nao|when|what date)(?= |$)/;
const REPORTING = /(?:^| )(?:bao cao|nop|gui|han|reports?|submit|submitted)(?= |$)/;
/** "Có việc gì?", "lịch": about what is due, unless they end a question about an agency ("Đoàn Thanh niên phối hợp việc gì"). */
const DUE_VAGUE = /(?:^| )(?:(?<!du )lich(?! su)|viec gi)(?= |$)/;
/** A period named in a question: "tháng này", "quý 4", "next week". */
const PERIOD = /(?:^| )(?:hom nay|ngay mai|(?:tuan|thang|quy|nam) (?:nay|sau|toi|truoc|i{1,3}|iv|\d{1,4})|(?:this|next|last) (?:week|month|quarter|year))(?= |$)/;
/** A period alone, asked about: "tháng sau có gì?", "tuần này", "next month". */
const PERIOD_ONLY = /^(?:(?:con |co )?(?:viec |gi )?(?:trong )?)?(hom nay|ngay mai|today|tomorrow|tuan (nay|sau|toi|truoc)|thang (nay|sau|toi|truoc|\d{1,2})|quy (nay|sau|i{1,3}|iv|\d)|nam (nay|sau|toi)|this (week|month|quarter|year)|next (week|month|quarter|year)|last (week|month))(?: (co|can lam|phai lam|co gi|co viec gi|co nhung gi|thi sao|the nao|lam gi))*(?: gi)?$/;
const TARGET = /(chi tieu|muc tieu so|muc tieu (?:nam|cua|den|\d{4})|targets?|indicators?|ty le|ty suat|bao nhieu phan tram|dat bao nhieu|goal)/;

const LEAD_TOPIC = /^(?:ai|co quan nao|don vi nao|phong nao|who|which agency|which office)(?: la| se| duoc giao)? (?:chu tri|phu trach|lead|leads|is leading|is in charge of|in charge of|is responsible for|responsible for|takes care of|handles|is tasked with|oversees|chiu trach nhiem)(?: viec| ve| cong tac| chinh)? (.+)$/;
/** "Ai phối hợp tuyên truyền?": the supporting agencies of a topic. */
const SUPPORT_TOPIC = /^(?:ai|co quan nao|don vi nao|phong nao|nhung ai|who|which agencies|which agency)(?: la| se| duoc giao)? (?:phoi hop|ho tro|tham gia|supports?|helps? with|works? on|assists? with)(?: viec| ve| cong tac| thuc hien)? (.+)$/;
const AGENCY_DUTY = [
  /^(?:nhiem vu|cong viec|viec|phan cong) (?:cua|danh cho|giao cho) (.+?)(?: la gi| gom nhung gi| gom gi| nhu the nao)?$/,
  /^(.+?) (?:duoc giao|duoc phan cong|phai lam|can lam|lam|chu tri|phoi hop|phu trach|co nhiem vu)(?: nhung)?(?: viec| nhiem vu)?(?: gi| nao| nhung gi| ra sao)?$/,
  /^(?:what|which tasks?|what tasks?|what duties) (?:is|are|does|do|must|has|have)? ?(.+?) (?:assigned|assigned to do|do|have to do|must do|responsible for|lead|leading|supposed to do|tasks?|duties)$/,
  /^(?:tasks?|duties|assignments) (?:of|for) (.+)$/,
];

/** What a question asks, read from its folded words; entities are resolved by the answers. */
export function detectIntent(text: string): Intent {
  const raw = text.trim();
  // A bare "?" folds to nothing, so it is read before folding.
  if (/^\?+$/.test(raw)) return { kind: "help" };
  const folded = foldKey(raw.replace(/^\/(\w+)@\w+/, "/$1"));
  if (!folded) return raw ? { kind: "search", query: raw } : { kind: "empty" };
  if (THANKS.test(folded)) return { kind: "thanks" };
  if (HELP.test(folded)) return { kind: "help" };
  const key = `${folded} `.replace(COURTESY_BEFORE, "").trim().replace(COURTESY_AFTER, "");
  if (!key || HELP.test(key) || GREETING.test(key)) return { kind: "help" };
  if (MORE.test(key)) return { kind: "more" };
  if (PLAN_LIST.test(key) || PLAN_COUNT.test(key)) return { kind: "plans" };
  const filter = PLAN_FILTER.exec(key);
  // "kế hoạch nào thực hiện chỉ thị 28" / "which plans implement …" ask for a list, not one plan's facts.
  // "kế hoạch của Tỉnh ủy có gì đến hạn" asks for that plan's deadlines (or targets), not for the list.
  const asksMore = DUE.test(key) || OVERDUE.test(key) || TARGET.test(key);
  if (filter && !asksMore && (/^(?:cac |nhung )?ke hoach nao\b|^(?:which|what) plans?\b/.test(key) || !PLAN_FACT.test(key))) {
    const phrase = (filter[1] ?? filter[2] ?? filter[3] ?? filter[4])!;
    return { kind: "plans", filter: phrase, asTyped: wordsAsTyped(raw, phrase) ?? phrase };
  }

  const [bySection, byPlan] = PLAN_SECTION.map((pattern) => pattern.exec(key));
  if (bySection) return { kind: "section", plan: bySection[3]!, section: sectionRef(bySection[1]!, bySection[2]) };
  if (byPlan) return { kind: "section", plan: byPlan[1]!, section: sectionRef(byPlan[2]!, byPlan[3]) };

  const lead = LEAD_TOPIC.exec(key);
  if (lead?.[1]) return { kind: "who_leads", topic: lead[1], asTyped: wordsAsTyped(raw, lead[1]) ?? lead[1], role: "lead" };
  const support = SUPPORT_TOPIC.exec(key);
  if (support?.[1]) return { kind: "who_leads", topic: support[1], asTyped: wordsAsTyped(raw, support[1]) ?? support[1], role: "support" };

  const overdue = OVERDUE.test(key);
  if (overdue || DUE.test(key) || PERIOD_ONLY.test(key) || (ASKS_WHEN.test(key) && REPORTING.test(key))) return { kind: "due", overdue };
  if (TARGET.test(key)) return { kind: "targets" };

  const planRef = PLAN_REF.exec(key);
  if (planRef?.[1] && (PLAN_FACT.test(key) || key.split(" ").length <= 4)) return { kind: "plan", ref: planRef[1] };
  if (PLAN_QUESTION.test(key) && PLAN_FACT.test(key)) return { kind: "plan", ref: key };

  for (const pattern of AGENCY_DUTY) {
    const phrase = pattern.exec(key)?.[1];
    if (phrase && !PERIOD.test(phrase)) return { kind: "agency", phrase };
  }
  if (DUE_VAGUE.test(key)) return { kind: "due", overdue: false };
  return { kind: "search", query: raw };
}

/** "ii", "5" → "II.5" as the plans write it: Roman numerals in capitals. */
function sectionRef(head: string, sub: string | undefined): string {
  const main = /^\d+$/.test(head) ? head : head.toUpperCase();
  return sub ? `${main}.${sub}` : main;
}
