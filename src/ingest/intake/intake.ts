/**
 * A plan document arriving from the web or the chat: read it, keep the secretary's corrections that still
 * apply, store the result (updating a known plan in place, so progress stays attached), and say what was
 * read and what changed. Corrections made on the review page go through `saveCorrections`, the same way.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { committeeIdFor, planIdentity, savePlan } from "../../db/repos/plan-store.js";
import { planReviews, plans } from "../../db/schema/index.js";
import type { PlanImporter } from "../importer.js";
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

export function createIntake(deps: { db: Db; importer: PlanImporter }) {
  const { db, importer } = deps;

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

  /** A document's text into a committee (or the committee its issuer names). */
  async function intake(text: string, source: string, committeeId?: string): Promise<IntakeResult> {
    const read = importer.parseText(text);
    // The same canonical shape (key order) as a stored reading, so the same document hashes the same.
    const parsed = parsedPlanSchema.parse(read.parsed) as ParsedPlan;
    const restored = read.restored;
    const committee = committeeId ?? committeeIdFor(parsed);
    const existing = await existingPlan(committee, parsed, source);
    const previous = existing ? await review(existing.id) : null;
    const applied = applyCorrections(parsed, previous?.corrections ?? []);
    const outcome = await savePlan(db, applied.plan, { sourceFile: source, restored, committeeId: committee });
    const before = previous ? applyCorrections(previous.parsed, previous.corrections).plan : null;
    const stored: StoredReport = {
      report: importReport(parsed, restored),
      changes: before && outcome.status === "updated" ? planChanges(before, applied.plan) : null,
      dropped: applied.dropped.length,
      kept: applied.kept.length,
    };
    const sameDocument = previous?.sourceText === text;
    const values = {
      sourceText: text, parsedJson: JSON.stringify(parsed), correctionsJson: JSON.stringify(applied.kept), reportJson: JSON.stringify(stored),
      // A changed document needs checking again; the same one keeps its confirmation.
      confirmedAt: sameDocument ? (previous?.confirmedAt ?? null) : null,
      confirmedBy: sameDocument ? (previous?.confirmedBy ?? null) : null,
      updatedAt: new Date().toISOString(),
    };
    await db.insert(planReviews).values({ planId: outcome.planId, ...values }).onConflictDoUpdate({ target: planReviews.planId, set: values });
    return { ...stored, status: outcome.status, planId: outcome.planId, committeeId: outcome.committeeId, title: parsed.plan.title, docNumber: parsed.plan.docNumber };
  }

  /** The review page's corrections: stored with the plan, and the plan saved with them applied. */
  async function saveCorrections(planId: number, corrections: Correction[]): Promise<void> {
    const current = await review(planId);
    const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
    if (!current || !plan) throw new Error(`plan ${planId} has no review`);
    const applied = applyCorrections(current.parsed, corrections);
    await savePlan(db, applied.plan, { sourceFile: plan.sourceFile, restored: plan.restored, committeeId: plan.committeeId });
    await db.update(planReviews).set({ correctionsJson: JSON.stringify(applied.kept), confirmedAt: null, confirmedBy: null, updatedAt: new Date().toISOString() }).where(eq(planReviews.planId, planId));
  }

  async function confirm(planId: number, by: string, now: Date): Promise<void> {
    await db.update(planReviews).set({ confirmedAt: now.toISOString(), confirmedBy: by }).where(eq(planReviews.planId, planId));
  }

  /** What the importer reads from a text, without storing it (to know which committee it names). */
  const read = (text: string): ParsedPlan => importer.parseText(text).parsed;

  return { intake, read, review, saveCorrections, confirm };
}

export type Intake = ReturnType<typeof createIntake>;
