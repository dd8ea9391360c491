/**
 * npm run --silent report -- [--committee <id>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format docx|xlsx --out <file>
 * Writes the periodic report of a committee (the only one when the database has one): a draft Word report
 * from the committee's template, or an Excel workbook of tasks, targets and every update.
 */
import { writeFile } from "node:fs/promises";
import { createPeople } from "../db/repos/people.js";
import { createProgressLatest } from "../db/repos/progress-latest.js";
import { createAnswerQueries } from "../db/repos/answer-queries.js";
import { createReportMaker } from "../media/reports.js";
import { readArgs } from "./args.js";
import { openForCli } from "./open.js";

const USAGE = "Cách dùng: npm run --silent report -- [--committee <id>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format docx|xlsx --out <tệp> [--templates <thư mục>]";
const { values } = readArgs(USAGE, {
  committee: { type: "string" }, from: { type: "string" }, to: { type: "string" }, format: { type: "string" }, out: { type: "string" }, templates: { type: "string" },
});
const fail = (message: string) => {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
};
if (values.format !== "docx" && values.format !== "xlsx") fail("--format phải là docx hoặc xlsx.");
if (!values.out) fail("Thiếu --out <tệp>.");
for (const key of ["from", "to"] as const) if (values[key] && !/^\d{4}-\d{2}-\d{2}$/.test(values[key]!)) fail(`--${key} phải có dạng YYYY-MM-DD.`);
if (values.from && values.to && values.from > values.to) fail("--from phải trước --to.");

const cli = await openForCli({ seeds: true });
try {
  const committees = await createPeople(cli.db).committeeList();
  const picked = values.committee ? committees.filter((c) => c.id === values.committee) : committees;
  if (picked.length !== 1) {
    process.stderr.write(values.committee ? `Không có Ban chỉ đạo "${values.committee}".\n` : `Có ${committees.length} Ban chỉ đạo; chọn một bằng --committee: ${committees.map((c) => c.id).join(", ")}\n`);
    process.exitCode = 2;
  } else {
    const maker = createReportMaker({ answers: createAnswerQueries(cli.db), planQueries: cli.queries, latest: createProgressLatest(cli.db), templatesDir: values.templates });
    const range = { ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) };
    const file = values.format === "docx" ? await maker.docx(picked[0]!.id, range) : await maker.xlsx(picked[0]!.id, range);
    await writeFile(values.out!, file.bytes);
    process.stderr.write(`Đã ghi ${values.out} (${file.bytes.length} byte).\n`);
  }
} finally {
  cli.client.close();
}
