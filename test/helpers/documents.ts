import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import PizZip from "pizzip";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A real .docx (the parts Word itself needs), one paragraph per line of the text. */
export function docxFromText(text: string): Uint8Array {
  const zip = new PizZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const paragraphs = text.split("\n").map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`);
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

/** A zip whose one entry inflates to `megabytes` of zeros: a few KB on disk. */
export function zipBomb(megabytes: number): Uint8Array {
  const zip = new PizZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", "\0".repeat(megabytes * 1024 * 1024));
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

const run = promisify(execFile);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * A PDF with a text layer, laid out by Debian's chromium as a printed page (A4, wrapped paragraphs), the
 * way a plan exported from Word looks to pdf.js.
 */
export async function pdfFromText(text: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "bcd-pdf-"));
  try {
    const html = `<!doctype html><meta charset="utf-8"><style>@page{size:A4;margin:20mm}body{font:12pt "DejaVu Serif",serif}p{margin:0 0 4pt}</style>${text
      .split("\n")
      .map((line) => `<p>${escapeXml(line) || "&nbsp;"}</p>`)
      .join("")}`;
    await writeFile(join(dir, "plan.html"), html);
    await run(CHROMIUM, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", `--user-data-dir=${join(dir, "profile")}`, `--print-to-pdf=${join(dir, "plan.pdf")}`, `file://${join(dir, "plan.html")}`], { timeout: 60_000 });
    return new Uint8Array(await readFile(join(dir, "plan.pdf")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
