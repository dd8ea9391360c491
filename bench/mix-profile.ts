/**
 * tsx bench/mix-profile.ts [rounds] — the question mix alone, as `npm run bench` measures it (the five
 * seeds in an in-memory database), with each question's CPU, dearest first, so a change can be aimed at
 * where the time goes. Run with `node --cpu-prof --import tsx bench/mix-profile.ts` for a profile.
 */
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createDeps } from "../src/deps.js";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { importSeedsOnce } from "../src/ingest/seeds.js";
import { QUESTION_MIX, questionMixCost } from "./question-mix.js";

const rounds = Number(process.argv[2] ?? 5);
const client = await openLibsqlClient(":memory:");
const deps = createDeps(client, () => {});
await migrateDatabase(deps.db);
await importSeedsOnce({ importer: createPlanImporter({ db: deps.db, restorer: await loadRestorer("seeds") }), queries: deps.queries, seedsDir: "seeds", log: () => {} });

const ask = (text: string, i: number) =>
  deps.core.handle({ channel: "web", chatId: `p${i % 5}`, chatKind: "private", senderId: `p${i % 5}`, text, messageId: `p${i}`, receivedAt: new Date() }, { today: "2025-11-28" });
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

for (const [i, q] of QUESTION_MIX.entries()) await ask(q, i);
const spent = new Map<string, number>();
for (let r = 0; r < rounds; r++) {
  for (const [i, q] of QUESTION_MIX.entries()) {
    const before = cpuMs();
    await ask(q, i + 1000 * (r + 1));
    spent.set(q, (spent.get(q) ?? 0) + cpuMs() - before);
  }
}
const rows = [...spent].map(([q, total]) => [q, total / rounds] as const).sort((a, b) => b[1] - a[1]);
for (const [q, each] of rows.slice(0, 20)) console.log(`${each.toFixed(2).padStart(7)} ms  ${q}`);
const mean = rows.reduce((s, [, each]) => s + each, 0) / rows.length;
console.log(`mean per question over ${rounds} rounds: ${mean.toFixed(2)} ms`);
for (let i = 0; i < 3; i++) console.log((await questionMixCost(deps.core, "2025-11-28")).join(" | "));
client.close();
