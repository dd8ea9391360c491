/**
 * The admin web in a real browser (Debian's chromium driven by puppeteer-core): a secretary logs in with
 * a one-time link, creates the committee, uploads a Word plan, reads the import report, corrects a duty
 * and a target, confirms, and the web chat answers with the corrections.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotEnv, withTempDir } from "./helpers/bot-env.js";
import { CHROMIUM, docxFromText } from "./helpers/documents.js";
import { serveApp } from "./helpers/web-server.js";

/* Code run inside the page (page.evaluate) sees the DOM; the test's own types stay Node's. */
declare const document: { querySelectorAll(selector: string): ArrayLike<PageElement> };
type PageElement = { id: string; value: string; textContent: string | null; querySelector(selector: string): PageElement };
type HTMLInputElement = PageElement;
type HTMLTextAreaElement = PageElement;

let browser: Browser;
beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}, 120_000);
afterAll(async () => browser?.close());

async function submitAndWait(page: Page, selector: string) {
  await Promise.all([page.waitForNavigation({ waitUntil: "domcontentloaded" }), page.click(selector)]);
}

async function ask(page: Page, question: string): Promise<string> {
  const before = await page.$$eval(".msg.bot", (els) => els.length);
  await page.type("#text", question);
  await page.click("#ask button");
  await page.waitForFunction((n) => document.querySelectorAll(".msg.bot").length > n, { timeout: 30_000 }, before);
  return page.$$eval(".msg.bot", (els) => els[els.length - 1]!.textContent ?? "");
}

describe("admin web in a browser", () => {
  it("logs in once with a link, imports a Word plan, corrects a duty and a target, confirms; the chat answers with the corrections", { timeout: 400_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = await createBotEnv({ seed: false });
      const server = await serveApp(env.app);
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 390, height: 844, isMobile: true });
        const link = await env.session.loginLink({ channel: "cli", externalId: "admin", name: "Quản trị máy chủ" }, server.base);

        // Without the cookie: the login page, no data.
        await page.goto(`${server.base}/quan-tri/ke-hoach`);
        expect(await page.content()).toContain("/web");

        await page.goto(link);
        await submitAndWait(page, "button[type=submit]");
        expect(new URL(page.url()).pathname).toBe("/quan-tri");
        const cookies = await browser.cookies();
        const sid = cookies.find((c) => c.name === "bcd_sid");
        expect(sid?.httpOnly).toBe(true);
        expect(sid?.sameSite).toBe("Strict");

        // The committee, then its plan as a Word file.
        await page.type("form[action='/quan-tri/ban'] input[name=name]", "Ban chỉ đạo phòng chống dịch xã Hoà Bình");
        await submitAndWait(page, "form[action='/quan-tri/ban'] button");
        expect(await page.$eval("[role=status]", (e) => e.textContent)).toContain("Đã tạo");

        const text = await readFile(join("test", "fixtures", "plans", "xa-sot-xuat-huyet-2026.txt"), "utf8");
        const docx = join(dir, "ke-hoach-45.docx");
        await import("node:fs/promises").then((fs) => fs.writeFile(docx, docxFromText(text)));
        await page.goto(`${server.base}/quan-tri/ke-hoach`);
        const input = await page.$("#upload input[type=file]");
        await input!.uploadFile(docx);
        await page.select("#upload select[name=ban]", "ban-chi-dao-phong-chong-dich-xa-hoa-binh");
        await submitAndWait(page, "#upload button[type=submit]");

        // The review page: the import report, the source beside what was read.
        const report = await page.$eval(".report", (e) => e.textContent ?? "");
        expect(report).toMatch(/Đọc được: \d+ nhiệm vụ, 4 phân công, 2 chỉ tiêu/);
        expect(await page.$eval("pre.source", (e) => e.textContent)).toContain("Công an xã");

        // Correct a duty: the police's.
        const dutyId = await page.evaluate(() =>
          [...(document.querySelectorAll("form[data-kind=assignments]") as unknown as PageElement[])].find((f) => (f.querySelector("input[name=agency]") as HTMLInputElement).value === "Công an")!.id,
        );
        await page.$eval(`#${dutyId} textarea[name=duty]`, (t) => ((t as HTMLTextAreaElement).value = ""));
        await page.type(`#${dutyId} textarea[name=duty]`, "Công an xã chủ trì bảo vệ khu vực phun hoá chất diệt muỗi.");
        await page.select(`#${dutyId} select[name=role]`, "lead");
        await submitAndWait(page, `#${dutyId} button[value=edit]`);
        expect(await page.$eval("[role=status]", (e) => e.textContent)).toContain("Đã lưu");

        // Correct a target: 90% → 95%.
        const targetId = await page.evaluate(() =>
          [...(document.querySelectorAll("form[data-kind=targets]") as unknown as PageElement[])].find((f) => (f.querySelector("input[name=indicator]") as HTMLInputElement).value.includes("hộ gia đình"))!.id,
        );
        await page.$eval(`#${targetId} input[name=value]`, (i) => ((i as HTMLInputElement).value = "95"));
        await submitAndWait(page, `#${targetId} button[value=edit]`);
        expect(await page.$eval(`#${targetId} input[name=value]`, (i) => (i as HTMLInputElement).value)).toBe("95");

        // Correct the plan's signer in its header (the details box opens like a person taps it).
        await page.click("#header-box summary");
        await page.$eval("#header input[name=signer]", (i) => ((i as HTMLInputElement).value = ""));
        await page.type("#header input[name=signer]", "Phạm Thị Hoa");
        await submitAndWait(page, "#header button[value=edit]");
        expect(await page.$eval("[role=status]", (e) => e.textContent)).toContain("Đã lưu thông tin kế hoạch");

        await submitAndWait(page, "#confirm");
        expect(await page.$eval("#confirmed", (e) => e.textContent)).toContain("Đã xác nhận");

        // The list shows the plan confirmed, with its report.
        await page.goto(`${server.base}/quan-tri/ke-hoach`);
        const listed = await page.$eval(".plan", (e) => e.textContent ?? "");
        expect(listed).toContain("45/KH-UBND");
        expect(listed).toContain("Đã xác nhận");

        // The web chat answers from the corrected plan.
        await page.goto(`${server.base}/`);
        expect(await ask(page, "Công an được giao gì?")).toContain("bảo vệ khu vực phun hoá chất diệt muỗi");
        const target = await ask(page, "chỉ tiêu hộ gia đình được tuyên truyền sốt xuất huyết");
        expect(target).toContain("95%");
        expect(target).not.toContain("90%");
        expect(await ask(page, "kế hoạch 45")).toContain("Phạm Thị Hoa");

        // The same document again keeps the corrections.
        await page.goto(`${server.base}/quan-tri/ke-hoach`);
        await (await page.$("#upload input[type=file]"))!.uploadFile(docx);
        await page.select("#upload select[name=ban]", "ban-chi-dao-phong-chong-dich-xa-hoa-binh");
        await submitAndWait(page, "#upload button[type=submit]");
        expect(await page.$eval("[role=status]", (e) => e.textContent)).toContain("không đổi");
        expect(await page.$eval(`#${targetId} input[name=value]`, (i) => (i as HTMLInputElement).value)).toBe("95");
      } finally {
        await page.close();
        server.close();
        env.client.close();
      }
    });
  });
});
