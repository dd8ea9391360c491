import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { openLibsqlClient } from "../../src/db/node-client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { createDeps } from "../../src/deps.js";
import { readPlanDocument } from "../../src/ingest/formats/index.js";
import { createPlanImporter } from "../../src/ingest/importer.js";
import { loadRestorer } from "../../src/ingest/restorer.js";
import { importSeedsOnce } from "../../src/ingest/seeds.js";
import { targetHistorySvg } from "../../src/core/charts/charts.js";
import { createReportMaker } from "../../src/media/reports.js";
import { createAnswerQueries } from "../../src/db/repos/answer-queries.js";
import { createPlanQueries } from "../../src/db/repos/plan-queries.js";
import { createProgressLatest } from "../../src/db/repos/progress-latest.js";
import type { Db } from "../../src/db/client.js";
import type { Log } from "../../src/log.js";

export const SEEDS_DIR = "seeds";

/** Collects log lines so tests can assert on what was (or was not) logged. */
export function memoryLog() {
  const lines: Array<{ level: string; message: string; extra?: Record<string, unknown> }> = [];
  const log: Log = (level, message, extra) => void lines.push({ level, message, extra });
  return { log, lines };
}

/** A migrated database with the five seeded plans, wired exactly as entry/node.ts does. */
export async function createBotEnv(options: { url?: string; seed?: boolean; clock?: () => Date; webBaseUrl?: string; reports?: boolean } = {}) {
  const { log, lines } = memoryLog();
  const client: Client = await openLibsqlClient(options.url ?? ":memory:");
  const restorer = await loadRestorer(SEEDS_DIR);
  // Scheduled sends do not wait out Telegram's pacing in tests.
  const deps = createDeps(client, log, {
    clock: options.clock, sleep: async () => {}, webBaseUrl: options.webBaseUrl,
    intake: { importerFor: (db) => createPlanImporter({ db, restorer }), readDocument: readPlanDocument },
    ...(options.reports
      ? { historySvg: targetHistorySvg, reports: (db: Db) => createReportMaker({ answers: createAnswerQueries(db), planQueries: createPlanQueries(db), latest: createProgressLatest(db) }) }
      : {}),
  });
  await migrateDatabase(deps.db);
  const importer = createPlanImporter({ db: deps.db, restorer });
  const seeded = options.seed === false ? [] : await importSeedsOnce({ importer, queries: deps.queries, seedsDir: SEEDS_DIR, log });
  return { client, ...deps, importer, seeded, logLines: lines };
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "bcd-test-"));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Row counts of the plan tables, to show an operation changed nothing. */
export async function tableCounts(client: Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ["committees", "plans", "sections", "tasks", "targets", "agencies", "assignments", "deadlines", "search_index"]) {
    const result = await client.execute(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(result.rows[0]?.n);
  }
  return counts;
}
