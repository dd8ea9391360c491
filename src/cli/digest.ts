/**
 * npm run --silent digest -- [--committee <id>] [--today YYYY-MM-DD] --dry-run
 * Prints the weekly digest (and the leaders' brief) of each committee without
 * sending or recording anything.
 */
import { addDays, todayIn } from "../domain/dates.js";
import { createPeople } from "../db/repos/people.js";
import { readArgs } from "./args.js";
import { openForCli } from "./open.js";

const USAGE = "Cách dùng: npm run --silent digest -- --dry-run [--committee <id>] [--today YYYY-MM-DD] [--lang vi|en]";
const { values } = readArgs(USAGE, {
  committee: { type: "string" }, today: { type: "string" }, "dry-run": { type: "boolean", default: false }, lang: { type: "string", default: "vi" },
});
if (!values["dry-run"]) {
  console.error("Chỉ hỗ trợ --dry-run: bản tổng hợp được gửi theo lịch khi bot chạy (npm start).");
  process.exit(2);
}
if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error("--today phải có dạng YYYY-MM-DD.");
  process.exit(2);
}
const cli = await openForCli({ seeds: true });
try {
  const committees = (await createPeople(cli.db).committeeSettings()).filter((c) => !values.committee || c.id === values.committee);
  if (committees.length === 0) {
    console.error(`Không có Ban chỉ đạo "${values.committee}".`);
    process.exitCode = 2;
  }
  const lang = values.lang === "en" ? "en" : "vi";
  for (const c of committees) {
    const today = values.today ?? todayIn(c.timezone, new Date());
    const since = `${addDays(today, -7)}T00:00:00.000Z`;
    for (const variant of ["full", "leaders"] as const) {
      const parts = await cli.digest.build({ committeeId: c.id, committeeName: c.name, today, lang, since, variant });
      console.log(`===== ${c.id} · ${variant === "full" ? "nhóm Ban chỉ đạo" : "lãnh đạo"} =====`);
      console.log(parts.join("\n\n"));
      console.log("");
    }
  }
} finally {
  cli.client.close();
}
