export type LogLevel = "debug" | "info" | "warn" | "error";
export type Log = (level: Exclude<LogLevel, "debug"> | "debug", message: string, extra?: Record<string, unknown>) => void;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** One JSON line per event on stderr, so stdout stays clean for CLI output. */
export function createLogger(minimum: LogLevel = "info", write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Log {
  return (level, message, extra) => {
    if (ORDER[level] < ORDER[minimum]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...extra }));
  };
}
