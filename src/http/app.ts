import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { createWebChat } from "../channels/web/routes.js";
import type { Core } from "../core/conversation.js";
import type { Health } from "./health.js";
import { defaultBodyLimit } from "./limits.js";
import type { RateCounts } from "../db/repos/rate-counts.js";

export type AppDeps = {
  core: Core;
  /** What /healthz reports (database read and write, channels, scheduler). */
  health: Health;
  log?: (level: "info" | "warn" | "error", message: string, extra?: Record<string, unknown>) => void;
  /** Channel webhooks (Telegram, Zalo), mounted at the root. */
  routes?: Hono[];
  /** Request counts shared by every instance on the database (the web chat's per-address limit). */
  rateCounts?: RateCounts;
};

/** The one Hono app: web chat, health, and (later issues) the channel webhooks. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  // First, before any route reads a body (routes set tighter limits of their own).
  app.use("*", defaultBodyLimit());
  app.get("/healthz", async (c) => {
    const report = await deps.health();
    return c.json(report, report.ok ? 200 : 503);
  });
  for (const route of deps.routes ?? []) app.route("/", route);
  app.route("/", createWebChat(deps.core, undefined, undefined, deps.rateCounts));
  app.notFound((c) => c.json({ error: "Không tìm thấy." }, 404));
  app.onError((error, c) => {
    // A client's mistake (malformed JSON, bad headers) is theirs to fix, not a server fault.
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: `Yêu cầu không hợp lệ: ${error.message}` }, error.status);
    }
    deps.log?.("error", "request failed", { path: c.req.path, error: String(error) });
    return c.json({ error: "Xin lỗi, máy chủ gặp lỗi. Bạn thử lại sau ít phút nhé." }, 500);
  });
  return app;
}
