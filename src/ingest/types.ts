/**
 * What the importer extracts from one plan document. This is also the JSON
 * contract of `plans parse --json` and `plans import --json`, so staff can
 * review an extraction, correct it by hand and import it back.
 */
import { z } from "zod";

export const comparators = ["=", "<", "<=", ">", ">="] as const;
export const assignmentRoles = ["lead", "support", "assigned"] as const;
export const deadlineKinds = ["once", "annual", "semiannual", "quarterly", "monthly", "event"] as const;

export const planMetaSchema = z.object({
  /** The issuing body, e.g. "Ban Thường vụ Huyện ủy Tam Đường". */
  issuer: z.string().nullable(),
  /** e.g. "273-KH/HU", "624/KH-UBND"; null when left blank. */
  docNumber: z.string().nullable(),
  /** YYYY-MM-DD; null when the day was left blank. */
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  title: z.string(),
  /** Numbers of the documents this plan implements, e.g. ["28-CT/TW", "48-CTr/TU"]. */
  implements: z.array(z.string()),
  signer: z.string().nullable(),
  /** The calendar year the plan is about (issue year, or the year a yearly plan covers). */
  year: z.number().int().nullable().optional(),
  /** Locality named in the document (huyện/tỉnh/thành phố), when any. */
  locality: z.string().nullable().optional(),
  /** The years the plan covers, from its title ("giai đoạn 2026 - 2030"); a horizon ("tầm nhìn đến năm 2050") is not one. */
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable().optional(),
  /** The text between the title and the first part: what it is based on ("Căn cứ …"), implements, replaces. */
  preamble: z.string().optional(),
  /** The text after the last part, before "Nơi nhận": effect, what it replaces, who carries it out. */
  closing: z.string().optional(),
});

export const sectionSchema = z.object({
  /** Roman numeral of the top-level part: "I", "II", ... */
  ref: z.string(),
  heading: z.string(),
  /** The section's text, used for search and citations. */
  body: z.string().optional(),
});

export const taskSchema = z.object({
  /** Stable within the plan: "<section>.<item>", e.g. "III.2" or "IV.3". */
  ref: z.string(),
  /** The section ref it belongs to. */
  section: z.string(),
  title: z.string(),
  text: z.string(),
});

export const targetSchema = z.object({
  indicator: z.string(),
  comparator: z.enum(comparators),
  value: z.number(),
  /** "%", "‰", "/100.000 trẻ em", ... exactly as the plan writes it. */
  unit: z.string(),
  year: z.number().int().nullable(),
  /** The sentence the target was read from. */
  quote: z.string(),
  /** Section ref where it stands, when known. */
  section: z.string().optional(),
});

export const assignmentSchema = z.object({
  /** Canonical agency name (see domain/agencies). */
  agency: z.string(),
  role: z.enum(assignmentRoles),
  duty: z.string(),
  /** Task ref the duty belongs to. */
  ref: z.string(),
});

export const deadlineSchema = z.object({
  what: z.string(),
  kind: z.enum(deadlineKinds),
  /** "YYYY-MM-DD" for once, "MM-DD" for annual (and fixed-day events), else null. */
  date: z.string().nullable(),
  /** Month 1–12 for events known only by month ("Tháng hành động vì trẻ em": 6). */
  month: z.number().int().min(1).max(12).nullable().optional(),
  agency: z.string().nullable(),
  quote: z.string(),
  /** Task ref the deadline belongs to, when known. */
  ref: z.string().nullable().optional(),
});

export const parsedPlanSchema = z.object({
  plan: planMetaSchema,
  sections: z.array(sectionSchema),
  tasks: z.array(taskSchema),
  targets: z.array(targetSchema),
  assignments: z.array(assignmentSchema),
  deadlines: z.array(deadlineSchema),
  /** The whole text as read, header to signature (a scan's with its words restored), for a reviewer to read. */
  text: z.string().optional(),
  /** What looks missing, in Vietnamese ("không thấy ngày ban hành", "3 nhiệm vụ không có cơ quan chủ trì"). */
  warnings: z.array(z.string()).optional(),
});

export type PlanMeta = z.infer<typeof planMetaSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type ParsedPlan = z.infer<typeof parsedPlanSchema>;
export type Comparator = (typeof comparators)[number];
export type AssignmentRole = (typeof assignmentRoles)[number];
export type DeadlineKind = (typeof deadlineKinds)[number];

/** Raised for input that is not a plan; the message is shown to staff as is. */
export class PlanParseError extends Error {
  override name = "PlanParseError";
}
