import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readPlanDocument } from "../src/ingest/formats/index.js";
import { withTempDir } from "./helpers/bot-env.js";
import { docxFromText, pdfFromText, zipBomb } from "./helpers/documents.js";

const run = promisify(execFile);
const TSX = join("node_modules", ".bin", "tsx");
const plans = (args: string[], env: Record<string, string>) =>
  run(TSX, [join("src", "cli", "plans.ts"), ...args], { env: { ...process.env, ...env }, maxBuffer: 20_000_000 });

const sameWords = (value: unknown): unknown =>
  typeof value === "string" ? value.replace(/\s+/g, " ").trim() : Array.isArray(value) ? value.map(sameWords)
    : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sameWords(v)])) : value;

/** A PDF whose trailer asks for a password nobody gave (the Standard handler, RC4 40-bit). */
function encryptedPdf(): Uint8Array {
  const hex = (n: number) => [...crypto.getRandomValues(new Uint8Array(n))].map((b) => b.toString(16).padStart(2, "0")).join("");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -4 >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe("plan documents in Word and PDF", () => {
  it("plans parse --json reads a .docx and a .pdf made from a plan as the same plan as its .txt", { timeout: 400_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATABASE_URL: `file:${join(dir, "bot.db")}` };
      // A Word file keeps the text's lines; a printed PDF wraps them, and the reader joins them back.
      const cases: Array<[string, "docx" | "pdf"]> = [
        ["tinh-uy-chi-thi-28.txt", "docx"], ["tam-duong-273-KH-HU-2024.txt", "docx"],
        ["tinh-uy-chi-thi-28.txt", "pdf"], ["muong-ang-KH-UBND-2024.txt", "pdf"],
      ];
      for (const [seed, format] of cases) {
        const text = await readFile(join("seeds", seed), "utf8");
        const file = join(dir, seed.replace(/\.txt$/, `.${format}`));
        await writeFile(file, format === "docx" ? docxFromText(text) : await pdfFromText(text));
        const fromText = JSON.parse((await plans(["parse", join("seeds", seed), "--json"], env)).stdout);
        expect(fromText.tasks.length).toBeGreaterThan(3);
        // A printed page's line breaks are layout, not the plan: free text is compared word for word.
        expect(sameWords(JSON.parse((await plans(["parse", file, "--json"], env)).stdout)), `${seed} as .${format}`).toEqual(sameWords(fromText));
      }
    });
  });

  it("refuses a scanned PDF, an encrypted or broken file, an oversized one, a zip bomb and other types, storing nothing", { timeout: 300_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATABASE_URL: `file:${join(dir, "bot.db")}` };
      const bad: Record<string, Uint8Array> = {
        "scan.pdf": await pdfFromText(""),
        "khoa.pdf": encryptedPdf(),
        "hong.pdf": new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog"),
        "hong.docx": new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]),
        "lon.txt": new Uint8Array(11 * 1024 * 1024).fill(0x61),
        "bom.docx": zipBomb(300),
        "bang.xlsx": docxFromText("không phải kế hoạch"),
        "cu.doc": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
      };
      const expected: Record<string, RegExp> = {
        "scan.pdf": /không có lớp chữ/,
        "khoa.pdf": /mật khẩu/,
        "hong.pdf": /PDF bị hỏng/,
        "hong.docx": /Word bị hỏng/,
        "lon.txt": /quá lớn .*tối đa 10 MB/,
        "bom.docx": /giải nén ra quá lớn/,
        "bang.xlsx": /không nhận loại tệp này/,
        "cu.doc": /\.doc.*lưu thành \.docx/,
      };
      const paths: string[] = [];
      for (const [name, bytes] of Object.entries(bad)) {
        await writeFile(join(dir, name), bytes);
        paths.push(join(dir, name));
        await expect(readPlanDocument(bytes, name)).rejects.toThrow(expected[name]!);
      }
      const failed = await plans(["import", ...paths], env).then(() => null, (e: { code: number; stderr: string }) => e);
      expect(failed?.code).toBe(1);
      for (const [name, pattern] of Object.entries(expected)) {
        const line = failed!.stderr.split("\n").find((l) => l.includes(name));
        expect(line, name).toMatch(pattern);
      }
      expect((await plans(["list"], env)).stdout.trim()).toBe("");
    });
  });
});
