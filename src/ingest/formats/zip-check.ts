import { PlanParseError } from "../types.js";

/** What a Word plan may unpack to: a real one is well under a few MB of XML. */
export const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024;
/** Text XML packs ~10:1; a bomb packs thousands to one. */
const MAX_RATIO = 200;

/**
 * Reads a zip's central directory (no decompression) and refuses an archive that would unpack to
 * far more than any plan: the check runs before mammoth inflates anything. ZIP64 archives (over
 * 4 GB or 65,535 entries, never a plan) are refused outright.
 */
export function checkZipSizes(bytes: Uint8Array, source: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = () => new PlanParseError(`${source}: tệp Word bị hỏng, không mở được. Bạn lưu lại tệp trong Word (.docx) rồi gửi lại nhé.`);
  const bomb = () => new PlanParseError(`${source}: tệp Word giải nén ra quá lớn (có thể là tệp độc hại), không xử lý.`);
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken();
  const entries = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || dirOffset === 0xffffffff) throw bomb();
  let at = dirOffset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) throw broken();
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff || compressed === 0xffffffff) throw bomb();
    if (size > MAX_RATIO * Math.max(compressed, 1024)) throw bomb();
    total += size;
    if (total > MAX_UNZIPPED_BYTES) throw bomb();
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
