/**
 * Weekly digests with their charts for 1,000 synthetic committees (the seed plans over and over, each
 * committee with a few reports of its own): compose the digest, then draw its chart as the senders do
 * (SVG by echarts, PNG by resvg). Pictures are remembered by their data, so committees whose counts are
 * alike share one; the cost of drawing one new picture is reported beside it.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { progressChartSvg } from "../src/core/charts/charts.js";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { savePlan } from "../src/db/repos/plan-store.js";
import { createDeps } from "../src/deps.js";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { planFilesIn } from "../src/ingest/seeds.js";
import { createChartPng } from "../src/media/charts.js";
import { createPngRenderer } from "../src/media/png.js";

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 0);

export async function digestChartRows(quick: boolean): Promise<Array<[string, string, string]>> {
  const n = quick ? 100 : 1000;
  const dir = await mkdtemp(join(tmpdir(), "bcd-bench-charts-"));
  try {
    const client = await openLibsqlClient(`file:${join(dir, "bench.db")}`);
    const deps = createDeps(client, () => {});
    await migrateDatabase(deps.db);
    const importer = createPlanImporter({ db: deps.db, restorer: await loadRestorer("seeds") });
    const parsed = await Promise.all((await planFilesIn("seeds")).map(async (f) => importer.parseText(await readFile(f, "utf8")).parsed));
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = `charted-${i}`;
      await savePlan(deps.db, parsed[i % parsed.length]!, { committeeId: id, sourceFile: `${id}.txt` });
      // A report or two per committee, varying, so the digests are not all empty.
      for (const statement of [
        `INSERT INTO progress (committee_id, task_id, agency_id, status, created_at) SELECT '${id}', a.task_id, a.agency_id, '${["done", "in_progress", "blocked"][i % 3]}', '2024-11-28T03:00:00.000Z' FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN plans p ON p.id = t.plan_id WHERE p.committee_id = '${id}' LIMIT ${1 + (i % 3)}`,
        `INSERT INTO progress (committee_id, target_id, value, created_at) SELECT '${id}', t.id, t.value * ${[0.95, 1, 1.3][i % 3]}, '2024-11-28T03:00:00.000Z' FROM targets t JOIN plans p ON p.id = t.plan_id WHERE p.committee_id = '${id}' LIMIT 1`,
      ]) await client.execute(statement);
      ids.push(id);
    }
    const png = createChartPng();
    const t0 = performance.now();
    let bytes = 0;
    for (const id of ids) {
      const { chart } = await deps.digest.compose({ committeeId: id, committeeName: id, today: "2024-12-02", lang: "vi", since: "2024-11-25T00:00:00.000Z", variant: "full" });
      bytes += png(chart).length;
    }
    const t1 = performance.now();
    // One picture never drawn before: the cost a committee with new counts pays.
    const fresh = createPngRenderer();
    const f0 = performance.now();
    fresh(progressChartSvg({ lang: "vi", title: "Chỉ tiêu và cơ quan báo cáo (02/12/2024)", targets: { met: 7, at_risk: 3, off_track: 2, no_data: 11 }, agencies: { reported: 5, not_reported: 8, overdue: 1 } }));
    const f1 = performance.now();
    client.close();
    return [[`weekly digests with charts for ${n} committees`, `${ms(t1 - t0)} ms`, `${ms((t1 - t0) / n)} ms each, PNGs ${Math.round(bytes / n / 1024)} KiB each; one new chart drawn ${ms(f1 - f0)} ms (target < 3 s at 1,000)`]];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Run alone: npx tsx bench/digest-charts.ts [--quick]
if (import.meta.url === `file://${process.argv[1]}`) console.log(await digestChartRows(process.argv.includes("--quick")));
