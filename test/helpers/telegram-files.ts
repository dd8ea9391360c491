import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { EditStandIns } from "./telegram-edits.js";

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * What telegram-test-api lacks: getFile and the file download URL. A small front server answers those two
 * from files the test registers, the methods given (message edits and press answers, telegram-edits.ts)
 * by their stand-ins, and passes every other Bot API call to the emulator unchanged, so the bot talks to
 * one API root exactly as it talks to Telegram.
 */
export async function startFileApi(emulatorUrl: string, methods?: EditStandIns) {
  const files = new Map<string, { path: string; bytes: Uint8Array }>();
  const downloads: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const payload = await body(req);
    const type = req.headers["content-type"] ?? "";
    // Files go as multipart to the photo stand-in behind; these methods carry JSON or form fields.
    const params = (): Record<string, unknown> => payload.length
      ? type.includes("json") ? JSON.parse(payload.toString()) : Object.fromEntries(new URLSearchParams(payload.toString()))
      : Object.fromEntries(url.searchParams);
    const method = /^\/bot[^/]+\/(\w+)$/.exec(url.pathname)?.[1] ?? "";
    const answered = methods && !type.includes("multipart") ? methods.handle(method, params()) : undefined;
    if (answered) {
      res.statusCode = answered.ok ? 200 : answered.error_code;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(answered));
      return;
    }
    if (/^getFile$/i.test(method)) {
      const fileId = String(params().file_id);
      const file = files.get(fileId);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(file
        ? { ok: true, result: { file_id: fileId, file_unique_id: `u${fileId}`, file_size: file.bytes.byteLength, file_path: file.path } }
        : { ok: false, error_code: 400, description: "Bad Request: invalid file_id" }));
      return;
    }
    const download = /^\/file\/bot[^/]+\/(.+)$/.exec(url.pathname);
    if (download) {
      const file = [...files.values()].find((f) => f.path === download[1]);
      downloads.push(download[1]!);
      res.statusCode = file ? 200 : 404;
      res.end(file ? Buffer.from(file.bytes) : "Not Found");
      return;
    }
    const forwarded = await fetch(`${emulatorUrl}${url.pathname}${url.search}`, {
      method: req.method, headers: { "content-type": req.headers["content-type"] ?? "application/json" }, body: ["GET", "HEAD"].includes(req.method ?? "GET") ? undefined : payload,
    });
    res.statusCode = forwarded.status;
    res.setHeader("content-type", forwarded.headers.get("content-type") ?? "application/json");
    res.end(Buffer.from(await forwarded.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let n = 0;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Makes a file available to getFile; returns its file_id. */
    add(bytes: Uint8Array, name: string): string {
      const id = `f${++n}`;
      files.set(id, { path: `documents/file_${n}_${name}`, bytes });
      return id;
    },
    downloads,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
