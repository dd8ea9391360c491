/**
 * A digest's chart on Zalo: the bot sends the picture's URL under PUBLIC_URL (Zalo fetches it), then the
 * text; the URL serves a PNG of the same counts; with no public URL the text alone goes out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zaloChartSender } from "../src/channels/chart-senders.js";
import { createZaloApi } from "../src/channels/zalo/api.js";
import { createZaloBot } from "../src/channels/zalo/bot.js";
import type { Core } from "../src/core/conversation.js";
import { decodeChart, withChart } from "../src/core/digest/chart-envelope.js";
import type { InboundLog } from "../src/db/repos/inbound-log.js";
import { createChartRoutes } from "../src/http/chart-routes.js";
import { createChartPng } from "../src/media/charts.js";
import { startFakeZalo } from "./helpers/fake-zalo.js";

const TOKEN = "zalo-test-token";
let fake: Awaited<ReturnType<typeof startFakeZalo>>;
beforeAll(async () => { fake = await startFakeZalo(TOKEN); });
afterAll(() => fake.stop());

// Sending a scheduled message uses neither the conversation nor the inbound log.
const unused = {} as unknown;
const chart = { lang: "vi" as const, title: "Tiến độ tuần", targets: { met: 2, at_risk: 1, off_track: 0, no_data: 3 }, agencies: { reported: 4, not_reported: 5, overdue: 1 } };

describe("digest chart on Zalo", () => {
  it("sends the chart's URL under PUBLIC_URL, then the text; the URL serves that chart as a PNG", async () => {
    const zalo = createZaloBot({ api: createZaloApi({ token: TOKEN, apiRoot: fake.apiRoot }), core: unused as Core, inbound: unused as InboundLog, log: () => {} });
    const send = zaloChartSender(zalo, () => {}, "https://bcd.example.vn/");
    await send("group-1", withChart("Tổng hợp tuần: 4 cơ quan đã báo cáo.", chart), undefined);

    expect(fake.photos).toHaveLength(1);
    const url = new URL(fake.photos[0]!.photo);
    expect(url.origin).toBe("https://bcd.example.vn");
    expect(fake.photos[0]!.chat_id).toBe("group-1");
    const last = fake.sent[fake.sent.length - 1]!;
    expect(last).toEqual({ chat_id: "group-1", text: "Tổng hợp tuần: 4 cơ quan đã báo cáo." });
    // The picture's address carries the counts it draws.
    expect(decodeChart(url.pathname.replace(/^\/bieu-do\//, "").replace(/\.png$/, ""))).toEqual(chart);

    const res = await createChartRoutes(createChartPng()).request(url.pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.readUInt32BE(16)).toBeGreaterThan(100); // width from the IHDR chunk
  });

  it("sends the text alone when the server has no public URL", async () => {
    const before = fake.photos.length;
    const zalo = createZaloBot({ api: createZaloApi({ token: TOKEN, apiRoot: fake.apiRoot }), core: unused as Core, inbound: unused as InboundLog, log: () => {} });
    await zaloChartSender(zalo, () => {}, undefined)("group-2", withChart("Tổng hợp tuần.", chart), undefined);
    expect(fake.photos.length).toBe(before);
    expect(fake.sent[fake.sent.length - 1]).toEqual({ chat_id: "group-2", text: "Tổng hợp tuần." });
  });
});
