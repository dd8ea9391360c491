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
  return gap <= Math.max(Math.abs(target) * AT_RISK_SHARE, 0.0001) ? "at_risk" : "off_track";
}
