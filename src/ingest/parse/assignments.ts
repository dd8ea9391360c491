/**
 * Who does what. Within each task, a clause names its agencies at its start
 * or inherits the last one named ("1. Phòng Y tế: Chủ trì, …" then bullets);
 * "chủ trì" makes them lead, a clause opening with "phối hợp" makes them
 * support, anything else "assigned"; partners after "phối hợp với" support.
 */
import { canonicalAgency, KNOWN_AGENCIES } from "../../domain/agencies.js";
import { fold } from "../../domain/text/fold.js";
import type { Assignment } from "../types.js";
import { listAfterColon, partnersOf, subjectsOf, mentionsRole } from "./agency-mentions.js";

/** "Cơ quan chủ trì: …", "Đơn vị phối hợp: …": plans laid out as a table per task. */
const ROLE_LINE = /^(?:co quan|don vi|bo phan)\s+(chu tri|phoi hop|thuc hien)\s*:/;
import type { Clause } from "./clauses.js";

const MAX_DUTY = 600;

/** A known agency, or an unknown one with a proper name ("Chi cục Trẻ em", "Thanh tra Sở"), not a group ("các ban đảng"). */
function usable(raw: string): string | null {
  const { name, key } = canonicalAgency(raw);
  if (KNOWN_AGENCIES.some((a) => a.name === name)) return name;
  const words = name.split(" ");
  return key.split(" ").length >= 2 && words.length <= 8 && words.slice(1).some((w) => /^\p{Lu}/u.test(w)) ? name : null;
}

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
  for (const clause of clauses) {
    const roleLine = ROLE_LINE.exec(clause.folded);
    if (roleLine) {
      const role: Assignment["role"] = roleLine[1] === "chu tri" ? "lead" : roleLine[1] === "phoi hop" ? "support" : "assigned";
      const named = [...new Set(listAfterColon(clause.text).map((m) => usable(m.raw)).filter((n): n is string => !!n))];
      for (const agency of named) add(agency, role, taskDuty);
      if (role === "lead" && named.length) current = named;
      byClause.set(clause, role === "lead" ? named : current);
      continue;
    }
    // "Thời gian: …", "Kinh phí: …" describe the task; they assign nothing.
    if (/^(?:thoi gian|kinh phi|nguon kinh phi|san pham|ket qua)\b[^:]{0,30}:/.test(clause.folded)) {
      byClause.set(clause, current);
      continue;
    }
    const mentions = subjectsOf(clause.text);
    const own = [...new Set(mentions.map((m) => usable(m.raw)).filter((n): n is string => !!n))];
    const rest = mentions.length ? clause.text.slice(mentions[mentions.length - 1]!.end) : clause.text;
    if (own.length) current = own;
    byClause.set(clause, current);
    if (current.length === 0) continue;
    // "1. Phòng Y tế" or "Phòng Y tế:" only names who the following lines are about.
    const body = own.length && /^\s*:/.test(rest) ? rest.replace(/^\s*:\s*/, "") : own.length && /^[\s.:,]*$/.test(rest) ? "" : clause.text;
    if (!body.trim()) continue;
    const { lead, support } = mentionsRole(clause.folded);
    const afterSubject = fold(own.length ? rest : clause.text).trimStart();
    const supports = !lead && /^(?:cung\s+)?(?:ph\p{L}{1,2}i h\p{L}{1,2}p|tham gia)\b/u.test(afterSubject.replace(/^[:,]\s*/, ""));
    const role: Assignment["role"] = lead ? "lead" : supports ? "support" : "assigned";
    for (const agency of current) add(agency, role, body.trim());
    if (lead && support) {
      for (const partner of partnersOf(clause.text)) {
        const name = usable(partner.raw);
        if (name && !current.includes(name)) add(name, "support", clause.text);
      }
    }
  }
  return byClause;
}
