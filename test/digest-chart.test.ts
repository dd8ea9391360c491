import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { progressChartSvg } from "../src/core/charts/charts.js";
import { decodeChart, takeChart } from "../src/core/digest/chart-envelope.js";
import { createChartPng } from "../src/media/charts.js";
import { decodePng } from "./helpers/png.js";
import { ADMIN, startTelegramHarness } from "./helpers/telegram-harness.js";
import { writeFile } from "node:fs/promises";

/**
 * The weekly digest after focal points reported (and corrected) through the real Telegram path: at most two
 * messages, the first a chart picture whose data holds the counts, the corrected report counted once.
 */
const FOCAL = { id: 410, first_name: "Mai", language_code: "vi" };
const GROUP = { id: -9400, type: "group" as const, title: "BCĐ huyện" };

describe("weekly digest with its chart", () => {
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  const buttons = (msg: { markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } } | undefined) => (msg?.markup?.inline_keyboard ?? []).flat();
  const huyen = (msg: Parameters<typeof buttons>[0]) => buttons(msg).find((b) => b.text.includes("UBND huyện") && !b.text.includes("Mường Ảng"))!;

  beforeAll(async () => {
    h = await startTelegramHarness({ chartPng: createChartPng() });
    const [pick] = await h.say(h.messageUpdate(ADMIN, "/moi Phòng Y tế"), ADMIN.id);
    const [invite] = await h.say(h.callbackUpdate(ADMIN, huyen(pick).callback_data), ADMIN.id);
    await h.say(h.messageUpdate(FOCAL, `/start ${/start=([a-z0-9]+)/.exec(invite!.text)![1]}`), FOCAL.id);
    // One task reported, then corrected twice: one report. One target reported, then corrected.
    await h.say(h.messageUpdate(FOCAL, "/capnhat 1 đang làm: tập huấn 2 xã"), FOCAL.id);
    await h.say(h.messageUpdate(FOCAL, "/sua đang làm: tập huấn 3 xã"), FOCAL.id);
    await h.say(h.messageUpdate(FOCAL, "/sua xong: tập huấn đủ 5 xã"), FOCAL.id);
    const [choices] = await h.say(h.messageUpdate(FOCAL, "/chitieu trẻ em có hoàn cảnh đặc biệt 1,2%"), FOCAL.id);
    // Pick the first target offered, then the plan's own year as the period.
    for (let reply = choices; buttons(reply).length; ) [reply] = await h.say(h.callbackUpdate(FOCAL, buttons(reply)[0]!.callback_data), FOCAL.id);
    await h.say(h.messageUpdate(FOCAL, "/sua 1,05%"), FOCAL.id);
    const [bind] = await h.say(h.messageUpdate(ADMIN, "/ketnoi", GROUP), GROUP.id);
    await h.say(h.callbackUpdate(ADMIN, huyen(bind).callback_data, GROUP), GROUP.id);
  }, 60_000);
  afterAll(async () => h?.stop());

  it("goes out as at most two messages, the first a chart whose data and picture show the counts", async () => {
    const before = h.sentTo(GROUP.id).length;
    await h.deps.jobs.find((j) => j.name === "weekly-digest")!.run(new Date("2024-12-02T01:05:00Z"));
    const sent = h.sentTo(GROUP.id).slice(before).map((m) => m.text);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(2);
    expect(sent.join("\n")).not.toContain("Không có.");
    // The target's line keeps its unit in what the group receives (the corrected value, once).
    expect(sent.join("\n")).toMatch(/hoàn cảnh đặc biệt[^\n]*· 1,05% →/);

    // The leader's lines lead, as the photo's caption.
    const photo = h.photos.find((p) => p.chatId === String(GROUP.id))!;
    expect(photo).toBeDefined();
    expect(photo.caption).toContain("TỔNG HỢP TUẦN — UBND huyện");
    expect(photo.caption).toMatch(/Nhiệm vụ: 1\/\d+ có báo cáo · 1 hoàn thành/);
    expect(photo.caption).toMatch(/Cơ quan: 1 đã báo cáo · \d+ chưa báo cáo/);
    expect(photo.caption).toContain("Cập nhật mới: 2"); // one task, one target: the corrections count once
    expect(photo.caption).toMatch(/Chỉ tiêu: 0 đạt · 1 có nguy cơ · 0 chưa đạt · \d+ chưa có số liệu/);

    // The chart's data, as queued: the same counts.
    const row = (await h.client.execute("SELECT text FROM outbox ORDER BY id LIMIT 1")).rows[0]!;
    const data = takeChart(String(row.text)).chart!;
    expect(data.targets).toMatchObject({ met: 0, at_risk: 1, off_track: 0 });
    expect(data.agencies.reported).toBe(1);
    expect(data.agencies.reported + data.agencies.not_reported + data.agencies.overdue).toBeGreaterThan(5);
    // Drawn: the counts are the bars' labels, and the PNG decodes to a picture with ink on it.
    const svg = progressChartSvg(data);
    for (const n of [data.targets.at_risk, data.targets.no_data, data.agencies.not_reported]) expect(svg).toContain(`>${n}</text>`);
    expect(svg).toContain("Có nguy cơ");
    const png = decodePng(photo.png);
    expect(png).toMatchObject({ width: 880, height: 360 });
    expect(png.inked).toBeGreaterThan(0.03);
    await writeFile("/tmp/digest-chart-test.png", photo.png).catch(() => undefined);

    // The details follow in one more message, with the corrected report once.
    const details = sent[1] ?? "";
    const news = /Cập nhật từ lần tổng hợp trước:\n• Phòng Y tế: (.*)/.exec(details)?.[1] ?? "";
    expect(news).toContain("VI.4 hoàn thành — tập huấn đủ 5 xã");
    expect(news.match(/VI\.4/g)).toHaveLength(1);
    expect(news).toContain("1,05%");
    expect(details).not.toContain("tập huấn 2 xã");
  });

  it("serves the chart's picture by URL for Zalo, and nothing for a made-up code", async () => {
    const row = (await h.client.execute("SELECT text FROM outbox ORDER BY id LIMIT 1")).rows[0]!;
    const { code } = takeChart(String(row.text));
    expect(decodeChart(code!)).not.toBeNull();
    const res = await h.deps.app.request(`/bieu-do/${code}.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(decodePng(new Uint8Array(await res.arrayBuffer())).width).toBe(880);
    expect((await h.deps.app.request("/bieu-do/bm90LWEtY2hhcnQ.png")).status).toBe(404);
  });
});
