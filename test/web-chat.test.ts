import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotEnv } from "./helpers/bot-env.js";

type ChatReply = { replies?: Array<{ text: string }>; error?: string };

describe("local web chat over real HTTP", () => {
  let server: ServerType;
  let base: string;
  let env: Awaited<ReturnType<typeof createBotEnv>>;

  beforeAll(async () => {
    env = await createBotEnv();
    server = serve({ fetch: env.app.fetch, port: 0 });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server?.close();
    env?.client.close();
  });

  async function ask(text: string, session = "s1"): Promise<string> {
    const res = await fetch(`${base}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ session, text }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ChatReply;
    expect(body.replies?.length).toBeGreaterThan(0);
    return body.replies!.map((r) => r.text).join("\n");
  }

  it("serves the chat page and a health check", async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<form id=\"ask\"");
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, database: "up", write: "ok" });
  });

  it("shows a scanned plan as printed: its place, issuer, signer and duties restored, over HTTP", async () => {
    // The seed prints "TAM DPUONG", "Tam Duong", "Tam Pudng": the names that exist say "Tam Đường".
    const issuer = await ask("kế hoạch 273 do cơ quan nào ban hành?");
    expect(issuer).toContain("KH 273-KH/HU do Ban Thường vụ Huyện ủy Tam Đường ban hành ngày 27/05/2024; người ký: Cao Trang Trọng.");
    const who = await ask("ai chủ trì tham mưu xây dựng kế hoạch ở Mường Ảng?");
    expect(who).toContain("Phòng Lao động - Thương binh và Xã hội");
    // The scan's own spelling is never shown where the restored one is ("Tam Đương", "Huyén").
    for (const q of ["kế hoạch 273", "who issued plan 273?", "ke hoach 273 co may nhiem vu"]) {
      const answer = await ask(q);
      expect(answer).toContain("Tam Đường");
      expect(answer).not.toMatch(/Tam Đương|Tam Duong|Huyén|Thue hién/);
    }
  });

  it("lists the five seeded plans, with their numbers", async () => {
    const answer = await ask("có những kế hoạch nào?");
    expect(answer).toContain("Có 5 kế hoạch");
    expect(answer).toContain("273-KH/HU");
    expect(answer).toContain("224-KH/Th.U");
  });

  it("answers the same question typed without diacritics and in English", async () => {
    expect(await ask("danh sach ke hoach")).toContain("Có 5 kế hoạch");
    expect(await ask("which plans are there?")).toContain("5 plans");
  });

  it("shows one plan's details: number, issuer, what it implements, sections", async () => {
    const answer = await ask("kế hoạch 273");
    expect(answer).toContain("273-KH/HU");
    expect(answer).toContain("27/05/2024");
    expect(answer).toContain("48-CTr/TU");
    expect(answer).toMatch(/IV\. /);
  });

  it("finds passages by plain search and cites plan and section", async () => {
    const answer = await ask("phòng chống đuối nước");
    expect(answer).toMatch(/đuối nước|duoi nuoc/i);
    expect(answer).toMatch(/mục [IVX]+(\.\d+)?/);
  });

  it("pages long answers and continues on 'thêm'", async () => {
    const first = await ask("trẻ em", "pager");
    expect(first).toMatch(/Còn \d+ mục — gõ "thêm"/);
    const next = await ask("thêm", "pager");
    expect(next).not.toEqual(first);
    expect(next.length).toBeGreaterThan(20);
  });

  it("survives FTS syntax, empty and oversized questions with a polite reply", async () => {
    for (const text of ['"unbalanced (quote* NEAR', "AND OR NOT", ")))", "*"]) {
      const answer = await ask(text);
      expect(answer).not.toMatch(/error|syntax|SQLITE/i);
    }
    expect(await ask("   ")).toContain("Bạn muốn hỏi gì?");
    expect(await ask("a".repeat(5000))).toContain("dài quá");
  });

  it("answers from what a question names, scoped to the plan it names, answer first", async () => {
    const duties = await ask("Phòng Y tế làm gì trong kế hoạch 273?", "entities");
    expect(duties).toMatch(/^Phòng Y tế (\(|trong )KH 273-KH\/HU/);
    expect(duties).not.toMatch(/224-KH\/Th\.U|Mường Ảng|Tỉnh ủy, mục/);
    expect(await ask("kế hoạch 224 do ai ký?", "entities")).toMatch(/ ký KH 224-KH\/Th\.U/);
    expect(await ask("ke hoach 273 ban hanh ngay nao", "entities")).toMatch(/^KH 273-KH\/HU .* ban hành ngày 27\/05\/2024\./);
    expect(await ask("who signed plan 273?", "entities")).toMatch(/^KH 273-KH\/HU .* was signed by /);
    // A place names the plan: Vinh's, not the others'.
    const vinh = await ask("công an thành phố Vinh làm gì?", "entities");
    expect(vinh).toContain("224-KH/Th.U");
    expect(vinh).not.toMatch(/273-KH\/HU|Mường Ảng/);
  });

  it("says plainly when nothing in the plans is about a question, and how to ask", async () => {
    const answer = await ask("qwzx plorb vent", "nothing");
    expect(answer).toMatch(/^Không tìm thấy nội dung nào về "qwzx plorb vent"/);
    expect(answer).toContain("Ví dụ");
    expect(answer).not.toMatch(/•/);
  });

  it("rejects a malformed request with 400 and a clear message", async () => {
    const res = await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ChatReply).error).toContain("không hợp lệ");
    const missing = await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(missing.status).toBe(400);
  });
});
