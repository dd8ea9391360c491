import { foldKey } from "../../domain/text/fold.js";
import type { PlanQueries, PlanSummary } from "../../db/repos/plan-queries.js";
import { t } from "../i18n/messages.js";
import type { Lang } from "../types.js";
import { cite, planLabel } from "./citation.js";

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** One line per plan, grouped by committee when the chat sees several. */
export async function listPlansAnswer(queries: PlanQueries, lang: Lang, committeeId?: string, filter?: string, filterAsTyped = filter): Promise<string[]> {
  const all = await queries.listPlans(committeeId);
  const plans = filter ? filterPlans(all, filter) : all;
  const m = t(lang);
  if (plans.length === 0) return [filter ? m.planNotFound(filterAsTyped ?? filter) : m.noPlans];
  const lines = [m.plansHeader(plans.length)];
  for (const p of plans) {
    const facts = [
      p.docNumber ? `${m.planLine.number} ${p.docNumber}` : m.planLine.noNumber,
      formatDate(p.issuedOn) ?? (p.year ? String(p.year) : null),
      p.issuer,
    ].filter(Boolean);
    lines.push(`${shorten(p.title, 120)}\n   ${facts.join(" · ")}`);
  }
  return lines;
}

/**
 * Plans named by what they implement ("chỉ thị 28" → 28-CT/TW) or by words of
 * their issuer ("của huyện", "Tam Đường").
 */
export function filterPlans(plans: PlanSummary[], filter: string): PlanSummary[] {
  const key = foldKey(filter);
  const number = /(?:chi thi|nghi quyet|chuong trinh|ke hoach|huong dan|quyet dinh|directive|resolution)(?: so)? (\d{1,4})\b/.exec(key)?.[1] ?? /^(\d{1,4})$/.exec(key)?.[1];
  if (number) return plans.filter((p) => p.implements.some((doc) => new RegExp(`^${number}[-/]`).test(doc)));
  const words = key.split(" ").filter((w) => w.length >= 2);
  if (words.length === 0) return [];
  const holdsAll = (label: string) => {
    const have = new Set(foldKey(label).split(" "));
    return words.every((w) => have.has(w));
  };
  // The issuer first: "Vinh" is Thành ủy Vinh, not every title wishing the country "phồn vinh".
  const byIssuer = plans.filter((p) => holdsAll(p.issuer ?? ""));
  return byIssuer.length > 0 ? byIssuer : plans.filter((p) => holdsAll(`${p.issuer ?? ""} ${p.title}`));
}

/** The number a folded question gives a plan by: "kế hoạch 273", "kh số 224", "plan 2021". */
export function planNumberIn(folded: string): string | undefined {
  return /(?:^| )(?:ke hoach|kh|plan)(?: so)? (\d{1,4})(?= |$)/.exec(folded)?.[1];
}

/** Finds a plan by number ("273", "273-KH/HU") or words of its title or issuer. */
export function findPlan(plans: PlanSummary[], ref: string): PlanSummary | undefined {
  const key = foldKey(ref);
  const digits = key.match(/^\d+/)?.[0];
  return (
    plans.find((p) => p.docNumber && foldKey(p.docNumber) === key) ??
    (digits ? plans.find((p) => p.docNumber && foldKey(p.docNumber).split(" ")[0] === digits) : undefined) ??
    (digits ? plans.find((p) => p.year === Number(digits) && !p.docNumber) : undefined) ??
    plans.find((p) => foldKey(`${p.issuer ?? ""} ${p.title}`).includes(key)) ??
    byDistinctWords(plans, key)
  );
}

/** "kế hoạch của Mường Ảng có những phần nào": the one plan whose issuer or title holds words no other plan does. */
function byDistinctWords(plans: PlanSummary[], key: string): PlanSummary | undefined {
  const labels = plans.map((p) => new Set(foldKey(`${p.issuer ?? ""} ${p.title}`).split(" ")));
  const words = key.split(" ").filter((w) => w.length >= 2 && !/^\d+$/.test(w));
  const distinct = words.filter((w) => labels.filter((l) => l.has(w)).length === 1);
  const scores = labels.map((l) => distinct.filter((w) => l.has(w)).length);
  const best = Math.max(0, ...scores);
  return best > 0 && scores.filter((n) => n === best).length === 1 ? plans[scores.indexOf(best)] : undefined;
}

export async function planDetailAnswer(queries: PlanQueries, lang: Lang, ref: string, committeeId?: string): Promise<string> {
  const m = t(lang);
  const plan = findPlan(await queries.listPlans(committeeId), ref);
  if (!plan) return m.planNotFound(ref);
  const sections = await queries.planSections(plan.id);
  const L = m.planLine;
  return [
    `${planLabel(plan)}`,
    shorten(plan.title, 300),
    plan.docNumber ? `${L.number}: ${plan.docNumber}` : null,
    plan.issuedOn ? `${L.issued}: ${formatDate(plan.issuedOn)}` : null,
    plan.issuer ? `${L.issuer}: ${plan.issuer}` : null,
    plan.implements.length ? `${L.implements}: ${plan.implements.join(", ")}` : null,
    plan.signer ? `${L.signer}: ${plan.signer}` : null,
    `${plan.taskCount} ${L.tasks}, ${plan.targetCount} ${L.targets}`,
    sections.length ? `${L.sections}:\n${sections.map((s) => `${s.ref}. ${s.heading}`).join("\n")}` : null,
    sections.length ? L.readSection(sectionExample(lang, plan, sections[0]!.ref)) : null,
  ]
    .filter((line): line is string => Boolean(line))
    .join("\n");
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** "mục I của kế hoạch 273", in the user's language, naming the plan by number or year. */
function sectionExample(lang: Lang, plan: PlanSummary, ref: string): string {
  const name = plan.docNumber?.split(/[-/]/)[0] ?? (plan.year ? String(plan.year) : null);
  if (name) return lang === "vi" ? `mục ${ref} của kế hoạch ${name}` : `section ${ref} of plan ${name}`;
  return lang === "vi" ? `mục ${ref} của kế hoạch của ${plan.issuer}` : `section ${ref} of the plan of ${plan.issuer}`;
}

/**
 * One part of a plan, as written: a section ("II") or a numbered item ("II.5"), a paragraph per item so
 * a long one pages with "thêm". A part the plan does not have is answered with the parts it does have.
 */
export async function sectionAnswer(queries: PlanQueries, lang: Lang, planRef: string, ref: string, committeeId?: string): Promise<string[]> {
  const m = t(lang);
  const plan = findPlan(await queries.listPlans(committeeId), planRef);
  if (!plan) return [m.planNotFound(planRef)];
  const sections = await queries.planSections(plan.id);
  const section = sections.find((s) => s.ref === ref);
  const item = section ? undefined : await queries.planTask(plan.id, ref);
  const heading = section?.heading ?? item?.title;
  const body = section?.body ?? item?.text;
  if (heading === undefined || body === undefined) return [m.sectionNotFound(planLabel(plan), ref, sections.map((s) => s.ref))];
  const paragraphs = body.split("\n").map((p) => p.trim().replace(/^[-+•]\s*/, "")).filter(Boolean);
  // An item's title is its own first words: said once, in the text.
  return [`${cite(plan, ref, lang)}${section?.heading ? ` — ${section.heading}` : ""}`, ...paragraphs];
}
