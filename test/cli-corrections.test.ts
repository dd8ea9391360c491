/**
 * A secretary's corrections made on the web survive `plans import` from the command line: the same
 * document again keeps them; a changed document keeps those that still apply, says what changed, and
 * drops (and reports) a correction whose item the document itself changed.
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createBotEnv, withTempDir } from "./helpers/bot-env.js";
import { pageForms } from "./helpers/review-forms.js";
import { serveApp } from "./helpers/web-server.js";

const run = promisify(execFile);
const importPlan = (file: string, url: string) =>
  run(join("node_modules", ".bin", "tsx"), [join("src", "cli", "plans.ts"), "import", file], { env: { ...process.env, DATABASE_URL: url } });

/** The server on the database file, for one step; closed before the CLI writes to the file again. */
async function withServer<T>(url: string, fn: (server: Awaited<ReturnType<typeof serveApp>>, env: Awaited<ReturnType<typeof createBotEnv>>) => Promise<T>) {
  const env = await createBotEnv({ url, seed: false });
  const server = await serveApp(env.app);
  try {
    return await fn(server, env);
  } finally {
    server.close();
    env.client.close();
  }
}

async function ask(base: string, text: string): Promise<string> {
  const res = await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ session: "cli-corr", text }) });
  const body = (await res.json()) as { replies: Array<{ text: string }> };
  return body.replies.map((r) => r.text).join("\n");
}

describe("corrections survive plans import", { timeout: 120_000 }, () => {
  it("keeps the web's corrections when the CLI imports the same or a changed document", async () => {
    await withTempDir(async (dir) => {
      const url = `file:${join(dir, "bot.db")}`;
      const original = await readFile(join("test", "fixtures", "plans", "xa-sot-xuat-huyet-2026.txt"), "utf8");
      const file = join(dir, "ke-hoach-45.txt");
      await writeFile(file, original);
      expect((await importPlan(file, url)).stdout).toContain("đã nhập");

      // The secretary corrects the police's duty and a target on the review page.
      await withServer(url, async (server, env) => {
        const admin = server.browser();
        const link = new URL(await env.session.loginLink({ channel: "cli", externalId: "admin", name: "Thư ký" }, server.base));
        await admin.request(link.pathname, { method: "POST", form: { t: link.searchParams.get("t")! } });
        const list = await admin.request("/quan-tri/ke-hoach");
        const planPath = /href="(\/quan-tri\/ke-hoach\/\d+)"/.exec(list.text)![1]!;
        const page = await admin.request(planPath);
        const duty = pageForms(page.text).find((f) => f.fields.kind === "assignments" && f.fields.agency === "Công an")!;
        const target = pageForms(page.text).find((f) => f.fields.kind === "targets" && f.fields.indicator?.includes("hộ gia đình"))!;
        expect(target.fields.value).toBe("90");
        const edited = await admin.request(duty.action.split("#")[0]!, { method: "POST", form: { ...duty.fields, role: "lead", duty: "Công an xã chủ trì giữ trật tự tại khu vực phun thuốc diệt muỗi.", action: "edit" } });
        expect(edited.text).toContain("Đã lưu");
        await admin.request(target.action.split("#")[0]!, { method: "POST", form: { ...target.fields, value: "95", action: "edit" } });
      });

      const again = await importPlan(file, url);
      expect(again.stdout).toContain("không thay đổi");
      expect(again.stdout).toContain("Giữ 2 chỗ đã sửa tay");

      // A new version changes another target: the corrections stay and the change is reported.
      await writeFile(file, original.replace("ổ dịch được xử lý kịp thời đạt 100%", "ổ dịch được xử lý kịp thời đạt 98%"));
      const changed = await importPlan(file, url);
      expect(changed.stdout).toContain("đã cập nhật");
      expect(changed.stdout).toMatch(/~ Sửa chỉ tiêu: .*ổ dịch.*100%.*→.*98%/);
      expect(changed.stdout).toContain("Giữ 2 chỗ đã sửa tay");

      await withServer(url, async (server) => {
        expect(await ask(server.base, "Công an được giao gì?")).toContain("giữ trật tự tại khu vực phun thuốc diệt muỗi");
        const answer = await ask(server.base, "chỉ tiêu hộ gia đình được tuyên truyền sốt xuất huyết");
        expect(answer).toContain("95%");
        expect(answer).not.toContain("90%");
      });

      // The document itself now changes the corrected target: that correction no longer applies, and says so.
      await writeFile(file, original.replace("tuyên truyền về phòng, chống sốt xuất huyết đạt 90%", "tuyên truyền về phòng, chống sốt xuất huyết đạt 92%"));
      const moot = await importPlan(file, url);
      expect(moot.stdout).toContain("1 chỗ sửa tay không còn áp dụng");
      await withServer(url, async (server) => {
        expect(await ask(server.base, "chỉ tiêu hộ gia đình được tuyên truyền sốt xuất huyết")).toContain("92%");
        expect(await ask(server.base, "Công an được giao gì?")).toContain("giữ trật tự tại khu vực phun thuốc diệt muỗi");
      });
    });
  });
});
