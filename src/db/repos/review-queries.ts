import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client.js";
import { committees, planReviews, plans } from "../schema/index.js";

/** Plans as the admin web lists them: with their committee, the last import's report and whether checked. */
export function createReviewQueries(db: Db) {
  async function plansOf(committeeIds: string[]) {
    if (committeeIds.length === 0) return [];
    return db
      .select({
        id: plans.id, committeeId: plans.committeeId, committee: committees.name, docNumber: plans.docNumber, title: plans.title,
        issuedOn: plans.issuedOn, sourceFile: plans.sourceFile, updatedAt: plans.updatedAt,
        reportJson: planReviews.reportJson, confirmedAt: planReviews.confirmedAt, confirmedBy: planReviews.confirmedBy,
      })
      .from(plans)
      .innerJoin(committees, eq(committees.id, plans.committeeId))
      .leftJoin(planReviews, eq(planReviews.planId, plans.id))
      .where(inArray(plans.committeeId, committeeIds))
      .orderBy(desc(plans.updatedAt));
  }

  async function plan(id: number) {
    const [row] = await db
      .select({ id: plans.id, committeeId: plans.committeeId, committee: committees.name, docNumber: plans.docNumber, title: plans.title, issuer: plans.issuer, issuedOn: plans.issuedOn, signer: plans.signer, sourceFile: plans.sourceFile })
      .from(plans)
      .innerJoin(committees, eq(committees.id, plans.committeeId))
      .where(eq(plans.id, id));
    return row ?? null;
  }

  return { plansOf, plan };
}
