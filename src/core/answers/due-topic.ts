import { foldWords } from "../../domain/text/fold.js";
import { ASKS_WHEN } from "../intents/detect.js";
import { planNumberIn } from "./plans.js";
import { wordsFound } from "./search.js";

/**
 * Words that say "deadline", "when" or "report" and nothing about which one: nearly every deadline is a
 * report, so "báo cáo" narrows nothing (and the scans spell it "béo cáo").
 */
const NOT_TOPIC = new Set([
  "han", "thoi", "chot", "den", "toi", "khi", "nao", "bao", "gio", "luc", "ngay", "hom", "la", "phai", "can", "nop",
  "gui", "cao", "ke", "hoach", "kh", "cua", "co", "gi", "vay", "a", "nhe", "oi", "cho", "em", "hoi", "ve", "thi", "se",
  "when", "is", "are", "the", "a", "an", "due", "deadline", "deadlines", "date", "what", "of", "for", "to", "in", "plan",
  "submit", "submitted", "send", "sent", "do", "does", "we", "i", "have", "has", "our", "hang", "dinh", "ky", "moi",
  // "the next report", "báo cáo gần nhất / sắp tới / tiếp theo": the nearest, not a topic.
  "next", "upcoming", "coming", "nearest", "soonest", "gan", "nhat", "sap", "tiep", "theo",
]);

export type DeadlineKind = "annual" | "semiannual" | "quarterly" | "monthly";

/**
 * How often, said in words: "báo cáo năm" is the yearly report. One sentence ("định kỳ 6 tháng, 01 năm
 * báo cáo") gives a plan both a half-yearly and a yearly deadline, so the words alone cannot tell them apart.
 */
const FREQUENCIES: Array<[RegExp, DeadlineKind]> = [
  [/(?:^| )(?:6|sau) thang(?= |$)/, "semiannual"],
  [/(?:^| )quy(?= |$)/, "quarterly"],
  [/(?:^| )thang(?= |$)/, "monthly"],
  [/(?:^| )nam(?= |$)/, "annual"],
];

/** `words` are the topic beyond its kind; `said` all its words, to echo. */
export type DeadlineTopic = { words: string[]; kind?: DeadlineKind; said: string };

/**
 * "Hạn báo cáo 6 tháng là khi nào?", "khi nào nộp báo cáo năm?", "when is the half-yearly report due?":
 * which deadline, as a kind and folded words; null when the question does not ask "when" of one.
 * `folded` is the question in the plans' words. A plan number ("kế hoạch 273") is the plan, not the topic.
 */
export function deadlineTopic(folded: string): DeadlineTopic | null {
  if (!ASKS_WHEN.test(folded)) return null;
  const planNumber = planNumberIn(folded);
  const words = [...new Set(folded.split(" "))].filter((w) => !NOT_TOPIC.has(w) && w !== planNumber);
  if (words.length === 0) return null;
  const said = words.join(" ");
  const frequency = FREQUENCIES.find(([pattern]) => pattern.test(said));
  if (!frequency) return { words, said };
  const rest = said.replace(frequency[0], " ").trim();
  return { words: rest ? rest.split(" ") : [], kind: frequency[1], said };
}

/**
 * The deadline is of the topic's kind and its own words say the topic: a word or two as one phrase
 * ("sơ kết", not the "số" and "kết quả" of "Chỉ thị số 28 … kết quả"), more words each somewhere.
 */
export function deadlineAbout(deadline: { kind: string; what: string; quote: string }, topic: DeadlineTopic): boolean {
  if (topic.kind && deadline.kind !== topic.kind) return false;
  if (topic.words.length === 0) return true;
  const words = topic.words.length <= 2 ? [topic.words.join(" ")] : topic.words;
  return wordsFound(foldWords(`${deadline.what} ${deadline.quote}`).join(" "), words) === words.length;
}
