import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { agencyAliases, canonicalAgency } from "../../domain/agencies.js";
import { foldKey } from "../../domain/text/fold.js";
import { slugify } from "../../domain/text/slug.js";
import type { ParsedPlan } from "../../ingest/types.js";
import type { Db } from "../client.js";
import { agencies, assignments, committees, deadlines, plans, sections, targets, tasks } from "../schema/index.js";

export type SaveOutcome = {
  status: "created" | "updated" | "unchanged";
  planId: number;
  committeeId: string;
};

export type SaveOptions = {
  sourceFile?: string | null;
  /** Put the plan under this committee instead of the one named by its issuer. */
  committeeId?: string;
  restored?: boolean;
  /** A scan's own spellings of restored words (folded: "cua" → "ciia"), searchable beside them. */
  searchAlso?: Map<string, Set<string>>;
  /** Which plan this is when a correction changed its number or title (intake/reviews.ts); else from them. */
  identity?: string;
};

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export function planIdentity(parsed: ParsedPlan): string {
  const { docNumber, title, year } = parsed.plan;
  return docNumber ? `so:${foldKey(docNumber)}` : `ten:${foldKey(title).slice(0, 160)}|${year ?? ""}`;
}

export function committeeIdFor(parsed: ParsedPlan): string {
  return slugify(parsed.plan.issuer ?? parsed.plan.locality ?? "chua-ro-co-quan-ban-hanh");
}

export function targetKey(t: { indicator: string; year: number | null }): string {
  return `${foldKey(t.indicator)}|${t.year ?? ""}`;
}

function deadlineKey(d: ParsedPlan["deadlines"][number]): string {
  return [d.kind, d.date ?? "", d.month ?? "", d.ref ?? "", d.agency ? canonicalAgency(d.agency).key : "", foldKey(d.what).slice(0, 80)].join("|");
}

async function sha256(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Stores a parsed plan. The same content again changes nothing; a corrected
 * version of a plan already stored (same committee and number, or same
 * source file) is updated in place: tasks, targets and deadlines keep their
 * ids (progress stays attached) and those the correction dropped are retired.
 */
export async function savePlan(db: Db, parsed: ParsedPlan, options: SaveOptions = {}): Promise<SaveOutcome> {
  const committeeId = options.committeeId ?? committeeIdFor(parsed);
  const identity = options.identity ?? planIdentity(parsed);
  const sourceHash = await sha256(JSON.stringify(parsed));

  const existing = await findExistingPlan(db, committeeId, identity, options.sourceFile ?? null);
  if (existing && existing.sourceHash === sourceHash) {
    return { status: "unchanged", planId: existing.id, committeeId };
  }

  return db.transaction(async (tx) => {
    await tx
      .insert(committees)
      .values({ id: committeeId, name: parsed.plan.issuer ?? committeeId, locality: parsed.plan.locality ?? null })
      .onConflictDoNothing();

    const planRow = {
      committeeId,
      identity,
      docNumber: parsed.plan.docNumber,
      title: parsed.plan.title,
      issuer: parsed.plan.issuer,
      issuedOn: parsed.plan.issuedOn,
      year: parsed.plan.year ?? null,
      implementsJson: JSON.stringify(parsed.plan.implements),
      signer: parsed.plan.signer,
      preamble: parsed.plan.preamble ?? "",
      closing: parsed.plan.closing ?? "",
      sourceFile: options.sourceFile ?? existing?.sourceFile ?? null,
      sourceHash,
      restored: options.restored ?? false,
    };
    let planId: number;
    if (existing) {
      planId = existing.id;
      await tx.update(plans).set({ ...planRow, updatedAt: NOW }).where(eq(plans.id, planId));
    } else {
      const [row] = await tx.insert(plans).values(planRow).returning({ id: plans.id });
      planId = row!.id;
    }

    await tx.delete(sections).where(eq(sections.planId, planId));
    if (parsed.sections.length > 0) {
      await tx.insert(sections).values(
        parsed.sections.map((s, position) => ({ planId, ref: s.ref, heading: s.heading, body: s.body ?? "", position })),
      );
    }

    const taskIds = await upsertTasks(tx, planId, parsed);
    const targetIds = await upsertTargets(tx, planId, parsed);
    const agencyIds = await upsertAgencies(tx, committeeId, parsed);
    await replaceAssignments(tx, planId, parsed, taskIds, agencyIds);
    await upsertDeadlines(tx, planId, parsed, taskIds, agencyIds);
    await reindexPlan(tx, planId, committeeId, parsed, taskIds, targetIds, options.searchAlso);

    return { status: existing ? "updated" : "created", planId, committeeId } satisfies SaveOutcome;
  });
}

/** Rows per multi-row INSERT, well under SQLite's limit of bound parameters. */
function chunks<T>(rows: T[], size = 50): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function findExistingPlan(db: Db, committeeId: string, identity: string, sourceFile: string | null) {
  const [byIdentity] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.committeeId, committeeId), eq(plans.identity, identity)));
  if (byIdentity || !sourceFile) return byIdentity;
  const [bySource] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.committeeId, committeeId), eq(plans.sourceFile, sourceFile)));
  return bySource;
}

async function upsertTasks(tx: Tx, planId: number, parsed: ParsedPlan): Promise<Map<string, number>> {
  const existing = await tx.select({ id: tasks.id, ref: tasks.ref }).from(tasks).where(eq(tasks.planId, planId));
  const byRef = new Map(existing.map((t) => [t.ref, t.id]));
  const ids = new Map<string, number>();
  const fresh: Array<typeof tasks.$inferInsert> = [];
  for (const [position, task] of parsed.tasks.entries()) {
    if (ids.has(task.ref) || fresh.some((f) => f.ref === task.ref)) continue;
    const values = { planId, ref: task.ref, sectionRef: task.section, title: task.title, text: task.text, position, retiredAt: null };
    const id = byRef.get(task.ref);
    if (id !== undefined) {
      await tx.update(tasks).set(values).where(eq(tasks.id, id));
      ids.set(task.ref, id);
    } else {
      fresh.push(values);
    }
  }
  // New rows go in a few multi-row statements: a first import is mostly new rows.
  for (const chunk of chunks(fresh)) {
    for (const row of await tx.insert(tasks).values(chunk).returning({ id: tasks.id, ref: tasks.ref })) ids.set(row.ref, row.id);
  }
  const dropped = existing.filter((t) => !ids.has(t.ref)).map((t) => t.id);
  if (dropped.length > 0) {
    await tx.update(tasks).set({ retiredAt: NOW }).where(and(inArray(tasks.id, dropped), isNull(tasks.retiredAt)));
  }
  return ids;
}

async function upsertTargets(tx: Tx, planId: number, parsed: ParsedPlan): Promise<Map<number, number>> {
  const existing = await tx.select().from(targets).where(eq(targets.planId, planId));
  const byKey = new Map(existing.map((t) => [t.key, t]));
  const claimed = new Set<number>();
  const ids = new Map<number, number>();
  const fresh = new Map<string, { position: number; values: typeof targets.$inferInsert }>();
  for (const [position, target] of parsed.targets.entries()) {
    const key = targetKey(target);
    // A corrected indicator text changes the key; the same year, value and unit still identify it.
    const match =
      byKey.get(key) ??
      existing.find(
        (t) => !claimed.has(t.id) && !parsed.targets.some((p) => targetKey(p) === t.key) &&
          t.year === target.year && t.value === target.value && t.unit === target.unit,
      );
    if (match && claimed.has(match.id)) continue; // a duplicate (indicator, year) in one plan
    const values = {
      planId, key, indicator: target.indicator, comparator: target.comparator, value: target.value,
      unit: target.unit, year: target.year, quote: target.quote, sectionRef: target.section ?? null, position, retiredAt: null,
    };
    if (match) {
      await tx.update(targets).set(values).where(eq(targets.id, match.id));
      claimed.add(match.id);
      ids.set(position, match.id);
    } else if (!fresh.has(key)) {
      fresh.set(key, { position, values });
    }
  }
  const positions = new Map([...fresh].map(([key, f]) => [key, f.position]));
  for (const chunk of chunks([...fresh.values()].map((f) => f.values))) {
    for (const row of await tx.insert(targets).values(chunk).onConflictDoNothing().returning({ id: targets.id, key: targets.key })) {
      claimed.add(row.id);
      ids.set(positions.get(row.key)!, row.id);
    }
  }
  const dropped = existing.filter((t) => !claimed.has(t.id)).map((t) => t.id);
  if (dropped.length > 0) {
    await tx.update(targets).set({ retiredAt: NOW }).where(and(inArray(targets.id, dropped), isNull(targets.retiredAt)));
  }
  return ids;
}

async function upsertAgencies(tx: Tx, committeeId: string, parsed: ParsedPlan): Promise<Map<string, number>> {
  const spellings = new Map<string, { name: string; seen: Set<string> }>();
  const named = [...parsed.assignments.map((a) => a.agency), ...parsed.deadlines.flatMap((d) => (d.agency ? [d.agency] : []))];
  for (const raw of named) {
    const { name, key } = canonicalAgency(raw);
    const entry = spellings.get(key) ?? { name, seen: new Set<string>() };
    entry.seen.add(raw);
    spellings.set(key, entry);
  }
  const known = await tx.select().from(agencies).where(eq(agencies.committeeId, committeeId));
  const byKey = new Map(known.map((a) => [a.key, a]));
  const ids = new Map<string, number>();
  const fresh: Array<typeof agencies.$inferInsert> = [];
  for (const [key, { name, seen }] of spellings) {
    const current = byKey.get(key);
    const aliases = new Set<string>([...(current ? (JSON.parse(current.aliasesJson) as string[]) : []), ...seen, ...agencyAliases(name)]);
    aliases.delete(name);
    const aliasesJson = JSON.stringify([...aliases]);
    if (current) {
      if (current.aliasesJson !== aliasesJson) await tx.update(agencies).set({ aliasesJson }).where(eq(agencies.id, current.id));
      ids.set(key, current.id);
    } else {
      fresh.push({ committeeId, name, key, aliasesJson });
    }
  }
  // A committee's agencies are tens of rows: read once, new ones added in a few statements.
  for (const chunk of chunks(fresh)) {
    for (const row of await tx.insert(agencies).values(chunk).returning({ id: agencies.id, key: agencies.key })) ids.set(row.key, row.id);
  }
  return ids;
}

async function replaceAssignments(
  tx: Tx, planId: number, parsed: ParsedPlan, taskIds: Map<string, number>, agencyIds: Map<string, number>,
): Promise<void> {
  const planTaskIds = tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.planId, planId));
  await tx.delete(assignments).where(inArray(assignments.taskId, planTaskIds));
  const rows = parsed.assignments.flatMap((a) => {
    const taskId = taskIds.get(a.ref);
    const agencyId = agencyIds.get(canonicalAgency(a.agency).key);
    return taskId !== undefined && agencyId !== undefined ? [{ taskId, agencyId, role: a.role, duty: a.duty }] : [];
  });
  for (let i = 0; i < rows.length; i += 100) await tx.insert(assignments).values(rows.slice(i, i + 100));
}

async function upsertDeadlines(
  tx: Tx, planId: number, parsed: ParsedPlan, taskIds: Map<string, number>, agencyIds: Map<string, number>,
): Promise<void> {
  const existing = await tx.select({ id: deadlines.id, key: deadlines.key }).from(deadlines).where(eq(deadlines.planId, planId));
  const byKey = new Map(existing.map((d) => [d.key, d.id]));
  const kept = new Set<number>();
  const fresh = new Map<string, typeof deadlines.$inferInsert>();
  for (const [position, d] of parsed.deadlines.entries()) {
    const key = deadlineKey(d);
    const values = {
      planId, key, kind: d.kind, date: d.date, month: d.month ?? null, what: d.what, quote: d.quote, position,
      taskId: d.ref ? (taskIds.get(d.ref) ?? null) : null,
      agencyId: d.agency ? (agencyIds.get(canonicalAgency(d.agency).key) ?? null) : null,
      retiredAt: null,
    };
    const id = byKey.get(key);
    if (id !== undefined) {
      if (kept.has(id)) continue;
      await tx.update(deadlines).set(values).where(eq(deadlines.id, id));
      kept.add(id);
    } else if (!fresh.has(key)) {
      fresh.set(key, values);
    }
  }
  for (const chunk of chunks([...fresh.values()])) {
    for (const row of await tx.insert(deadlines).values(chunk).onConflictDoNothing().returning({ id: deadlines.id })) kept.add(row.id);
  }
  const dropped = existing.filter((d) => !kept.has(d.id)).map((d) => d.id);
  if (dropped.length > 0) {
    await tx.update(deadlines).set({ retiredAt: NOW }).where(and(inArray(deadlines.id, dropped), isNull(deadlines.retiredAt)));
  }
}

/** The FTS rows of a plan hold folded text, the same fold() the queries get. */
async function reindexPlan(
  tx: Tx, planId: number, committeeId: string, parsed: ParsedPlan, taskIds: Map<string, number>, targetIds: Map<number, number>,
  searchAlso?: Map<string, Set<string>>,
): Promise<void> {
  await tx.run(sql`DELETE FROM search_index WHERE plan_id = ${planId}`);
  // A scan's spellings go after the text they stand for: found by words, not breaking its phrases.
  const indexed = (text: string) => {
    const folded = foldKey(text);
    if (!searchAlso?.size) return folded;
    const also = new Set(folded.split(" ").flatMap((w) => [...(searchAlso.get(w) ?? [])]));
    return also.size ? `${folded} ${[...also].join(" ")}` : folded;
  };
  const sectionRows = await tx.select({ id: sections.id, ref: sections.ref }).from(sections).where(eq(sections.planId, planId));
  const sectionIds = new Map(sectionRows.map((s) => [s.ref, s.id]));
  const rows: Array<{ body: string; kind: string; refId: number }> = [];
  for (const s of parsed.sections) {
    const id = sectionIds.get(s.ref);
    if (id !== undefined) rows.push({ kind: "section", refId: id, body: indexed(`${s.heading}\n${s.body ?? ""}`) });
  }
  for (const t of parsed.tasks) {
    const id = taskIds.get(t.ref);
    if (id !== undefined) rows.push({ kind: "task", refId: id, body: indexed(`${t.title}\n${t.text}`) });
  }
  for (const [position, t] of parsed.targets.entries()) {
    const id = targetIds.get(position);
    if (id !== undefined) rows.push({ kind: "target", refId: id, body: indexed(`${t.indicator} ${t.quote}`) });
  }
  for (const chunk of chunks(rows)) {
    const values = sql.join(chunk.map((row) => sql`(${row.body}, ${row.kind}, ${row.refId}, ${planId}, ${committeeId})`), sql`, `);
    await tx.run(sql`INSERT INTO search_index (body, kind, ref_id, plan_id, committee_id) VALUES ${values}`);
  }
}
