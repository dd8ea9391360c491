/**
 * Who does what. Within each task, a clause names its agencies at its start
 * or inherits the last one named ("1. Phòng Y tế: Chủ trì, …" then bullets);
 * "chủ trì" makes them lead, a clause opening with "phối hợp" makes them
 * support, anything else "assigned"; partners after "phối hợp với" support.
 */
import { canonicalAgency, KNOWN_AGENCIES } from "../../domain/agencies.js";
import { fold } from "../../domain/text/fold.js";
import type { Assignment } from "../types.js";
import { listAfterColon, partnersOf, subjectsOf, mentionsRole, type Mention } from "./agency-mentions.js";

import type { Clause } from "./clauses.js";
import { roleLine } from "./role-lines.js";

const MAX_DUTY = 600;

/** A known agency, an unknown one with a proper name ("Chi cục Trẻ em", "Thanh tra Sở"), or a group as written ("các sở, ban, ngành"). */
function usable(mention: Mention): string | null {
  // "Trung tâm X (Sở Nội vụ)": the body in brackets is the one before's parent, not a partner of its own.
  if (/\)\s*$/.test(mention.raw) && !mention.raw.includes("(")) return null;
  // "các tổ chức", "các cơ quan": a group of organisations or bodies, not the board a bare alias names ("Tổ chức").
  const bare = fold(mention.raw).trim().replace(/^(?:cac|nhung|toan the|tat ca(?: cac)?)\s+/, "").replace(/[\s.,;:]+$/, "");
  if (mention.group && /^(?:to chuc|co quan|don vi|doanh nghiep|dia phuong|nganh)$/.test(bare)) return groupName(mention.raw);
  const { name, key } = canonicalAgency(mention.raw);
  if (KNOWN_AGENCIES.some((a) => a.name === name)) return name;
  const words = name.split(" ");
  if (mention.group) return groupName(mention.raw);
  // "Bảo hiểm xã hội Thành phố": a proper name by its level's capital, though the name without it has none.
  const raw = mention.raw.trim().split(/\s+/);
  return key.split(" ").length >= 2 && words.length <= 12 && [...words.slice(1), ...raw.slice(1)].some((w) => /^\p{Lu}/u.test(w)) ? name : null;
}

/** Usable names, named agencies before groups: a deadline goes to the first, and a group has no focal point. */
/** A group keeps its words ("các cơ quan, đơn vị liên quan"): only the lead words and the trailing punctuation go. */
function groupName(raw: string): string | null {
  let text = raw.replace(/\s+/g, " ").replace(/[-\s.,;:*]+$/, "").trim();
  const lead = /^(?:đề nghị|de nghi|giao)\s+/iu.exec(text);
  if (lead) text = text.slice(lead[0].length);
  if (text.split(" ").length > 18 || text.length < 3) return null;
  return text[0]!.toUpperCase() + text.slice(1);
}

const names = (mentions: Mention[]) =>
  [...new Set([...mentions.filter((m) => !m.group), ...mentions.filter((m) => m.group)].map(usable).filter((n): n is string => !!n))];

export type ClauseAgencies = Map<Clause, string[]>;

export function readAssignments(clauses: Clause[], ref: string, out: Assignment[], taskDuty = ""): ClauseAgencies {
  const byClause: ClauseAgencies = new Map();
  let current: string[] = [];
  const add = (agency: string, role: Assignment["role"], duty: string) => {
    const existing = out.find((a) => a.agency === agency && a.role === role && a.ref === ref);
    if (!existing) {
      out.push({ agency, role, duty, ref });
    } else if (!existing.duty.includes(duty) && existing.duty.length + duty.length < MAX_DUTY) {
      existing.duty = `${existing.duty} ${duty}`;
    }
  };
  let listRole: Assignment["role"] | null = null;
  const laidOut = clauses.some((c) => roleLine(c.text) !== null);
  for (const clause of clauses) {
    const labelled = roleLine(clause.text);
    if (labelled) {
      listRole = labelled.role;
      const rest = clause.text.slice(labelled.end);
      if (mentionsRole(fold(rest)).lead) {
        // "Cơ quan thực hiện: Sở X chủ trì, phối hợp với Sở Y": the list is a clause of its own.
        const lead = names(subjectsOf(rest));
        for (const agency of lead) add(agency, "lead", taskDuty);
        for (const agency of names(partnersOf(rest))) if (!lead.includes(agency)) add(agency, "support", taskDuty);
        if (lead.length) current = lead;
        byClause.set(clause, current);
        continue;
      }
      const named = names(listAfterColon(clause.text));
      for (const agency of named) add(agency, listRole, taskDuty);
      if (listRole !== "support" && named.length) current = named;
      byClause.set(clause, listRole === "support" ? current : named);
      continue;
    }
    // "Đơn vị phối hợp: Sở Tư pháp; các cơ quan liên quan": the list goes on after a semicolon.
    if (listRole && !clause.paragraphStart) {
      for (const agency of names(listAfterColon(`:${clause.text}`))) add(agency, listRole, taskDuty);
      byClause.set(clause, current);
      continue;
    }
    listRole = null;
    // "Thời gian: …", "Kinh phí: …" describe the task; they assign nothing.
    if (/^(?:thoi gian|kinh phi|nguon kinh phi|san pham|ket qua)\b[^:]{0,30}:/.test(clause.folded)) {
      byClause.set(clause, current);
      continue;
    }
    const mentions = subjectsOf(clause.text);
    const own = names(mentions);
    const rest = mentions.length ? clause.text.slice(mentions[mentions.length - 1]!.end) : clause.text;
    if (own.length) current = own;
    byClause.set(clause, current);
    if (current.length === 0) continue;
    // A task laid out with role lines says who does it there; its other lines name nobody by inheritance.
    if (laidOut && own.length === 0) continue;
    // "1. Phòng Y tế" or "Phòng Y tế:" only names who the following lines are about.
    const body = own.length && /^\s*:/.test(rest) ? rest.replace(/^\s*:\s*/, "") : own.length && /^[\s.:,]*$/.test(rest) ? "" : clause.text;
    if (!body.trim()) continue;
    const { lead, support } = mentionsRole(clause.folded);
    const afterSubject = fold(own.length ? rest : clause.text).trimStart();
    const supports = !lead && /^(?:cung\s+)?(?:ph\p{L}{1,2}i h\p{L}{1,2}p|tham gia)\b/u.test(afterSubject.replace(/^[:,]\s*/, ""));
    const role: Assignment["role"] = lead ? "lead" : supports ? "support" : "assigned";
    for (const agency of current) add(agency, role, body.trim());
    // "… phối hợp với Y": Y supports when someone leads; without a lead, a named Y may be the one helped, a group never is.
    if (support) {
      const partners = partnersOf(clause.text).filter((m) => lead || m.group);
      for (const name of names(partners)) if (!current.includes(name)) add(name, "support", clause.text);
    }
  }
  return byClause;
}
