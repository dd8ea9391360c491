import { addDays, formatVi, parseIso, type IsoDate } from "../../domain/dates.js";
import { impossiblePeriod, parsePeriod, type Period } from "../../domain/periods.js";
import { fold, foldKey, wordsAsTyped } from "../../domain/text/fold.js";
import type { PlanQueries } from "../../db/repos/plan-queries.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { ProgressStore } from "../../db/repos/progress-store.js";
import { englishToVietnamese, vietnameseKey } from "../i18n/glossary.js";
import { t } from "../i18n/messages.js";
import { occurrencesBetween, overdueOccurrences, reportsFrom, type Occurrence } from "../obligations.js";
import type { Lang } from "../types.js";
import { cite } from "./citation.js";
import { deadlineInScope, readDueScope, type DueScope, type KnownScope } from "./due-scope.js";
import { deadlineTopic, type DeadlineTopic } from "./due-topic.js";
import { shorten } from "./plans.js";

export type DueItem = { date: IsoDate; text: string };

function occurrenceItem(o: Occurrence, lang: Lang): DueItem {
  const { m: month, y } = parseIso(o.date);
  const when = o.wholeMonth ? t(lang).due.wholeMonth(month, y) : formatVi(o.date);
  const d = o.deadline;
  // "Thời gian thực hiện: tháng 12/2025" says when, not what: the item it belongs to says what.
  const what = d.taskTitle && !fold(d.what).includes(fold(d.taskTitle).slice(0, 30)) && /^(thoi gian|thoi han|hoan thanh|truoc ngay|trong thang|quy|nam)\b/.test(fold(d.what).trim()) ? `${shorten(d.taskTitle, 140)}: ${d.what}` : d.what;
  return { date: o.date, text: `${when} — ${shorten(what, 200)}${d.agency ? ` (${d.agency})` : ""}\n   — ${cite(d, d.taskRef, lang)}` };
}

/** Deadlines and target years that fall in a period, soonest first; with `only`, those of one plan or agency. */
export async function dueItems(queries: AnswerQueries, lang: Lang, period: Period, committeeId?: string, only?: DueScope): Promise<DueItem[]> {
  const m = t(lang);
  const occurrences = await occurrencesBetween(queries, committeeId, period.start, period.end, only && ((d) => deadlineInScope(only, d)));
  const items = occurrences.map((o) => occurrenceItem(o, lang));
  const targetsByPlanYear = new Map<string, { count: number; plan: Parameters<typeof cite>[0]; year: number }>();
  // Targets are the plan's, not an agency's to report by a date, nor a deadline of a kind.
  const targets = only?.agencyIds || only?.topic ? [] : await queries.activeTargets(committeeId);
  for (const target of targets) {
    if (!target.targetYear || (only?.planIds && !only.planIds.includes(target.planId))) continue;
    const due = `${target.targetYear}-12-31`;
    if (due < period.start || due > period.end) continue;
    const key = `${target.planId}|${target.targetYear}`;
    const entry = targetsByPlanYear.get(key) ?? { count: 0, plan: target, year: target.targetYear };
    entry.count++;
    targetsByPlanYear.set(key, entry);
  }
  for (const { count, plan, year } of targetsByPlanYear.values()) {
    items.push({ date: `${year}-12-31`, text: `${formatVi(`${year}-12-31`)} — ${m.due.targetsDue(count, year)}\n   — ${cite(plan, null, lang)}` });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Deadlines of the last twelve months that passed with no report for them, latest first: the same
 * list the digest's "overdue" shows. A target year that ended is not a missed report.
 */
export async function overdueItems(queries: AnswerQueries, progress: ProgressStore, lang: Lang, today: IsoDate, committeeId?: string, only?: DueScope): Promise<DueItem[]> {
  const reports = await progress.since(committeeId, reportsFrom(today));
  const overdue = await overdueOccurrences(queries, committeeId, today, reports, only && ((d) => deadlineInScope(only, d)));
  return overdue.map((o) => occurrenceItem(o, lang));
}

type DueSources = { answers: AnswerQueries; planQueries: PlanQueries; progress: ProgressStore };

/**
 * "Tháng này có gì đến hạn?", "Phòng Y tế có gì quá hạn?", "kế hoạch 273 tuần sau": a header and the
 * items, for the plan or agency the question names if it names one.
 */
export async function dueAnswer(sources: DueSources, lang: Lang, text: string, overdue: boolean, today: IsoDate, committeeId?: string, known?: KnownScope): Promise<string[]> {
  const m = t(lang);
  // In the plans' words ("plan 273", "half-yearly" → "6 tháng"), folded once for the plan, agency and topic.
  const vietnamese = englishToVietnamese(text);
  const key = vietnameseKey(text);
  const reading = await readDueScope(sources.answers, sources.planQueries, text, key, committeeId, known);
  if (reading && "unknownPlan" in reading) return [m.planNotFound(reading.unknownPlan)];
  const only = reading?.scope;
  const texts = (items: DueItem[]) => items.map((i) => i.text);

  if (overdue) {
    const items = await overdueItems(sources.answers, sources.progress, lang, today, committeeId, only);
    if (items.length === 0) return [only ? m.due.overdueNoneFor(only.who) : m.due.overdueNone];
    return [only ? m.due.overdueHeaderFor(only.who, items.length) : m.due.overdueHeader(items.length), ...texts(items)];
  }

  const folded = foldKey(text);
  const impossible = impossiblePeriod(folded);
  if (impossible) return [m.due.impossiblePeriod(wordsAsTyped(text, impossible) ?? impossible)];
  const named = parsePeriod(folded, today);
  // "Hạn báo cáo 6 tháng là khi nào?": that kind of deadline, over the coming year.
  const topic = named || only?.agencyIds ? null : deadlineTopic(key);
  if (topic) return dueAbout(sources, lang, vietnamese, topic, today, committeeId, only);
  const period = named ?? parsePeriod("thang nay", today)!;
  const label = lang === "vi" ? period.vi : period.en;
  const items = await dueItems(sources.answers, lang, period, committeeId, only);
  if (items.length > 0) return [only ? m.due.headerFor(only.who, label, items.length) : m.due.header(label, items.length), ...texts(items)];

  // No deadline names the agency, but a general one ("các cơ quan, ban, ngành … báo cáo") may be its too.
  const planOnly = only?.planIds ? { who: only.who, planIds: only.planIds } : undefined;
  if (only?.agencyIds) {
    const all = await dueItems(sources.answers, lang, period, committeeId, planOnly);
    if (all.length > 0) return [m.due.othersHeader(only.who, label, all.length), ...texts(all)];
  }
  // Nothing in the period: what falls due next (within a year) is what the asker needs to know, the
  // agency's own if it has one, else the plans'.
  const none = only ? m.due.noneFor(only.who, label) : m.due.none(label);
  const year = yearFrom(period.end < today ? today : addDays(period.end, 1));
  const [own] = await dueItems(sources.answers, lang, year, committeeId, only);
  if (own || !only?.agencyIds) return [withNext(none, m.due.nextOne, own)];
  const [planNext] = await dueItems(sources.answers, lang, year, committeeId, planOnly);
  return [withNext(none, m.due.nextInPlans, planNext)];
}

/** `vietnamese` is the question in the plans' words, to echo the topic in them. */
async function dueAbout(sources: DueSources, lang: Lang, vietnamese: string, topic: DeadlineTopic, today: IsoDate, committeeId: string | undefined, only: DueScope | undefined): Promise<string[]> {
  const m = t(lang);
  // A kind alone is named as one ("báo cáo năm"); other words are echoed in the plans' words (English
  // "half-yearly" is "6 tháng").
  // Never the folded words: as typed, or the kind of report alone.
  const typed = wordsAsTyped(vietnamese, topic.said);
  const label = (topic.kind && topic.words.length === 0) || !typed ? (topic.kind ? m.due.kinds[topic.kind] : m.due.kinds.annual) : `"${typed}"`;
  const year = yearFrom(today);
  const items = await dueItems(sources.answers, lang, year, committeeId, { who: only?.who ?? "", planIds: only?.planIds, topic });
  if (items.length > 0) return [m.due.aboutHeader(label, only?.who, items.length), ...items.map((i) => i.text)];
  const [next] = await dueItems(sources.answers, lang, year, committeeId, only);
  return [withNext(m.due.aboutNone(label, only?.who), m.due.nextOne, next)];
}

/** The coming year from a day: how far ahead "what falls due next" looks. */
function yearFrom(start: IsoDate): Period {
  return { start, end: addDays(start, 365), vi: "", en: "" };
}

/** "Nothing …", then what falls due next, if anything does. */
function withNext(none: string, says: string, next: DueItem | undefined): string {
  return next ? `${none}\n\n${says}\n• ${next.text}` : none;
}
