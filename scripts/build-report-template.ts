/**
 * npx tsx scripts/build-report-template.ts
 * Writes templates/bao-cao-ket-qua.docx: the default Word template of the periodic report (báo cáo kết quả
 * thực hiện kế hoạch) with docxtemplater tags. Run once; the file is committed. A committee replaces it
 * with its own Word file holding the same tags (templates/bao-cao-<committee id>.docx).
 */
import { writeFile } from "node:fs/promises";
import PizZip from "pizzip";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
type Run = { text: string; bold?: boolean; italic?: boolean };
function p(runs: Run[] | string, opts: { align?: "center" | "left" | "right" | "both"; size?: number; before?: number } = {}): string {
  const list = typeof runs === "string" ? [{ text: runs }] : runs;
  const ppr = `<w:pPr>${opts.before ? `<w:spacing w:before="${opts.before}"/>` : ""}${opts.align ? `<w:jc w:val="${opts.align}"/>` : ""}</w:pPr>`;
  const rs = list.map((r) => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${r.bold ? "<w:b/>" : ""}${r.italic ? "<w:i/>" : ""}<w:sz w:val="${opts.size ?? 26}"/></w:rPr><w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`).join("");
  return `<w:p>${ppr}${rs}</w:p>`;
}
const cell = (content: string, width: number) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;

// Header: issuer and number on the left, the national motto and place-date on the right, as official reports are laid out.
const header = `<w:tbl><w:tblPr><w:tblW w:w="9400" w:type="dxa"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="3900"/><w:gridCol w:w="5500"/></w:tblGrid><w:tr>${cell(
  p([{ text: "{issuer}", bold: true }], { align: "center" }) + p("Số: {number}", { align: "center" }),
  3900,
)}${cell(
  p([{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true }], { align: "center", size: 24 }) +
    p([{ text: "Độc lập - Tự do - Hạnh phúc", bold: true }], { align: "center" }) +
    p([{ text: "{place}, {dateLine}", italic: true }], { align: "right" }),
  5500,
)}</w:tr></w:tbl>`;

const body = [
  header,
  p([{ text: "BÁO CÁO", bold: true }], { align: "center", size: 30, before: 240 }),
  p([{ text: "Kết quả thực hiện {plansTitle}", bold: true }], { align: "center" }),
  p([{ text: "(Kỳ báo cáo: {period})", italic: true }], { align: "center" }),
  p("Thực hiện {plansTitle}, {committee} báo cáo kết quả thực hiện như sau:", { align: "both", before: 200 }),
  p([{ text: "I. TÌNH HÌNH TRIỂN KHAI", bold: true }], { before: 200 }),
  p("{overview}", { align: "both" }),
  p("{agencyOverview}", { align: "both" }),
  p([{ text: "II. KẾT QUẢ THỰC HIỆN", bold: true }], { before: 200 }),
  p([{ text: "1. Kết quả theo nhiệm vụ", bold: true }]),
  p("{#plans}"),
  p([{ text: "{label}: {title}", italic: true }]),
  p("{#tasks}"),
  p("- {ref} {title}: {status}{note}", { align: "both" }),
  p("{/tasks}"),
  p("{/plans}"),
  p([{ text: "2. Kết quả theo cơ quan, đơn vị", bold: true }]),
  p("{#agencies}"),
  p("- {name}: {state}. {summary}", { align: "both" }),
  p("{/agencies}"),
  p([{ text: "3. Kết quả thực hiện các chỉ tiêu", bold: true }]),
  p("{#targets}"),
  p("- {indicator}: chỉ tiêu {plan}; thực hiện {latest}; đánh giá: {verdict}.", { align: "both" }),
  p("{/targets}"),
  p("{^targets}Kế hoạch không đặt chỉ tiêu định lượng.{/targets}"),
  p([{ text: "III. KHÓ KHĂN, VƯỚNG MẮC", bold: true }], { before: 200 }),
  p("{#difficulties}"),
  p("- {agency} ({task}): {note}", { align: "both" }),
  p("{/difficulties}"),
  p("{^difficulties}Trong kỳ, các cơ quan chưa báo cáo khó khăn, vướng mắc.{/difficulties}"),
  p([{ text: "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold: true }], { before: 200 }),
  p([{ text: "{proposals}", italic: true }]),
  p("Trên đây là báo cáo kết quả thực hiện {plansTitle}./.", { align: "both", before: 200 }),
  p([{ text: "Nơi nhận:", bold: true, italic: true }], { before: 240 }),
  p("- Như trên;"),
  p("- Lưu: VT."),
  p([{ text: "{signerTitle}", bold: true }], { align: "right" }),
  p([{ text: "(Ký, ghi rõ họ tên)", italic: true }], { align: "right" }),
].join("");

const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`;

const zip = new PizZip();
zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
zip.file("word/document.xml", documentXml);
const out = new URL("../templates/bao-cao-ket-qua.docx", import.meta.url);
await writeFile(out, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
console.log(`wrote ${out.pathname}`);
