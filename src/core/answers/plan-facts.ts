import { fold, foldKey } from "../../domain/text/fold.js";
import type { PlanSummary } from "../../db/repos/plan-queries.js";
import { aw } from "../i18n/answer-words.js";
import { ASK_RULES, PLAN_FACT_ASKS, type Ask } from "../intents/entities/asks.js";
import { planLabel } from "./citation.js";
import type { EntityContext, Lines } from "./from-entities.js";
import { describePassages, scopedHits } from "./passages.js";
import { DOC_NUMBER, sentencesOf, type FrameKind } from "./frame-sentences.js";
import { shorten } from "./plans.js";

export { PLAN_FACT_ASKS };

/** The kinds of document a question may name, and the symbol their numbers carry ("28-CT/TW"). */
const DOC_SYMBOLS: Array<[RegExp, string]> = [
  [/\b(chi thi|directive)\b/, "ct"], [/\b(nghi quyet|resolution)\b/, "nq"], [/\bchuong trinh\b/, "ctr"], [/\bhuong dan\b/, "hd"],
  [/\b(quyet dinh|decision)\b/, "qd"], [/\b(thong tu|circular)\b/, "tt"], [/\bke hoach\b/, "kh"], [/\bket luan\b/, "kl"], [/\bthong bao\b/, "tb"],
  [/\bnghi dinh\b/, "nd"],
];

/** Issuers named by the words of the question ("của Tỉnh ủy", "của Thủ tướng", "Bộ Xây dựng") → the symbol's tail. */
function issuerSymbols(folded: string): string[] {
  const out: string[] = [];
  if (/\btinh uy\b/.test(folded)) out.push("tu");
  if (/\bhuyen uy\b/.test(folded)) out.push("hu");
  if (/\b(thu tuong|prime minister)\b/.test(folded)) out.push("ttg");
  if (/\b(chinh phu|government)\b/.test(folded)) out.push("cp");
  if (/\b(bo chinh tri|trung uong|politburo)\b/.test(folded)) out.push("tw");
  // "Bộ Xây dựng" → "bxd", "Bộ TT&TT" → "btttt", "Bộ LĐTBXH" → "bldtbxh": a ministry's initials.
  const ministry = /\bbo ((?:[a-z]+ ){0,5}[a-z]+)/.exec(folded);
  if (ministry) {
    const words = ministry[1]!.split(" ").filter((w) => !/^(nao|gi|cua|ve|ma|la|co|khong)$/.test(w));
    for (let n = words.length; n >= 1; n--) {
      const part = words.slice(0, n);
      out.push(`b${part.map((w) => (w.length <= 3 && !/[aeiouy]/.test(w.slice(1)) ? w : w[0])).join("")}`, `b${part.join("")}`);
    }
  }
  return out;
}

/** The plans a fact question is about: those named, else the only one, else none (the answer asks which). */
export function factPlans(ctx: EntityContext): PlanSummary[] {
  const ids = ctx.u.planIds;
  if (ids) return ctx.plans.filter((p) => ids.includes(p.id));
  return ctx.plans.length === 1 ? ctx.plans : [];
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** Which facts the question asks: "who signed … and when was it issued?" asks two. */
function asked(folded: string, first: Ask): Ask[] {
  const padded = ` ${folded} `;
  const all = ASK_RULES.filter((r) => PLAN_FACT_ASKS.has(r.ask) && r.pattern.test(padded)).map((r) => r.ask);
  return [...new Set([first, ...all])];
}

export async function planFactAnswer(ctx: EntityContext): Promise<Lines> {
  const { lang, u } = ctx;
  const w = aw(lang);
  const plans = factPlans(ctx);
  if (plans.length === 0) return [w.whichPlan, ...ctx.plans.map((p) => `${planLabel(p)}: ${shorten(p.title, 120)}`)];
  const lines: string[] = [];
  for (const plan of plans.slice(0, 3)) {
    const label = planLabel(plan);
    for (const ask of asked(u.folded, u.ask)) {
      if (ask === "signer") lines.push(plan.signer ? w.signer(label, plan.signer) : w.noSigner(label));
      else if (ask === "issuer") lines.push(plan.issuer ? w.issuer(plan.docNumber ? `KH ${plan.docNumber}` : shorten(plan.title, 80), plan.issuer, plan.issuedOn ? formatDate(plan.issuedOn) : null, plan.signer) : w.noIssuer(label));
      else if (ask === "issued") lines.push(plan.issuedOn ? w.issued(label, formatDate(plan.issuedOn)) : w.noIssued(label));
      else if (ask === "implements" || ask === "based_on") lines.push(...(await documentsBehind(ctx, plan)));
      else if (ask === "span") lines.push(...(await planSpan(ctx, plan)));
      else if (ask === "replaces") lines.push(...(await frameSays(ctx, plan, "replaces")) ?? (await planSays(ctx, plan, ["thay", "the"])));
      // Most plans take effect when signed without saying so: the date of issue, when the plan says nothing.
      else if (ask === "effective") lines.push(...(await frameSays(ctx, plan, "effective")) ?? [plan.issuedOn ? w.effectiveOnIssue(label, formatDate(plan.issuedOn)) : w.notSaid(label)]);
      else lines.push(...(await planSays(ctx, plan, ["bao", "cao"])));
    }
  }
  return [lines.join("\n\n")];
}

/** The documents a plan implements or is based on, those of the kind and issuer asked for first. */
async function documentsBehind(ctx: EntityContext, plan: PlanSummary): Promise<string[]> {
  const w = aw(ctx.lang);
  const label = planLabel(plan);
  const folded = ctx.u.folded;
  const kinds = DOC_SYMBOLS.filter(([pattern]) => pattern.test(folded.replace(/\b(ke hoach|plan) (\d+|so)\b/g, ""))).map(([, symbol]) => symbol);
  const issuers = issuerSymbols(folded);
  const symbolOf = (doc: string) => foldKey(doc).split(" ");
  const fits = (doc: string) => {
    const parts = symbolOf(doc);
    return (kinds.length === 0 || kinds.some((k) => parts.includes(k))) && (issuers.length === 0 || issuers.some((i) => parts.includes(i)));
  };
  // The plan's own citations, whole (kind, number, date, issuer, subject), those of the kind asked first.
  const kind: FrameKind = ctx.u.ask === "based_on" ? "based_on" : "implements";
  const cited = await frameSays(ctx, plan, kind, fits);
  if (cited) return cited;
  const docs = [...new Set(plan.implements)];
  const ranked = [...docs.filter(fits), ...docs.filter((d) => !fits(d))];
  const lines = ranked.length > 0 ? [w.implements(label, ranked.join(", "))] : [];
  // The plan's own sentence ("Căn cứ …", "Thực hiện …") when the documents asked for are not in its list.
  if (!docs.some(fits) || ranked.length === 0) {
    const said = await planSays(ctx, plan, ctx.u.ask === "based_on" ? ["can", "cu"] : ["thuc", "hien"], ranked.length > 0);
    lines.push(...said);
  }
  return lines.length > 0 ? lines : [w.noImplements(label)];
}

/**
 * The preamble's and closing's sentences of one kind, quoted whole: "Căn cứ Thông tư số … ngày … của
 * Bộ …". Those citing a document that fits the question come first. Null when the plan has none.
 */
async function frameSays(ctx: EntityContext, plan: PlanSummary, kind: FrameKind, fits: (doc: string) => boolean = () => true): Promise<string[] | null> {
  const frame = await ctx.sources.planQueries.planFrame(plan.id);
  let sentences = [...sentencesOf(kind, frame.preamble), ...sentencesOf(kind, frame.closing, { uncued: false })];
  // The documents behind a plan are those it is based on and those it carries out: the kind asked first.
  if (kind === "based_on" || kind === "implements") {
    const other = sentencesOf(kind === "based_on" ? "implements" : "based_on", frame.preamble).filter((s) => !sentences.includes(s));
    sentences = [...sentences, ...other];
  }
  if (sentences.length === 0) return null;
  const fitting = (s: string) => [...s.matchAll(DOC_NUMBER)].some((m) => fits(m[0].replace(/\s+/g, "")));
  const ranked = [...sentences.filter(fitting), ...sentences.filter((s) => !fitting(s))];
  const w = aw(ctx.lang);
  const heads = { replaces: w.replacesHead, based_on: w.basedOnHead, implements: w.implementsHead, effective: w.effectiveHead };
  const head = heads[kind](planLabel(plan));
  return [head, ...ranked.slice(0, 6).map((s) => `• ${shorten(s, 300)}`)];
}

/** "Đến khi nào?": the year its title sets ("… năm 2025", "giai đoạn 2026 - 2030"), and its own words on time. */
async function planSpan(ctx: EntityContext, plan: PlanSummary): Promise<string[]> {
  const w = aw(ctx.lang);
  const title = fold(plan.title);
  const range = /(?:giai doan|tu nam|nam) ((?:19|20)\d\d) ?(?:-|–|den) ?(?:nam )?((?:19|20)\d\d)/.exec(title);
  const single = /(?:^|\s)nam ((?:19|20)\d\d)(?!\d)/.exec(title);
  const until = range?.[2] ?? single?.[1];
  const lines = until ? [w.span(planLabel(plan), until)] : [];
  lines.push(...(await planSays(ctx, plan, ["thoi", "gian", "thuc", "hien"], lines.length > 0)));
  return lines.length > 0 ? lines : [w.notSaid(planLabel(plan))];
}

/** The plan's own sentence about the cue words and the question's topic. */
async function planSays(ctx: EntityContext, plan: PlanSummary, cue: string[], quiet = false): Promise<string[]> {
  const w = aw(ctx.lang);
  const words = [...new Set([...cue, ...ctx.u.topic])];
  const scope = { committeeId: ctx.committeeId, planIds: [plan.id] };
  let hits = await scopedHits(ctx.sources.planQueries, words, scope);
  if (hits.length === 0) hits = await scopedHits(ctx.sources.planQueries, cue, scope);
  const passages = await describePassages(ctx.sources.planQueries, ctx.lang, hits, words, { committeeId: ctx.committeeId, count: 2, max: 300 });
  if (passages.length === 0) return quiet ? [] : [w.notSaid(planLabel(plan))];
  return [w.planSays(planLabel(plan)), ...passages.map((p) => `• ${p}`)];
}
