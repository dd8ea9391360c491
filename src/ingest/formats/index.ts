/**
 * Plan documents in any format the secretariat has → plan text for the one importer. Every entry point
 * (`plans import`, `plans parse`, the chat, the admin web) reads files through `readPlanDocument`, so a
 * file is refused the same way everywhere, before anything is stored.
 *
 * Node only (mammoth, pdf.js): the Worker bundle never imports this; it is handed to the app as a dependency.
 */
import { decodePlanBytes } from "../importer.js";
import { PlanParseError } from "../types.js";

/** Larger than any plan, Word or PDF (a few hundred KB to a few MB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = [".docx", ".pdf", ".txt", ".md"] as const;

export type ReadDocument = (bytes: Uint8Array, fileName: string) => Promise<string>;

export function extensionOf(fileName: string): string {
  return /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? "";
}

export const readPlanDocument: ReadDocument = async (bytes, fileName) => {
  const source = fileName.split(/[\\/]/).pop() || "tệp";
  if (bytes.byteLength === 0) throw new PlanParseError(`${source}: tệp rỗng.`);
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new PlanParseError(`${source}: tệp quá lớn (${(bytes.byteLength / 1048576).toFixed(1)} MB; tối đa 10 MB).`);
  }
  switch (extensionOf(source)) {
    // Loaded when a Word or PDF file arrives: every command line would otherwise pay for pdf.js at start.
    case ".docx": return (await import("./docx.js")).readDocx(bytes, source);
    case ".pdf": return (await import("./pdf.js")).readPdf(bytes, source);
    case ".txt":
    case ".md": return decodePlanBytes(bytes, source).normalize("NFC");
    case ".doc": throw new PlanParseError(`${source}: tệp Word cũ (.doc) chưa đọc được. Bạn mở trong Word, lưu thành .docx rồi gửi lại nhé.`);
    default: throw new PlanParseError(`${source}: không nhận loại tệp này. Bạn gửi kế hoạch dạng Word (.docx), PDF có chữ (.pdf) hoặc văn bản (.txt, .md) nhé.`);
  }
};
