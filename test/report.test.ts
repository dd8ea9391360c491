import { execFile } from "node:child_process";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import PizZip from "pizzip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerQueries } from "../src/db/repos/answer-queries.js";
import { createProgressLatest } from "../src/db/repos/progress-latest.js";
import { createReportMaker } from "../src/media/reports.js";
import { createPlanQueries } from "../src/db/repos/plan-queries.js";
import { createBotEnv, withTempDir } from "./helpers/bot-env.js";
import { ADMIN, startTelegramHarness } from "./helpers/telegram-harness.js";

/**
 * The periodic report as files: the DOCX and XLSX unzip, their XML parses, and they hold the committee's
 * name, the statuses reported and the targets' values; a committee's own template is used when present.
 */
const HUYEN = "ubnd-huyen";
type Env = Awaited<ReturnType<typeof createBotEnv>>;

/** Every XML part of an OOXML file, checked well-formed by a strict parse of its tags. */
function xmlParts(bytes: Uint8Array): Record<string, string> {
  const zip = new PizZip(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = zip.file(name)!.asText();
    const stack: string[] = [];
    for (const [, close, tag, selfClose] of xml.replace(/<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([\w:.-]+)(?:\s[^<>]*?)?(\/?)>/g)) {
      if (selfClose) continue;
      if (close) expect(stack.pop(), `${name}: </${tag}>`).toBe(tag);
      else stack.push(tag!);
    }
    expect(stack, `${name} closes every tag`).toEqual([]);
    expect(xml).not.toMatch(/<[^>]*<|&(?!amp;|lt;|gt;|quot;|apos;|#)/);
    parts[name] = xml;
  }
  return parts;
}
const textOf = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")).join("");

describe("the periodic report", () => {
  let env: Env;
  beforeAll(async () => {
    env = await createBotEnv();
    const agency = Number((await env.client.execute(`SELECT id FROM agencies WHERE committee_id = '${HUYEN}' AND name = 'Phòng Y tế'`)).rows[0]!.id);
    const task = Number((await env.client.execute(`SELECT task_id FROM assignments WHERE agency_id = ${agency} LIMIT 1`)).rows[0]!.task_id);
    const target = Number((await env.client.execute(`SELECT t.id FROM targets t JOIN plans p ON p.id = t.plan_id WHERE p.committee_id = '${HUYEN}' AND t.unit = '%' AND t.comparator = '<' LIMIT 1`)).rows[0]!.id);
    await env.client.execute({ sql: "INSERT INTO progress (committee_id, task_id, agency_id, status, note) VALUES (?, ?, ?, 'in_progress', 'đã tập huấn 3 xã')", args: [HUYEN, task, agency] });
    await env.client.execute({ sql: "INSERT INTO progress (committee_id, task_id, agency_id, status, note, supersedes) VALUES (?, ?, ?, 'blocked', 'thiếu kinh phí in tài liệu & <tờ rơi>', 1)", args: [HUYEN, task, agency] });
    await env.client.execute({ sql: "INSERT INTO progress (committee_id, target_id, agency_id, value) VALUES (?, ?, ?, 0.7)", args: [HUYEN, target, agency] });
  }, 60_000);
  afterAll(() => env?.client.close());
  const maker = (templatesDir?: string) => createReportMaker({ answers: createAnswerQueries(env.db), planQueries: env.queries, latest: createProgressLatest(env.db), templatesDir });

  it("drafts the Word report in the usual shape, with what was reported", async () => {
    const file = await maker().docx(HUYEN, {}, "2026-12-31");
    const text = textOf(xmlParts(file.bytes)["word/document.xml"]!);
    for (const heading of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …/BC-…", "BÁO CÁO", "I. TÌNH HÌNH TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "1. Kết quả theo nhiệm vụ", "2. Kết quả theo cơ quan, đơn vị", "3. Kết quả thực hiện các chỉ tiêu", "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. ĐỀ XUẤT, KIẾN NGHỊ"]) expect(text).toContain(heading);
    expect(text).toContain("UBND huyện");
    expect(text).toContain("Phòng Y tế: đã báo cáo");
    expect(text).toMatch(/VI\.4 [^-]*: vướng mắc \(Phòng Y tế/);
    expect(text).toContain("Phòng Y tế (VI.4): thiếu kinh phí in tài liệu & <tờ rơi>"); // from the "vướng mắc" report, escaped in XML
    expect(text).toMatch(/Tỷ lệ trẻ em có hoàn cảnh đặc biệt: chỉ tiêu dưới 1,0% \(năm 2021\); thực hiện 0,7%[^;]*; đánh giá: đạt/);
    expect(text).toContain("[Thư ký Ban chỉ đạo bổ sung đề xuất, kiến nghị]");
    expect(text).not.toContain("đã tập huấn 3 xã"); // the corrected report is replaced
  });

  it("uses the committee's own Word template when there is one", async () => {
    await withTempDir(async (dir) => {
      const zip = new PizZip(await readFile("templates/bao-cao-ket-qua.docx"));
      const xml = zip.file("word/document.xml")!.asText().replace("BÁO CÁO", "BÁO CÁO SƠ KẾT RIÊNG CỦA HUYỆN");
      zip.file("word/document.xml", xml);
      await mkdir(dir, { recursive: true });
      const { writeFile } = await import("node:fs/promises");
      await writeFile(join(dir, `bao-cao-${HUYEN}.docx`), zip.generate({ type: "nodebuffer" }));
      await copyFile("templates/bao-cao-ket-qua.docx", join(dir, "bao-cao-ket-qua.docx"));
      expect(textOf(xmlParts((await maker(dir).docx(HUYEN, {}, "2026-12-31")).bytes)["word/document.xml"]!)).toContain("BÁO CÁO SƠ KẾT RIÊNG CỦA HUYỆN");
      // Another committee still gets the default.
      expect(textOf(xmlParts((await maker(dir).docx("ubnd-huyen-muong-ang", {}, "2026-12-31")).bytes)["word/document.xml"]!)).not.toContain("RIÊNG CỦA HUYỆN");
    });
  });

  it("writes the workbook of tasks, targets and every update", async () => {
    const file = await maker().xlsx(HUYEN, {}, "2026-12-31");
    const parts = xmlParts(file.bytes);
    const shared = parts["xl/sharedStrings.xml"] ?? "";
    const all = Object.values(parts).join("\n");
    expect(all).toContain("Nhiệm vụ");
    expect(all).toContain("Chỉ tiêu");
    expect(all).toContain("Cập nhật");
    expect(shared + all).toContain("vướng mắc");
    expect(shared + all).toContain("đang thực hiện"); // the corrected update is kept in the history sheet
    expect(shared + all).toContain("Tỷ lệ trẻ em có hoàn cảnh đặc biệt");
    expect(all).toMatch(/<v>0\.7<\/v>/);
  });

  it("is written by npm run report", { timeout: 120_000 }, async () => {
    await withTempDir(async (dir) => {
      const db = join(dir, "r.db");
      const out = join(dir, "r.xlsx");
      const run = (args: string[]) => new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile("npx", ["tsx", "src/cli/report.ts", ...args], { env: { ...process.env, DATABASE_URL: `file:${db}` } }, (error, _o, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr })),
      );
      expect((await run(["--format", "pdf", "--out", out])).code).toBe(2);
      const ok = await run(["--committee", HUYEN, "--from", "2026-01-01", "--to", "2026-12-31", "--format", "docx", "--out", join(dir, "r.docx")]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(textOf(xmlParts(await readFile(join(dir, "r.docx")))["word/document.xml"]!)).toContain("từ 01/01/2026 đến 31/12/2026");
    });
  });
});

describe("/baocao in chat", () => {
  let h: Awaited<ReturnType<typeof startTelegramHarness>>;
  beforeAll(async () => {
    h = await startTelegramHarness({ reports: (db) => createReportMaker({ answers: createAnswerQueries(db), planQueries: createPlanQueries(db), latest: createProgressLatest(db) }) });
  }, 60_000);
  afterAll(async () => h?.stop());

  it("sends the draft report as a Word document to an admin, and nothing to a stranger", async () => {
    const [pick] = await h.say(h.messageUpdate(ADMIN, "/baocao 6 tháng"), ADMIN.id);
    const huyen = (pick!.markup?.inline_keyboard ?? []).flat().find((b) => b.text === "UBND huyện")!;
    expect(huyen.callback_data).toContain("6 tháng");
    await h.say(h.callbackUpdate(ADMIN, huyen.callback_data), ADMIN.id);
    const doc = h.documents.find((d) => d.chatId === String(ADMIN.id))!;
    expect(doc.caption).toContain("Dự thảo báo cáo kết quả thực hiện — UBND huyện");
    expect(doc.caption).toMatch(/01\/01\/\d{4} – 30\/06\/\d{4}/);
    const text = textOf(xmlParts(doc.bytes)["word/document.xml"]!);
    expect(text).toContain("Kết quả thực hiện KH 2021 của UBND huyện");
    const stranger = { id: 999, first_name: "Khách" };
    const [refused] = await h.say(h.messageUpdate(stranger, "/baocao"), stranger.id);
    expect(refused!.text).toContain("dành cho lãnh đạo");
    expect(h.documents.filter((d) => d.chatId === String(stranger.id))).toHaveLength(0);
  });
});
