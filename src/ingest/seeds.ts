import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { PlanQueries } from "../db/repos/plan-queries.js";
import type { Log } from "../log.js";
import { readPlanDocument } from "./formats/index.js";
import { decodePlanBytes, type ImportResult, type PlanImporter } from "./importer.js";

/** The plan texts of a folder, in name order. */
export async function planFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => n.toLowerCase().endsWith(".txt")).sort().map((n) => join(dir, n));
}

export async function importPlanFile(importer: PlanImporter, path: string, committeeId?: string): Promise<ImportResult> {
  const bytes = await readFile(path);
  const source = path.split(/[\\/]/).pop() ?? path;
  if (path.toLowerCase().endsWith(".json")) return importer.importJson(decodePlanBytes(bytes, source), source, committeeId);
  return importer.importText(await readPlanDocument(bytes, source), source, committeeId);
}

/** First start: an empty database gets the seeded plans; later starts leave the data alone. */
export async function importSeedsOnce(deps: { importer: PlanImporter; queries: PlanQueries; seedsDir: string; log: Log }) {
  if ((await deps.queries.countPlans()) > 0) return [];
  const results: ImportResult[] = [];
  for (const file of await planFilesIn(deps.seedsDir)) {
    try {
      const result = await importPlanFile(deps.importer, file);
      results.push(result);
      deps.log("info", "seed plan imported", { file, status: result.status, docNumber: result.docNumber });
    } catch (error) {
      deps.log("error", "seed plan not imported", { file, error: String(error) });
    }
  }
  return results;
}
