import mammoth from "mammoth";
import { PlanParseError } from "../types.js";
import { checkZipSizes } from "./zip-check.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const inline = (html: string) => decodeEntities(html.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, "")).replace(/[ \t]+/g, " ").trim();

/**
 * mammoth's HTML (simple and well formed) → plan text: one line per paragraph, heading or list item, as a
 * typed plan has them; a table row becomes "| cell | cell |", the way the importer reads a Markdown table.
 */
export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  const blocks = /<table>([\s\S]*?)<\/table>|<(p|h[1-6]|li)(?:\s[^>]*)?>([\s\S]*?)<\/\2>/gi;
  for (const m of html.matchAll(blocks)) {
    if (m[1] !== undefined) {
      for (const row of m[1].matchAll(/<tr>([\s\S]*?)<\/tr>/gi)) {
        const cells = [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => inline(c[1]!.replace(/<\/p>/gi, " ")).replace(/\n/g, " "));
        lines.push(`| ${cells.join(" | ")} |`);
      }
    } else {
      lines.push(inline(m[3]!));
    }
  }
  return lines.join("\n");
}

/** A Word (.docx) plan → its text. The archive's sizes are checked before anything is unpacked. */
export async function readDocx(bytes: Uint8Array, source: string): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new PlanParseError(`${source}: không phải tệp Word (.docx) hợp lệ. Tệp .doc cũ: bạn mở trong Word, lưu thành .docx rồi gửi lại nhé.`);
  }
  checkZipSizes(bytes, source);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { ignoreEmptyParagraphs: false })).value;
  } catch {
    throw new PlanParseError(`${source}: tệp Word bị hỏng hoặc được bảo vệ bằng mật khẩu, không đọc được.`);
  }
  const text = docxHtmlToText(html).normalize("NFC");
  if (!text.trim()) throw new PlanParseError(`${source}: tệp Word không có chữ nào (có thể chỉ là ảnh chụp). Bạn gửi bản có chữ nhé.`);
  return text;
}
