/**
 * A plan as a whole: its card and outline ("tóm tắt kế hoạch 224", "kế hoạch 273 có những mục nào"), the
 * agencies it names with how many duties of each role ("which agencies take part in plan 273?"), and its
 * numbered tasks ("how many tasks does plan 224 have?").
 */
import { aw } from "../i18n/answer-words.js";
import { t } from "../i18n/messages.js";
import { planLabel } from "./citation.js";
import type { EntityContext, Lines } from "./from-entities.js";
import { factPlans } from "./plan-facts.js";
import { planDetailAnswer, shorten } from "./plans.js";

type Roles = { lead: number; support: number; assigned: number };

/** The plan(s) the question names, or the question back with the list when it names none of several. */
function plansOrAsk(ctx: EntityContext): ReturnType<typeof factPlans> | Lines {
  const plans = factPlans(ctx);
  if (plans.length > 0) return plans.slice(0, 3);
  return [aw(ctx.lang).whichPlan, ...ctx.plans.map((p) => `${planLabel(p)}: ${shorten(p.title, 120)}`)];
}

const asked = (x: ReturnType<typeof plansOrAsk>): x is Lines => typeof x[0] === "string";

/** The card of each plan named: number, date, issuer, signer, counts and its parts. */
export async function outlineAnswer(ctx: EntityContext): Promise<Lines> {
  const plans = plansOrAsk(ctx);
  if (asked(plans)) return plans;
  const cards = await Promise.all(plans.map((p) => planDetailAnswer(ctx.sources.planQueries, ctx.lang, p.docNumber ?? p.title, ctx.committeeId)));
  return [cards.join("\n\n")];
}

/** The agencies of the plans named, those that lead most first, with their duties counted by role. */
export async function rosterAnswer(ctx: EntityContext): Promise<Lines> {
  const plans = plansOrAsk(ctx);
  if (asked(plans)) return plans;
  const w = aw(ctx.lang);
  const roles = t(ctx.lang).roles;
  const parts: Part[] = [];
  for (const plan of plans) {
    // The plan's own tasks' duties, through the per-task rows kept between questions.
    const taskIds = (await ctx.sources.planQueries.planTasks(plan.id)).map((task) => task.id);
    const byAgency = new Map<string, Roles>();
    for (const d of await ctx.sources.answers.duties({ taskIds }, ctx.committeeId)) {
      const counts = byAgency.get(d.agency) ?? { lead: 0, support: 0, assigned: 0 };
      counts[d.role as keyof Roles]++;
      byAgency.set(d.agency, counts);
    }
    const ranked = [...byAgency].sort(([, a], [, b]) => b.lead - a.lead || b.support - a.support || b.assigned - a.assigned);
    const say = (n: number, role: keyof Roles) => (n > 0 ? `${roles[role].toLowerCase()} ${n}` : null);
    parts.push(
      ranked.length === 0
        ? { header: w.rosterNone(planLabel(plan)), items: [] }
        : {
            header: w.roster(planLabel(plan), ranked.length),
            items: ranked.map(([agency, r]) => `${agency} — ${[say(r.lead, "lead"), say(r.support, "support"), say(r.assigned, "assigned")].filter(Boolean).join(", ")}`),
          },
    );
  }
  return layout(parts);
}

/** One plan's answer: its header and its items. */
type Part = { header: string; items: string[] };

/**
 * One plan's answer pages its items five at a time (the reply bullets them); several plans' answers are
 * read as one, bulleted here.
 */
function layout(parts: Part[]): Lines {
  if (parts.length === 1) return [parts[0]!.header, ...parts[0]!.items];
  return [parts.map((p) => [p.header, ...p.items.map((i) => `• ${i}`)].join("\n")).join("\n\n")];
}

/** The numbered tasks of the plans named, counted, each with its number and title. */
export async function taskListAnswer(ctx: EntityContext): Promise<Lines> {
  const plans = plansOrAsk(ctx);
  if (asked(plans)) return plans;
  const w = aw(ctx.lang);
  const parts: Part[] = [];
  for (const plan of plans) {
    const tasks = await ctx.sources.planQueries.planTasks(plan.id);
    parts.push(
      tasks.length === 0
        ? { header: w.tasksNone(planLabel(plan)), items: [] }
        : { header: w.tasks(planLabel(plan), tasks.length), items: tasks.map((task) => `${task.ref}. ${shorten(task.title, 140)}`) },
    );
  }
  return layout(parts);
}
