import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Context } from "hono";
import { targetHistorySvg } from "../src/core/charts/charts.js";
import { createAnswerQueries } from "../src/db/repos/answer-queries.js";
import { createProgressLatest } from "../src/db/repos/progress-latest.js";
import { createDashboard, type DashboardViewer } from "../src/web/dashboard/routes.js";
import { createBotEnv } from "./helpers/bot-env.js";

/** The leaders' dashboard over app.request(), with the viewer the web login would put there injected. */
const HUYEN = "ubnd-huyen";
type Env = Awaited<ReturnType<typeof createBotEnv>>;

describe("leaders' dashboard", () => {
  let env: Env;
  let app: ReturnType<typeof createDashboard>;
  const viewers: Record<string, DashboardViewer> = {
    leader: { name: "Hùng", committees: [{ id: HUYEN, name: "UBND huyện", role: "leader" }] },
    focal: { name: "Lan", committees: [{ id: HUYEN, name: "UBND huyện", role: "focal" }] },
    other: { name: "Khác", committees: [{ id: "ubnd-huyen-muong-ang", name: "Mường Ảng", role: "leader" }] },
  };
  const get = (path: string, who?: string) => app.request(path, { headers: who ? { "x-viewer": who } : {} });

  beforeAll(async () => {
    env = await createBotEnv();
    const committee = (await env.client.execute("SELECT id FROM committees WHERE name = 'UBND huyện'")).rows[0];
    expect(committee?.id).toBe(HUYEN);
    const agency = Number((await env.client.execute(`SELECT id FROM agencies WHERE committee_id = '${HUYEN}' AND name = 'Phòng Y tế'`)).rows[0]!.id);
    const task = Number((await env.client.execute(`SELECT task_id FROM assignments WHERE agency_id = ${agency} LIMIT 1`)).rows[0]!.task_id);
    const target = Number((await env.client.execute(`SELECT t.id FROM targets t JOIN plans p ON p.id = t.plan_id WHERE p.committee_id = '${HUYEN}' AND t.unit = '%' AND t.comparator = '<' LIMIT 1`)).rows[0]!.id);
    await env.client.execute({ sql: "INSERT INTO progress (committee_id, task_id, agency_id, status, note) VALUES (?, ?, ?, 'blocked', ?)", args: [HUYEN, task, agency, "thiếu kinh phí <script>alert(1)</script>"] });
    await env.client.execute({ sql: "INSERT INTO progress (committee_id, target_id, agency_id, value) VALUES (?, ?, ?, 1.4)", args: [HUYEN, target, agency] });
    await env.client.execute({ sql: "INSERT INTO progress (committee_id, target_id, agency_id, value) VALUES (?, ?, ?, 1.1)", args: [HUYEN, target, agency] });
    app = createDashboard({
      viewerOf: async (c: Context) => viewers[c.req.header("x-viewer") ?? ""] ?? null,
      answers: createAnswerQueries(env.db),
      planQueries: env.queries,
      latest: createProgressLatest(env.db),
      today: () => "2026-12-02",
      historySvg: targetHistorySvg,
      reportLinks: true,
    });
  }, 60_000);
  afterAll(() => env?.client.close());

  it("shows no committee data without a session", async () => {
    for (const path of ["/bang-dieu-khien", `/bang-dieu-khien/${HUYEN}`]) {
      const res = await get(path);
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain("/web");
      expect(html).not.toContain("Phòng Y tế");
      expect(html).not.toContain("UBND huyện");
    }
  });

  it("takes a leader of one committee to it; others' committees and focal points get nothing", async () => {
    const res = await get("/bang-dieu-khien", "leader");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/bang-dieu-khien/${HUYEN}`);
    expect((await get(`/bang-dieu-khien/${HUYEN}`, "other")).status).toBe(404);
    expect((await get(`/bang-dieu-khien/${HUYEN}`, "focal")).status).toBe(404);
    expect((await get("/bang-dieu-khien", "focal")).status).toBe(403);
  });

  it("shows the plans, each agency's duties and reports, and each target against its plan value with its history", async () => {
    const res = await get(`/bang-dieu-khien/${HUYEN}`, "leader");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="viewport"');
    expect(html).toContain("KH 2021 của UBND huyện");
    expect(html).toMatch(/1\/\d+ nhiệm vụ có báo cáo/);
    // Agencies: the one that reported, with its blocked task and note (escaped), and the ones that did not.
    expect(html).toMatch(/<b>Phòng Y tế<\/b> <span class="badge reported">đã báo cáo<\/span>/);
    expect(html).toContain("thiếu kinh phí &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toMatch(/<b>Phòng Giáo dục và Đào tạo<\/b> <span class="badge (not_reported|overdue)">/);
    // The target: latest 1,1% against "dưới 1,0%", at risk, its two values drawn.
    expect(html).toMatch(/Kế hoạch: dưới 1,0%.*Mới nhất: 1,1%.*<span class="badge at_risk">có nguy cơ không đạt<\/span>/s);
    expect(html).toMatch(/<div class="chart"><svg[^>]*>[\s\S]*1\.4[\s\S]*1\.1[\s\S]*<\/svg><\/div>/);
    // Download links for the periodic report.
    expect(html).toContain(`/bang-dieu-khien/${HUYEN}/bao-cao.docx`);
    // Overdue first: its section comes before the plans when there is one.
    if (html.includes('id="qua-han"')) expect(html.indexOf('id="qua-han"')).toBeLessThan(html.indexOf('id="ke-hoach"'));
  });
});
