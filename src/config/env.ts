import { z } from "zod";

/** Comma-separated ids, e.g. "123,456". */
const idList = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(",").map((s) => s.trim()).filter(Boolean) : []));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  DATABASE_URL: z.string().min(1).default("file:./data/bot.db"),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  SEEDS_DIR: z.string().default("seeds"),
  DEFAULT_TIMEZONE: z.string().default("Asia/Ho_Chi_Minh"),
  PUBLIC_URL: z.string().url().optional(),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
  TELEGRAM_WEBHOOK_SECRET: z.string().optional(),
  /** The bot's getMe JSON; required on Workers, where no request may call getMe first. */
  TELEGRAM_BOT_INFO: z.string().optional(),
  ADMIN_TELEGRAM_IDS: idList,
  ZALO_BOT_TOKEN: z.string().optional(),
  ZALO_API_ROOT: z.string().url().default("https://bot-api.zaloplatforms.com"),
  ZALO_WEBHOOK_SECRET: z.string().min(8).max(256).optional(),
  ADMIN_ZALO_IDS: idList,
  /** Days before a deadline when focal points are reminded. */
  REMINDER_DAYS: z
    .string()
    .default("7,3,1")
    .transform((v) => v.split(",").map((d) => Number(d.trim())))
    .pipe(z.array(z.number().int().min(0).max(60)).min(1)),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Config = z.infer<typeof envSchema>;

/** The one place the environment is interpreted; entry files pass it process.env or the Worker's env. */
export function parseEnv(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
