/**
 * A second scheduler in its own process: runs the weekly-digest job once on
 * a database file at a given instant and prints what it sent, one JSON line each.
 *   tsx test/helpers/digest-tick-process.ts <database url> <ISO instant>
 */
import { openLibsqlClient } from "../../src/db/node-client.js";
import { createDeps } from "../../src/deps.js";

const [url, instant] = process.argv.slice(2);
const clock = () => new Date(instant!);
const client = await openLibsqlClient(url!);
const deps = createDeps(client, () => {}, { clock, sleep: async () => {} });
let n = 0;
deps.senders.telegram = async (chat, text) => {
  process.stdout.write(`${JSON.stringify({ chat, text })}\n`);
  return `p${process.pid}-${++n}`;
};
await deps.jobs.find((j) => j.name === "weekly-digest")!.run(clock());
client.close();
