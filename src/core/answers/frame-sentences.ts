/**
 * The sentences of a plan's preamble and closing, by what they say: "Căn cứ …" (its legal basis),
 * "Thực hiện …" (what it carries out), "Thay thế …" / "bãi bỏ" (what it replaces). Plans write one
 * citation a clause, ended by ";" or "." and usually begun by its cue, so a sentence starts at a cue or
 * after an end mark.
 */
import { foldKey } from "../../domain/text/fold.js";

export type FrameKind = "based_on" | "implements" | "replaces" | "effective";

/** What begins or holds each kind of sentence, folded. */
const CUES: Record<FrameKind, RegExp> = {
  based_on: /^(?:can cu|theo de nghi|xet de nghi)\b/,
  implements: /^(?:thuc hien|trien khai|thi hanh|de cu the hoa|nham cu the hoa)\b/,
  replaces: /\b(?:thay the|bai bo|het hieu luc)\b/,
  effective: /\b(?:co hieu luc|hieu luc thi hanh)\b/,
};

/** A document number in a sentence: "28/KH-SLDTBXH", "06/2022/TT-BXD", "42-CT/TW". */
export const DOC_NUMBER = /\d{1,4}(?:\/(?:19|20)\d\d)?\s*[-/]\s*[A-ZĐ][\p{L}]*\s*[/-]\s*[\p{L}&.]+/gu;

/** The frame's sentences, each whole: a new one starts at a cue word after ";" / "." or a line break. */
export function frameSentences(text: string): string[] {
  const flat = text.replace(/\s*\n\s*/g, " ").replace(/\s{2,}/g, " ").trim();
  if (!flat) return [];
  return flat
    .split(/(?<=[;.:])\s+(?=\p{Lu})|(?<=[;.:])\s*(?=(?:Căn cứ|Thực hiện|Theo đề nghị|Điều \d))/u)
    .map((s) => s.trim().replace(/^[*_\s]+|[*_\s]+$/g, ""))
    .filter((s) => s.length > 8);
}

/** A document kind opening a clause: "Quyết định số …", "Kế hoạch số …". */
const LISTED_DOC = /^(?:quyet dinh|ke hoach|chi thi|nghi quyet|thong tu|nghi dinh|van ban|cong van|huong dan|chuong trinh)\b/;

function listedAfterCue(all: string[], i: number): boolean {
  for (let j = i; j > 0 && LISTED_DOC.test(foldKey(all[j]!)); j--) if (CUES.replaces.test(foldKey(all[j - 1]!))) return true;
  return false;
}

/**
 * The sentences of one kind; for a preamble's basis, any sentence citing a document when none begins with
 * the cue (an OCR'd "Căn cứ"), unless `uncued` is false (a closing cites what it replaces, not its basis).
 */
export function sentencesOf(kind: FrameKind, text: string, options: { uncued?: boolean } = {}): string[] {
  const all = frameSentences(text);
  // "Thay thế Quyết định số …; Quyết định số …": the documents listed after the cue are replaced too.
  const cued = all.filter((s, i) => CUES[kind].test(foldKey(s)) || (kind === "replaces" && listedAfterCue(all, i)));
  if (cued.length > 0 || kind === "replaces" || kind === "effective" || options.uncued === false) return cued;
  return kind === "based_on" ? all.filter((s) => s.search(DOC_NUMBER) >= 0 && !CUES.implements.test(foldKey(s))) : [];
}
