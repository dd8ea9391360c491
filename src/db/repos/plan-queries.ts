import { SYLLABLE } from "../../domain/text/restore.js";
import { and, asc, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Db } from "../client.js";
import { inBoundList } from "./bound-list.js";
import { dataVersionOf } from "./data-version.js";
import { keepRowsPerVersion } from "./kept-rows.js";
import { committees, plans, sections, targets, tasks } from "../schema/index.js";

export type PlanSummary = {
  id: number;
  committeeId: string;
  committeeName: string;
  docNumber: string | null;
  title: string;
  issuer: string | null;
  issuedOn: string | null;
  year: number | null;
  implements: string[];
  signer: string | null;
  taskCount: number;
  targetCount: number;
};

export type SearchHit = {
  kind: "section" | "task" | "target";
  refId: number;
  planId: number;
  rank: number;
};

const VOCABULARY_TTL_MS = 60_000;

const ALL_KINDS: SearchHit["kind"][] = ["section", "task", "target"];

/**
 * The FTS5 table, declared for querying only: it is created by a hand-written migration
 * (drizzle cannot express virtual tables) and lives outside the schema drizzle-kit reads.
 */
const searchIndex = sqliteTable("search_index", {
  kind: text("kind").$type<SearchHit["kind"]>().notNull(),
  refId: integer("ref_id").notNull(),
  planId: integer("plan_id").notNull(),
  committeeId: text("committee_id").notNull(),
});

/** Every question runs one of these; the match expression, scope, kinds and limit are all bound values. */
function prepareSearchQueries(db: Db) {
  const rank = sql<number>`bm25(search_index)`;
  const shape = (...scope: SQL[]) =>
    db
      .select({ kind: searchIndex.kind, refId: searchIndex.refId, planId: searchIndex.planId, rank })
      .from(searchIndex)
      .where(and(sql`search_index MATCH ${sql.placeholder("match")}`, inBoundList(searchIndex.kind, "kinds"), ...scope))
      .orderBy(rank)
      .limit(sql.placeholder("limit"))
      .prepare();
  const ofPlans = inBoundList(searchIndex.planId, "planIds");
  return {
    all: shape(),
    ofCommittee: shape(eq(searchIndex.committeeId, sql.placeholder("committeeId"))),
    // A question naming a plan searches that plan only: another plan's passage is never its answer.
    ofPlans: shape(ofPlans),
  };
}

/** An FTS5 expression over terms already quoted: every one, every one but one (of three or more), or any. */
function matchExpression(terms: string[], mode: "all" | "most" | "any" | "phrase"): string {
  if (mode === "any") return terms.join(" OR ");
  if (mode === "phrase") return terms.join(" + ");
  if (mode === "most" && terms.length >= 3) return terms.map((_, skipped) => `(${terms.filter((__, i) => i !== skipped).join(" AND ")})`).join(" OR ");
  return terms.join(" AND ");
}

export function createPlanQueries(db: Db) {
  const searchQueries = prepareSearchQueries(db);
  /** What the plans and question lexicon are cached by (see data-version.ts). */
  const dataVersion = dataVersionOf(db);
  /**
   * The plans, read again only when the data changed: nearly every answer cites plans, and counting
   * each one's tasks and targets cost more than the rest of an answer.
   */
  const plansCache = new Map<string, { version: string; plans: PlanSummary[] }>();
  async function listPlans(committeeId?: string): Promise<PlanSummary[]> {
    const version = await dataVersion();
    const key = committeeId ?? "";
    const known = plansCache.get(key);
    if (known && known.version === version) return known.plans;
    const plans = await readPlans(committeeId);
    if (plansCache.size > 100) plansCache.clear();
    plansCache.set(key, { version, plans });
    return plans;
  }

  async function readPlans(committeeId?: string): Promise<PlanSummary[]> {
    const rows = await db
      .select({
        id: plans.id,
        committeeId: plans.committeeId,
        committeeName: committees.name,
        docNumber: plans.docNumber,
        title: plans.title,
        issuer: plans.issuer,
        issuedOn: plans.issuedOn,
        year: plans.year,
        implementsJson: plans.implementsJson,
        signer: plans.signer,
        taskCount: sql<number>`(SELECT count(*) FROM ${tasks} WHERE ${tasks.planId} = ${plans.id} AND ${tasks.retiredAt} IS NULL)`,
        targetCount: sql<number>`(SELECT count(*) FROM ${targets} WHERE ${targets.planId} = ${plans.id} AND ${targets.retiredAt} IS NULL)`,
      })
      .from(plans)
      .innerJoin(committees, eq(committees.id, plans.committeeId))
      .where(committeeId ? eq(plans.committeeId, committeeId) : undefined)
      .orderBy(asc(plans.committeeId), asc(plans.issuedOn), asc(plans.id));
    return rows.map(({ implementsJson, ...r }) => ({ ...r, implements: JSON.parse(implementsJson) as string[] }));
  }

  async function countPlans(): Promise<number> {
    const [row] = await db.select({ n: count() }).from(plans);
    return row?.n ?? 0;
  }

  async function planSections(planId: number) {
    return db.select().from(sections).where(eq(sections.planId, planId)).orderBy(asc(sections.position));
  }

  /** A plan's numbered items in order, unless retired: what "how many tasks" counts. */
  async function planTasks(planId: number) {
    return db
      .select({ id: tasks.id, ref: tasks.ref, title: tasks.title })
      .from(tasks)
      .where(and(eq(tasks.planId, planId), isNull(tasks.retiredAt)))
      .orderBy(asc(tasks.position));
  }

  /** A plan's numbered item by its ref ("II.5"), unless retired. */
  async function planTask(planId: number, ref: string) {
    const [row] = await db
      .select({ ref: tasks.ref, title: tasks.title, text: tasks.text })
      .from(tasks)
      .where(and(eq(tasks.planId, planId), eq(tasks.ref, ref), isNull(tasks.retiredAt)));
    return row;
  }

  /**
   * Index terms that are OCR misreadings of `word`: same length and first
   * letter, one vowel read wrong, and not a Vietnamese syllable themselves
   * ("dudng" for "duong", "tudi" for "tuoi"; never "con" for "can").
   */
  async function ocrVariants(word: string): Promise<string[]> {
    if (word.length < 4 || !/^\p{L}+$/u.test(word)) return [];
    const terms = (await vocabulary()).get(`${word[0]}${word.length}`) ?? [];
    return terms.filter((term) => {
      if (term === word || SYLLABLE.test(term)) return false;
      let diff = -1;
      for (let i = 1; i < word.length; i++) {
        if (term[i] === word[i]) continue;
        if (diff >= 0) return false;
        diff = i;
      }
      return diff > 0 && /[aeiouy]/.test(word[diff]!);
    });
  }

  /**
   * The index's terms by first letter and length. Scanning fts5vocab costs
   * more than the rest of an answer, so it is read at most once a minute;
   * a plan imported meanwhile gets its OCR variants matched a minute later.
   */
  let vocab: { at: number; byKey: Map<string, string[]> } | undefined;
  async function vocabulary(): Promise<Map<string, string[]>> {
    if (vocab && Date.now() - vocab.at < VOCABULARY_TTL_MS) return vocab.byKey;
    const rows = await db.all<{ term: string }>(sql`SELECT term FROM search_vocab`);
    const byKey = new Map<string, string[]>();
    for (const { term } of rows) {
      const key = `${term[0]}${term.length}`;
      const list = byKey.get(key);
      if (list) list.push(term);
      else byKey.set(key, [term]);
    }
    vocab = { at: Date.now(), byKey };
    return byKey;
  }

  /**
   * Ranked full-text hits. `words` are folded words (letters and digits only),
   * each bound as an FTS5 string, so no user text is ever read as FTS syntax.
   * "all" requires every word; "most" every word but one (of three or more);
   * "any" ranks passages holding some of them.
   */
  async function search(
    words: string[],
    options: { committeeId?: string; planIds?: number[]; limit?: number; kinds?: SearchHit["kind"][]; mode?: "all" | "most" | "any" | "phrase"; prefix?: boolean } = {},
  ): Promise<SearchHit[]> {
    const safe = words.filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
    if (safe.length === 0) return [];
    const terms = await Promise.all(
      safe.map(async (w) => {
        // A phrase is matched as typed: FTS5 takes no alternatives inside one.
        const forms = [w, ...(options.prefix || options.mode === "phrase" ? [] : await ocrVariants(w))];
        const quoted = forms.map((f) => (options.prefix ? `"${f}"*` : `"${f}"`));
        return quoted.length > 1 ? `(${quoted.join(" OR ")})` : quoted[0]!;
      }),
    );
    const match = matchExpression(terms, options.mode ?? "any");
    if (options.planIds?.length === 0) return [];
    const query = options.planIds ? searchQueries.ofPlans : options.committeeId ? searchQueries.ofCommittee : searchQueries.all;
    const result = await query.all({ match, committeeId: options.committeeId, planIds: JSON.stringify(options.planIds ?? []), kinds: JSON.stringify(options.kinds?.length ? options.kinds : ALL_KINDS), limit: options.limit ?? 30 });
    return result.map((r) => ({ kind: r.kind, refId: Number(r.refId), planId: Number(r.planId), rank: Number(r.rank) }));
  }

  // A search answer reads the rows behind its hits, one statement per kind, built once, and each row once
  // while the plans stay the same. Long texts are read only for the page shown: turning 40 KB of section
  // bodies into strings cost ≈0.6 ms.
  const live = <T extends typeof tasks | typeof targets>(table: T) => and(inBoundList(table.id, "ids"), isNull(table.retiredAt));
  const sectionHeads = db.select({ id: sections.id, ref: sections.ref, heading: sections.heading }).from(sections).where(inBoundList(sections.id, "ids")).prepare();
  const sectionBodies = db.select({ id: sections.id, heading: sections.heading, body: sections.body }).from(sections).where(inBoundList(sections.id, "ids")).prepare();
  const taskRefs = db.select({ id: tasks.id, ref: tasks.ref }).from(tasks).where(live(tasks)).prepare();
  const taskTexts = db.select({ id: tasks.id, title: tasks.title, text: tasks.text }).from(tasks).where(live(tasks)).prepare();
  const targetRows = db.select().from(targets).where(live(targets)).prepare();
  const kept = keepRowsPerVersion(dataVersion);
  const reader = <T extends { id: number }>(query: { all: (values: { ids: string }) => Promise<T[]> }) =>
    async (ids: number[]) => new Map((await query.all({ ids: JSON.stringify(ids) })).map((r) => [r.id, r]));
  const readSectionHeads = reader(sectionHeads);
  const readSectionBodies = reader(sectionBodies);
  const readTaskRefs = reader(taskRefs);
  const readTaskTexts = reader(taskTexts);
  const readTargets = reader(targetRows);

  /** What tells hits apart: section headings, task refs, whole targets; an id with no live row is absent. */
  async function hitRows(ids: { section: number[]; task: number[]; target: number[] }) {
    const rows = await kept.now();
    return {
      section: await rows.byIds("sectionHeads", ids.section, readSectionHeads),
      task: await rows.byIds("taskRefs", ids.task, readTaskRefs),
      target: await rows.byIds("targets", ids.target, readTargets),
    };
  }

  /** The long texts of the hits shown: section headings and bodies, task titles and texts. */
  async function hitTexts(ids: { section: number[]; task: number[] }) {
    const rows = await kept.now();
    return { section: await rows.byIds("sectionBodies", ids.section, readSectionBodies), task: await rows.byIds("taskTexts", ids.task, readTaskTexts) };
  }

  /** Each plan's sections as one text, for reading the places it is about. */
  async function planBodies(): Promise<Map<number, string>> {
    const rows = await db.select({ planId: sections.planId, heading: sections.heading, body: sections.body }).from(sections).orderBy(asc(sections.planId), asc(sections.position));
    const out = new Map<number, string>();
    for (const r of rows) out.set(r.planId, `${out.get(r.planId) ?? ""}\n${r.heading}\n${r.body}`);
    return out;
  }

  /** The text around a plan's parts: its preamble and closing, as the importer read them. */
  async function planFrame(planId: number): Promise<{ preamble: string; closing: string }> {
    const [row] = await db.select({ preamble: plans.preamble, closing: plans.closing }).from(plans).where(eq(plans.id, planId));
    return row ?? { preamble: "", closing: "" };
  }

  return { listPlans, countPlans, planSections, planTask, planTasks, search, hitRows, hitTexts, dataVersion, planBodies, planFrame };
}

export type PlanQueries = ReturnType<typeof createPlanQueries>;
