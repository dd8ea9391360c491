import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { PlanQueries } from "../../db/repos/plan-queries.js";
import { fold } from "../../domain/text/fold.js";
import { englishToVietnamese } from "../i18n/glossary.js";
import { t } from "../i18n/messages.js";
import type { Lang } from "../types.js";
import { matchAgencies, namesOnly } from "./agency-match.js";
import { cite } from "./citation.js";
import { shorten } from "./plans.js";
import { queryWords, wordsFound } from "./search.js";

const ROLE_ORDER = { lead: 0, support: 1, assigned: 2 } as const;

/**
 * What an agency must do across the plans in scope: lead duties first, then support, then the rest.
 * With `bare`, the phrase is a whole question and must name nothing but the agency.
 */
export async function agencyDutyItems(
  queries: AnswerQueries,
  lang: Lang,
  phrase: string,
  committeeId?: string,
  progressNote?: (taskIds: number[]) => Promise<Map<number, string>>,
  bare = false,
): Promise<{ agencyName: string; items: string[] } | null> {
  const vietnamese = englishToVietnamese(phrase);
  const agencies = matchAgencies(vietnamese, await queries.agencies(committeeId));
  if (agencies.length === 0 || (bare && !namesOnly(vietnamese, agencies[0]!))) return null;
  const duties = await queries.duties({ agencyIds: agencies.map((a) => a.id) }, committeeId);
  const m = t(lang);
  const seen = new Set<string>();
  const notes = (await progressNote?.(duties.map((d) => d.taskId))) ?? new Map<number, string>();
  const items = duties
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])
    .flatMap((d) => {
      const note = notes.get(d.taskId);
      const text = `[${m.roles[d.role]}] ${shorten(d.duty, 260)}${note ? ` ${note}` : ""}\n   — ${cite(d, d.taskRef, lang)}`;
      if (seen.has(text)) return [];
      seen.add(text);
      return [text];
    });
  return { agencyName: agencies[0]!.name, items };
}

/** "Ai chủ trì tuyên truyền?": the tasks on that topic and who leads them. */
export async function whoLeadsItems(
  queries: AnswerQueries,
  planQueries: PlanQueries,
  lang: Lang,
  topic: string,
  committeeId?: string,
  role: "lead" | "support" = "lead",
): Promise<string[]> {
  const words = queryWords(englishToVietnamese(topic));
  let hits = await planQueries.search(words, { committeeId, kinds: ["task"], mode: "all", limit: 40 });
  if (hits.length === 0) hits = await planQueries.search(words, { committeeId, kinds: ["task"], mode: "most", limit: 40 });
  const taskIds = hits.map((h) => h.refId);
  const duties = await queries.duties({ taskIds }, committeeId);
  const rank = new Map(taskIds.map((id, i) => [id, i]));
  const m = t(lang);
  // A long task names many agencies, each leading its own part: an agency leads the topic when its own
  // duty speaks of it (every word, or all but one of three or more), not when the words are elsewhere in
  // the task. Otherwise there is no answer, and the caller offers the nearest passages.
  const needed = words.length >= 3 ? words.length - 1 : words.length;
  const covers = (d: (typeof duties)[number]) => wordsFound(fold(`${d.taskTitle} ${d.duty}`), words) >= needed;
  const named = duties.filter((d) => d.role === role && covers(d));
  // A duty given without "chủ trì" or "phối hợp" answers "who leads" when no lead is named; never "who supports".
  const chosen = named.length > 0 || role === "support" ? named : duties.filter((d) => d.role === "assigned" && covers(d));
  return chosen
    .sort((a, b) => (rank.get(a.taskId) ?? 0) - (rank.get(b.taskId) ?? 0))
    .map((d) => `${d.agency} — [${m.roles[d.role]}] ${shorten(d.duty, 200)}\n   — ${cite(d, d.taskRef, lang)}`);
}
