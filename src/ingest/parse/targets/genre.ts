/**
 * Which numbers a plan commits to. A plan's numbers are targets when they
 * stand in a list of goals (under "Mục tiêu", "Chỉ tiêu", "… phấn đấu đạt các
 * mục tiêu sau:") or when the sentence itself commits ("phấn đấu", "đạt",
 * "ít nhất", "bảo đảm 100%", "đến năm 2030"). They are not when they report
 * the past ("đã đạt", "kết quả năm 2024"), score a contest ("cộng 05 điểm"),
 * define a formula ("Tỷ lệ = b/a × 100%"), state a condition ("Nếu đạt 100%
 * …"), fund something (kinh phí) or name a product's strength ("Chlorine 70%").
 */

/** Headings and lead-ins that open a list of goals. */
export const GOALS = /\b(?:muc tieu|chi tieu|phan dau|ket qua can dat|yeu cau can dat|ket qua dau ra)\b/;
/** Headings that report the past or fund the plan: nothing under them is a target. */
export const NOT_GOALS = /\b(?:ket qua (?:dat duoc|thuc hien)|tinh hinh|thuc trang|danh gia ket qua|kinh phi|nguon von|du toan|khen thuong|thang diem|cham diem|tieu chi cham)\b/;

/**
 * A sentence that commits to its numbers, beyond the comparator words right before a value ("ít nhất",
 * "đạt", "dưới" …, see comparator.ts): "phấn đấu", "bảo đảm", "duy trì", a due year ("đến năm 2030"),
 * "Có 30% …" opening it. "tăng cường", "nâng cao" and a "có" inside a sentence commit to nothing.
 */
const COMMITS = /\b(?:phan dau|bao dam|dam bao|duy tri|chi tieu|muc tieu)\b|^(?:\(?\d{1,2}[.)]\s*)?co\b|\b(?:den|vao)\s+(?:het\s+)?n\p{L}{1,2}m\s+\d{4}/u;

/** Clauses that are never targets, whatever list they stand in. */
const NEVER: Array<{ name: string; pattern: RegExp }> = [
  { name: "scoring", pattern: /\b(?:cong|tru|cham|duoc cong|bi tru)\s+(?:truc tiep\s+)?\d+\s*diem\b|\bkhong cong diem\b|\b\d+\s*diem\b.*\b(?:cong|tru)\b/ },
  { name: "formula", pattern: /[=×]|\b[a-z]\s*\/\s*[a-z]\s*[*x]/ },
  { name: "condition", pattern: /^(?:neu|truong hop|don vi (?:dat|co|khong dat))\b/ },
  { name: "past", pattern: /\b(?:da dat|ket qua (?:dat duoc|thuc hien)|so voi cung ky|tang so voi|giam so voi)\b/ },
];

export function neverTarget(folded: string): string | null {
  return NEVER.find((r) => r.pattern.test(folded))?.name ?? null;
}

export function commits(folded: string): boolean {
  return COMMITS.test(folded);
}
