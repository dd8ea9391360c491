import { foldWords } from "../../domain/text/fold.js";
import type { Lang } from "../types.js";

const ENGLISH = new Set([
  "what", "which", "who", "when", "where", "how", "is", "are", "the", "of", "for", "due", "this", "next",
  "month", "week", "year", "plan", "plans", "show", "list", "help", "target", "targets", "task", "tasks",
  "overdue", "about", "search", "find", "more", "does", "do", "must", "assigned", "lead", "any",
]);
const VIETNAMESE = new Set([
  "gi", "nao", "cua", "khong", "nhung", "duoc", "cac", "nay", "ke", "hoach", "chi", "tieu", "phong",
  "thang", "nam", "tuan", "ai", "lam", "giao", "tre", "em", "tro", "giup", "them", "han", "den", "bao",
]);

/** Vietnamese unless the words say English; diacritics settle it at once. */
export function detectLang(text: string): Lang {
  if (/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(text)) return "vi";
  const words = foldWords(text);
  let en = 0;
  let vi = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) en++;
    if (VIETNAMESE.has(w)) vi++;
  }
  return en > vi ? "en" : "vi";
}
