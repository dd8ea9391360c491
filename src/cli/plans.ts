/**
 * Staff tool for plan documents:
 *   plans parse <file> [--json]     show what would be extracted, save nothing
 *   plans import <file…>            import plans (.docx, .pdf, .txt, .md; again = no change; corrected = update;
 *                                   the secretary's web corrections kept, as for a file sent on the web or in chat)
 *   plans import --json <file…>     import reviewed `parse --json` output
 *   plans list                      the plans in the database
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { parseEnv } from "../config/env.js";
import { readPlanDocument } from "../ingest/formats/index.js";
import { createPlanImporter, decodePlanBytes, readPlanText } from "../ingest/importer.js";
import { localDatabasePath } from "../db/node-client.js";
import { loadDeploymentRestorer, loadRestorer, type Restorer } from "../ingest/restorer.js";
import { formatReport, importReport } from "../ingest/report.js";
import { changeLines, reportLines } from "../ingest/intake/report.js";
import { importPlanFile } from "../ingest/seeds.js";
import { PlanParseError } from "../ingest/types.js";
import { readArgs } from "./args.js";
import { openForCli } from "./open.js";

const USAGE = `Cách dùng:
  npm run plans -- parse <tệp> [--json]
  npm run plans -- import [--committee <id>] <tệp…>
  npm run plans -- import --json <tệp.json…>
  npm run plans -- list`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = readArgs(USAGE, { json: { type: "boolean", default: false }, committee: { type: "string" } }, argv);
  const [command, ...files] = positionals;

  if (command === "parse") {
    if (files.length !== 1) return fail(USAGE);
    const config = parseEnv(process.env);
    const path = files[0]!;
    const text = await readPlanDocument(await readFile(path), path);
    const { parsed } = readPlanText(text, await parseRestorer(config));
    if (values.json) process.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
    else {
      const p = parsed.plan;
      process.stdout.write(`${p.docNumber ?? "(chưa ghi số)"} — ${p.issuer ?? "?"} — ${p.issuedOn ?? p.year ?? "?"}\n${p.title}\n${formatReport(importReport(parsed))}\n`);
    }
    return 0;
  }

  if (command === "import") {
    if (files.length === 0) return fail(USAGE);
    const cli = await openForCli();
    const importer = createPlanImporter({ db: cli.db, restorer: await loadDeploymentRestorer(cli.db, cli.config.SEEDS_DIR) });
    let failed = 0;
    for (const path of files) {
      try {
        const result = values.json
          ? await importer.importJson(decodePlanBytes(await readFile(path), path), path.split(/[\\/]/).pop()!, values.committee)
          : await importPlanFile(importer, path, values.committee); // the web's and the chat's path: corrections kept
        const label = { created: "đã nhập", updated: "đã cập nhật", unchanged: "không thay đổi" }[result.status];
        const lines = [`${path}: ${label} — ${result.docNumber ?? result.title.slice(0, 60)} (ban: ${result.committeeId})`, ...reportLines(result.report), ...changeLines(result)];
        process.stdout.write(`${lines.join("\n")}\n`);
      } catch (error) {
        failed++;
        process.stderr.write(`${describe(error, path)}\n`);
      }
    }
    cli.client.close();
    return failed > 0 ? 1 : 0;
  }

  if (command === "list") {
    const cli = await openForCli();
    for (const p of await cli.queries.listPlans()) {
      process.stdout.write(`${p.id}\t${p.committeeId}\t${p.docNumber ?? "-"}\t${p.issuedOn ?? p.year ?? "-"}\t${p.title.slice(0, 80)}\n`);
    }
    cli.client.close();
    return 0;
  }

  return fail(USAGE);
}

/**
 * `plans parse` reads a scan as the deployment would import it: with every clean plan its database holds
 * (loadDeploymentRestorer, as `plans import`). Without a database yet it reads with the seeds alone and
 * creates none: parse saves nothing.
 */
async function parseRestorer(config: ReturnType<typeof parseEnv>): Promise<Restorer> {
  const path = localDatabasePath(config.DATABASE_URL);
  // A remote database (no local path) is opened; a local file only when it exists.
  if (path !== null && (path === ":memory:" || !existsSync(path))) return loadRestorer(config.SEEDS_DIR);
  // Reading a file needs no database: one that cannot be read is said, and the seeds read the scan.
  let cli: Awaited<ReturnType<typeof openForCli>> | null = null;
  try {
    cli = await openForCli();
    return await loadDeploymentRestorer(cli.db, config.SEEDS_DIR);
  } catch (error) {
    process.stderr.write(`Chú ý: không đọc được cơ sở dữ liệu ${config.DATABASE_URL} (${(error as Error).message}); đọc tệp chỉ với các kế hoạch mẫu.\n`);
    return loadRestorer(config.SEEDS_DIR);
  } finally {
    cli?.client.close();
  }
}

function describe(error: unknown, path: string): string {
  if (error instanceof PlanParseError) return `Lỗi: ${error.message}`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `Lỗi: ${path}: không có tệp này.`;
  if (code === "EISDIR") return `Lỗi: ${path}: là thư mục, không phải tệp.`;
  return `Lỗi: ${path}: ${(error as Error).message}`;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

/** Exits once stdout and stderr have drained: a large `parse --json` piped to another program arrives whole. */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

main(process.argv.slice(2)).then(exitWhenFlushed, (error: unknown) => {
  process.stderr.write(`${describe(error, process.argv[3] ?? "")}\n`);
  exitWhenFlushed(1);
});
