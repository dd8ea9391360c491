/**
 * The one way a reading of a plan reaches the database, whichever door it came in by (`plans import`, the
 * admin web, a file sent to the bot, the seeds): the secretary's corrections that still apply are put on
 * top, the result is stored (a known plan updated in place, so progress stays attached), and the reading,
 * the corrections and the import report are kept with the plan for its review page and the next import.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { committeeIdFor, planIdentity, savePlan } from "../../db/repos/plan-store.js";
import { planReviews, plans } from "../../db/schema/index.js";
import { parsedPlanSchema, type ParsedPlan } from "../types.js";
import { planChanges, type PlanChanges } from "./changes.js";
import { applyCorrections, type Correction } from "./corrections.js";
import { importReport, type ImportReport } from "./report.js";

export type StoredReport = { report: ImportReport; changes: PlanChanges | null; dropped: number; kept: number };

export type IntakeResult = StoredReport & {
  status: "created" | "updated" | "unchanged";
  planId: number;
  committeeId: string;
  title: string;
  docNumber: string | null;
};

/** What one import brings: the document's text and what the importer (or a reviewed JSON) read from it. */
export type Reading = {
  sourceText: string;
  parsed: ParsedPlan;
  source: string;
  restored: boolean;
  committeeId?: string;
  searchAlso?: Map<string, Set<string>>;
};

export function createPlanReviews(db: Db) {
  async function review(planId: number) {
    const [row] = await db.select().from(planReviews).where(eq(planReviews.planId, planId));
    if (!row) return null;
    return {
      ...row,
      parsed: parsedPlanSchema.parse(JSON.parse(row.parsedJson)) as ParsedPlan,
      corrections: JSON.parse(row.correctionsJson) as Correction[],
      stored: JSON.parse(row.reportJson) as Partial<StoredReport>,
    };
  }

  async function existingPlan(committeeId: string, parsed: ParsedPlan, source: string) {
    const [byIdentity] = await db.select().from(plans).where(and(eq(plans.committeeId, committeeId), eq(plans.identity, planIdentity(parsed))));
    if (byIdentity) return byIdentity;
    const [bySource] = await db.select().from(plans).where(and(eq(plans.committeeId, committeeId), eq(plans.sourceFile, source)));
    return bySource ?? null;
  }

  async function store(reading: Reading): Promise<IntakeResult> {
    // The same canonical shape (key order) as a stored reading, so the same document hashes the same.
    const parsed = parsedPlanSchema.parse(reading.parsed) as ParsedPlan;
    const committee = reading.committeeId ?? committeeIdFor(parsed);
    const existing = await existingPlan(committee, parsed, reading.source);
    const previous = existing ? await review(existing.id) : null;
    const applied = applyCorrections(parsed, previous?.corrections ?? []);
    const outcome = await savePlan(db, applied.plan, {
      sourceFile: reading.source, restored: reading.restored, committeeId: committee, searchAlso: reading.searchAlso,
      // The row keeps the reading's identity: a corrected number changes what is shown, not which plan this is.
      identity: planIdentity(parsed),
    });
    const before = previous ? applyCorrections(previous.parsed, previous.corrections).plan : null;
    const stored: StoredReport = {
      report: importReport(parsed, reading.restored),
      changes: before && outcome.status === "updated" ? planChanges(before, applied.plan) : null,
      dropped: applied.dropped.length,
      kept: applied.kept.length,
    };
    const sameDocument = previous?.sourceText === reading.sourceText;
    const values = {
      sourceText: reading.sourceText, parsedJson: JSON.stringify(parsed), correctionsJson: JSON.stringify(applied.kept), reportJson: JSON.stringify(stored),
      // A changed document needs checking again; the same one keeps its confirmation.
      confirmedAt: sameDocument ? (previous?.confirmedAt ?? null) : null,
      confirmedBy: sameDocument ? (previous?.confirmedBy ?? null) : null,
      updatedAt: new Date().toISOString(),
    };
    await db.insert(planReviews).values({ planId: outcome.planId, ...values }).onConflictDoUpdate({ target: planReviews.planId, set: values });
    return { ...stored, status: outcome.status, planId: outcome.planId, committeeId: outcome.committeeId, title: applied.plan.plan.title, docNumber: applied.plan.plan.docNumber };
  }

  /** The review page's corrections: stored with the plan, and the plan saved with them applied. */
  async function saveCorrections(planId: number, corrections: Correction[]): Promise<void> {
    const current = await review(planId);
    const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
    if (!current || !plan) throw new Error(`plan ${planId} has no review`);
    const applied = applyCorrections(current.parsed, corrections);
    await savePlan(db, applied.plan, { sourceFile: plan.sourceFile, restored: plan.restored, committeeId: plan.committeeId, identity: plan.identity });
    await db.update(planReviews).set({ correctionsJson: JSON.stringify(applied.kept), confirmedAt: null, confirmedBy: null, updatedAt: new Date().toISOString() }).where(eq(planReviews.planId, planId));
  }

  async function confirm(planId: number, by: string, now: Date): Promise<void> {
    await db.update(planReviews).set({ confirmedAt: now.toISOString(), confirmedBy: by }).where(eq(planReviews.planId, planId));
  }

  return { review, store, saveCorrections, confirm };
}

export type PlanReviews = ReturnType<typeof createPlanReviews>;
