/** POST /zalo/webhook: the secret header checked in constant time, the body read as a Zalo event. */
import { Hono } from "hono";
import type { Log } from "../../log.js";
import { BODY_LIMITS, limitBody } from "../../http/limits.js";
import { sameSecret } from "../shared.js";

const MAX_EVENTS_PER_REQUEST = 5;
import { readZaloUpdates, type ZaloBot } from "./bot.js";

export function createZaloWebhook(zalo: ZaloBot, secret: string, log: Log) {
  return new Hono().post("/zalo/webhook", limitBody(BODY_LIMITS.webhook), async (c) => {
    if (!sameSecret(c.req.header("x-bot-api-secret-token"), secret)) return c.json({ error: "unauthorized" }, 401);
    const body = await c.req.json().catch(() => undefined);
    const updates = body === undefined ? null : readZaloUpdates(body);
    if (!updates) return c.json({ error: "Yêu cầu không hợp lệ: cần một sự kiện Zalo." }, 400);
    // Zalo sends one event per call; a request carrying many is refused whole rather than answered many times.
    if (updates.length > MAX_EVENTS_PER_REQUEST) return c.json({ error: `Quá nhiều sự kiện trong một yêu cầu (tối đa ${MAX_EVENTS_PER_REQUEST}).` }, 413);
    for (const update of updates) {
      await zalo.handleUpdate(update).catch((error: unknown) => log("error", "zalo webhook failed", { error: String(error) }));
    }
    return c.json({ ok: true });
  });
}
