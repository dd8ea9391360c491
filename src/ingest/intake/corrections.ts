/**
 * A secretary's corrections to what the importer read, kept apart from the reading itself so they survive
 * the next import. Each correction names the item it corrects by the item's key in the importer's output
 * and remembers the item as it was read ("before"): when a new version of the document still has that
 * item unchanged, the correction applies again; when the document itself changed that item, or dropped it,
 * the correction no longer applies and is reported, never applied blindly.
 */
import { foldKey } from "../../domain/text/fold.js";
import type { Assignment, Deadline, ParsedPlan, Target, Task } from "../types.js";
import { applyHeader, type Header, type HeaderCorrection } from "./header.js";

export type ItemKind = "tasks" | "assignments" | "targets" | "deadlines";
export type Item = { tasks: Task; assignments: Assignment; targets: Target; deadlines: Deadline };

export type ItemCorrection<K extends ItemKind = ItemKind> =
  | { kind: K; action: "edit"; key: string; before: Item[K]; after: Item[K] }
  | { kind: K; action: "remove"; key: string; before: Item[K] }
  | { kind: K; action: "add"; key: string; after: Item[K] };

/** A correction of one listed item, or of the plan's header (header.ts). */
export type Correction = ItemCorrection | HeaderCorrection;
const isHeader = (c: Correction): c is HeaderCorrection => c.kind === "plan";

export const ITEM_KINDS: ItemKind[] = ["tasks", "assignments", "targets", "deadlines"];

/** What identifies an item across two readings of a document. */
export function itemKey<K extends ItemKind>(kind: K, item: Item[K]): string {
  switch (kind) {
    case "tasks": return `t:${(item as Task).ref}`;
    case "assignments": {
      const a = item as Assignment;
      return `a:${a.ref}|${foldKey(a.agency)}|${a.role}|${foldKey(a.duty).slice(0, 60)}`;
    }
    case "targets": {
      const t = item as Target;
      return `c:${foldKey(t.indicator).slice(0, 120)}|${t.year ?? ""}`;
    }
    default: {
      const d = item as Deadline;
      return `d:${d.kind}|${d.date ?? ""}|${d.month ?? ""}|${d.ref ?? ""}|${foldKey(d.what).slice(0, 80)}`;
    }
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An item as the review page shows it: where it came from (its key) and whether a correction made it. */
export type Shown<K extends ItemKind> = { key: string; item: Item[K]; corrected: boolean; added: boolean };

export type Applied = {
  plan: ParsedPlan;
  /** Per kind, the items in order with their keys (the review page edits them by key). */
  shown: { [K in ItemKind]: Array<Shown<K>> };
  /** The header as shown (read, or corrected). */
  header: { item: Header; corrected: boolean };
  kept: Correction[];
  /** Corrections the document's new reading made moot (the item changed or is gone). */
  dropped: Correction[];
};

/** The importer's reading with the corrections that still apply. Keys are unique per kind (a repeat gets "#2"). */
export function applyCorrections(parsed: ParsedPlan, corrections: Correction[]): Applied {
  const plan: ParsedPlan = structuredClone(parsed);
  const kept: Correction[] = [];
  const dropped: Correction[] = [];
  const shown = {} as Applied["shown"];
  for (const kind of ITEM_KINDS) {
    const seen = new Map<string, number>();
    const rows: Array<Shown<ItemKind> | null> = (parsed[kind] as Array<Item[ItemKind]>).map((item) => {
      const base = itemKey(kind, item);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { key: n === 1 ? base : `${base}#${n}`, item, corrected: false, added: false };
    });
    for (const c of corrections.filter((c): c is ItemCorrection => c.kind === kind)) {
      if (c.action === "add") {
        rows.push({ key: c.key, item: c.after, corrected: true, added: true });
        kept.push(c);
        continue;
      }
      const at = rows.findIndex((r) => r?.key === c.key);
      const row = at >= 0 ? rows[at] : null;
      if (!row || !same(row.item, c.before)) {
        dropped.push(c);
        continue;
      }
      if (c.action === "remove") rows[at] = null;
      else rows[at] = { ...row, item: c.after, corrected: true };
      kept.push(c);
    }
    const present = rows.filter((r): r is Shown<ItemKind> => r !== null);
    (shown as Record<ItemKind, Array<Shown<ItemKind>>>)[kind] = present;
    (plan as Record<ItemKind, unknown[]>)[kind] = present.map((r) => r.item);
  }
  const head = applyHeader(plan, corrections.filter(isHeader));
  kept.push(...head.kept);
  dropped.push(...head.dropped);
  return { plan: head.plan, shown, header: { item: head.header, corrected: head.corrected }, kept, dropped };
}

/**
 * Records one edit made on the review page into the list of corrections: an edit that restores what the
 * importer read removes the correction; an edit of an added item rewrites the addition.
 */
export function correct<K extends ItemKind>(
  parsed: ParsedPlan, corrections: Correction[], kind: K, key: string, change: { action: "edit"; after: Item[K] } | { action: "remove" } | { action: "add"; after: Item[K] },
): Correction[] {
  const others = corrections.filter((c) => !(c.kind === kind && c.key === key));
  if (change.action === "add") return [...corrections, { kind, action: "add", key: `n:${crypto.randomUUID().slice(0, 8)}`, after: change.after } as Correction];
  const addition = corrections.find((c): c is ItemCorrection => c.kind === kind && c.key === key && c.action === "add");
  if (addition) return change.action === "remove" ? others : [...others, { ...addition, after: change.after } as Correction];
  const original = applyCorrections(parsed, []).shown[kind].find((r) => r.key === key)?.item;
  if (!original) return corrections;
  if (change.action === "remove") return [...others, { kind, action: "remove", key, before: original } as Correction];
  if (same(original, change.after)) return others;
  return [...others, { kind, action: "edit", key, before: original, after: change.after } as Correction];
}
