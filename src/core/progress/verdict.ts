import { meets } from "../work/report-text.js";

/** A target against its latest value: on track (met), at risk (a little short), off track, or no data. */
export type Verdict = "met" | "at_risk" | "off_track" | "no_data";
export const VERDICTS: Verdict[] = ["met", "at_risk", "off_track", "no_data"];

/** A value short of its target by no more than this share of it is "at risk", beyond it "off track". */
const AT_RISK_SHARE = 0.1;

export function verdictOf(comparator: string, target: number, latest: number | null | undefined): Verdict {
  if (latest === null || latest === undefined) return "no_data";
  if (meets(comparator, latest, target)) return "met";
  const gap = Math.abs(latest - target);
  // 1,1 against "dưới 1,0" is a tenth short: at risk, whatever binary fractions make of 1.1 − 1.0.
  return gap <= Math.max(Math.abs(target) * AT_RISK_SHARE, 0.0001) + 1e-9 ? "at_risk" : "off_track";
}
