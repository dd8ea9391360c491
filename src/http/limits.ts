/**
 * What one caller may cost the process: a bounded body on every route, read
 * before anything parses it, and a number of requests per address per minute.
 */
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { rateLimiter, type Store } from "hono-rate-limiter";
import type { RateCounts } from "../db/repos/rate-counts.js";

/** Telegram and Zalo updates are a few kilobytes; a chat question is a line or two; a plan file is some MB. */
export const BODY_LIMITS = { webhook: 256 * 1024, chat: 16 * 1024, other: 64 * 1024, upload: 10 * 1024 * 1024 + 64 * 1024 } as const;

/**
 * The paths allowed more than `other` by the app-wide default; each route also sets its own, tighter or
 * with its own message. A new route that needs more must be listed here, or it answers 413: a safe failure.
 */
const LARGER_BODIES: Array<[prefix: string, maxSize: number]> = [
  ["/telegram/webhook", BODY_LIMITS.webhook],
  ["/zalo/webhook", BODY_LIMITS.webhook],
  // Plan files and the plan correction form (admin web).
  ["/quan-tri/ke-hoach", BODY_LIMITS.upload],
];

export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => c.json({ error: `Yêu cầu quá lớn (tối đa ${Math.round(maxSize / 1024)} KB).` }, 413),
  });
}

/** Every route's body limit unless listed above: no route, present or added later, reads an unbounded body. */
export function defaultBodyLimit(): MiddlewareHandler {
  const byPrefix = LARGER_BODIES.map(([prefix, size]) => [prefix, limitBody(size)] as const);
  const other = limitBody(BODY_LIMITS.other);
  return (c, next) => (byPrefix.find(([prefix]) => c.req.path.startsWith(prefix))?.[1] ?? other)(c, next);
}

/**
 * The caller's address: the socket's on Node, Cloudflare's header on Workers. Headers a client can set
 * (X-Forwarded-For) are not trusted, or every request could claim a new address.
 */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? c.req.header("cf-connecting-ip") ?? "unknown";
}

/** hono-rate-limiter's counts kept in the database: every instance on it counts one address together. */
export function sharedStore(counts: RateCounts, name: string, windowMs: number): Store {
  const key = (k: string) => `${name}:${k}`;
  const info = (e: { hits: number; resetAt: Date }) => ({ totalHits: e.hits, resetTime: e.resetAt });
  return {
    localKeys: false,
    get: async (k) => info(await counts.peek(key(k), windowMs)),
    increment: async (k) => info(await counts.hit(key(k), windowMs)),
    decrement: (k) => counts.undo(key(k), windowMs),
    resetKey: (k) => counts.reset(key(k)),
  };
}

/** At most `limit` requests a minute from one address: across instances with `counts`, else in this process. */
export function perAddress(limit: number, windowMs = 60_000, counts?: RateCounts): MiddlewareHandler {
  return rateLimiter({
    windowMs,
    limit,
    ...(counts ? { store: sharedStore(counts, "address", windowMs) } : {}),
    standardHeaders: "draft-6",
    keyGenerator: clientAddress,
    handler: (c) => c.json({ error: "Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.", replies: [{ text: "Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút." }] }, 429),
  });
}
