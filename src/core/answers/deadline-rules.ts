/**
 * "Các sở báo cáo kết quả qua Sở KH&CN trước ngày nào hằng tháng?", "when is the yearly report due?": the
 * plan's own deadline that fits the question, said as its rule ("hằng năm, trước ngày 17/12") with the
 * plan's sentence. The agency a question names may be who reports or who receives the report ("về Sở
 * X"), so its words rank the deadlines like the topic's, never filter them by owner.
 */
import { fold } from "../../domain/text/fold.js";
import type { Lang } from "../types.js";
import { cite } from "./citation.js";
import { shorten } from "./plans.js";
import { hasWord, wordsFound } from "./search.js";
import { best, rankByWords } from "./who-ranking.js";

type DeadlineRow = { kind: string; date: string | null; month: number | null; what: string; quote: string; taskRef: string | null; planId: number } & Parameters<typeof cite>[0];

const KIND_WORDS: Array<[RegExp, string]> = [
  [/\b(?:hang|moi) thang\b|\bbao cao thang\b/, "monthly"],
  [/\b(?:hang|moi) quy\b|\bbao cao quy\b/, "quarterly"],
  [/\b6 thang\b|\bsau thang\b/, "semiannual"],
  [/\b(?:hang|moi) nam\b|\bnam\b(?! \d)/, "annual"],
];

const RULE = {
  vi: { annual: "Hằng năm", semiannual: "6 tháng một lần", quarterly: "Hằng quý", monthly: "Hằng tháng", once: "", event: "" },
  en: { annual: "Every year", semiannual: "Every six months", quarterly: "Every quarter", monthly: "Every month", once: "", event: "" },
} as const;

function ruleText(d: DeadlineRow, lang: Lang): string {
  const kind = RULE[lang][d.kind as keyof (typeof RULE)["vi"]] ?? "";
  const by = lang === "vi" ? "trước ngày" : "by";
  if (d.kind === "once" && d.date) return `${d.date.slice(8, 10)}/${d.date.slice(5, 7)}/${d.date.slice(0, 4)}`;
  if (d.date && /^\d\d-\d\d$/.test(d.date)) return `${kind}${kind ? ", " : ""}${by} ${d.date.slice(3)}/${d.date.slice(0, 2)}`;
  return kind;
}

/** The deadlines in scope that the words are about, best first; empty when none holds half of them. */
export function deadlinesAbout<T extends DeadlineRow>(rows: T[], words: string[], folded: string, topic: string[] = []): T[] {
  if (words.length === 0 || rows.length === 0) return [];
  const ranked = best(rankByWords(rows.map((d, id) => ({ id, text: `${d.what} ${d.quote}` })), words));
  // A report's deadline is not one about "sơ kết" for holding "báo cáo": half the topic's own words, at least.
  // Up to three words are a phrase: "sơ kết" is not "số 28 … kết quả".
  const holds = (text: string) => (topic.length <= 3 ? topic.length === 0 || hasWord(text, topic.join(" ")) : wordsFound(text, topic) >= Math.ceil(topic.length / 2));
  let found = ranked.map((r) => rows[r.id]!).filter((d) => holds(fold(`${d.what} ${d.quote}`)));
  // "hằng tháng", "yearly": the kind asked, when some of them are of it.
  const kind = KIND_WORDS.find(([pattern]) => pattern.test(` ${folded} `))?.[1];
  const ofKind = kind ? found.filter((d) => d.kind === kind) : [];
  if (ofKind.length > 0) found = ofKind;
  const seen = new Set<string>();
  return found.filter((d) => !seen.has(fold(d.quote)) && Boolean(seen.add(fold(d.quote)))).slice(0, 4);
}

export function deadlineRuleLines(rows: DeadlineRow[], lang: Lang): string[] {
  return rows.map((d) => {
    const rule = ruleText(d, lang);
    return `${rule ? `${rule} — ` : ""}${shorten(d.quote || d.what, 320)}\n   — ${cite(d, d.taskRef, lang)}`;
  });
}
