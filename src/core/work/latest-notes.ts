/**
 * "(cập nhật 12/11/2026: hoàn thành; phối hợp — Phòng LĐTBXH: đang thực hiện)" after each task or target
 * that has a report in an answer: the lead's status, each supporting agency's own part, values with units.
 */
import type { ProgressStore } from "../../db/repos/progress-store.js";
import type { Lang } from "../types.js";
import { wm } from "./messages.js";
import { valueWithUnit } from "./report-text.js";

const dayOf = (iso: string) => iso.slice(0, 10).split("-").reverse().join("/");

export async function latestNotes(progress: ProgressStore, kind: "tasks" | "targets", ids: number[], lang: Lang): Promise<Map<number, string>> {
  const m = wm(lang);
  const out = new Map<number, string>();
  if (kind === "targets") {
    for (const [id, row] of await progress.latestForTargets(ids)) {
      out.set(id, m.latest(null, row.value !== null ? valueWithUnit(row.value, row.unit) : null, dayOf(row.createdAt)));
    }
    return out;
  }
  const lead = await progress.latestForTasks(ids);
  const parts = await progress.supportPartsForTasks(ids);
  for (const id of ids) {
    const row = lead.get(id);
    const support = (parts.get(id) ?? []).map((p) => `${lang === "vi" ? "phối hợp" : "supporting"} — ${p.agency}: ${p.status ? m.status[p.status] : (p.note ?? "").slice(0, 60)}`);
    if (!row && support.length === 0) continue;
    const main = row ? m.latest(row.status ? m.status[row.status] : null, null, dayOf(row.createdAt)) : null;
    out.set(id, main && support.length ? `${main.slice(0, -1)}; ${support.join("; ")})` : main ?? `(${support.join("; ")})`);
  }
  return out;
}
