/**
 * The signer: the name that closes a signature block ("TM. ỦY BAN NHÂN DÂN /
 * KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / <name>", "T/M BAN THƯỜNG VỤ / BÍ THƯ /
 * <name>"). The first block of the document is the issuing document's (a
 * quyết định's, before the plan it issues; a plan's, before its appendices).
 * Page numbers, footnotes and the recipients list are never a name.
 */
import { fold } from "../../domain/text/fold.js";
import type { Line } from "./lines.js";

/** "TM.", "T/M", "KT.", "TL.", "TUQ.", "Q." before the body or post signing. */
const ON_BEHALF = /^(?:t\s*\/\s*m|tm|kt|tl|tuq|q)\s*[.:]?\s+\p{L}/u;
/** A post signing alone on its line. */
const POST = /^(?:pho\s+)?(?:chu tich|giam doc|bi thu|truong ban|truong phong|chanh van phong|thu truong|cuc truong|chi cuc truong|truong doan|pho truong ban|uy vien)\b/;
const NAME = /^\p{Lu}\p{Ll}{0,7}(?:\s+\p{Lu}\p{Ll}{0,7}){1,4}$/u;
const NOT_NAME = /^(?:noi|luu|ban|pho|chu|uy|tinh|huyen|thanh|cac|van|so|phong|ubnd|hdnd|thuong|truc|bi|thu|kt|tm|nhu|tren|ct|dang|doan|giam|truong|chanh|ngay|thang|trang|phu|ke|quyet)$/;

function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}

export function isSignatureStart(line: Line): boolean {
  const t = line.text;
  if (t.length > 60 || !isUpper(t.replace(/^(?:kt|tm|tl)\b/i, ""))) return false;
  return ON_BEHALF.test(line.folded) || POST.test(line.folded);
}

/** A person's name: two to five capitalised words, none a title or a place word. */
export function personName(text: string): string | null {
  const t = text.replace(/^\(?(?:đã ký|da ky|ký|ky)\)?\s*/i, "").replace(/[.,;]+$/, "").trim();
  if (!NAME.test(t)) return null;
  return NOT_NAME.test(fold(t.split(/\s+/)[0]!)) ? null : t;
}

/** The name closing the first signature block, or null. */
export function readSigner(lines: Line[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    if (!isSignatureStart(lines[i]!)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
      const name = personName(lines[j]!.text);
      if (name) return name;
    }
  }
  return null;
}
