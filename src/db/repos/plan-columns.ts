import { eq } from "drizzle-orm";
import { plans } from "../schema/index.js";

/** The plan fields every answer cites. */
export const planColumns = {
  planId: plans.id,
  committeeId: plans.committeeId,
  docNumber: plans.docNumber,
  issuer: plans.issuer,
  title: plans.title,
  year: plans.year,
  issuedOn: plans.issuedOn,
};

export const inCommittee = (committeeId?: string) => (committeeId ? eq(plans.committeeId, committeeId) : undefined);
