/**
 * Role lines: a task laid out with who does it ("Cơ quan chủ trì: …",
 * "Đơn vị chủ trì tham mưu thực hiện: …", "Đơn vị phối hợp thực hiện: …",
 * "Đơn vị thực hiện: …", "Trách nhiệm thực hiện: …"). Returns the role the
 * listed agencies get and where the list begins.
 */
import { fold } from "../../domain/text/fold.js";
import type { AssignmentRole } from "../types.js";

const ROLE_LINE = /^(?:[-+•]\s*)?(?:(?:co quan|don vi|bo phan|ban)\s+)?(chu tri|phoi hop|thuc hien|trach nhiem thuc hien|giao)\b([\p{L}\s,]{0,40}?)\s*:\s*/u;
const NO_LIST = /^(?:thoi gian|kinh phi|san pham|ket qua)/;

export function roleLine(text: string): { role: AssignmentRole; end: number } | null {
  const folded = fold(text);
  const m = ROLE_LINE.exec(folded);
  if (!m || NO_LIST.test(folded)) return null;
  // Bare "Thực hiện:" or "Phối hợp:" open a line only when they name who ("Đơn vị …", "Cơ quan …") or stand alone as a label.
  const labelled = /^(?:[-+•]\s*)?(?:co quan|don vi|bo phan|ban)\s/.test(folded) || m[0].trim().split(/\s+/).length <= 4;
  if (!labelled) return null;
  const role: AssignmentRole = m[1] === "chu tri" ? "lead" : m[1] === "phoi hop" ? "support" : "assigned";
  return { role, end: m[0].length };
}
