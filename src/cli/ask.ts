/**
 * Ask the bot from a shell, exactly as a chat shows the reply:
 *   npm run --silent ask -- [--today YYYY-MM-DD] [--committee <id>] "question"
 *   npm run --silent ask -- [--today YYYY-MM-DD] --jsonl   < questions.txt  (one JSON line per question)
 * A fresh database is migrated and gets the seeded plans first, as `npm start` does.
 */
import { createInterface } from "node:readline";
import type { IncomingMessage } from "../core/types.js";
import { readArgs } from "./args.js";
import { openForCli } from "./open.js";

const USAGE = `Cách dùng:
  npm run --silent ask -- [--today YYYY-MM-DD] [--committee <id>] "câu hỏi"
  npm run --silent ask -- [--today YYYY-MM-DD] --jsonl < cau-hoi.txt`;
const { values, positionals } = readArgs(USAGE, { today: { type: "string" }, committee: { type: "string" }, jsonl: { type: "boolean", default: false } });

if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  process.stderr.write("--today cần dạng YYYY-MM-DD, ví dụ --today 2024-12-02\n");
  process.exit(2);
}
if (!values.jsonl && positionals.length === 0) {
  process.stderr.write('Cách dùng: npm run --silent ask -- [--today YYYY-MM-DD] "câu hỏi"  |  --jsonl < cau-hoi.txt\n');
  process.exit(2);
}

const cli = await openForCli({ seeds: true });

let counter = 0;
async function ask(question: string): Promise<string> {
  const message: IncomingMessage = {
    channel: "web",
    chatId: "cli",
    chatKind: "private",
    senderId: "cli",
    text: question,
    messageId: `cli-${process.pid}-${++counter}`,
    receivedAt: new Date(),
  };
  const replies = await cli.core.handle(message, { today: values.today, committeeId: values.committee });
  return replies.map((r) => r.text).join("\n\n");
}

if (values.jsonl) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify({ question: line, answer: await ask(line) })}\n`);
  }
} else {
  process.stdout.write(`${await ask(positionals.join(" "))}\n`);
}
cli.client.close();
