/**
 * The review page corrects the plan's header (number, title, issuer, date, signer): kept as a correction,
 * shown and answered, surviving the same document imported again; the plan stays the same plan. Bad input
 * and a form without its token change nothing.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createBotEnv } from "./helpers/bot-env.js";
import { pageForms } from "./helpers/review-forms.js";
import { serveApp } from "./helpers/web-server.js";

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function setup() {
  const env = await createBotEnv({ seed: false });
  const server = await serveApp(env.app);
  stops.push(() => server.close(), () => env.client.close());
  const text = await readFile(join("test", "fixtures", "plans", "xa-sot-xuat-huyet-2026.txt"), "utf8");
  const { planId } = await env.importer.importText(text, "ke-hoach-45.txt");
  const admin = server.browser();
  const link = new URL(await env.session.loginLink({ channel: "cli", externalId: "admin", name: "Thư ký" }, server.base));
  await admin.request(link.pathname, { method: "POST", form: { t: link.searchParams.get("t")! } });
  const path = `/quan-tri/ke-hoach/${planId}`;
  const headerForm = async () => pageForms((await admin.request(path)).text).find((f) => f.fields.kind === "plan")!;
  const planRow = async () => (await env.client.execute(`SELECT id, identity, doc_number, title, issuer, issued_on, signer FROM plans WHERE id = ${planId}`)).rows[0]!;
  const ask = async (question: string) => {
    const res = await fetch(`${server.base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ session: "hdr", text: question }) });
    return ((await res.json()) as { replies: Array<{ text: string }> }).replies.map((r) => r.text).join("\n");
  };
  return { env, admin, path, text, planId, headerForm, planRow, ask };
}

describe("the plan's header on the review page", () => {
  it("corrects number, title, issuer, date and signer; answers use them; the same document again keeps them, same plan", { timeout: 60_000 }, async () => {
    const { env, admin, path, text, planId, headerForm, planRow, ask } = await setup();
    const form = await headerForm();
    expect(form.fields).toMatchObject({ docNumber: "45/KH-UBND", issuedOn: "2026-03-10", signer: "Nguyễn Văn An" });
    const identity = (await planRow()).identity;

    const saved = await admin.request(`${path}/sua`, {
      method: "POST",
      form: { ...form.fields, docNumber: "46/KH-UBND", issuer: "UBND xã Hoà Bình", issuedOn: "11/3/2026", signer: "Trần Thị <b>Bình</b>", action: "edit" },
    });
    expect(saved.res.status).toBe(200);
    expect(saved.text).toContain("Đã lưu thông tin kế hoạch.");
    expect(saved.text).toContain("46/KH-UBND — ");
    // Escaped as every field is: the angle brackets arrive as text.
    expect(saved.text).toContain("Trần Thị &lt;b&gt;Bình&lt;/b&gt;");
    expect(saved.text).not.toContain("<b>Bình</b>");
    expect(await planRow()).toMatchObject({ id: planId, identity, doc_number: "46/KH-UBND", issued_on: "2026-03-11", issuer: "UBND xã Hoà Bình", signer: "Trần Thị <b>Bình</b>" });

    const detail = await ask("kế hoạch 46");
    expect(detail).toContain("46/KH-UBND");
    expect(detail).toContain("11/03/2026");
    expect(detail).toContain("Trần Thị <b>Bình</b>");

    // The same document again: unchanged, the header correction kept, still one plan with the same identity.
    const again = await env.importer.importText(text, "ke-hoach-45.txt");
    expect(again).toMatchObject({ status: "unchanged", planId, kept: 1, docNumber: "46/KH-UBND" });
    expect((await headerForm()).fields).toMatchObject({ docNumber: "46/KH-UBND", issuedOn: "2026-03-11" });
    expect(Number((await env.client.execute("SELECT count(*) AS n FROM plans")).rows[0]!.n)).toBe(1);

    // A new version that changes another part keeps it too and says what changed.
    const newer = await env.importer.importText(text.replace("đạt 100% vào năm 2026", "đạt 98% vào năm 2026"), "ke-hoach-45.txt");
    expect(newer).toMatchObject({ status: "updated", planId, kept: 1, dropped: 0 });
    expect((await planRow()).doc_number).toBe("46/KH-UBND");

    // A document whose own header now reads differently: the correction no longer applies, and is reported.
    const renamed = await env.importer.importText(text.replace("Nguyễn Văn An", "Lê Văn Cường"), "ke-hoach-45.txt");
    expect(renamed).toMatchObject({ planId, dropped: 1 });
    expect(renamed.changes?.lines.join("\n")).toContain("~ Sửa thông tin kế hoạch: số 46/KH-UBND → 45/KH-UBND");
    expect(await planRow()).toMatchObject({ doc_number: "45/KH-UBND", signer: "Lê Văn Cường" });
  });

  it("refuses a bad date, an empty title or a form without its token, politely, changing nothing", { timeout: 60_000 }, async () => {
    const { admin, path, headerForm, planRow, env } = await setup();
    const form = await headerForm();
    const before = await planRow();
    const corrections = async () => String((await env.client.execute("SELECT corrections_json AS c FROM plan_reviews")).rows[0]!.c);

    const badDate = await admin.request(`${path}/sua`, { method: "POST", form: { ...form.fields, issuedOn: "31/02/2026", action: "edit" } });
    expect(badDate.res.status).toBe(400);
    expect(badDate.text).toContain("Ngày ban hành &quot;31/02/2026&quot; không hợp lệ");
    const noTitle = await admin.request(`${path}/sua`, { method: "POST", form: { ...form.fields, title: "  ", action: "edit" } });
    expect(noTitle.res.status).toBe(400);
    expect(noTitle.text).toContain("Bạn điền tên kế hoạch nhé. Chưa lưu gì.");
    const { _csrf: _, ...forged } = form.fields;
    const noToken = await admin.request(`${path}/sua`, { method: "POST", form: { ...forged, docNumber: "99/KH-GIA", action: "edit" } });
    expect(noToken.res.status).toBe(403);

    expect(await planRow()).toEqual(before);
    expect(await corrections()).toBe("[]");
  });
});
