import { foldWords } from "../../domain/text/fold.js";
import { SYLLABLE } from "../../domain/text/restore.js";
import type { Lang } from "../types.js";
import { isGlossaryWord } from "./glossary.js";

const ENGLISH = new Set([
  "what", "which", "who", "when", "where", "how", "is", "are", "the", "of", "for", "due", "this", "next",
  "month", "week", "year", "plan", "plans", "show", "list", "help", "target", "targets", "task", "tasks",
  "overdue", "about", "search", "find", "more", "does", "do", "must", "assigned", "lead", "any",
  "thanks", "thank", "please", "hello",
]);
const VIETNAMESE = new Set([
  "gi", "nao", "cua", "khong", "nhung", "duoc", "cac", "nay", "ke", "hoach", "chi", "tieu", "phong",
  "thang", "nam", "tuan", "ai", "lam", "giao", "tre", "em", "tro", "giup", "them", "han", "den", "bao",
]);

/**
 * A word that neither one Vietnamese syllable nor a few run together can be, with two vowels or more:
 * "street", "children", "drowning" — not "capnhat" (a command), nor acronyms ("ubnd", "ldtbxh").
 */
function englishShaped(word: string): boolean {
  return word.length >= 5 && word.length <= 20 && /^[a-z]+$/.test(word) && (word.match(/[aeiouy]/g)?.length ?? 0) >= 2 && !syllables(word, 3);
}

/** Can the word be read as at most `parts` Vietnamese syllables written together? */
function syllables(word: string, parts: number): boolean {
  if (SYLLABLE.test(word)) return true;
  if (parts <= 1) return false;
  for (let i = 1; i < word.length; i++) {
    if (SYLLABLE.test(word.slice(0, i)) && syllables(word.slice(i), parts - 1)) return true;
  }
  return false;
}

/**
 * Vietnamese unless the words say English. Diacritics mostly settle it, but an English question naming a
 * Vietnamese agency ("what does Phòng Y tế do?") has English words around the name and few Vietnamese
 * ones: two English words or more, outnumbering the Vietnamese question words, make it English.
 */
const MARKS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

export function detectLang(text: string): Lang {
  const marked = MARKS.test(text);
  const words = foldWords(text);
  // A command's words are codes, names and numbers ("/start k3xq", "/chitieu 3 45%"): only known words count.
  const byShape = !text.trimStart().startsWith("/");
  // "thế", "độ" fold to "the", "do": a word typed with Vietnamese marks is never an English word.
  const typedMarked = marked ? new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => MARKS.test(w)).flatMap((w) => foldWords(w))) : undefined;
  let en = 0;
  let viWords = 0;
  let viShaped = 0;
  for (const w of words) {
    if (typedMarked?.has(w)) viShaped++;
    else if (ENGLISH.has(w) || (byShape && (englishShaped(w) || isGlossaryWord(w)))) en++;
    else if (VIETNAMESE.has(w)) viWords++;
    // "an toan tren internet": the syllables outweigh the one English word.
    else if (byShape && SYLLABLE.test(w)) viShaped++;
  }
  if (marked) return en >= 2 && en > viWords ? "en" : "vi";
  return en > viWords + viShaped ? "en" : "vi";
}
