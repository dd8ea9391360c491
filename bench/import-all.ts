/**
 * Import of every plan at hand in one process: the seeds plus the development
 * corpus beside the project (../shared/corpus), when present. Goal < 1 s for
 * the 17. Baseline in the same run: reading the same files from disk.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createDeps } from "../src/deps.js";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { importPlanFile, planFilesIn } from "../src/ingest/seeds.js";

const CORPUS = resolve(process.env.CORPUS_DIR ?? join("..", "shared", "corpus"));

export async function benchImportAll(): Promise<Array<[string, string, string]>> {
  const seeds = await planFilesIn("seeds");
  const corpus = await planFilesIn(CORPUS).catch(() => [] as string[]);
  const files = [...seeds, ...corpus];
  const client = await openLibsqlClient(":memory:");
  const deps = createDeps(client, () => {});
  await migrateDatabase(deps.db);
  const importer = createPlanImporter({ db: deps.db, restorer: await loadRestorer("seeds") });
  const r0 = performance.now();
  for (const f of files) await readFile(f);
  const r1 = performance.now();
  let failed = 0;
  for (const f of files) await importPlanFile(importer, f).catch(() => failed++);
  const t = performance.now() - r1;
  client.close();
  const note = corpus.length ? `${seeds.length} seeds + ${corpus.length} corpus plans` : `${seeds.length} seeds only: no corpus at ${CORPUS}`;
  return [[`import of all ${files.length} plans in one process (parse + restore + save)`, `${t.toFixed(0)} ms`, `${note}; reading them alone ${(r1 - r0).toFixed(1)} ms; ${failed} refused (target < 1 s)`]];
}
