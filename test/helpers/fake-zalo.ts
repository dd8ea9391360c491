import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";

/**
 * A stand-in for the Zalo Bot Platform API (facts in ../shared/reference):
 * `/bot<TOKEN>/<method>`, `{ ok, result }` answers; it records what the bot sends.
 */
export async function startFakeZalo(token: string) {
  const sent: Array<{ chat_id: string; text: string }> = [];
  const photos: Array<{ chat_id: string; photo: string }> = [];
  const queue: unknown[] = [];
  let id = 0;
  const app = new Hono();
  app.post("/:bot/:method", async (c) => {
    if (c.req.param("bot") !== `bot${token}`) return c.json({ ok: false, error_code: 401, description: "Unauthorized" }, 401);
    const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    switch (c.req.param("method")) {
      case "getMe":
        return c.json({ ok: true, result: { id: "bot1", account_name: "bcd.bot", display_name: "Trợ lý BCĐ" } });
      case "sendMessage": {
        const text = String(body.text ?? "");
        if (text.length > 2000) return c.json({ ok: false, error_code: 400, description: "text too long" }, 400);
        sent.push({ chat_id: String(body.chat_id), text });
        return c.json({ ok: true, result: { message_id: `z${++id}`, date: Date.now() } });
      }
      case "sendPhoto": {
        // The platform fetches the picture from its URL; the stand-in records the URL it was given.
        const photo = String(body.photo ?? "");
        if (!/^https?:\/\//.test(photo)) return c.json({ ok: false, error_code: 400, description: "photo must be a URL" }, 400);
        photos.push({ chat_id: String(body.chat_id), photo });
        return c.json({ ok: true, result: { message_id: `z${++id}`, date: Date.now() } });
      }
      case "getUpdates":
        return c.json({ ok: true, result: queue.splice(0) });
      case "setWebhook":
      case "deleteWebhook":
        return c.json({ ok: true, result: true });
      default:
        return c.json({ ok: false, error_code: 404, description: "Not Found" }, 404);
    }
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return { apiRoot: `http://127.0.0.1:${port}`, sent, photos, queue, stop: () => server.close() };
}
