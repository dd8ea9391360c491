/**
 * Plans arriving from the web or the chat, and their review: the importer reads and stores a document
 * (through intake/reviews.ts, as every import does, so corrections survive), the review page's
 * corrections and confirmation are stored beside it.
 */
import type { Db } from "../../db/client.js";
import type { PlanImporter } from "../importer.js";
import type { ParsedPlan } from "../types.js";
import { createPlanReviews } from "./reviews.js";

export type { IntakeResult, StoredReport } from "./reviews.js";

export function createIntake(deps: { db: Db; importer: PlanImporter }) {
  const { review, saveCorrections, confirm } = createPlanReviews(deps.db);
  /** A document's text into a committee (or the committee its issuer names). */
  const intake = (text: string, source: string, committeeId?: string) => deps.importer.importText(text, source, committeeId);
  /** What the importer reads from a text, without storing it (to know which committee it names). */
  const read = (text: string): ParsedPlan => deps.importer.parseText(text).parsed;
  return { intake, read, review, saveCorrections, confirm };
}

export type Intake = ReturnType<typeof createIntake>;
