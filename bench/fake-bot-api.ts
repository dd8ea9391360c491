import { createServer, type Server } from "node:http";

/** The cheapest Bot API that still answers like Telegram: every call is ok, sendMessage returns a message. */
export async function startFakeBotApi(): Promise<{ url: string; calls: () => number; close: () => Promise<void> }> {
  let calls = 0;
  let id = 0;
  const server: Server = createServer((req, res) => {
    calls++;
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, result: { message_id: ++id, date: 0, chat: { id: 1, type: "private" }, text: "" } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, calls: () => calls, close: () => new Promise((r) => server.close(() => r())) };
}
