import { fold } from "../../domain/text/fold.js";
import { readWords, type WordsRead } from "./who-ranking.js";

type DutyRow = { duty: string; taskTitle: string; taskText: string };

/**
 * A duty as the task words it. A duty read from a role line ("Đơn vị chủ trì: Sở X") is only the task's
 * heading, and one ending "như sau:" introduces its list: both are the task's text that follows.
 */
export function dutyInFull(d: { duty: string; taskText: string }): string {
  const duty = d.duty.trim();
  // A duty the secretary wrote (or the importer rephrased) is not the item's words: it is shown as it is.
  const flat = (text: string) => text.replace(/\s+/g, " ").trim();
  const ownWords = flat(d.taskText).includes(flat(duty).replace(/[.:]$/, "").slice(-60));
  if (!ownWords) return duty;
  // Most of an item is the duty: the item is the agency's own ("6. UBND cấp xã: …"), its last line too.
  if (duty.length >= d.taskText.length * 0.5 && d.taskText.length <= 1500) return d.taskText;
  if (duty.length >= 80 && !/:$/.test(duty)) return duty;
  const at = d.taskText.indexOf(duty.replace(/:$/, ""));
  return at >= 0 ? d.taskText.slice(at) : d.taskText.length > duty.length ? d.taskText : duty;
}

/** What a who-question reads of a duty: the duty in full, and its task's title with it, folded into words. */
export type DutyReading = { full: string; ranked: { text: string; read: WordsRead } };

/**
 * Each duty row is read once: the answer queries keep a task's rows while the plans stay the same, so
 * this lives exactly as long as they do, and a re-imported plan's new rows are read afresh. Reading a
 * duty (flattening its task's text, folding it) for every question was most of a who-question's cost.
 */
const readings = new WeakMap<DutyRow, DutyReading>();

export function dutyReading(d: DutyRow): DutyReading {
  let reading = readings.get(d);
  if (!reading) {
    const full = dutyInFull(d);
    // Each duty by its own words; a duty a role line gives ("Đơn vị chủ trì: Sở X") by its task's.
    const text = `${d.taskTitle} ${full}`;
    reading = { full, ranked: { text, read: readWords(text) } };
    readings.set(d, reading);
  }
  return reading;
}

/** The duty in full, folded: what tells a duty that runs the whole plan. */
export function foldedDuty(d: DutyRow): string {
  return fold(dutyReading(d).full);
}
