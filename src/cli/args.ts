import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * The command line read by `parseArgs`, with `--help` and mistakes answered by the usage text and exit
 * code 2 instead of a Node stack trace.
 */
export function readArgs<T extends ParseArgsConfig["options"]>(usage: string, options: T, argv = process.argv.slice(2)) {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`Tham số không hợp lệ: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
}
