import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { PlanQueries } from "../../db/repos/plan-queries.js";
import { wordsAsTyped } from "../../domain/text/fold.js";
import { matchAgencies } from "./agency-match.js";
import { planLabel } from "./citation.js";
import { deadlineAbout, type DeadlineTopic } from "./due-topic.js";
import { filterPlans, findPlan, planNumberIn } from "./plans.js";

/** Whose deadlines a due question asks about: one plan, one agency, or both. */
export type DueScope = {
  /** How the answer names it: "Phòng Y tế", "KH 273-KH/HU (…)". */
  who: string;
  planIds?: number[];
  agencyIds?: number[];
  /** Tasks that give the agency a duty: their deadlines are the agency's too. */
  taskIds?: Set<number>;
  /** The kind and words of deadline asked for ("báo cáo 6 tháng"): see `deadlineTopic`. */
  topic?: DeadlineTopic;
};

/** Plans and agencies a question names, as the entity layer read them. */
export type KnownScope = { planIds: number[] | null; agencyIds?: number[]; agencyName?: string };

export type DueScopeReading = { scope: DueScope } | { unknownPlan: string } | null;

/**
 * "Phòng Y tế có gì đến hạn tháng này?", "kế hoạch 273 có gì quá hạn", "what is due in plan 224":
 * the plan or agency the question names, if any. Null when it names neither. `folded` is the question
 * in the plans' words (`vietnameseKey`), `text` as typed, to echo.
 */
export async function readDueScope(answers: AnswerQueries, planQueries: PlanQueries, text: string, folded: string, committeeId?: string, known?: KnownScope): Promise<DueScopeReading> {
  const names: string[] = [];
  const scope: Omit<DueScope, "who"> = {};
  if (known) {
    // The entity layer already read which plans (by number, place, issuer or title) and agencies.
    if (known.planIds) {
      const plans = (await planQueries.listPlans(committeeId)).filter((p) => known.planIds!.includes(p.id));
      if (plans.length > 0) {
        scope.planIds = plans.map((p) => p.id);
        names.push(plans.map(planLabel).join("; "));
      }
    }
    if (known.agencyIds && known.agencyIds.length > 0) {
      scope.agencyIds = known.agencyIds;
      const duties = await answers.duties({ agencyIds: scope.agencyIds }, committeeId);
      scope.taskIds = new Set(duties.map((d) => d.taskId));
      names.unshift(known.agencyName!);
    }
    return names.length > 0 ? { scope: { ...scope, who: names.join(", ") } } : null;
  }

  const number = planNumberIn(folded);
  const owner = number ? undefined : /(?:^| )(?:ke hoach|kh|plan) (?:cua|of) ([a-z ]+?)(?= co | phai | can | den | toi | qua | het | sap | nam | thang | quy | tuan | trong |$)/.exec(folded)?.[1];
  if (number || owner) {
    const plans = await planQueries.listPlans(committeeId);
    const found = number ? [findPlan(plans, number)].filter((p) => p !== undefined) : filterPlans(plans, owner!);
    if (found.length === 0) return { unknownPlan: number ?? wordsAsTyped(text, owner!) ?? owner! };
    scope.planIds = found.map((p) => p.id);
    names.push(found.length === 1 ? planLabel(found[0]!) : found.map(planLabel).join("; "));
  }

  // The plan's own words ("kế hoạch của UBND huyện") name its issuer, not an agency with duties.
  const rest = owner ? folded.replace(owner, " ") : folded;
  const agencies = matchAgencies(rest, await answers.agencies(committeeId));
  if (agencies.length > 0) {
    scope.agencyIds = agencies.map((a) => a.id);
    const duties = await answers.duties({ agencyIds: scope.agencyIds }, committeeId);
    scope.taskIds = new Set(duties.map((d) => d.taskId));
    names.unshift(agencies[0]!.name);
  }
  return names.length > 0 ? { scope: { ...scope, who: names.join(", ") } } : null;
}

/** Does a deadline belong to the scope: in its plan, about its topic, and reported by its agency or in a task that gives the agency a duty. */
export function deadlineInScope(scope: DueScope, deadline: { planId: number; agencyId: number | null; taskId: number | null; kind: string; what: string; quote: string }): boolean {
  if (scope.planIds && !scope.planIds.includes(deadline.planId)) return false;
  if (scope.topic && !deadlineAbout(deadline, scope.topic)) return false;
  if (!scope.agencyIds) return true;
  return (deadline.agencyId !== null && scope.agencyIds.includes(deadline.agencyId)) || (deadline.taskId !== null && scope.taskIds!.has(deadline.taskId));
}
