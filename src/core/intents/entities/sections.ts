import type { Span, Words } from "../words.js";

/** "mục II", "phần 3", "mục II.5", "section III", "Dự án 6": one part of a plan. */
export type SectionMention = { span: Span; ref: string; kind: "section" | "project" };

const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;

export function findSections(words: Words): SectionMention[] {
  const out: SectionMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const two = `${w} ${words[i + 1] ?? ""}`;
    const isProject = two === "du an" || w === "project";
    const isSection = /^(muc|phan|section|part)$/.test(w);
    if (!isProject && !isSection) continue;
    const at = isProject && two === "du an" ? i + 2 : i + 1;
    const head = words[at];
    if (!head || !(ROMAN.test(head) || /^\d{1,2}$/.test(head))) continue;
    const sub = /^\d{1,2}$/.test(words[at + 1] ?? "") ? words[at + 1] : undefined;
    const main = /^\d+$/.test(head) ? head : head.toUpperCase();
    out.push({ span: { start: i, end: sub ? at + 2 : at + 1 }, ref: sub ? `${main}.${sub}` : main, kind: isProject ? "project" : "section" });
  }
  return out;
}
