/**
 * Plans arrive as OCR text, Word exports and Markdown. This turns any of them
 * into plain lines: table cells become lines of their own, Markdown marks and
 * footnote markers go, so the rest of the parser sees one shape of text.
 */
import { fold, normalizeSource } from "../../domain/text/fold.js";

export type Line = { text: string; folded: string };

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const FOOTNOTE_LINE = /^\s*\[\^?\d{1,3}\]:?\s/;

function cleanLine(line: string): string {
  return line
    .replace(/^\s{0,3}>\s?/, "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/^\s*[*+•]\s+/, "- ")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s(])[*_](?=\S)/g, "$1")
    .replace(/(?<=\S)[*_](?=[\s).,;:]|$)/g, "")
    .replace(/\[\^?\d{1,3}\]/g, "")
    .replace(/\\$/, "")
    .replace(/[ \t]+/g, " ")
    .trim();
}

export function planLines(source: string): Line[] {
  const out: Line[] = [];
  for (const raw of normalizeSource(source).replace(/<br\s*\/?>/gi, "\n").split("\n")) {
    if (TABLE_RULE.test(raw) || FOOTNOTE_LINE.test(raw)) continue;
    const cells = raw.includes("|") ? raw.split("|") : [raw];
    const texts = cells.map(cleanLine);
    if (raw.includes("|") && texts.every((t) => t === "")) continue;
    for (const text of raw.includes("|") ? texts.filter((t) => t !== "") : texts) {
      out.push({ text, folded: fold(text) });
    }
  }
  return out;
}

/** Joins wrapped lines into running text; a blank line stays a paragraph break. */
export function joinLines(lines: Line[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const { text } of lines) {
    if (text === "") {
      if (current.length) paragraphs.push(current.join(" "));
      current = [];
    } else if (/^[-+]\s|^([a-hđ]|\d{1,2})[.)]\s/u.test(text) && current.length) {
      paragraphs.push(current.join(" "));
      current = [text];
    } else {
      current.push(text);
    }
  }
  if (current.length) paragraphs.push(current.join(" "));
  return paragraphs.join("\n").replace(/(\d)- (?=[A-Z]{2})/g, "$1-");
}
