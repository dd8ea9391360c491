import { createServer, type AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import type { Hono } from "hono";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The app on a real port, and a tiny browser for it: cookies kept per instance, redirects not followed. */
export async function serveApp(app: Hono) {
  const port = await freePort();
  const server: ServerType = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
  const base = `http://127.0.0.1:${port}`;
  const browser = () => {
    const jar = new Map<string, string>();
    async function request(path: string, init: RequestInit & { form?: Record<string, string> } = {}) {
      const headers = new Headers(init.headers);
      if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
      let body = init.body;
      if (init.form) body = new URLSearchParams(init.form);
      const res = await fetch(`${base}${path}`, { ...init, headers, body, redirect: "manual" });
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const [name, value] = pair!.split("=");
        if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || !value) jar.delete(name!);
        else jar.set(name!, value);
      }
      return { res, text: await res.text() };
    }
    return { request, jar };
  };
  return { base, port, browser, close: () => server.close() };
}
