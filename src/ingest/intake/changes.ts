/** What a new version of a plan changed, said in a few Vietnamese lines (the chat reply and the plans page). */
import type { ParsedPlan } from "../types.js";
import { ITEM_KINDS, itemKey, type Item, type ItemKind } from "./corrections.js";
import { headerDifferences, headerOf } from "./header.js";

const NAMES: Record<ItemKind, string> = { tasks: "nhiệm vụ", assignments: "phân công", targets: "chỉ tiêu", deadlines: "thời hạn" };

function label<K extends ItemKind>(kind: K, item: Item[K]): string {
  const cut = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
  switch (kind) {
    case "tasks": { const t = item as Item["tasks"]; return `${t.ref} ${cut(t.title)}`; }
    case "assignments": { const a = item as Item["assignments"]; return `${a.agency} (${a.ref})`; }
    case "targets": { const t = item as Item["targets"]; return `${cut(t.indicator)}${t.year ? ` năm ${t.year}` : ""}: ${t.comparator === "=" ? "" : `${t.comparator} `}${String(t.value).replace(".", ",")}${t.unit}`; }
    default: { const d = item as Item["deadlines"]; return `${cut(d.what)}${d.date ? ` (${d.date})` : ""}`; }
  }
}

export type PlanChanges = { added: number; removed: number; changed: number; lines: string[] };

/** Items added, removed and changed between two versions, by the same keys the corrections use. */
export function planChanges(before: ParsedPlan, after: ParsedPlan, maxLines = 8): PlanChanges {
  const lines: string[] = [];
  let added = 0, removed = 0, changed = 0;
  const header = headerDifferences(headerOf(before), headerOf(after));
  if (header.length) { changed++; lines.push(`~ Sửa thông tin kế hoạch: ${header.join("; ")}`); }
  for (const kind of ITEM_KINDS) {
    const index = (plan: ParsedPlan) => new Map((plan[kind] as Array<Item[ItemKind]>).map((item) => [itemKey(kind, item), item]));
    const was = index(before);
    const now = index(after);
    for (const [key, item] of now) {
      const old = was.get(key);
      if (!old) { added++; lines.push(`+ Thêm ${NAMES[kind]}: ${label(kind, item)}`); }
      else if (JSON.stringify(old) !== JSON.stringify(item)) { changed++; lines.push(`~ Sửa ${NAMES[kind]}: ${label(kind, old)} → ${label(kind, item)}`); }
    }
    for (const [key, item] of was) if (!now.has(key)) { removed++; lines.push(`− Bỏ ${NAMES[kind]}: ${label(kind, item)}`); }
  }
  const shownLines = lines.length > maxLines ? [...lines.slice(0, maxLines), `… và ${lines.length - maxLines} thay đổi khác.`] : lines;
  return { added, removed, changed, lines: shownLines };
}
