import type { Examples } from "./examples.js";
import { docNumberExamples } from "../parse/doc-number.examples.js";
import { headingEndExamples } from "../parse/heading-ends.examples.js";
import { planPeriodExamples } from "../parse/plan-period.examples.js";
import { roleLineExamples } from "../parse/role-lines.examples.js";
import { roleListExamples } from "../parse/role-list.examples.js";
import { signerExamples } from "../parse/signature.examples.js";
import { unitStartExamples } from "../parse/unit-starts.examples.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ALL_EXAMPLES: Array<Examples<any>> = [unitStartExamples, docNumberExamples, signerExamples, roleLineExamples, roleListExamples, planPeriodExamples, headingEndExamples];
