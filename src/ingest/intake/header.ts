/**
 * A plan's header as its secretary may correct it: number, title, issuer, date, signer. A correction of the
 * header is kept like the others (it names what was read, so a new document that reads differently drops it)
 * and changes what is shown and answered; which plan this is stays the reading's (intake/reviews.ts).
 */
import type { ParsedPlan } from "../types.js";

export const HEADER_FIELDS = ["docNumber", "title", "issuer", "issuedOn", "signer"] as const;
export type Header = { docNumber: string | null; title: string; issuer: string | null; issuedOn: string | null; signer: string | null };

export const HEADER_KEY = "plan";
export type HeaderCorrection = { kind: "plan"; action: "edit"; key: typeof HEADER_KEY; before: Header; after: Header };

export function headerOf(parsed: ParsedPlan): Header {
  const p = parsed.plan;
  return { docNumber: p.docNumber, title: p.title, issuer: p.issuer, issuedOn: p.issuedOn, signer: p.signer };
}

const same = (a: Header, b: Header) => HEADER_FIELDS.every((f) => a[f] === b[f]);

/** The header corrections that still apply, put on a copy of the plan; the others, dropped. */
export function applyHeader(plan: ParsedPlan, corrections: HeaderCorrection[]) {
  const read = headerOf(plan);
  const kept = corrections.filter((c) => same(c.before, read)).slice(-1);
  const dropped = corrections.filter((c) => !kept.includes(c));
  const header = kept[0]?.after ?? read;
  return { plan: { ...plan, plan: { ...plan.plan, ...header } }, header, corrected: kept.length > 0, kept, dropped };
}

/** Records the review page's header form: back to what was read removes the correction. */
export function correctHeader(parsed: ParsedPlan, after: Header): HeaderCorrection[] {
  const before = headerOf(parsed);
  return same(before, after) ? [] : [{ kind: "plan", action: "edit", key: HEADER_KEY, before, after }];
}

const LABELS: Record<keyof Header, string> = { docNumber: "số", title: "tên", issuer: "cơ quan ban hành", issuedOn: "ngày ban hành", signer: "người ký" };

/** "số 45/KH-UBND → 46/KH-UBND; người ký …": what differs between two headers, for the changes report. */
export function headerDifferences(before: Header, after: Header): string[] {
  return HEADER_FIELDS.filter((f) => before[f] !== after[f]).map((f) => `${LABELS[f]} ${before[f] ?? "(trống)"} → ${after[f] ?? "(trống)"}`);
}
