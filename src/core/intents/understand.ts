import type { AgencyRow } from "../answers/agency-match.js";
import { findAgencies, type AgencyMention } from "./entities/agencies.js";
import { findAsk, PLAN_FACT_ASKS, type Ask } from "./entities/asks.js";
import { findPeriodWords } from "./entities/periods.js";
import { findPlanMentions, type PlanMention } from "./entities/plan-refs.js";
import { findSections, type SectionMention } from "./entities/sections.js";
import type { Lexicon } from "./lexicon.js";
import { foldWords, wordsAsTyped } from "../../domain/text/fold.js";
import { indexOfWords, questionWords, type Span } from "./words.js";

const PLAN_FACTS = PLAN_FACT_ASKS;

/** Everything a question names that the plans know, and what is left: its topic. */
export type Understanding = {
  words: string[];
  /** The words joined: what ask rules and period readers read. */
  folded: string;
  ask: Ask;
  askRule: string;
  /** The plans the question is about: null when it names none (every plan in scope). */
  planIds: number[] | null;
  planMentions: PlanMention[];
  /** A plan number no plan has ("kế hoạch 999"). */
  unknownPlan?: string;
  /** True when the plan was recognised by words of its title only. */
  planByTitle: boolean;
  /** The plans in scope before the title's words chose one (a place's plans, or null for all). */
  planIdsBeforeTitle: number[] | null;
  /** Agencies the question is about (not the issuer of the plan it names). */
  agencies: AgencyMention[];
  sections: SectionMention[];
  hasPeriod: boolean;
  /** A year named outside the plan's own name ("năm 2030"): the year of a target or deadline. */
  year: number | null;
  /** The first year of a range the question names ("giai đoạn 2026-2030"); `year` is its last. */
  yearFrom: number | null;
  /** What is left once plans, agencies, periods and question words are set aside, folded. */
  topic: string[];
  /** The topic with the agencies' words kept: what a search looks for ("lao động trẻ em" holds "Lao động"). */
  searchWords: string[];
};

/** Words that ask or link and say nothing of the topic, in either language, folded. */
const NOT_TOPIC = new Set([
  "ai", "gi", "nao", "la", "co", "khong", "duoc", "cua", "cac", "nhung", "trong", "theo", "ve", "cho", "o", "tai", "voi",
  "va", "thi", "phai", "can", "bao", "nhieu", "nhiu", "han", "den", "toi", "may", "gom", "ra", "sao",
  "the", "nhu", "hay", "xem", "biet", "hoi", "a", "nhe", "oi", "vay", "nay", "do", "se", "dang", "da", "con", "minh",
  "tren", "dia", "ban", "ky", "sau", "truoc", "nhac", "phan", "tram", "cham", "nhat", "kh", "nop",
  "what", "who", "which", "is", "are", "the", "of", "in", "for", "does", "do", "did", "to", "a", "an", "and", "on", "by",
  "with", "about", "from", "at", "how", "when", "where", "there", "any", "anything", "plan", "plans", "s", "its", "it",
  "must", "should", "have", "has", "be", "been", "was", "were", "this", "that", "these", "those", "their",
  "responsible", "assigned", "duties", "duty", "task", "tasks", "target", "targets", "goal", "many", "much", "percent",
  "leads", "lead", "support", "supports", "works", "work", "city", "province", "provincial", "district", "me",
  "tell", "show", "please", "whose", "tp", "takes", "take", "handles", "oversees", "charge", "set", "sets", "under",
  "agency", "agencies", "department", "departments", "office", "offices", "body", "bodies", "unit", "units", "due",
  "preventing", "prevent", "anything", "something", "being", "get", "gets", "come", "comes", "doing", "next", "upcoming",
  "milestone", "milestones", "timeline", "schedule", "deadline", "deadlines", "mention", "mentions", "mentioned", "talks", "talk", "says", "say", "happens", "happen", "happening",
]);

/**
 * Phrases that ask or link, removed before single words: "được giao" (not "giáo"), "cho em hỏi" (not "trẻ
 * em"), "tháng nào" (not "lang thang").
 */
const NOT_TOPIC_PHRASES: string[][] = [
  "duoc giao", "giao cho", "cho em", "em hoi", "cho toi", "chu tri", "phoi hop", "phu trach", "nhiem vu", "trach nhiem",
  "ke hoach", "chi tieu", "chi tiu", "muc tieu", "bao nhieu", "bao nhiu", "co quan", "don vi", "thuc hien", "trien khai",
  "ngay nao", "thang nao", "nam nao", "khi nao", "bao gio", "luc nao", "ty le", "ti le", "ty suat", "ti suat", "phan dau",
  "cong tac", "de cap", "lam gi", "the nao", "ra sao", "tinh uy", "huyen uy", "thanh uy", "thanh pho", "takes care of",
  "take care of", "in charge of", "bao cao", "dat bao nhieu", "dat duoc", "dat muc", "dat ty le", "dat ti le", "muc dat", "noi gi", "noi ve", "co noi", "giai doan", "lam gi", "lam nhung gi", "viec gi",
  "co viec", "phai lam", "can lam", "se lam", "bao lau", "la gi", "ten la", "ve dau", "ket qua", "nguoi ky", "can cu", "dua tren", "ban hanh", "thay the", "mot lan", "dinh ky",
].map((p) => p.split(" "));

/** Two words that make a topic though each alone may only link: "bảo vệ" (not "về"), "trẻ em", "mẫu giáo". */
const TOPIC_PAIRS = new Set(["thi dua", "thien tai", "tai nan", "bao ve", "tre em", "mau giao", "giao duc", "giao thong", "lang thang", "phong ve", "an toan", "noi vu", "noi dung", "noi bo", "co so"]);

/** The question's words that say something of its topic, in order, each once. */
function topicWords(words: string[], skip: (i: number) => boolean): string[] {
  const keep = new Set<number>();
  words.forEach((w, i) => {
    if (TOPIC_PAIRS.has(`${w} ${words[i + 1] ?? ""}`)) keep.add(i).add(i + 1);
  });
  const drop = new Set<number>();
  for (const phrase of NOT_TOPIC_PHRASES) {
    for (let at = indexOfWords(words, phrase); at >= 0; at = indexOfWords(words, phrase, at + 1)) phrase.forEach((_, j) => drop.add(at + j));
  }
  const out: string[] = [];
  words.forEach((w, i) => {
    if (skip(i) || (!keep.has(i) && (drop.has(i) || NOT_TOPIC.has(w))) || (w.length === 1 && w !== "y")) return;
    if (!out.includes(w)) out.push(w);
  });
  return out;
}


/** "của UBND tỉnh X" right after the plan it names: the plan's issuer, not an agency asked about. */
function issuerOfPlan(mention: AgencyMention, words: string[], plans: PlanMention[]): boolean {
  const before = words[mention.span.start - 1];
  if (before !== "cua" && before !== "of") return false;
  return plans.some((p) => p.span.end >= mention.span.start - 3 && p.span.end <= mention.span.start) || /(ke hoach|kh|plan)$/.test(words.slice(Math.max(0, mention.span.start - 4), mention.span.start - 1).join(" "));
}

export function understand(text: string, lexicon: Lexicon, scopeRows?: AgencyRow[]): Understanding {
  const words = questionWords(text);
  const folded = words.join(" ");
  const { ask, rule } = findAsk(folded);
  const taken = new Set<number>();
  const take = (span: Span) => {
    for (let i = span.start; i < span.end; i++) taken.add(i);
  };

  // "… thực hiện chỉ thị nào của Tỉnh ủy?": what follows "nào" describes the document asked for, not the plan.
  const asked = words.findIndex((w, i) => w === "nao" && i > 0);
  const planMentions = findPlanMentions(words, lexicon).filter((m) => m.rule === "number" || asked < 0 || m.span.start < asked || !PLAN_FACTS.has(ask));
  // "chỉ thị 28" narrows the plans but is also what a deadline or passage is about: its words stay.
  planMentions.filter((m) => m.rule !== "implements").forEach((m) => take(m.span));
  const sections = findSections(words);
  sections.forEach((s) => take(s.span));
  const agencyRows = scopeRows ?? lexicon.agencies;
  const allAgencies = findAgencies(words, agencyRows).filter((a) => !a.span.start || !planMentions.some((p) => p.span.start <= a.span.start && p.span.end >= a.span.end));
  const agencies = allAgencies.filter((a) => !issuerOfPlan(a, words, planMentions));
  allAgencies.forEach((a) => take(a.span));
  const periods = findPeriodWords(words);
  const periodTaken = new Set<number>();
  for (const p of periods) for (let i = p.start; i < p.end; i++) if (!taken.has(i)) periodTaken.add(i);
  const yearMention = planMentions.find((p) => p.rule === "year");
  const yearWord = words.find((w, i) => /^(19|20)\d\d$/.test(w) && !(yearMention && yearMention.span.end === i + 1));
  // "giai đoạn 2026-2030", "2026 - 2030": the years of a range, a target set for any of them (most often the last).
  const yearsSaid = / ((?:19|20)\d\d) (?:den |toi |to )?((?:19|20)\d\d)(?= |$)/.exec(` ${folded} `);
  const yearRange = yearsSaid && Number(yearsSaid[2]) > Number(yearsSaid[1]) ? { from: Number(yearsSaid[1]), to: Number(yearsSaid[2]) } : null;

  // The plans: every kind of mention narrows them; one that leaves none is ignored (a place a plan
  // speaks of but is not about).
  let planIds: number[] | null = null;
  const unknown = planMentions.find((m) => m.rule === "number" && m.planIds.length === 0);
  const order = ["number", "implements", "party", "place", "year"] as const;
  const others = planMentions.some((m) => m.rule !== "implements");
  for (const rule of order) {
    // Alone, "chỉ thị 28" names every plan that carries it out: a scope only for a question about the plans themselves.
    if (rule === "implements" && !others && !PLAN_FACTS.has(ask)) continue;
    for (const mention of planMentions.filter((m) => m.rule === rule && m.planIds.length > 0)) {
      const narrowed: number[] = planIds ? planIds.filter((id) => mention.planIds.includes(id)) : mention.planIds;
      if (narrowed.length > 0) planIds = narrowed;
    }
  }

  const topic = topicWords(words, (i) => taken.has(i) || periodTaken.has(i));
  const agencyWords = new Set(allAgencies.flatMap((a) => range(a.span)));
  const searchWords = topicWords(words, (i) => (taken.has(i) && !agencyWords.has(i)) || periodTaken.has(i));
  // "kế hoạch của Hà Nội": an owner named no plan answers to is a plan asked for, not a topic.
  const owner = / (?:ke hoach|plan) (?:cua|of) ([a-z]+(?: [a-z]+){0,2})(?= co | phai | can | den | qua | nam | thang | quy | tuan | $)/.exec(` ${folded} `);
  let unknownOwner: string | undefined;
  if (owner && !planMentions.length && !allAgencies.length && planIds === null) {
    const typed = wordsAsTyped(text, owner[1]!);
    if (typed && /^\p{Lu}/u.test(typed)) unknownOwner = typed;
  }

  // Several plans still in play (or none named): the title's own words may tell which one.
  let planByTitle = false;
  const planIdsBeforeTitle = planIds;
  if (!unknown && ask !== "which_plans" && (planIds === null || planIds.length > 1) && topic.length > 0) {
    const byTitle = planByTitleWords(topic, lexicon, planIds, / (ke hoach|plan|chuong trinh|de an|kh) /.test(` ${folded} `));
    if (byTitle) {
      planIds = [byTitle];
      planByTitle = true;
    }
  }
  return {
    words, folded, ask, askRule: rule, planIds, planMentions, unknownPlan: unknown?.said ?? (planByTitle ? undefined : unknownOwner), planByTitle, planIdsBeforeTitle, agencies, sections,
    hasPeriod: periods.length > 0, year: yearRange ? yearRange.to : yearWord ? Number(yearWord) : null, yearFrom: yearRange?.from ?? null, topic, searchWords,
  };
}

function range(span: Span): number[] {
  return Array.from({ length: span.end - span.start }, (_, i) => span.start + i);
}

/** The one plan whose title holds the question's rarer words clearly more than any other; undefined when none does. */
function planByTitleWords(topic: string[], lexicon: Lexicon, among: number[] | null, saysPlan: boolean): number | undefined {
  const n = lexicon.plans.length;
  const scored = lexicon.plans
    .filter((p) => !among || among.includes(p.plan.id))
    .map((p) => {
      const matched = topic.filter((w) => p.titleWords.has(w));
      const score = matched.reduce((sum, w) => sum + Math.log(1 + n / (lexicon.titleFrequency.get(w) ?? n)), 0);
      const rare = matched.filter((w) => (lexicon.titleFrequency.get(w) ?? n) <= Math.max(1, n / 3)).length;
      return { id: p.plan.id, score, matched: matched.length, rare };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score === 0) return undefined;
  // Title words alone pick a plan only when the question speaks of a plan or names its place.
  if (!saysPlan && among === null) return undefined;
  // Words of a title are read as it writes them: two of the question's words side by side in it ("phòng đọc"
  // is not "phong trào … nông thôn"), or the one word the question is about.
  const title = ` ${foldWords(lexicon.plans.find((p) => p.plan.id === best.id)!.plan.title).join(" ")} `;
  const pair = topic.some((w, i) => i + 1 < topic.length && title.includes(` ${w} ${topic[i + 1]} `));
  const enough = best.rare >= 1 && (pair || topic.length === 1);
  if (!enough) return undefined;
  if (second && second.score * 1.3 > best.score) return undefined;
  return best.id;
}

/** The topic words of an English question in English, to say them back as typed. */
export function englishTopic(text: string): string[] {
  const words = foldWords(text);
  const cue = / (?:who|which|what) (?:\w+ )?(?:leads|lead|supports|support|works with|takes care of|is responsible for|handles|oversees) /;
  const padded = ` ${words.join(" ")} `;
  const after = cue.exec(padded);
  const from = after ? padded.slice(after.index + after[0].length).trim().split(" ") : words;
  return topicWords(from, () => false);
}
