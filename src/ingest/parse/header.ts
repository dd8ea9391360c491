/**
 * The document's identity: who issued it, its number and date, its title,
 * what it implements, who signed. Read from the header block, the preamble
 * (before the first part) and the signature block.
 */
import { fold } from "../../domain/text/fold.js";
import { canonicalAgency, KNOWN_AGENCIES } from "../../domain/agencies.js";
import type { PlanMeta } from "../types.js";
import { readDocNumber } from "./doc-number.js";
import { joinLines, type Line } from "./lines.js";
import { titlePeriod } from "./plan-period.js";
import { readSigner } from "./signature.js";

const FULL_DATE = /ngay\s+(\d{1,2})\s+thang\s*(\d{1,2})\s+n\p{L}{1,2}m\s+(\d{4})|ngay\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u;
const BLANK_DATE = /ngay\s+(?:\.+\s*)?thang\s+(?:\.+\s*)?n\p{L}{1,2}m\s+(\d{4})/u;
/** Document numbers as plans cite them: "28-CT/TW", "48-CTr/TU", "151-KH/HU", "28/KH-SLDTBXH", a circular or decree with its year "06/2022/TT-BXD". */
const CITED_DOC = /\b(\d{1,4})\s*-\s*(CT|CTr|NQ|KH|HD|KL|QĐ|QD|TB)\s*\/\s*([A-Za-zĐđ.]+[A-Za-z])|\b(\d{1,4})\s*\/\s*(KH|QĐ|QD|NQ|CT|CTr|HD)\s*-\s*([A-ZĐ][A-Za-zĐđ&]+)|\b(\d{1,4}\s*\/\s*(?:19|20)\d\d)\s*\/\s*(TT|TTLT|NĐ|ND|NQ|QĐ|QD)\s*-\s*([A-ZĐ][A-Za-zĐđ&]+(?:-[A-ZĐ][A-Za-zĐđ&]+)?)/gu;

const LEVELS: Record<string, { party: string; gov: string; place: string }> = {
  huyen: { party: "Huyện ủy", gov: "UBND huyện", place: "huyện" },
  thanh: { party: "Thành ủy", gov: "UBND thành phố", place: "thành phố" },
  tinh: { party: "Tỉnh ủy", gov: "UBND tỉnh", place: "tỉnh" },
  thi: { party: "Thị ủy", gov: "UBND thị xã", place: "thị xã" },
  quan: { party: "Quận ủy", gov: "UBND quận", place: "quận" },
  xa: { party: "Đảng ủy xã", gov: "UBND xã", place: "xã" },
};
const GOV_LEVEL = /(?:ubnd|uy ban nhan dan)\s+(huyen|tinh|thanh pho|thi xa|quan|xa)\b/;
const PARTY_LEVEL = /\b(huyen|thanh|tinh|thi|quan) uy\b/;

function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, ch: string) => space + ch.toUpperCase());
}

function levelKey(word: string): string {
  return word.startsWith("thanh") ? "thanh" : word.startsWith("thi") ? "thi" : word;
}

export type HeaderParts = { header: Line[]; title: Line[]; preamble: Line[]; closing: Line[]; all: Line[] };

/** Splits off the header (before "KẾ HOẠCH"), title and preamble (before the first part). */
export function splitFront(lines: Line[], firstHeading: number, end: number): HeaderParts {
  const front = lines.slice(0, firstHeading);
  const marker = front.findIndex((l) => /^ke hoach\b/.test(l.folded.replace(/[^\p{L}\s]/gu, "").trim()) && l.text.length < 120);
  let titleStart: number;
  let header: Line[];
  if (marker >= 0) {
    header = front.slice(0, marker);
    const rest = front[marker]!.text.replace(/^\P{L}*\p{L}+\s+\p{L}+\s*[:.-]?\s*/u, "");
    titleStart = marker + 1;
    if (rest) {
      const title = [{ text: rest, folded: fold(rest) }, ...collectTitle(front, titleStart).title];
      return { header, title, preamble: collectTitle(front, titleStart).after, closing: lines.slice(end), all: lines };
    }
  } else {
    header = [];
    titleStart = 0;
  }
  const { title, after } = collectTitle(front, titleStart);
  return { header, title, preamble: after, closing: lines.slice(end), all: lines };
}

function collectTitle(front: Line[], from: number): { title: Line[]; after: Line[] } {
  let i = from;
  while (i < front.length && front[i]!.text === "") i++;
  const title: Line[] = [];
  while (i < front.length && front[i]!.text !== "" && title.length < 6) {
    if (title.length > 0 && /^(thuc hien|can cu)\b/.test(front[i]!.folded) && /[.:]$/.test(front[i]!.text)) break;
    title.push(front[i]!);
    i++;
  }
  return { title, after: front.slice(i) };
}

function findDate(lines: Line[]): { issuedOn: string | null; year: number | null; place: string | null } {
  for (const line of lines) {
    const full = FULL_DATE.exec(line.folded);
    const blank = full ? null : BLANK_DATE.exec(line.folded);
    const m = full ?? blank;
    if (!m) continue;
    const at = m.index;
    // A dateline stands alone ("Mường Ảng, ngày …"); a date inside a sentence cites another document.
    if (line.text.length > 90 || (at > 0 && !/,\s*$/.test(line.folded.slice(0, at)))) continue;
    const place = line.text.slice(0, at).replace(/[,\s]+$/, "").trim() || null;
    if (blank) return { issuedOn: null, year: Number(blank[1]), place };
    const [d, mo, y] = full![1] ? [full![1], full![2], full![3]] : [full![4], full![5], full![6]];
    const day = Number(d);
    const month = Number(mo);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return { issuedOn: `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, year: Number(y), place };
  }
  return { issuedOn: null, year: null, place: null };
}

function citedDocs(text: string): string[] {
  const out: string[] = [];
  const flat = text.replace(/-\s*\n\s*/g, "-").replace(/\s+/g, " ");
  for (const m of flat.matchAll(CITED_DOC)) {
    const doc = m[1] ? `${m[1]}-${m[2]}/${m[3]}` : m[4] ? `${m[4]}/${m[5]}-${m[6]}` : `${m[7]!.replace(/\s+/g, "")}/${m[8]}-${m[9]}`;
    if (!out.includes(doc)) out.push(doc);
  }
  return out;
}

/** Far above a real preamble (thirty "Căn cứ" lines): the rest is not a preamble. */
const FRAME_CHARS = 20_000;

/**
 * A decision that issues the plan ("QUYẾT ĐỊNH … Căn cứ … Điều 1. Ban hành kèm theo … Điều 2. … thay thế …")
 * stands before the plan's own title: its citations and articles belong to the preamble.
 */
function decisionText(header: Line[]): Line[] {
  const from = header.findIndex((l) => /^(?:can cu|thuc hien|dieu \d)\b/.test(l.folded.replace(/^[^a-z]+/, "")));
  return from >= 0 ? header.slice(from) : [];
}

/** The closing's own sentences: the distribution list ("Nơi nhận:") and the signature block are not text. */
function closingText(closing: Line[]): Line[] {
  const stop = closing.findIndex((l) => /^noi nhan\b/.test(l.folded.replace(/^[^a-z]+/, "")));
  return stop >= 0 ? closing.slice(0, stop) : closing;
}

/** The signer's name: the last run of capitalised words in the signature block. */
function findSigner(closing: Line[]): string | null {
  const NAME_WORD = /^\p{Lu}\p{Ll}{0,6}$/u;
  const NOT_NAME = /^(noi|luu|ban|pho|chu|uy|tinh|huyen|thanh|cac|van|so|phong|ubnd|hdnd|thuong|truc|bi|thu|kt|tm|nhu|tren|ct|dang|doan)$/;
  for (let i = closing.length - 1; i >= 0; i--) {
    const text = closing[i]!.text;
    if (text === "" || /\d/.test(text)) continue;
    const words = text.split(/\s+/);
    const run: string[] = [];
    for (let j = words.length - 1; j >= 0 && NAME_WORD.test(words[j]!); j--) run.unshift(words[j]!);
    if (run.length >= 2 && run.length <= 5 && !NOT_NAME.test(fold(run[0]!))) return run.join(" ");
  }
  return null;
}

function pickName(candidates: Array<string | null>, folded: string): string | null {
  const names = candidates
    .map((c) => c?.replace(/^(thanh ph\p{L}|tp\.?|huyen|tinh|thi xa|quan|xa)\s+/iu, "").replace(/[.,;:]+$/, "").trim())
    .filter((c): c is string => !!c && c.length >= 2 && c.split(/\s+/).length <= 4 && !/\d/.test(c));
  let best: string | null = null;
  let bestCount = 0;
  for (const name of names) {
    const key = fold(name.toLowerCase());
    const count = folded.split(key).length - 1;
    const better = count > bestCount || (count === bestCount && best !== null && /[^\x00-\x7f]/.test(name) && !/[^\x00-\x7f]/.test(best));
    if (better) {
      best = name;
      bestCount = count;
    }
  }
  return best ? titleCase(best) : null;
}

/** Lines that head every document and name no issuer. */
const MOTTO = /^(cong hoa xa hoi chu nghia viet nam|doc lap|dang cong san viet nam|\*|so\s*[:.]|s\d\b)/;
const OFFICE = /^(so|phong|ban (?!thuong vu)|trung tam|chi cuc|cuc|hoi|benh vien|cong an|thanh tra|van phong)\b/;

/**
 * "UBND TỈNH QUẢNG TRỊ / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI": the issuer is the
 * office on the second line, under its parent body on the first.
 */
function issuingOffice(header: Line[]): string | null {
  const orgs = header.filter((l) => l.text && !MOTTO.test(l.folded) && !/\d/.test(l.text) && l.text === l.text.toUpperCase() && /\p{L}{2}/u.test(l.text));
  const last = orgs[orgs.length - 1];
  if (!last || orgs.length < 2 || !OFFICE.test(last.folded)) return null;
  const known = canonicalAgency(last.text);
  return KNOWN_AGENCIES.some((a) => a.name === known.name) ? known.name : titleCase(last.text).replace(/^(\p{L})/u, (c) => c.toUpperCase());
}

export function readMeta(parts: HeaderParts): PlanMeta {
  const { header, title, preamble, closing, all } = parts;
  const preambleFolded = preamble.map((l) => l.folded).join(" ");
  const closingFolded = closing.map((l) => l.folded).join("\n");
  const allFolded = all.map((l) => l.folded).join("\n");
  const titleText = joinLines(title).replace(/\n/g, " ").trim();

  const date = findDate(header.length ? header : all.slice(0, 12));
  // A yearly plan is about its year; any other, the year it was issued ("định hướng đến năm 2045" is a horizon).
  const period = titlePeriod(titleText);
  const year = period && period.from === period.to ? period.to : date.year;

  // "ỦY BAN NHÂN DÂN / HUYỆN KIM SƠN" on two lines of the issuing block is one name.
  const issuingBlock = header.map((l, i) => {
    const next = header[i + 1];
    return /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan)$/.test(l.folded.trim()) && next && /^(?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong)\b/.test(next.folded)
      ? { text: `${l.text} ${next.text}`, folded: `${l.folded} ${next.folded}` }
      : l;
  });
  const headerLine = issuingBlock.find((l) => /^(huyen|thanh|tinh|thi|quan) uy\b|^dang uy (xa|phuong|thi tran)\b|^(uy ban nhan dan|ubnd)\s/.test(l.folded));
  const govPreamble = new RegExp(`${GOV_LEVEL.source}([^.;,]{0,40}?)\\s+ban hanh`).exec(preambleFolded);
  const partyPreamble = /\b(huyen|thanh|tinh|thi|quan) uy\b([^.;,]{0,40}?)\s+(?:ban hanh|x\p{L}{1,2} dung)/u.exec(preambleFolded);
  const isGov = !!govPreamble || /\b(t\s*\/?\s*m\.?|tm\.?)\s*(uy ban nhan dan|ubnd)/.test(closingFolded) || /^(uy ban nhan dan|ubnd)/.test(headerLine?.folded ?? "");
  const isParty = !isGov && (!!partyPreamble || /t\s*\/\s*m\.?\s*ban thuong vu/.test(closingFolded) || /^(huyen|thanh|tinh|thi|quan|dang) uy/.test(headerLine?.folded ?? ""));

  let level: string | null = null;
  const names: Array<string | null> = [];
  const preambleText = preamble.map((l) => l.text).join(" ");
  /** The place name a level word introduces, e.g. "Mường Ảng" in "UBND huyện Mường Ảng ban hành". */
  const nameAfter = (m: RegExpExecArray, levelGroup: string, nameGroup: string) => {
    const start = m.index + m[0].indexOf(levelGroup) + levelGroup.length;
    return preambleText.slice(start, start + nameGroup.length).trim() || null;
  };
  if (govPreamble) {
    level = levelKey(govPreamble[1]!.split(" ")[0]!);
    names.push(nameAfter(govPreamble, govPreamble[1]!, govPreamble[2]!));
  } else if (partyPreamble) {
    level = levelKey(partyPreamble[1]!);
    names.push(nameAfter(partyPreamble, `${partyPreamble[1]!} uy`, partyPreamble[2]!));
  }
  if (headerLine) {
    const m = /^(?:(huyen|thanh|tinh|thi|quan) uy|dang uy (xa|phuong|thi tran)|(?:uy ban nhan dan|ubnd)\s+(huyen|tinh|thanh pho|thi xa|quan|xa))\s*(.*)$/.exec(headerLine.folded);
    if (m) {
      level ??= levelKey((m[1] ?? (m[2] ? "xa" : m[3]) ?? "").split(" ")[0]!);
      if (m[4]) names.push(headerLine.text.slice(headerLine.folded.length - m[4].length));
    }
  }
  if (!level) {
    const m = (isGov ? GOV_LEVEL : PARTY_LEVEL).exec(preambleFolded);
    if (m) level = levelKey(m[1]!.split(" ")[0]!);
  }
  names.unshift(date.place);
  const name = pickName(names, allFolded);
  const levelInfo = level ? LEVELS[level] : undefined;

  let issuer: string | null = null;
  const office = issuingOffice(header);
  if (office) {
    issuer = `${office}${levelInfo && name ? ` ${levelInfo.place} ${name}` : ""}`;
  } else if (levelInfo && (isGov || isParty)) {
    const body = isGov ? levelInfo.gov : levelInfo.party;
    const standing = isParty && /ban thuong vu/.test(`${preambleFolded}\n${closingFolded}`) ? "Ban Thường vụ " : "";
    issuer = `${standing}${body}${name ? ` ${name}` : ""}`;
  }

  const docNumber = readDocNumber((header.length ? header : all.slice(0, 12)).map((l) => l.text));
  // What the title and preamble cite, and a directive the body keeps coming back to ("tiếp tục thực hiện Chỉ thị 06-CT/TU").
  const body = all.map((l) => l.text).join("\n");
  const recurring = citedDocs(body).filter((d) => /-(CT|CTr|NQ|KL)\//.test(d) && body.split(d.split("/")[0]!).length - 1 >= 3);
  const implementsDocs = [...new Set([...citedDocs([titleText, joinLines(preamble)].join("\n")), ...recurring])].filter((d) => d !== docNumber);
  return {
    issuer,
    docNumber,
    issuedOn: date.issuedOn,
    title: titleText || "Kế hoạch",
    implements: implementsDocs,
    signer: readSigner(all) ?? findSigner(closing),
    year,
    locality: levelInfo && name ? `${levelInfo.place} ${name}` : null,
    period: period ? { from: period.from ?? date.year ?? period.to, to: period.to } : null,
    preamble: joinLines([...decisionText(header), ...preamble]).slice(0, FRAME_CHARS),
    closing: joinLines(closingText(closing)).slice(0, FRAME_CHARS),
  };
}
