/**
 * Finds the agencies a clause names as its subject ("Phòng Y tế chủ trì…",
 * "Ủy ban Kiểm tra, Ban Tổ chức và Văn phòng Thành ủy phối hợp…") and the
 * partners after "phối hợp với". Works on folded text so OCR'd spellings
 * ("Phong Noi vy Thanh phé chu tri") read the same as clean ones.
 */
import { fold } from "../../domain/text/fold.js";

/** Words that open an agency's name. */
const HEAD = /^(?:phong|so|ban|trung tam|thanh tra|tram|hoi dong nhan dan|hdnd|hoi|cong an|uy ban|ubnd|ubmttq|mttq|mat tran|m\p{L}t tran|huyen doan|thanh doan|tinh doan|doan thanh nien|lien doan|van phong|toa an|vien kiem sat|dang uy|dang doan|ban can su|chi cuc|bo chi huy|bo tu lenh|hi ddong|benh vien|nha van hoa|kho bac|bao hiem xa hoi|hoi dong|lien hiep)\b/u;
/** Heads that are also common words ("báo cáo", "bộ máy", "cục bộ"): a name only when written with a capital. */
const PROPER_HEAD = /^(?:bao|dai|bo|cuc|vien|ngan hang|chi nhanh|quy|cong ty|tong cong ty|truong|buu dien|cang vu|doanh nghiep)\b/;
/** Nouns a group of agencies is written with: "các sở, ban, ngành", "các cơ quan, đơn vị, địa phương liên quan". */
const GROUP_NOUN = /^(?:so|ban|nganh|co quan|don vi|dia phuong|to chuc|hoi|doan the|doanh nghiep|ngan hang|xa|phuong|dac khu|thi tran|huyen|bo|cap|tinh|phong|truong|co so|hop tac xa|lien hiep|chu dau tu|co quan thong tan|bao chi)\b/;
/** Words that open a group: "các", "toàn thể", "tất cả các". */
const GROUP_OPENER = /^(?:cac|toan the|tat ca cac|tat ca|nhung)$/;
/** Group nouns that open a group even without "các", when written with a capital: "Cơ quan, đơn vị …", "Đơn vị liên quan". */
const CAPITAL_GROUP = /^(?:co quan|don vi|dia phuong|doanh nghiep|ngan hang)\b/;

/** Predicates that end a subject: "chủ trì", "chỉ đạo", "phối hợp"... (OCR variants by first/last letter). */
const VERBS = [
  "chu tri", "chu dong", "chi dao", "tham muu", "thuc hien", "tang cuong", "huong dan", "xay dung", "phoi hop",
  "trien khai", "to chuc", "lanh dao", "can cu", "dinh ky", "bao cao", "kip thoi", "ra soat", "nghien cuu",
  "theo doi", "thuong xuyen", "don doc", "giam sat", "kiem tra", "tiep tuc", "phat huy", "nang cao", "quan triet",
  "chiu trach", "phu trach", "dam bao", "bao dam", "tuyen truyen", "van dong", "ban hanh", "cung cap", "day manh",
  "tap trung", "xu ly", "ho tro", "tro giup", "gop phan", "phan cong", "cap nhat", "tong hop", "dua noi", "lam tot",
  "co trach", "duoc giao", "de xuat", "tich cuc", "cung co", "phat dong", "trinh cap", "hoan thien", "xay dyng",
  "uu tien", "tham gia", "quan tam", "bo tri", "khan truong", "phan dau", "lua chon", "tao dieu", "thuc thi",
];

const VERB_PAIRS = VERBS.map((v) => v.split(" ") as [string, string]);

function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || a.length < 2) return false;
  return a[0] === b[0] && a[a.length - 1] === b[b.length - 1] && (a.length <= 4 || a[1] === b[1]);
}

type Word = { text: string; folded: string; start: number; end: number };

function words(text: string, folded: string): Word[] {
  const out: Word[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}&]+|[,;:.()]/gu)) {
    out.push({ text: text.slice(m.index, m.index + m[0].length), folded: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function isVerbAt(ws: Word[], i: number): boolean {
  const a = ws[i];
  const b = ws[i + 1];
  if (!a || !b) return false;
  const lowercase = a.text[0] === a.text[0]?.toLowerCase() || i === 0;
  // "các tổ chức chính trị - xã hội": after "các" / "những", "tổ chức" is the noun (organisations), not "organise".
  if (a.folded === "to" && b.folded === "chuc" && i > 0 && GROUP_OPENER.test(ws[i - 1]!.folded)) return false;
  return lowercase && VERB_PAIRS.some(([x, y]) => near(a.folded, x) && near(b.folded, y));
}

/** Head words that also open ordinary phrases: "phòng, chống", "ban hành", "hội nghị", "sơ kết", "báo cáo". */
const NOT_HEAD = /^(?:phong (?:chong|ngua|tranh)|ban (?:hanh|dau|than|ngay|chi dao$)|hoi (?:nghi|thi|nhap|vien|thao)|so (?:ket|luong|do|sanh|bo|\d)|trung tam (?:cua|chinh)|uy ban nhan dan cac cap|bao (?:cao|dam|ve|hiem y te|gom|luu|tri)|dai (?:hoi|dien|bieu|tra|tu)|bo (?:may|phan|tri|sung|doi|tieu|chi so|ho so|cong cu)|cuc bo|vien (?:chuc|tro)|truong hop|ngan hang du lieu|quy (?:dinh|trinh|mo|hoach|che)|hoi dong (?:thi|tham dinh)$)/;

function isProperHead(ws: Word[], i: number): boolean {
  const rest = ws.slice(i, i + 4).map((w) => w.folded).join(" ");
  return PROPER_HEAD.test(rest) && /^\p{Lu}/u.test(ws[i]!.text) && !NOT_HEAD.test(rest);
}

function startsWithHead(ws: Word[], i: number): boolean {
  const rest = ws.slice(i, i + 4).map((w) => w.folded).join(" ");
  return (HEAD.test(rest) && !NOT_HEAD.test(rest)) || isProperHead(ws, i);
}

/** A group of agencies opens here: "các sở, ban, ngành", "Các cơ quan, đơn vị", "Sở, ban ngành liên quan". */
function startsGroup(ws: Word[], i: number): boolean {
  let k = i;
  while (k < ws.length && GROUP_OPENER.test(ws[k]!.folded)) k++;
  const rest = ws.slice(k, k + 3).map((w) => w.folded).join(" ");
  if (!GROUP_NOUN.test(rest) || NOT_HEAD.test(rest) || /^to chuc (?:thuc|trien|tuyen|kiem|hoi|cac|so|tap)/.test(rest)) return false;
  // Without "các", only a list ("Sở, ban, ngành") or a capitalised group noun ("Cơ quan thông tấn") is a group.
  return k > i || ws[k + 1]?.folded === "," || (/^\p{Lu}/u.test(ws[k]!.text) && CAPITAL_GROUP.test(rest));
}

/** Words after which a list of agencies has ended: "… trong việc", "… để", "… theo chức năng". */
const NAME_ENDS = /^(?:trong (?!nuoc|tinh)|de |nham |khi |neu |bang |thong qua|theo chuc|theo tham|ve viec|kip thoi|duoc giao|la co quan|la don vi|can cu)/;

export type Mention = { raw: string; start: number; end: number; group?: boolean };

const LEADING = /^(?:de nghi|giao|cac|toan the|cac co quan,?)\s+/;

/**
 * Agencies listed from word `from` on, up to the predicate. A segment that
 * does not open with an agency word ("các đoàn thể chính trị - xã hội") is
 * skipped, so a mixed list still yields its agencies.
 */
function listAt(text: string, ws: Word[], from: number): { mentions: Mention[]; next: number } {
  const mentions: Mention[] = [];
  let i = from;
  let segmentStart = i;
  const flush = (end: number) => {
    let s = segmentStart;
    const last = mentions[mentions.length - 1];
    // "…, ngành, đơn vị, địa phương có liên quan": a group goes on over its list.
    const tail = ws.slice(s, s + 3).map((w) => w.folded).join(" ");
    if (last?.group && s < end && (GROUP_NOUN.test(tail) || startsGroup(ws, s)) && (/^\p{Ll}/u.test(ws[s]!.text) || end - s === 1 || !startsWithHead(ws, s))) {
      last.end = ws[end - 1]!.end;
      last.raw = text.slice(last.start, last.end).trim();
      return;
    }
    while (s < end && /^(de|nghi|giao|va|voi|cho)$/.test(ws[s]!.folded) && !startsWithHead(ws, s)) s++;
    if (s < end && startsGroup(ws, s) && !(startsWithHead(ws, s) && end - s >= 2 && ws[s + 1]!.folded !== "," && !GROUP_OPENER.test(ws[s]!.folded))) {
      mentions.push({ raw: text.slice(ws[s]!.start, ws[end - 1]!.end).trim(), start: ws[s]!.start, end: ws[end - 1]!.end, group: true });
      return;
    }
    // Inside a list, a group noun opens a group of its own: "…, cơ quan thông tấn, báo chí".
    if (mentions.length && s < end && GROUP_NOUN.test(tail) && /^\p{Ll}/u.test(ws[s]!.text) && !NOT_HEAD.test(tail)) {
      mentions.push({ raw: text.slice(ws[s]!.start, ws[end - 1]!.end).trim(), start: ws[s]!.start, end: ws[end - 1]!.end, group: true });
      return;
    }
    while (s < end && ws[s]!.folded === "cac" && !startsWithHead(ws, s)) s++;
    if (s < end && startsWithHead(ws, s) && (end - s >= 2 || /^(mttq|ubmttq|hdnd|ubnd)$/.test(ws[s]!.folded)) && end - s <= 14) {
      const raw = text.slice(ws[s]!.start, ws[end - 1]!.end).trim();
      mentions.push({ raw, start: ws[s]!.start, end: ws[end - 1]!.end });
      return;
    }
    // A name with a comma in it ("Phòng Bảo vệ, chăm sóc trẻ em", "Sở Văn hóa, Thể thao và Du lịch"): a short tail joins the name before it.
    const first = ws[segmentStart];
    if (last && !last.group && first && end - segmentStart <= 5 && !/^(cac|va|voi|nhung)$/.test(first.folded) && !startsGroup(ws, segmentStart)) {
      last.end = ws[end - 1]!.end;
      last.raw = text.slice(last.start, last.end).trim();
    }
  };
  for (; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.folded === ":" || w.folded === ";" || w.folded === "." || w.folded === "(") break;
    if (i > segmentStart && isVerbAt(ws, i)) break;
    if (i > segmentStart && NAME_ENDS.test(`${w.folded} ${ws[i + 1]?.folded ?? ""}`)) break;
    const placeList = w.folded === "," && /^(phuong|thi|xa)$/.test(ws[i + 1]?.folded ?? "") && /^(xa|phuong)$/.test(ws[i - 1]?.folded ?? "");
    if (w.folded === "," && !placeList) {
      flush(i);
      segmentStart = i + 1;
    } else if (w.folded === "va" && (startsWithHead(ws, i + 1) || (startsGroup(ws, i + 1) && GROUP_OPENER.test(ws[i + 1]!.folded)))) {
      flush(i);
      segmentStart = i + 1;
    }
  }
  flush(i);
  return { mentions, next: i };
}

/** The agencies a clause opens with, e.g. "Phòng Y tế" in "Phòng Y tế: Chủ trì, …". */
export function subjectsOf(text: string): Mention[] {
  const folded = fold(text);
  const ws = words(text, folded);
  let i = 0;
  while (i < ws.length && /^(de|nghi|giao)$/.test(ws[i]!.folded) && !startsWithHead(ws, i)) i++;
  if (!startsWithHead(ws, i) && !startsGroup(ws, i) && !(ws[i]?.folded === "cac" || LEADING.test(folded))) return [];
  if (isVerbAt(ws, i)) return [];
  return listAt(text, ws, 0).mentions;
}

/**
 * A sentence that opens with its agencies and goes on with what they do, on this text alone: "UBND các xã bố
 * trí địa điểm", "Trạm Y tế xã chủ trì, phối hợp …". The first name is written with a capital, as a sentence's
 * subject is; a list that runs to the end of the text ("Văn phòng UBND tỉnh, Giám đốc Sở …") opens no duty.
 */
export function opensDuty(text: string): boolean {
  const folded = fold(text);
  const ws = words(text, folded);
  if (!/^\p{Lu}/u.test(ws[0]?.text ?? "") || isVerbAt(ws, 0)) return false;
  if (!startsWithHead(ws, 0) && !startsGroup(ws, 0)) return false;
  const { mentions, next } = listAt(text, ws, 0);
  return mentions.length > 0 && mentions[0]!.start === ws[0]!.start && isVerbAt(ws, next);
}

/** The agencies listed after a colon ("Cơ quan phối hợp: Sở Y tế, Sở GD&ĐT, Tỉnh đoàn."). */
export function listAfterColon(text: string): Mention[] {
  const colon = text.indexOf(":");
  if (colon < 0) return [];
  const rest = text.slice(colon + 1);
  const folded = fold(rest);
  const ws = words(rest, folded);
  const out: Mention[] = [];
  let from = 0;
  // Lists separate names with commas and semicolons; a name never holds a verb here, so read to the end.
  while (from < ws.length) {
    const { mentions, next } = listAt(rest, ws, from);
    out.push(...mentions.map((m) => ({ ...m, start: m.start + colon + 1, end: m.end + colon + 1 })));
    from = next + 1;
  }
  return out;
}

/** Agencies after "phối hợp với" / "phối hợp". */
export function partnersOf(text: string): Mention[] {
  const folded = fold(text);
  const ws = words(text, folded);
  const out: Mention[] = [];
  for (let i = 0; i < ws.length - 1; i++) {
    if (near(ws[i]!.folded, "phoi") && near(ws[i + 1]!.folded, "hop")) {
      let j = i + 2;
      if (ws[j]?.folded === "voi" || near(ws[j]?.folded ?? "", "voi")) j++;
      while (ws[j]?.folded === "," ) j++;
      out.push(...listAt(text, ws, j).mentions);
    }
  }
  return out;
}

export function mentionsRole(folded: string): { lead: boolean; support: boolean } {
  const lead = /\bchu tri\b|\bchu tr\p{L}\b/u.test(folded);
  const support = /\bph\p{L}{1,2}i h\p{L}{1,2}p\b/u.test(folded);
  return { lead, support };
}
