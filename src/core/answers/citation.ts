import { foldKey } from "../../domain/text/fold.js";
import type { PlanSummary } from "../../db/repos/plan-queries.js";
import type { Lang } from "../types.js";
import { t } from "../i18n/messages.js";

/** How an item names its source so a reader finds it in the paper plan: "KH 273-KH/HU (issuer), mục III.2". */
export function planLabel(plan: Pick<PlanSummary, "docNumber" | "issuer" | "year" | "title">): string {
  if (plan.docNumber) return plan.issuer ? `KH ${plan.docNumber} (${plan.issuer})` : `KH ${plan.docNumber}`;
  const issuer = plan.issuer ?? plan.title.slice(0, 60);
  return plan.year ? `KH ${plan.year} của ${issuer}` : `KH của ${issuer}`;
}

export function cite(plan: Parameters<typeof planLabel>[0], ref: string | null | undefined, lang: Lang): string {
  return ref ? `${planLabel(plan)}, ${t(lang).section} ${ref}` : planLabel(plan);
}

/** The folded words of the titles of the plans given: words of a question that named the plan, not what it asks. */
export function titleWordsOf(plans: Array<Pick<PlanSummary, "id" | "title">>, ids: readonly number[]): Set<string> {
  return new Set(plans.filter((p) => ids.includes(p.id)).flatMap((p) => foldKey(p.title).split(" ")));
}
