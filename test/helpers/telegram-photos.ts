import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import type TelegramServer from "telegram-test-api";

/**
 * telegram-test-api has no sendPhoto nor sendDocument: this stand-in sits in front of it, takes them
 * (multipart, as grammY sends files), keeps the file and files its caption as a bot message in the emulator;
 * every other method goes through to the emulator unchanged.
 */
export async function startPhotoProxy(telegram: TelegramServer, emulatorRoot: string) {
  const photos: Array<{ chatId: string; caption: string; png: Uint8Array; messageId: number }> = [];
  const documents: Array<{ chatId: string; caption: string; bytes: Uint8Array; messageId: number }> = [];
  const app = new Hono();
  app.post("/:bot/:method{sendPhoto|sendDocument}", async (c) => {
    const field = c.req.param("method") === "sendPhoto" ? "photo" : "document";
    const body = multipart(Buffer.from(await c.req.arrayBuffer()), c.req.header("content-type") ?? "");
    // grammY names the file "attach://<id>" and sends it as the part <id>.
    const ref = body.get(field)?.toString("utf8") ?? "";
    const file = ref.startsWith("attach://") ? body.get(ref.slice("attach://".length)) : body.get(field);
    if (!file || file.length < 8) return c.json({ ok: false, error_code: 400, description: "Bad Request: photo must be a file upload" }, 400);
    const caption = body.get("caption")?.toString("utf8") ?? "";
    const token = c.req.param("bot").replace(/^bot/, "");
    const stored = (telegram as unknown as { addBotMessage: (m: Record<string, unknown>, token: string) => { message_id: number } }).addBotMessage({ chat_id: body.get("chat_id")?.toString("utf8"), text: caption, [field]: true }, token);
    const chatId = body.get("chat_id")?.toString("utf8") ?? "";
    if (field === "photo") photos.push({ chatId, caption, png: new Uint8Array(file), messageId: stored.message_id });
    else documents.push({ chatId, caption, bytes: new Uint8Array(file), messageId: stored.message_id });
    return c.json({ ok: true, result: { message_id: stored.message_id, date: Math.floor(Date.now() / 1000), chat: { id: Number(chatId), type: "group" }, photo: [] } });
  });
  app.all("*", async (c) => {
    const url = new URL(c.req.url);
    const res = await fetch(`${emulatorRoot}${url.pathname}${url.search}`, { method: c.req.method, headers: c.req.raw.headers, body: c.req.method === "GET" ? undefined : await c.req.arrayBuffer() });
    return new Response(res.body, { status: res.status, headers: res.headers });
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return { apiRoot: `http://127.0.0.1:${port}`, photos, documents, stop: () => server.close() };
}

/** The fields of a multipart/form-data body by name (grammY's boundaries are not to undici's liking). */
function multipart(body: Buffer, contentType: string): Map<string, Buffer> {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  const fields = new Map<string, Buffer>();
  if (!boundary) return fields;
  const marker = Buffer.from(`--${boundary}`);
  let at = body.indexOf(marker);
  while (at >= 0) {
    const next = body.indexOf(marker, at + marker.length);
    if (next < 0) break;
    const part = body.subarray(at + marker.length, next);
    const split = part.indexOf("\r\n\r\n");
    if (split >= 0) {
      const name = /name="([^"]+)"/.exec(part.subarray(0, split).toString("utf8"))?.[1];
      if (name) fields.set(name, part.subarray(split + 4, part.length - 2)); // drop the CRLF before the next marker
    }
    at = next;
  }
  return fields;
}
