/**
 * What a report and an agency question cost with 10,000 rows of report history, against the same on an
 * empty history, in one run (issue 20: every hot-path query has an index; goal ≤ 1.2×).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCore } from "../src/core/conversation.js";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createPeople } from "../src/db/repos/people.js";
import { createDeps } from "../src/deps.js";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { importSeedsOnce } from "../src/ingest/seeds.js";

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function historyRows(quick: boolean): Promise<Array<[string, string, string]>> {
  const dir = await mkdtemp(join(tmpdir(), "bcd-bench-history-"));
  try {
    const client = await openLibsqlClient(`file:${join(dir, "bench.db")}`);
    const deps = createDeps(client, () => {});
    await migrateDatabase(deps.db);
    await importSeedsOnce({ importer: createPlanImporter({ db: deps.db, restorer: await loadRestorer("seeds") }), queries: deps.queries, seedsDir: "seeds", log: () => {} });
    const core = createCore({ db: deps.db, limits: { commands: Number.MAX_SAFE_INTEGER } });
    const agency = (await client.execute("SELECT a.id, a.committee_id, a.name FROM agencies a JOIN assignments s ON s.agency_id = a.id AND s.role = 'lead' GROUP BY a.id ORDER BY count(*) DESC LIMIT 1")).rows[0]!;
    const people = createPeople(deps.db);
    const { code } = await people.createInvite({ committeeId: String(agency.committee_id), agencyId: Number(agency.id), role: "focal", createdBy: null, now: new Date() });
    await people.redeemInvite(code, { channel: "telegram", externalId: "bench-focal", name: "Bench", now: new Date() });
    let n = 0;
    const message = (text: string, sender = "bench-focal") => ({ channel: "telegram" as const, chatId: sender, chatKind: "private" as const, senderId: sender, text, messageId: `b${++n}`, receivedAt: new Date() });
    const runs = quick ? 40 : 150;
    async function cost(text: string, sender?: string): Promise<number> {
      for (let i = 0; i < 10; i++) await core.handle(message(text, sender));
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await core.handle(message(text, sender));
        samples.push(performance.now() - start);
      }
      return median(samples);
    }
    const report = "/capnhat 1 đang làm: bench";
    const question = `${agency.name} được giao gì?`;
    const empty = { report: await cost(report), question: await cost(question, "bench-guest") };

    // 10,000 rows of history: reports and corrections on every task of the committee, most on one task.
    const tasks = (await client.execute({ sql: "SELECT t.id FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.committee_id = ?", args: [String(agency.committee_id)] })).rows.map((r) => Number(r.id));
    await client.execute("BEGIN");
    for (let i = 0; i < 10_000; i++) {
      const task = i % 5 === 0 ? tasks[i % tasks.length]! : tasks[0]!;
      await client.execute({
        sql: "INSERT INTO progress (committee_id, task_id, agency_id, status, note, period, source_channel, source_message_id, supersedes) VALUES (?, ?, ?, 'in_progress', 'lịch sử', '2025', 'telegram', ?, ?)",
        args: [String(agency.committee_id), task, Number(agency.id), `h${i}`, i % 3 === 0 && i > 0 ? i : null],
      });
    }
    await client.execute("COMMIT");
    const full = { report: await cost(report), question: await cost(question, "bench-guest") };
    client.close();
    return [
      ["Report (/capnhat) with 10,000 history rows", `${ms(full.report)} ms`, `${(full.report / empty.report).toFixed(2)}× an empty history (${ms(empty.report)} ms; goal ≤ 1.2×)`],
      ["Agency question with 10,000 history rows", `${ms(full.question)} ms`, `${(full.question / empty.question).toFixed(2)}× an empty history (${ms(empty.question)} ms; goal ≤ 1.2×)`],
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
