/**
 * What one caller may cost the process: a bounded body on every route, read
 * before anything parses it, and a number of requests per address per minute.
 */
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { rateLimiter } from "hono-rate-limiter";

/** Telegram and Zalo updates are a few kilobytes; a chat question is a line or two. */
export const BODY_LIMITS = { webhook: 256 * 1024, chat: 16 * 1024, other: 64 * 1024 } as const;

export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => c.json({ error: `Yêu cầu quá lớn (tối đa ${Math.round(maxSize / 1024)} KB).` }, 413),
  });
}

/**
 * The caller's address: the socket's on Node, Cloudflare's header on Workers. Headers a client can set
 * (X-Forwarded-For) are not trusted, or every request could claim a new address.
 */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? c.req.header("cf-connecting-ip") ?? "unknown";
}

/** At most `limit` requests a minute from one address (in this process). */
export function perAddress(limit: number, windowMs = 60_000): MiddlewareHandler {
  return rateLimiter({
    windowMs,
    limit,
    standardHeaders: "draft-6",
    keyGenerator: clientAddress,
    handler: (c) => c.json({ error: "Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.", replies: [{ text: "Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút." }] }, 429),
  });
}
