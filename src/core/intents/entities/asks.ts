/**
 * What a question asks, read from cue words anywhere in it (folded, in the plans' words). Each rule is
 * named; the first that holds wins, so the narrow asks (who signed, what it replaces) come before the
 * broad ones (what an agency does, a search). Entities (plan, agency, period) are found apart.
 */
export type Ask =
  | "signer" | "issuer" | "issued" | "replaces" | "based_on" | "implements" | "span" | "report_to" | "effective"
  | "progress" | "which_plans" | "roster" | "task_list" | "who_supports" | "who_leads" | "who"
  | "overdue" | "due" | "frequency" | "when" | "target" | "duty" | "plan" | "search";

type AskRule = { ask: Ask; name: string; pattern: RegExp };

/** Asks answered from a plan's own facts: who issued and signed it, when, the documents behind it, its span. */
export const PLAN_FACT_ASKS: ReadonlySet<Ask> = new Set<Ask>(["signer", "issuer", "issued", "replaces", "based_on", "implements", "span", "report_to", "effective"]);

/** Who or which level or body, in a question about who issued a plan ("huyện nào", "cơ quan nào", "ai"). */
const ISSUING = String.raw`(?:ai|cap nao|co quan nao|don vi nao|to chuc nao|ban nao|uy ban nao|huyen nao|tinh nao|xa nao|phuong nao|quan nao|thanh pho nao|thi xa nao|dia phuong nao|noi nao|dau)`;

const WHO = String.raw`(?:ai|nguoi nao|co quan nao|don vi nao|so nao|phong nao|ban nao|nganh nao|cac co quan nao|who|which (?:agency|agencies|department|departments|office|offices|unit|body))`;
/** A plan named as such: "kế hoạch (273)", "chỉ thị", "văn bản", "plan". */
const PLAN_DOC = String.raw`(?:ke hoach|chi thi|van ban|chuong trinh|plan)`;
const DOC = String.raw`(?:chi thi|nghi quyet|quyet dinh|chuong trinh(?: hanh dong)?|ke hoach|huong dan|thong bao|van ban|luat|thong tu|de an|nghi dinh|ket luan|directive|resolution|decision|circular|document|documents)`;

export const ASK_RULES: AskRule[] = [
  { ask: "progress", name: "progress words", pattern: / (?:tien do|progress|chua bao cao|chua nop bao cao|nguy co khong dat|toi can bao cao gi|not reported|at risk)(?= )/ },
  { ask: "signer", name: "who signed", pattern: / (?:(?:ai|nguoi nao) ky|nguoi ky|do ai ky|ky boi|ky ten|who signed|signed by|signer|signatory|who signs)(?= )/ },
  { ask: "issuer", name: "who issued", pattern: new RegExp(String.raw` (?:${ISSUING} (?:\w+ ){0,4}ban hanh|do ${ISSUING}(?: \w+){0,2} (?:ban hanh|lap|xay dung|soan)|(?:co quan|don vi|noi|cap) ban hanh|(?:ke hoach|van ban|plan)(?: \w+){0,4} (?:cua|thuoc) (?:huyen|tinh|xa|phuong|quan|thanh pho|thi xa|cap|co quan|don vi|dia phuong) nao(?: (?:vay|a|the|nhi))?(?= $)|who issued|issued by (?:whom|who)|(?:which|what) (?:\w+ )?(?:agency|body|office|authority|committee|department|district|province|level) (?:issued|made|wrote)|issuer|issuing (?:body|agency|authority))(?= )`) },
  { ask: "issued", name: "when issued", pattern: / (?:ban hanh (?:ngay|khi|luc|thang|nam|vao)|ngay ban hanh|ngay nao ban hanh|ky ngay nao|ngay ky|when was (?:it |the plan |this plan )?issued|issued (?:on|when)|when (?:was|is) .*issued|date of issue|issue date)(?= )/ },
  { ask: "effective", name: "when it takes effect", pattern: / (?:co hieu luc|hieu luc (?:tu|ke tu|thi hanh)|take effect|takes effect|come into force|comes into force|effective (?:from|date|when))(?= )/ },
  { ask: "replaces", name: "what it replaces", pattern: / (?:thay the|replace|replaces|replaced|supersede|supersedes)(?= )/ },
  { ask: "based_on", name: "what it is based on", pattern: / (?:can cu|dua tren|based on|legal basis|pursuant to)(?= )/ },
  { ask: "implements", name: "which document it implements", pattern: new RegExp(String.raw` (?:thuc hien|trien khai|thi hanh|cu the hoa|implement|implements|implementing|carry out|carries out)(?: (?:theo|cua))? ${DOC}(?: \w+){0,4} nao(?= )| ${DOC} nao(?: \w+){0,3} (?:thuc hien|trien khai)(?= )| (?:which|what) ${DOC} (?:does|do|is)(?: \w+){0,8} (?:implement|implements|implementing|carry out)(?= )| what does (?:\w+ ){0,8}implement(?= )`) },
  { ask: "span", name: "until when", pattern: / (?:(?:thuc hien|trien khai|keo dai|ap dung|co hieu luc|chay) (?:den|toi) (?:khi nao|bao gio|nam nao|luc nao|thang nao)|den khi nao|het hieu luc|hieu luc den|until when|how long|expires?|valid until|thoi gian thuc hien (?:la )?(?:bao lau|khi nao|den)|run until|runs until|last until)(?= )/ },
  { ask: "report_to", name: "report to whom", pattern: / (?:bao cao (?:\w+ ){0,3}(?:ve dau|cho ai|gui ai|len ai|toi dau|qua dau|ve co quan nao|cho co quan nao|gui co quan nao|gui ve dau)|report to whom|(?:who|which agency) (?:\w+ ){0,4}reports? to)(?= )/ },
  { ask: "roster", name: "which agencies a plan names", pattern: new RegExp(String.raw`(?: (?:(?:nhung|cac) )?(?:co quan|don vi|ban nganh|so nganh|nganh|to chuc) nao (?:\w+ ){0,2}(?:tham gia|duoc giao|co trach nhiem|co ten|lien quan|thuc hien)(?: (?:thuc hien|nhiem vu|viec))? (?:trong |cua |theo |o )?${PLAN_DOC}| (?:cac|nhung) (?:co quan|don vi|ban nganh)(?: \w+){0,2} (?:duoc giao|tham gia|duoc phan cong)(?: nhiem vu)? (?:trong|cua|theo|o) ${PLAN_DOC}| ${PLAN_DOC}(?: \w+){0,5} (?:giao|phan cong) (?:nhiem vu )?cho (?:nhung |cac )?(?:co quan|don vi|ai)(?: nao)?(?= $| vay | a )| (?:which|what) (?:agencies|departments|offices|bodies|units|organi[sz]ations) (?:are |were )?(?:involved|assigned|named|taking part|take part|responsible)(?: \w+){0,2} (?:in|under|by) (?:the )?(?:plan|directive)| who (?:is|are) (?:involved|taking part) in (?:the )?plan)(?= )`) },
  { ask: "task_list", name: "a plan's tasks", pattern: new RegExp(String.raw` (?:bao nhieu|may) (?:nhiem vu|viec|hoat dong)(?= )| (?:liet ke|danh sach|ke ra) (?:cac |nhung )?(?:nhiem vu|viec|hoat dong)(?= )| ${PLAN_DOC}(?: \w+){0,3} (?:gom|co) (?:nhung|cac) (?:nhiem vu|hoat dong|viec) (?:gi|nao)(?= )| how many (?:tasks|activities|items)(?= )| list (?:the |all )?(?:tasks|activities)(?= )| what (?:tasks|activities) (?:does|do|are in) (?:the )?plan(?= )`) },
  { ask: "plan", name: "a plan's outline or summary", pattern: / (?:(?:co|gom) (?:nhung|cac) (?:muc|phan|chuong) (?:nao|gi|chinh)|(?:co|gom) (?:may|bao nhieu) (?:muc|phan|chuong)(?= $| (?:vay|a|lon) )|muc luc|bo cuc|tom tat|tong quan|noi dung chinh|outline|summary|summari[sz]e|overview|what is (?:plan|the plan|it)(?: \w+)? about)(?= )/ },
  { ask: "which_plans", name: "which plans", pattern: / (?:(?:ke hoach|van ban|plans?) nao (?:noi|nhac|de cap|co|ve|lien quan)|(?:cac|nhung) ke hoach (?:ve|lien quan)|ke hoach ve|which plans?|what plans?|any plans?|plans? (?:about|on|mention)|co ke hoach nao)(?= )/ },
  { ask: "who_supports", name: "who supports", pattern: new RegExp(String.raw` ${WHO}(?: la| se| duoc giao| duoc| must| will)? (?:phoi hop|ho tro|tham gia|support|supports|works with|work with|assist|assists|help|helps|cooperate|cooperates)(?= )`) },
  { ask: "who_leads", name: "who leads", pattern: new RegExp(String.raw` ${WHO}(?: la| se| duoc giao| duoc| is| are)? (?:chu tri|phu trach|lead|leads|leading|in charge|responsible|chiu trach nhiem|heads|head|tham muu)(?= )`) },
  { ask: "who", name: "who does", pattern: new RegExp(String.raw`^ ${WHO} | ${WHO}(?= (?:\w+ )?(?:lam|thuc hien|to chuc|xay dung|trien khai|dao tao|tap huan|boi duong|lua chon|chon|kiem tra|quan ly|huong dan|trains|train|chooses|choose|selects|does|do|manages|builds|organizes|organises|checks|runs|is|are) )`) },
  { ask: "overdue", name: "overdue", pattern: / (?:qua han|tre han|cham tre|tre hen|(?<!sap )het han|overdue|late|missed|past due)(?= )/ },
  { ask: "frequency", name: "how often", pattern: / (?:bao lau (?:\w+ ){0,3}(?:mot|1) lan|may (?:thang|tuan|ngay|nam) (?:mot|1) lan|how often|dinh ky (?:bao lau|the nao)|bao nhieu lan)(?= )/ },
  { ask: "due", name: "due", pattern: / (?:co (?:nhung |cac )?han (?:nao|gi)|(?:cac |nhung )?moc thoi gian|lich trinh|timeline|schedule|milestones?|(?:cac |nhung )?han (?:nop |bao cao )?(?:nao|gi)|den han|toi han|han chot|han nop|han bao cao|thoi han|sap den han|sap het han|sap toi han|can nop|phai nop|phai bao cao|bao cao (?:khi nao|luc nao|truoc ngay)|deadlines?|due|co gi (?:can lam|phai lam|den han))(?= )/ },
  { ask: "target", name: "target words", pattern: / (?:chi tieu|chi tiu|muc tieu|ty le|ti le|ty suat|ti suat|phan dau|targets?|indicators?|goals?|bao nhieu phan tram|bao nhieu|bao nhiu|how many|how much|what percent|percentage|dat (?:duoc )?bao nhieu|quy mo)(?= )/ },
  { ask: "when", name: "when", pattern: / (?:khi nao|bao gio|luc nao|ngay nao|hom nao|when|what date|truoc ngay nao|cham nhat|by when)(?= )/ },
  { ask: "duty", name: "what an agency does", pattern: / (?:lam gi|lam nhung gi|duoc giao|phan cong|nhiem vu|trach nhiem|phai lam|can lam|co viec gi|viec gi|what (?:does|do|must|should|is|are)|responsible for|assigned|duties|tasks?|role|have to do|has to do)(?= )/ },
];

export function findAsk(folded: string): { ask: Ask; rule: string } {
  const padded = ` ${folded} `;
  for (const rule of ASK_RULES) if (rule.pattern.test(padded)) return { ask: rule.ask, rule: rule.name };
  return { ask: "search", rule: "none" };
}
