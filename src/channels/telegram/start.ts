/**
 * Connecting to Telegram at start. grammY's bot.init() retries getMe forever and silently; until it
 * succeeds every webhook update would be answered 200 and dropped. Here: a bounded number of tries,
 * each logged; the webhook answers 503 meanwhile (Telegram redelivers later), /healthz says
 * "starting", and a slow background retry connects once the API is reachable again.
 */
import type { Log } from "../../log.js";
import type { TelegramBot } from "./bot.js";

export type ConnectOptions = { attempts?: number; delayMs?: number; retryEveryMs?: number; sleep?: (ms: number) => Promise<void>; signal?: AbortSignal };

/** Up to `attempts` getMe calls with doubling waits; true once the bot knows who it is. */
export async function connectTelegram(telegram: TelegramBot, log: Log, options: ConnectOptions = {}): Promise<boolean> {
  const attempts = options.attempts ?? 5;
  const delayMs = options.delayMs ?? 2000;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  for (let i = 1; i <= attempts; i++) {
    if (options.signal?.aborted) return false;
    try {
      telegram.bot.botInfo = await telegram.whoAmI();
      log("info", "telegram connected", { username: telegram.bot.botInfo.username });
      return true;
    } catch (error) {
      log(i === attempts ? "error" : "warn", `telegram API unreachable (try ${i} of ${attempts})`, { error: String(error) });
      if (i < attempts) await sleep(delayMs * 2 ** (i - 1));
    }
  }
  return false;
}

/**
 * Connects, then runs `ready` (commands, webhook or polling). When the bounded tries fail, says so
 * once and keeps trying every `retryEveryMs` in the background; the rest of the bot serves meanwhile.
 */
export async function startTelegram(telegram: TelegramBot, log: Log, ready: () => Promise<void>, options: ConnectOptions = {}): Promise<void> {
  if (await connectTelegram(telegram, log, options)) return ready();
  const every = options.retryEveryMs ?? 5 * 60_000;
  log("error", "telegram not connected: webhook updates are answered 503 so Telegram redelivers them later; retrying in the background", { retryEveryMs: every });
  const retry = async () => {
    if (options.signal?.aborted) return;
    if (await connectTelegram(telegram, log, { ...options, attempts: 1 })) await ready();
    else setTimeout(() => void retry(), every).unref();
  };
  setTimeout(() => void retry(), every).unref();
}
