import { Hono } from "hono";
import { decodeChart } from "../core/digest/chart-envelope.js";
import type { ChartPngMaker } from "../channels/chart-senders.js";

/**
 * GET /bieu-do/<code>.png: a digest's chart, drawn from the counts its code carries (Zalo fetches pictures
 * by URL). The code holds only counts and a title, nothing looked up: it shows no more than it was given.
 */
export function createChartRoutes(png: ChartPngMaker) {
  const app = new Hono();
  app.get("/bieu-do/:file{[A-Za-z0-9_-]{1,2000}\\.png}", async (c) => {
    const data = decodeChart(c.req.param("file").replace(/\.png$/, ""));
    if (!data) return c.json({ error: "Không có biểu đồ này." }, 404);
    return c.body(Buffer.from(await png(data)), 200, { "content-type": "image/png", "cache-control": "public, max-age=86400" });
  });
  return app;
}
