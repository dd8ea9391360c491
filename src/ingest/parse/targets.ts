/**
 * Numeric targets: every number a plan commits to, one per (indicator, year).
 * Found anywhere in a unit of text with its span (targets/quantity), given a
 * comparator from the words around it (targets/comparator) and a year from
 * the sentence, else from the heading or lead-in that scopes its list
 * ("Đến năm 2030:", "2.2. Định hướng đến năm 2035"), else the plan's end year
 * (targets/year). Whether a number is a target at all is a matter of genre
 * (targets/genre): lists of goals, sentences that commit; never scores,
 * formulas, past results or funding.
 */
import { fold, foldKey } from "../../domain/text/fold.js";
import type { Comparator, Target } from "../types.js";
import { splitClauses } from "./clauses.js";
import { comparatorAt } from "./targets/comparator.js";
import { commits, GOALS, neverTarget, NOT_GOALS } from "./targets/genre.js";
import { findQuantities, type Quantity } from "./targets/quantity.js";
import { KEEP_UNTIL, scopeYear, YEAR_AFTER_VALUE, yearsIn } from "./targets/year.js";

export type TargetContext = {
  /** Section ref where the text stands. */
  section: string;
  /** Headings above the text, outermost first (the part's, the item's). */
  headings: string[];
  /** The plan's own end year: the year of a target that names none. */
  endYear: number | null;
  /** The year the plan was issued: a number dated before it reports the past. */
  issuedYear?: number | null;
};

const LEAD_WORD = /^(?:-|\+|•|giam|tang|nang|dat|la)$/u;
const LEAD_PAIR = /^(?:ph\p{L}n dau|duy tri|trong do|phan dau|dam bao|bao dam|hinh thanh|phat trien)$/u;
const TRAIL_WORD = /^(?:xu\p{L}{0,2}ng|du\p{L}{0,2}i|con|dat|la|tren|vao|den|o|muc|khoang|tu|toi|thieu|da|it|nhat|khong|qua|hon|\d{4}|n\p{L}{1,2}m|co|va|hoac|ty|le)$/u;
/** "Đến năm 2030, …", "Trong giai đoạn 2026 - 2030 …", "(2)", "a)": what opens a clause before its indicator. */
const OPENING = /^(?:\(?\d{1,2}\)|[a-hđ]\)|\d{1,2}\.)?\s*(?:(?:den|vao|trong|tu nay den|toi)\s+(?:het\s+)?(?:n\p{L}{1,2}m\s+\d{4}|giai doan\s+\d{4}\s*-\s*\d{4})\s*,?\s*)?/u;

/** "Giảm tỷ lệ … xuống dưới" → "Tỷ lệ …": the measure, without the verbs around it. */
function cleanIndicator(text: string): string {
  const opening = OPENING.exec(fold(text));
  const words = text.slice(opening ? opening[0].length : 0).split(/\s+/).filter(Boolean);
  const key = (w: string | undefined) => (w ? fold(w.toLowerCase()).replace(/[,:;.()]+$/, "") : "");
  for (let changed = true; changed && words.length; ) {
    changed = false;
    if (LEAD_PAIR.test(`${key(words[0])} ${key(words[1])}`)) {
      words.splice(0, 2);
      changed = true;
    } else if (LEAD_WORD.test(key(words[0]))) {
      words.shift();
      changed = true;
    }
    if (words.length && (TRAIL_WORD.test(key(words[words.length - 1])) || /^[,:;(]$/.test(words[words.length - 1]!))) {
      words.pop();
      changed = true;
    }
  }
  const t = words.join(" ").replace(/[,:;.\s(]+$/, "");
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

/** The words after a value, up to its year or the next value: "85% người hưởng trợ cấp …" → "người hưởng trợ cấp …". */
function indicatorAfter(text: string, q: Quantity, until: number): string {
  const rest = text.slice(q.end, until).split(/\s+(?:vào|vao|đến|den|trong)\s+(?:hết\s+)?n\S{1,3}m\s+\d{4}|[;]|\s+(?:và|va)\s+(?:ít nhất|tối thiểu|trên|\d)/u)[0] ?? "";
  return cleanIndicator(q.kind === "count" ? `${q.unit} ${rest}` : rest);
}

/** A value followed by words of its own ("50% người dân …") heads its own indicator; "… và 75% vào năm 2030" shares one. */
function headsOwnIndicator(foldedAfter: string): boolean {
  return /^\s*(?:cac\s+|so\s+)?\p{L}{2,}/u.test(foldedAfter) && !/^\s*(?:vao|den|trong|nam|tro|doi voi|o|tai|khu vuc|va|hoac|cua|so voi|tai)\b/.test(foldedAfter);
}

type Found = Quantity & { comparator: Comparator | "chain" | null; year: number | null; explicit?: boolean; own: boolean; qualifier: string | null };

/** "dưới 5% đối với nông thôn và dưới 10% đối với thành thị": one indicator, told apart by where. */
const QUALIFIER = /^\s*(?:doi voi|o|tai|khu vuc)\s+([\p{L} ]{2,30}?)(?=\s+(?:va|vao|den|nam)\b|[,;.]|$)/u;

type Scope = { goals: boolean; excluded: boolean; year: number | null };

function headingScope(headings: string[], endYear: number | null): Scope {
  let scope: Scope = { goals: false, excluded: false, year: null };
  for (const h of headings) scope = applyHeading(scope, fold(h), true);
  void endYear;
  return scope;
}

/** A heading of the outline resets what its siblings said; a lead-in only adds to it. */
function applyHeading(scope: Scope, folded: string, resets: boolean): Scope {
  // "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP" heads tasks too: its sub-headings tell the goals apart.
  const goals = GOALS.test(folded) && !(resets && /\b(?:nhiem vu|giai phap|hoat dong)\b/.test(folded));
  const excluded = NOT_GOALS.test(folded) && !goals;
  const year = scopeYear(folded, resets);
  if (resets) return { goals: goals || (scope.goals && !excluded), excluded: excluded || scope.excluded, year: year ?? scope.year };
  return { goals: goals || scope.goals, excluded: scope.excluded || excluded, year: year ?? scope.year };
}

const NUMBERED_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-hđ]\)|[IVX]{1,4}\.)\s+\S/u;
const HEADING_MAX = 90;

/** Paragraphs with hard wraps of a year range undone: "Trong giai đoạn 2026\n- 2030 phấn đấu …". */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  for (const p of text.split("\n")) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /\b(?:19|20)\d{2}$/.test(prev) && /^-\s*(?:19|20)\d{2}\b/.test(p)) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}

function quantitiesOf(text: string, folded: string, goals: boolean): Found[] {
  const found: Found[] = [];
  for (const q of findQuantities(text, folded)) {
    const before = folded.slice(Math.max(0, q.start - 40), q.start);
    const after = folded.slice(q.end, q.end + 40);
    const said = comparatorAt(before, after);
    if (/\btop\s*$/.test(before)) continue;
    // "tử vong … trên 1.000 trẻ đẻ sống": the denominator of a rate, not a count.
    if (q.kind === "count" && /(?:\btren|\/)\s*$/.test(before) && /^10+$/.test(String(q.value))) continue;
    if (q.kind === "count" || q.kind === "measure" || q.kind === "money") {
      // A count is a target when words commit to it, or when it opens an item of a list of goals.
      const committed = said !== null && said.comparator !== "chain";
      const opensGoal = goals && (/:\s*$/.test(before) || cleanIndicator(text.slice(0, q.start)).split(/\s+/).filter(Boolean).length <= 3 || /\b(?:hinh thanh|phat trien|thanh lap|xay dung|dao tao|boi duong|tao|ho tro)\s*$/.test(before));
      if (!committed && !opensGoal && !(said?.comparator === "chain" && found.length)) continue;
      if (q.kind === "money" && !committed) continue;
    }
    const qualifier = QUALIFIER.exec(folded.slice(q.end));
    const where = qualifier ? text.slice(q.end, q.end + qualifier[0].length).replace(/^\s*\S+\s+\S+\s+/, "").trim() : null;
    found.push({ ...q, comparator: said?.comparator ?? null, year: null, own: headsOwnIndicator(folded.slice(q.end)), qualifier: where });
  }
  return found;
}

export function readTargets(text: string, ctx: TargetContext): Target[] {
  const out: Target[] = [];
  const base = headingScope(ctx.headings, ctx.endYear);
  let scope = base;
  for (const paragraph of paragraphs(text)) {
    const body = paragraph.replace(/^[-+•\s]+/, "");
    const folded = fold(body);
    const trimmed = body.replace(/[*\s]+$/, "");
    const hasQuantity = findQuantities(body, folded).length > 0;
    if (NUMBERED_HEADING.test(body) && trimmed.length <= HEADING_MAX && !/[.;]$/.test(trimmed) && !hasQuantity) {
      scope = applyHeading(base, folded, true);
      continue;
    }
    if (/:$/.test(trimmed) || (!hasQuantity && trimmed.length <= 60 && !/[.;,]$/.test(trimmed))) {
      // A lead-in ("Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau:") or a bullet title ("- Thủy sản").
      scope = applyHeading(scope, folded, false);
      if (!hasQuantity) continue;
    }
    if (scope.excluded || !hasQuantity) continue;
    for (const clause of splitClauses(body)) out.push(...clauseTargets(clause.text, clause.folded, scope, ctx));
  }
  const seen = new Set<string>();
  return out.filter((t) => {
    const key = `${foldKey(t.indicator)}|${t.year}|${t.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function clauseTargets(text: string, folded: string, scope: Scope, ctx: TargetContext): Target[] {
  if (neverTarget(folded)) return [];
  const committed = scope.goals || commits(folded);
  const found = quantitiesOf(text, folded, scope.goals).filter((f, i, all) => committed || (f.comparator !== null && (f.comparator !== "chain" || i > 0)) || all.slice(0, i).some((o) => o.comparator !== null));
  if (found.length === 0) return [];

  // Years: right after the value; else a later "vào năm" before the next value; else the next value's,
  // when nothing separates them ("dưới 5% … và dưới 10% … vào năm 2025"); else one named before the
  // first value ("Đến năm 2030, 100% …"); else the list's; else the plan's end.
  const mentions = yearsIn(folded);
  const opening = mentions.filter((m) => m.end <= found[0]!.start && !/[;]/.test(folded.slice(m.end, found[0]!.start))).pop();
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    const right = YEAR_AFTER_VALUE.exec(folded.slice(f.end));
    if (right) {
      f.year = Number(right[1]);
      f.explicit = true;
      continue;
    }
    const nextStart = found[i + 1]?.start ?? folded.length;
    const later = mentions.find((m) => m.start >= f.end && m.end <= nextStart && !/^\s*(?:tam nhin|dinh huong)/.test(folded.slice(m.start - 12, m.start)));
    if (later) {
      f.year = later.year;
      f.explicit = true;
    }
    else if (i + 1 < found.length && !/[;.]/.test(folded.slice(f.end, nextStart))) f.year = found[i + 1]!.year;
  }
  for (const f of found) if (f.year === null) f.year = opening?.year ?? scope.year ?? ctx.endYear;
  // "Năm 2024, tỷ lệ … đạt 92%": a number of a year before the plan is a result, not a target.
  const issued = ctx.issuedYear ?? null;
  if (issued !== null && found.some((f) => (f.explicit || opening) && f.year !== null && f.year < issued)) return [];

  const first = found[0]!;
  const before = cleanIndicator(text.slice(0, first.start));
  // "Tỷ lệ … đạt 95%" names its measure before the value; "100% xã …" and counts ("ít nhất 10 sản phẩm du
  // lịch …") after it.
  const after = indicatorAfter(text, first, found[1]?.start ?? text.length);
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const shared = (first.kind === "count" && words(after) >= 2) || words(before) < 3 ? after || before : before;
  if (!shared || /^các chỉ tiêu|^cac chi tieu/i.test(shared)) return [];

  const reduces = /\bgiam\b/.test(folded.slice(0, first.start));
  let previous: Comparator | null = null;
  const made: Target[] = [];
  found.forEach((f, i) => {
    const comparator: Comparator = f.comparator === "chain" || f.comparator === null ? (previous ?? (reduces ? "<=" : ">=")) : f.comparator;
    previous = comparator;
    const own = i > 0 && f.own ? indicatorAfter(text, f, found[i + 1]?.start ?? text.length) : "";
    let indicator = f.qualifier && !own ? `${shared} (${f.qualifier})` : own || shared;
    if (indicator.length > 220) indicator = `${indicator.slice(0, 217).replace(/\s+\S*$/, "")}…`;
    made.push({ indicator, comparator, value: f.value, unit: f.unit, year: f.year, quote: text, section: ctx.section });
  });
  const keep = KEEP_UNTIL.exec(folded);
  if (keep) {
    const until = Number(keep[1]);
    for (const t of made.filter((t) => t.year !== null && t.year < until && !made.some((o) => o.indicator === t.indicator && o.year === until))) {
      made.push({ ...t, year: until });
    }
  }
  return made;
}
