import type { IsoDate } from "../../domain/dates.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { PlanQueries, PlanSummary } from "../../db/repos/plan-queries.js";
import type { ProgressStore } from "../../db/repos/progress-store.js";
import { fold, foldKey, wordsAsTyped } from "../../domain/text/fold.js";
import { englishToVietnamese } from "../i18n/glossary.js";
import { aw } from "../i18n/answer-words.js";
import { t } from "../i18n/messages.js";
import { englishTopic, type Understanding } from "../intents/understand.js";
import type { Lang } from "../types.js";
import { cite, planLabel, titleWordsOf } from "./citation.js";
import { dueAnswer } from "./due.js";
import { describePassages, scopedHits } from "./passages.js";
import { planFactAnswer, PLAN_FACT_ASKS } from "./plan-facts.js";
import { outlineAnswer, rosterAnswer, taskListAnswer } from "./plan-roster.js";
import { planDetailAnswer, sectionAnswer, shorten } from "./plans.js";
import { wordsFound } from "./search.js";
import { findTargets, targetLines, targetYears, type TargetQuestion, type TargetRow } from "./targets.js";
import { best, rankByWords } from "./who-ranking.js";
import { dutyReading, foldedDuty } from "./duty-reading.js";
import { deadlineRuleLines, deadlinesAbout } from "./deadline-rules.js";

export type EntitySources = { answers: AnswerQueries; planQueries: PlanQueries; progress: ProgressStore };

export type EntityContext = {
  sources: EntitySources;
  lang: Lang;
  text: string;
  today: IsoDate;
  committeeId?: string;
  u: Understanding;
  plans: PlanSummary[];
  notes: (kind: "tasks" | "targets", ids: number[]) => Promise<Map<number, string>>;
};

/** A reply as lines: the first is the answer (or its header), the rest are items a page shows five of. */
export type Lines = string[];

/** A date in a passage ("15/4", "ngày 01 tháng 01", "trước ngày 20"), folded. */
const DATE = /\b\d{1,2} ?\/ ?\d{1,2}\b|\bngay \d{1,2}\b|\btruoc ngay\b|\btu ngay\b|\bthang \d{1,2}\b/;
/** How often, in a passage: "hằng ngày", "định kỳ 6 tháng", "mỗi tuần". */
const FREQUENCY = /\b(hang|moi) (ngay|tuan|thang|quy|nam)\b|\bdinh ky\b|\b\d+ (ngay|thang) (mot|1) lan\b/;

/** Words that make "when" a question about a report's deadline. */
const REPORTING = / (?:bao cao|nop|gui|reports?|submit|submitted)(?= )/;

/** The head word an agency is named with, folded: "sở …", "phòng …", "ubnd …", "công an …". */
const AGENCY_HEAD = /^(?:so|phong|ban|uy ban|ubnd|cong an|bo|cuc|chi cuc|trung tam|hoi|vien|ngan hang|bao hiem|kho bac|van phong|thanh tra|doan|tinh doan|huyen doan|mat tran|mttq)\b/;

const ROLE_ORDER = { lead: 0, support: 1, assigned: 2 } as const;

/** A question for every deadline a plan sets, not for what is due now. */
const ALL_DEADLINES = / (?:co (?:nhung |cac )?han (?:nao|gi)|(?:cac|nhung) (?:han|moc)|moc thoi gian|lich trinh|thoi han|timeline|schedule|milestones?|deadlines? (?:of|in|for|does)|what (?:is|are) the deadlines?)(?= )/;

/** Words that name time in general, folded ("các mốc thời gian", "lịch"): not what a deadline is about. */
const TIME_WORDS = new Set(["thoi", "gian", "moc", "lich", "trinh"]);

/** Words that name work in general, folded: with a period they ask what falls due in it. */
const GENERIC_WORK = new Set(["viec", "cong", "nhiem", "vu", "hoat", "dong", "work", "tasks", "things"]);

/** The role a duty question names, folded: "chủ trì", "phụ trách", "lead" / "phối hợp", "hỗ trợ", "support". */
function roleAsked(folded: string): "lead" | "support" | null {
  const padded = ` ${folded} `;
  const lead = / (?:chu tri|phu trach|leads?|in charge)(?= )/.test(padded);
  const support = / (?:phoi hop|ho tro|supports?|works? with|cooperates?)(?= )/.test(padded);
  return lead === support ? null : lead ? "lead" : "support";
}

/** How the answer names the plans in scope: "KH 273-KH/HU (…)", or null when it is every plan. */
function scopeLabel(ctx: EntityContext): string | null {
  const ids = ctx.u.planIds;
  if (!ids) return null;
  return ctx.plans.filter((p) => ids.includes(p.id)).map(planLabel).join("; ") || null;
}

/**
 * Answers a question from what it names. Null when the entities say nothing this layer answers (the
 * caller then searches). The "progress" ask is left to the progress answers (see conversation).
 */
export async function answerFromEntities(ctx: EntityContext): Promise<Lines | null> {
  const { u, lang } = ctx;
  if (u.unknownPlan) return [t(lang).planNotFound(u.unknownPlan)];
  if (PLAN_FACT_ASKS.has(u.ask)) return planFactAnswer(ctx);
  const section = u.sections[0];
  if (section && u.planIds?.length === 1 && u.agencies.length === 0 && u.ask !== "target" && u.ask !== "who_leads" && u.ask !== "who") {
    return sectionAnswer(ctx.sources.planQueries, lang, ctx.plans.find((p) => p.id === u.planIds![0])!.docNumber ?? String(u.planIds[0]), section.ref, ctx.committeeId);
  }
  switch (u.ask) {
    case "due":
    case "overdue":
      // "What are the deadlines in plan 224?", with no period: every deadline the plan sets, as its rules.
      // ("Có gì đến hạn?" asks what is due now; "có hạn nào?", "các mốc thời gian" ask for all of them.)
      if (u.ask === "due" && u.planIds && !u.hasPeriod && u.agencies.length === 0 && u.topic.every((w) => TIME_WORDS.has(w)) && ALL_DEADLINES.test(` ${u.folded} `)) {
        const rules = await planRules(ctx, false);
        return rules ?? [aw(lang).noDeadlinesSet(scopeLabel(ctx) ?? "")];
      }
      return dueLines(ctx, u.ask === "overdue");
    case "which_plans":
      return whichPlans(ctx);
    case "roster":
      return rosterAnswer(ctx);
    case "plan":
      return outlineAnswer(ctx);
    case "task_list":
      return u.agencies.length > 0 ? dutyAnswer(ctx) : taskListAnswer(ctx);
    case "who_leads":
    case "who_supports":
    case "who":
      return whoAnswer(ctx);
    case "target": {
      // "chỉ tiêu về giáo dục": a field named without its office's head word is what the targets are about.
      const fields = u.agencies.filter((a) => !AGENCY_HEAD.test(a.said));
      if (fields.length > 0 && fields.length === u.agencies.length) {
        return targetAnswer({ ...ctx, u: { ...u, agencies: [], topic: [...new Set([...fields.flatMap((a) => a.said.split(" ")), ...u.topic])] } });
      }
      if (u.agencies.length > 0 && u.topic.length === 0) return dutyAnswer(ctx);
      return targetAnswer(ctx);
    }
    case "frequency":
    case "when": {
      // "Bao lâu báo cáo một lần?", "how often must agencies report?": the plans' recurring rules, not dates.
      if (u.ask === "frequency" && u.agencies.length === 0) {
        const rules = (await deadlineRules(ctx)) ?? (await planRules(ctx, true));
        if (rules) return rules;
      }
      // "Khi nào nộp báo cáo năm?": the coming dates of that kind of report, when there are some. An agency
      // named may be the one reported to ("báo cáo về Sở X trước ngày nào"): the plan's rule about it.
      if (u.agencies.length === 0 && (u.topic.length === 0 || REPORTING.test(` ${u.folded} `))) {
        const due = await dueLines(ctx, false);
        if (due.length > 1) return due;
      }
      const rules = await deadlineRules(ctx);
      if (rules) return rules;
      if (u.topic.length === 0 || REPORTING.test(` ${u.folded} `)) {
        // "Khi nào nộp báo cáo năm?": the deadlines of that kind; when none is recorded, the plan's words.
        const due = await dueLines(ctx, false);
        if (due.length > 1 || u.topic.length === 0) return due;
        // No deadline recorded about it: say so, then what the plan itself says of it.
        const said = await whenAnswer(ctx, true);
        return said ? [`${due[0]}\n\n${said[0]}`, ...said.slice(1)] : due;
      }
      return (await whenAnswer(ctx, true)) ?? dueLines(ctx, false);
    }
    case "duty":
      if (u.agencies.length > 0 && !(u.hasPeriod && REPORTING.test(` ${u.folded} `))) return dutyAnswer(ctx);
      if (u.hasPeriod) return dueLines(ctx, false);
      return unknownAgencyDuties(ctx);
    default:
      // "việc của quý 1 năm 2027": a period with only the word for work is what falls due then.
      if (u.hasPeriod && u.topic.every((w) => GENERIC_WORK.has(w))) return dueLines(ctx, false);
      if (u.agencies.length > 0 && u.topic.length === 0) return dutyAnswer(ctx);
      if (u.planIds?.length === 1 && u.topic.length === 0 && u.agencies.length === 0) {
        const plan = ctx.plans.find((p) => p.id === u.planIds![0])!;
        return [await planDetailAnswer(ctx.sources.planQueries, lang, plan.docNumber ?? plan.title, ctx.committeeId)];
      }
      return null;
  }
}

async function dueLines(ctx: EntityContext, overdue: boolean): Promise<Lines> {
  const agency = ctx.u.agencies[0];
  return dueAnswer(ctx.sources, ctx.lang, ctx.text, overdue, ctx.today, ctx.committeeId, {
    planIds: ctx.u.planIds,
    agencyIds: agency?.rows.map((r) => r.id),
    agencyName: agency?.rows[0]?.name,
  });
}

/** What an agency must do in the plans in scope: its recorded duties, else the plan's own words about it. */
async function dutyAnswer(ctx: EntityContext): Promise<Lines> {
  const { u, lang } = ctx;
  const agency = u.agencies[u.agencies.length - 1]!;
  const name = agency.rows[0]!.name;
  const where = scopeLabel(ctx);
  const all = await ctx.sources.answers.duties({ agencyIds: agency.rows.map((r) => r.id) }, ctx.committeeId);
  const duties = u.planIds ? all.filter((d) => u.planIds!.includes(d.planId)) : all;
  const topic = u.topic;
  // Scored once each, not in every comparison of the sort.
  const scores = new Map(duties.map((d) => [d, topic.length ? wordsFound(fold(`${d.taskTitle} ${d.duty}`), topic) : 0]));
  const score = (d: (typeof duties)[number]) => scores.get(d)!;
  const notes = await ctx.notes("tasks", duties.map((d) => d.taskId));
  const seen = new Set<string>();
  // A few duties are shown whole (what a duty says last is often who gets the report); many, a line each.
  const max = duties.length <= 2 ? 1000 : duties.length <= 4 ? 700 : 320;
  // "Công an chủ trì việc gì?": the duties it leads come first, whatever words the others share.
  const role = roleAsked(u.folded);
  const asked = (d: (typeof duties)[number]) => (role && d.role !== role ? 1 : 0);
  const items = duties
    .sort((a, b) => asked(a) - asked(b) || score(b) - score(a) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role])
    .flatMap((d) => {
      const note = notes.get(d.taskId);
      const text = `[${t(lang).roles[d.role]}] ${shorten(dutyReading(d).full, max)}${note ? ` ${note}` : ""}\n   — ${cite(d, d.taskRef, lang)}`;
      if (seen.has(text)) return [];
      seen.add(text);
      return [text];
    });
  // The plan's own words about the agency: what the importer did not read as a duty is still there.
  const agencyWords = agency.said.split(" ");
  const hits = await scopedHits(ctx.sources.planQueries, agencyWords, { committeeId: ctx.committeeId, planIds: u.planIds, kinds: ["task", "section"] });
  const passages = await describePassages(ctx.sources.planQueries, lang, hits, [...agencyWords, ...topic], { committeeId: ctx.committeeId, count: 3, max: 420, from: agencyWords });
  if (items.length > 0) {
    // The plan's own words about the agency, when the question names the plan: what a duty line left out.
    const citedAt = (text: string) => text.split("\n").pop()!.trim();
    const extra = u.planIds ? passages.filter((p) => !items.some((i) => i.includes(p.slice(0, 60)) || citedAt(i) === citedAt(p))).slice(0, 2) : [];
    return [aw(lang).dutiesOf(name, where, items.length + extra.length), ...items, ...extra];
  }
  if (passages.length > 0) return [aw(lang).dutyPassages(name, where), ...passages];
  return [aw(lang).noDuty(name, where)];
}

/** A duty that runs the plan as a whole: "chủ trì … theo dõi, đôn đốc, kiểm tra việc thực hiện kế hoạch". */
const LEADS_THE_PLAN = /\b(?:theo doi|don doc|tong hop|huong dan|kiem tra)\b.{0,80}\b(?:thuc hien|trien khai) (?:noi dung )?(?:cua )?ke hoach\b/;

/** The question's topic is the plan's own subject: most of its words stand in the plan's title. */
function aboutWholePlan(ctx: EntityContext, words: string[]): boolean {
  const plan = ctx.plans.find((p) => p.id === ctx.u.planIds?.[0]);
  if (!plan || words.length === 0) return false;
  return wordsFound(fold(plan.title), words) >= Math.ceil(words.length * 0.7);
}

/**
 * "Chi cục Thuế khu vực 7 có nhiệm vụ gì?": a body no plan assigns by a known name. The
 * words before the ask name it; the passages where the plans name it say what it must do.
 */
async function unknownAgencyDuties(ctx: EntityContext): Promise<Lines | null> {
  const { u, lang } = ctx;
  const cue = / (?:co nhiem vu|co trach nhiem|nhiem vu|trach nhiem|duoc giao|lam gi|phai lam|can lam|lam nhung gi)(?= )/.exec(` ${u.folded} `);
  if (!cue) return null;
  const before = ` ${u.folded} `.slice(0, cue.index).trim().split(" ");
  // The subject as said, less the words that only ask ("có", "các") — "thành phố" stays in "Bộ Tư lệnh Thành phố".
  const subject = before.filter((w) => u.topic.includes(w) || /^\d+$/.test(w) || w === "thanh" || w === "pho");
  if (subject.length < 2) return null;
  const hits = await scopedHits(ctx.sources.planQueries, subject, { committeeId: ctx.committeeId, planIds: u.planIds, kinds: ["task", "section"] });
  const passages = await describePassages(ctx.sources.planQueries, lang, hits, subject, { committeeId: ctx.committeeId, count: 3, max: 420, from: subject });
  if (passages.length === 0) return null;
  const name = wordsSaid(ctx, subject);
  return [aw(lang).dutyPassages(name, scopeLabel(ctx)), ...passages];
}

/** "Ai chủ trì X?", "who works with Y on X?": the agencies given that work in the plans in scope. */
async function whoAnswer(ctx: EntityContext): Promise<Lines | null> {
  const { u, lang } = ctx;
  const words = u.topic;
  if (words.length === 0) return u.agencies.length > 0 ? dutyAnswer(ctx) : null;
  const role = u.ask === "who_supports" ? "support" : "lead";
  // Named as an agency ("Sở Tài chính", "Department of Finance"), not a topic that is also one's headless name ("giáo dục").
  const namedOutright = new Set(u.agencies.filter((a) => AGENCY_HEAD.test(a.said)).flatMap((a) => a.rows.map((r) => r.id)));
  // Every task in scope holding any of the words, ranked by how much of the question each holds.
  const hits = await ctx.sources.planQueries.search(words, { committeeId: ctx.committeeId, planIds: u.planIds ?? undefined, kinds: ["task"], mode: "any", limit: 80 });
  const duties = await ctx.sources.answers.duties({ taskIds: hits.map((h) => h.refId) }, ctx.committeeId);
  let pool = duties;
  // "Who works with the Department of Finance on X": the tasks that department has a part in.
  if (namedOutright.size > 0 && duties.some((d) => namedOutright.has(d.agencyId))) {
    const theirs = new Set(duties.filter((d) => namedOutright.has(d.agencyId)).map((d) => d.taskId));
    pool = duties.filter((d) => theirs.has(d.taskId));
  }
  // "xây dựng hệ thống …" read "Sở Xây dựng" by its headless name: the words are the work asked about too.
  const headless = u.agencies.filter((a) => !AGENCY_HEAD.test(a.said)).flatMap((a) => a.said.split(" "));
  // Each duty by its own words; a duty a role line gives ("Đơn vị chủ trì: Sở X") by its task's (see dutyReading).
  const ranked = best(rankByWords(pool.map((d, id) => ({ id, ...dutyReading(d).ranked })), [...headless, ...words]));
  const rank = new Map<(typeof pool)[number], number>(ranked.map((r, i) => [pool[r.id]!, i]));
  const onBest = [...rank.keys()].filter((d) => !namedOutright.has(d.agencyId));
  let chosen = onBest.filter((d) => d.role === role);
  // "Who leads the campaign" where the campaign is the plan's own subject: whoever leads the plan itself.
  if (chosen.length === 0 && role === "lead" && u.planIds?.length === 1 && aboutWholePlan(ctx, words)) {
    chosen = duties.filter((d) => d.role === "lead" && d.planId === u.planIds![0] && LEADS_THE_PLAN.test(foldedDuty(d)));
    chosen.forEach((d, i) => rank.set(d, i));
  }
  // Nobody leads it, but someone is given it: said so, then who.
  const assignedOnly = chosen.length === 0 && role === "lead";
  if (assignedOnly) chosen = onBest.filter((d) => d.role === "assigned");
  const seenDuty = new Set<string>();
  chosen = chosen.filter((d) => !seenDuty.has(`${d.agencyId}:${d.taskId}:${d.role}`) && Boolean(seenDuty.add(`${d.agencyId}:${d.taskId}:${d.role}`)));
  const m = t(lang).agency;
  const said = wordsSaid(ctx, words);
  if (chosen.length > 0) {
    const header = assignedOnly ? `${m.leadsNone(said)} ${aw(lang).assignedInstead(chosen.length)}` : role === "lead" ? m.leadsHeader(said, chosen.length) : m.supportsHeader(said, chosen.length);
    const items = chosen
      .sort((a, b) => rank.get(a)! - rank.get(b)!)
      .map((d) => `${d.agency} — [${t(lang).roles[d.role]}] ${shorten(dutyReading(d).full, 240)}\n   — ${cite(d, d.taskRef, lang)}`);
    return [header, ...items];
  }
  // The plans name who does it in their own words: the passages that speak of the work.
  const any = await scopedHits(ctx.sources.planQueries, words, { committeeId: ctx.committeeId, planIds: u.planIds, kinds: ["task", "section"] });
  const passages = await describePassages(ctx.sources.planQueries, lang, any, words, { committeeId: ctx.committeeId, count: 3, max: 360 });
  const none = role === "lead" ? m.leadsNone(said) : m.supportsNone(said);
  if (passages.length > 0) return [`${none} ${aw(lang).whoPassages}`, ...passages];
  return nothingFound(ctx, words);
}

async function targetAnswer(ctx: EntityContext): Promise<Lines | null> {
  const { u, lang } = ctx;
  const question: TargetQuestion = { words: u.topic, year: u.year, planNumber: null, planPhrase: null, phraseWords: [], planIds: u.planIds ?? undefined };
  let found = await findTargets(ctx.sources.answers, ctx.sources.planQueries, question, ctx.committeeId);
  // Every active target, read once however many of the readings below need it.
  let active: TargetRow[] | undefined;
  const activeTargets = async () => (active ??= await ctx.sources.answers.activeTargets(ctx.committeeId));
  // Within a plan, a target said in other words than the question's: ranked by the question's weight.
  if (u.planIds && u.topic.length >= 3) {
    const ranked = targetsRanked(ctx, await activeTargets());
    found = [...ranked, ...found.filter((r) => !ranked.some((x) => x.id === r.id))];
  }
  if (found.length === 0 && u.topic.length >= 3) found = targetsCovering(ctx, await activeTargets());
  const inYears = (y: number | null) => y !== null && y >= (u.yearFrom ?? u.year!) && y <= u.year!;
  const rows = u.year ? found.filter((r) => inYears(r.targetYear)) : found;
  if (rows.length > 0) return [t(lang).targets.header(rows.length), ...(await targetLines(rows, lang, (ids) => ctx.notes("targets", ids)))];
  // None for the year asked, but for others: say which years.
  const m = t(lang).targets;
  const topic = u.topic.length > 0 ? wordsSaid(ctx, u.topic) : null;
  const plan = planPhrase(ctx);
  const sentence = m.noneAbout(topic, plan, u.year);
  if (found.length > 0) return [`${sentence} ${m.yearsSet(targetYears(found))}`];
  if (u.topic.length > 0) {
    // No target row holds it: the plan's own sentences about it, with their figures.
    const hits = await scopedHits(ctx.sources.planQueries, u.topic, { committeeId: ctx.committeeId, planIds: u.planIds });
    const prefer = u.year ? new RegExp(`\\b${u.year}\\b.*\\d|\\d.*\\b${u.year}\\b`) : /\d+(?:[.,]\d+)? ?(?:%|ha|doanh nghiep|nguoi|xa)/;
    const passages = await describePassages(ctx.sources.planQueries, lang, hits, u.topic, { committeeId: ctx.committeeId, count: 3, prefer });
    if (passages.length > 0) return [`${sentence} ${aw(lang).targetPassages}`, ...passages];
    return nothingFound(ctx, u.topic);
  }
  const all = await activeTargets();
  const more = plan ? m.plansWithTargets([...new Set(all.map((r) => planLabel(r)))]) : m.yearsSet(targetYears(all));
  return [`${sentence} ${more}`];
}

/** The targets of the plans in scope holding most of the question's weight, the plan's title words aside. */
function targetsRanked(ctx: EntityContext, all: TargetRow[]): TargetRow[] {
  const { u } = ctx;
  const inScope = all.filter((r) => u.planIds!.includes(r.planId));
  const titles = titleWordsOf(ctx.plans, u.planIds!);
  const words = u.topic.filter((w) => !titles.has(w));
  if (words.length < 2) return [];
  return best(rankByWords(inScope.map((r, id) => ({ id, text: `${r.indicator} ${r.quote}` })), words), 0.6).slice(0, 5).map((r) => inScope[r.id]!);
}

/**
 * A long question (a share of a group of officials over a period, asked in twenty words) holds more words
 * than any target: the targets in scope holding most of them, at least half, best first.
 */
function targetsCovering(ctx: EntityContext, all: TargetRow[]): TargetRow[] {
  const { u } = ctx;
  const inScope = u.planIds ? all.filter((r) => u.planIds!.includes(r.planId)) : all;
  const scored = inScope
    .map((r) => ({ r, n: wordsFound(fold(`${r.indicator} ${r.quote}`), u.topic) }))
    .filter((x) => x.n >= (u.topic.length <= 4 ? u.topic.length - 1 : Math.ceil(u.topic.length * 0.6)))
    .sort((a, b) => b.n - a.n);
  const best = scored[0]?.n ?? 0;
  return scored.filter((x) => x.n >= best - 1).slice(0, 6).map((x) => x.r);
}

/** The plan as the question named it: "kế hoạch 224", "kế hoạch của Vinh". */
function planPhrase(ctx: EntityContext): string | null {
  const m = t(ctx.lang).targets;
  const mention = ctx.u.planMentions.find((p) => p.rule === "number") ?? ctx.u.planMentions.find((p) => p.planIds.length > 0);
  if (!mention) return null;
  if (mention.rule === "number") return m.planNumbered(mention.said);
  return m.planOf(wordsAsTyped(ctx.text, mention.said) ?? mention.said);
}

/** "Báo cáo về Sở X chậm nhất ngày nào?": the plan's deadline about the work and agencies named, as its rule. */
async function deadlineRules(ctx: EntityContext): Promise<Lines | null> {
  const { u, lang } = ctx;
  // The agency as said and by its name as the plans write it ("Sở NN&MT" is "Sở Nông nghiệp và Môi trường");
  // a headless name ("xây dựng") is only the words said.
  const agencyWords = u.agencies.flatMap((a) => [
    ...a.said.split(" "),
    ...(AGENCY_HEAD.test(a.said) ? foldKey(a.rows[0]?.name ?? "").split(" ").filter((w) => w && w !== "va") : []),
  ]);
  // Words of the plan's title named the plan ("kế hoạch bảo vệ trẻ em"), not the deadline in it.
  const title = u.planIds?.length === 1 ? titleWordsOf(ctx.plans, u.planIds) : new Set<string>();
  const topic = u.topic.every((w) => title.has(w)) && agencyWords.length === 0 ? u.topic : u.topic.filter((w) => !title.has(w));
  if (topic.length + agencyWords.length === 0) return null;
  const reporting = REPORTING.test(` ${u.folded} `) ? ["bao", "cao"] : [];
  const rows = await deadlinesInScope(ctx);
  const found = deadlinesAbout(rows, [...new Set([...reporting, ...agencyWords, ...topic])], u.folded, agencyWords.length > 0 ? [] : topic);
  if (found.length === 0) return null;
  return [aw(lang).deadlineRules(found.length), ...deadlineRuleLines(found, lang)];
}

/** The active deadlines of the plans the question names (of every plan when it names none). */
async function deadlinesInScope(ctx: EntityContext) {
  const ids = ctx.u.planIds;
  return (await ctx.sources.answers.activeDeadlines(ctx.committeeId)).filter((d) => !ids || ids.includes(d.planId));
}

/** The deadlines of the plans in scope (only the recurring ones if asked), said as rules ("Hằng năm, trước ngày 20/11 — …"). */
async function planRules(ctx: EntityContext, recurringOnly: boolean): Promise<Lines | null> {
  const { lang } = ctx;
  const rows = (await deadlinesInScope(ctx)).filter((d) => !recurringOnly || d.kind !== "once");
  if (rows.length === 0) return null;
  // Reports first: "how often" is mostly asked of them.
  const reports = (d: (typeof rows)[number]) => (/\bbao cao\b/.test(fold(`${d.what} ${d.quote}`)) ? 0 : 1);
  rows.sort((a, b) => reports(a) - reports(b));
  return [aw(lang).deadlineRules(rows.length), ...deadlineRuleLines(rows, lang)];
}

/** "Trước ngày nào?", "bao lâu một lần?": the deadlines about the topic in scope, else the plan's words. */
async function whenAnswer(ctx: EntityContext, withPassages: boolean): Promise<Lines | null> {
  const { u, lang } = ctx;
  const words = u.topic;
  if (words.length === 0) return null;
  const deadlines = await deadlinesInScope(ctx);
  const needed = words.length <= 2 ? words.length : Math.ceil(words.length / 2);
  const phrase = words.join(" ");
  const about = deadlines
    .map((d) => ({ d, n: words.length <= 2 ? (fold(`${d.what} ${d.quote}`).includes(phrase) ? words.length : 0) : wordsFound(fold(`${d.what} ${d.quote}`), words) }))
    .filter((x) => x.n >= needed)
    .sort((a, b) => b.n - a.n)
    .slice(0, 5);
  const items = about.map(({ d }) => `${shorten(d.quote || d.what, 300)}\n   — ${cite(d, d.taskRef, lang)}`);
  const hits = withPassages || items.length === 0 ? await scopedHits(ctx.sources.planQueries, words, { committeeId: ctx.committeeId, planIds: u.planIds }) : [];
  const prefer = u.ask === "frequency" ? FREQUENCY : DATE;
  const passages = await describePassages(ctx.sources.planQueries, lang, hits, words, { committeeId: ctx.committeeId, count: items.length > 0 ? 2 : 3, prefer });
  const all = [...items, ...passages.filter((p) => !items.some((i) => i.slice(0, 50) === p.slice(0, 50)))];
  return all.length > 0 ? [aw(lang).when, ...all] : null;
}

/** "Kế hoạch nào nói về X?": the plans holding passages about it, most first. */
async function whichPlans(ctx: EntityContext): Promise<Lines | null> {
  const { u, lang } = ctx;
  if (u.topic.length === 0) return null;
  const hits = await scopedHits(ctx.sources.planQueries, u.topic, { committeeId: ctx.committeeId, planIds: u.planIds }, 80);
  const count = new Map<number, number>();
  // A plan whose title says it is about the topic comes first, however its passages rank.
  for (const p of ctx.plans) if (u.topic.every((w) => foldKey(p.title).split(" ").includes(w))) count.set(p.id, 1000);
  for (const h of hits) count.set(h.planId, (count.get(h.planId) ?? 0) + 1);
  const plans = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => ctx.plans.find((p) => p.id === id)).filter((p): p is PlanSummary => Boolean(p));
  if (plans.length === 0) return nothingFound(ctx, u.topic);
  const items = [];
  for (const plan of plans.slice(0, 5)) {
    const [passage] = await describePassages(ctx.sources.planQueries, lang, hits.filter((h) => h.planId === plan.id), u.topic, { committeeId: ctx.committeeId, count: 1, max: 240 });
    items.push(`${planLabel(plan)}: ${shorten(plan.title, 140)}${passage ? `\n   ${passage.split("\n")[0]}` : ""}`);
  }
  return [aw(lang).plansAbout(wordsSaid(ctx, u.topic), plans.length), ...items];
}

/** The topic as the user typed it, when it can be found; else the folded words. */
export function wordsSaid(ctx: Pick<EntityContext, "text" | "lang">, words: string[]): string {
  const vietnamese = englishToVietnamese(ctx.text);
  const typed = wordsAsTyped(vietnamese, words.join(" "));
  // An English question's topic is said back in its own words, not in the plans' Vietnamese.
  if (ctx.lang === "en" && ctx.text !== vietnamese) {
    const own = englishTopic(ctx.text);
    const said = own.length > 0 ? (wordsAsTyped(ctx.text, own.join(" ")) ?? stretchAsTyped(ctx.text, own)) : undefined;
    if (said) return said;
  }
  return typed ?? stretchAsTyped(ctx.text, words) ?? ctx.text.trim().replace(/[?.!\s]+$/, "");
}

/** The runs of the question holding the words, as typed, joined: "phòng chống dịch sau lũ, khử khuẩn" (not "… ai chủ trì …"). */
function stretchAsTyped(text: string, words: string[]): string | undefined {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const folded = tokens.map((t) => foldKey(t[0]));
  const at = folded.map((f, i) => (words.includes(f) ? i : -1)).filter((i) => i >= 0);
  if (at.length === 0) return undefined;
  const runs: Array<[number, number]> = [];
  for (const i of at) {
    const last = runs[runs.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs.map(([a, b]) => text.slice(tokens[a]!.index, tokens[b]!.index + tokens[b]![0].length)).join(", ");
}

/** Nothing relevant: said so plainly, with how to ask, not thirty partial hits. */
export function nothingFound(ctx: EntityContext, words: string[]): Lines {
  const where = scopeLabel(ctx);
  const what = wordsSaid(ctx, words);
  const sentence = where ? aw(ctx.lang).nothingIn(what, where) : aw(ctx.lang).nothing(what);
  return [`${sentence}\n\n${aw(ctx.lang).howToAsk}`];
}
