/**
 * The leaders' dashboard in a real browser on a phone-sized window (Debian's chromium driven by
 * puppeteer-core): without a session it shows no committee data; after a one-time login link it shows
 * the committee's plans, an agency's duties and a target against its plan value, and offers the report.
 */
import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotEnv, withTempDir } from "./helpers/bot-env.js";
import { CHROMIUM } from "./helpers/documents.js";
import { serveApp } from "./helpers/web-server.js";

declare const document: { body: { scrollWidth: number; innerText: string } };
declare const window: { innerWidth: number };

let browser: Browser;
beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}, 120_000);
afterAll(async () => browser?.close());

describe("leaders' dashboard in a browser", () => {
  it("shows nothing without a session, then a plan, an agency and a target after the one-time link, on a phone", { timeout: 300_000 }, async () => {
    await withTempDir(async () => {
      const env = await createBotEnv({ reports: true });
      const server = await serveApp(env.app);
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 390, height: 844, isMobile: true });
        const plans = await env.queries.listPlans();
        expect(plans.length).toBeGreaterThan(0);

        const anonymous = await page.goto(`${server.base}/bang-dieu-khien`);
        expect(anonymous?.status()).toBe(401);
        const anonymousText = await page.evaluate(() => document.body.innerText);
        expect(anonymousText).toContain("/web");
        for (const p of plans) if (p.docNumber) expect(anonymousText).not.toContain(p.docNumber);

        const link = await env.session.loginLink({ channel: "cli", externalId: "admin", name: "Quản trị máy chủ" }, server.base);
        await page.goto(link);
        await Promise.all([page.waitForNavigation({ waitUntil: "domcontentloaded" }), page.click("button[type=submit]")]);
        await page.goto(`${server.base}/bang-dieu-khien`, { waitUntil: "domcontentloaded" });
        expect(new URL(page.url()).pathname).toMatch(/^\/bang-dieu-khien(\/|$)/);
        // With several committees the first page lists them; open the first.
        if (!(await page.$("#ke-hoach"))) {
          await Promise.all([page.waitForNavigation({ waitUntil: "domcontentloaded" }), page.click("main a[href^='/bang-dieu-khien/'], a[href^='/bang-dieu-khien/']")]);
        }
        const text = await page.evaluate(() => document.body.innerText);
        expect(text).toMatch(/Kế hoạch \(\d+\)/);
        expect(text).toMatch(/nhiệm vụ có báo cáo/);
        expect(text).toMatch(/Cơ quan \(\d+\)/);
        expect(text).toMatch(/Phòng|Sở|Ủy ban|UBND/);
        expect(text).toMatch(/Chỉ tiêu/);
        // Fits the phone: nothing wider than the screen.
        const [scrollWidth, width] = await page.evaluate(() => [document.body.scrollWidth, window.innerWidth]);
        expect(scrollWidth).toBeLessThanOrEqual(width! + 1);
        // The report's draft downloads for the same viewer.
        const href = await page.$eval("a[href$='bao-cao.docx']", (a) => (a as unknown as { getAttribute(n: string): string }).getAttribute("href"));
        const cookie = (await browser.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
        const docx = await fetch(`${server.base}${href}`, { headers: { cookie } });
        expect(docx.status).toBe(200);
        expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
        const noCookie = await fetch(`${server.base}${href}`);
        expect(noCookie.status).toBe(401);
      } finally {
        await page.close();
        server.close();
        env.client.close();
      }
    });
  });
});
