import type { Db } from "../db/client.js";
import { foldKey, normalizeSource } from "../domain/text/fold.js";
import { looksOcrDamaged, type Restorer } from "../domain/text/restore.js";
import { parsePlan } from "./parse.js";
import { createPlanReviews, type IntakeResult } from "./intake/reviews.js";
import { parsedPlanSchema, PlanParseError, type ParsedPlan } from "./types.js";

/** Larger than any real plan (tens of KB); refuses a wrong file before any work. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

export type PlanImporter = ReturnType<typeof createPlanImporter>;

/** The import's outcome and report (counts, warnings, what changed, corrections kept or no longer applying). */
export type ImportResult = IntakeResult & { source: string };

/** Checks raw bytes before decoding: size, binary content, encoding. */
export function decodePlanBytes(bytes: Uint8Array, source: string): string {
  if (bytes.byteLength === 0) throw new PlanParseError(`${source}: tệp rỗng.`);
  if (bytes.byteLength > MAX_PLAN_BYTES) {
    throw new PlanParseError(`${source}: tệp quá lớn (${(bytes.byteLength / 1048576).toFixed(1)} MB; tối đa 2 MB).`);
  }
  if (bytes.includes(0)) throw new PlanParseError(`${source}: đây là tệp nhị phân, không phải văn bản kế hoạch (.txt).`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PlanParseError(`${source}: tệp không phải văn bản UTF-8.`);
  }
}

/**
 * Text → restored text → ParsedPlan. OCR-damaged text is shown with
 * diacritics restored; the restorer never touches digits, so numbers and
 * dates are exactly the document's.
 */
export function readPlanText(text: string, restorer: Restorer): { parsed: ParsedPlan; restored: boolean; readable: string } {
  const damaged = looksOcrDamaged(text);
  const readable = damaged ? restorer.restore(text) : text;
  return { parsed: parsePlan(readable), restored: damaged, readable };
}

/**
 * Per folded word of the restored text, the scan's spellings of it where they fold differently ("cua" ←
 * "ciia"): kept searchable, so a word the restorer misread is still found as the scan has it. Lines and
 * the words on a line are the scan's, one for one.
 */
export function scanSpellings(scan: string, readable: string): Map<string, Set<string>> {
  const spellings = new Map<string, Set<string>>();
  const read = readable.split("\n");
  normalizeSource(scan).split("\n").forEach((line, i) => {
    const [was, is] = [line.trim().split(/\s+/), (read[i] ?? "").trim().split(/\s+/)];
    if (was.length !== is.length) return;
    was.forEach((w, k) => {
      const [from, to] = [foldKey(w), foldKey(is[k]!)];
      if (!from || !to || from === to || from.includes(" ") || to.includes(" ")) return;
      spellings.set(to, (spellings.get(to) ?? new Set()).add(from));
    });
  });
  return spellings;
}

/**
 * ParsedPlan → database, from plan text or from reviewed JSON. Both go through the plan's review record
 * (intake/reviews.ts): a secretary's corrections made on the web survive a re-import from any door.
 */
export function createPlanImporter(deps: { db: Db; restorer: Restorer }) {
  const { db, restorer } = deps;
  const reviews = createPlanReviews(db);
  const parseText = (text: string) => readPlanText(text, restorer);

  async function importText(text: string, source: string, committeeId?: string): Promise<ImportResult> {
    const { parsed, restored, readable } = parseText(text);
    const searchAlso = restored ? scanSpellings(text, readable) : undefined;
    const result = await reviews.store({ sourceText: text, parsed, source, restored, committeeId, searchAlso });
    // A clean plan's words teach the restorer: the next scan is read with them.
    if (!restored && result.status !== "unchanged") restorer.learn(text);
    return { ...result, source };
  }

  /** A reviewed (possibly hand-corrected) `plans parse --json` output: it stands for the importer's reading. */
  async function importJson(json: string, source: string, committeeId?: string): Promise<ImportResult> {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch (error) {
      throw new PlanParseError(`${source}: JSON không hợp lệ (${(error as Error).message}).`);
    }
    const checked = parsedPlanSchema.safeParse(data);
    if (!checked.success) {
      const first = checked.error.issues[0];
      throw new PlanParseError(`${source}: JSON không đúng cấu trúc kế hoạch (${first?.path.join(".") || "gốc"}: ${first?.message}).`);
    }
    return { ...(await reviews.store({ sourceText: json, parsed: checked.data, source, restored: false, committeeId })), source };
  }

  return { parseText, importText, importJson };
}
