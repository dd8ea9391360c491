/** A review form's fields → a task, duty, target or deadline, checked against the plan's JSON contract. */
import { assignmentSchema, deadlineSchema, targetSchema, taskSchema } from "../../ingest/types.js";
import type { Item, ItemKind } from "../../ingest/intake/corrections.js";
import type { Header } from "../../ingest/intake/header.js";
import { field } from "./forms.js";

export type ItemResult<K extends ItemKind> = { ok: true; item: Item[K] } | { ok: false; error: string };

const nullable = (s: string) => (s === "" ? null : s);

/** Reads the form over the item it edits, so what the form does not show (the quote, the section) is kept. */
export function itemFromForm<K extends ItemKind>(kind: K, body: Record<string, unknown>, base?: Item[K]): ItemResult<K> {
  const f = (name: string) => field(body, name, 5000);
  const prior = (base ?? {}) as Record<string, unknown>;
  let candidate: Record<string, unknown>;
  switch (kind) {
    case "tasks":
      candidate = { ...prior, ref: f("ref"), section: f("section") || f("ref").split(".")[0], title: f("title"), text: f("text") || f("title") };
      break;
    case "assignments":
      candidate = { ...prior, agency: f("agency"), role: f("role"), duty: f("duty"), ref: f("ref") };
      break;
    case "targets": {
      const value = Number(f("value").replace(/\s/g, "").replace(",", "."));
      const year = f("year") ? Number(f("year")) : null;
      if (!Number.isFinite(value)) return { ok: false, error: `Giá trị "${f("value")}" không phải là số.` };
      if (year !== null && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) return { ok: false, error: `Năm "${f("year")}" không hợp lệ.` };
      candidate = { quote: "", ...prior, indicator: f("indicator"), comparator: f("comparator"), value, unit: f("unit"), year };
      break;
    }
    default: {
      const month = f("month") ? Number(f("month")) : null;
      candidate = { quote: "", ...prior, what: f("what"), kind: f("kind"), date: nullable(f("date")), month, agency: nullable(f("agency")), ref: nullable(f("ref")) };
      const date = candidate.date as string | null;
      if (candidate.kind === "once" && !(date && /^\d{4}-\d{2}-\d{2}$/.test(date))) return { ok: false, error: "Thời hạn một lần cần ngày dạng YYYY-MM-DD." };
      if (candidate.kind === "annual" && date !== null && !/^\d{2}-\d{2}$/.test(date)) return { ok: false, error: "Thời hạn hằng năm ghi ngày dạng MM-DD (ví dụ 12-15)." };
    }
  }
  const schema = { tasks: taskSchema, assignments: assignmentSchema, targets: targetSchema, deadlines: deadlineSchema }[kind];
  const checked = schema.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, error: `Thiếu hoặc sai trường "${issue?.path.join(".")}". Chưa lưu gì.` };
  }
  const missing = (["ref", "title", "agency", "duty", "indicator", "what"] as const).find((k) => k in candidate && candidate[k] === "");
  if (missing) return { ok: false, error: `Bạn điền trường "${missing}" nhé. Chưa lưu gì.` };
  return { ok: true, item: checked.data as Item[K] };
}

/** The header form → number, title, issuer, date, signer; a date as 2026-03-10 or 10/3/2026, else a message. */
export function headerFromForm(body: Record<string, unknown>): { ok: true; item: Header } | { ok: false; error: string } {
  const f = (name: string, max: number) => field(body, name, max).replace(/\s+/g, " ");
  const title = f("title", 500);
  if (!title) return { ok: false, error: "Bạn điền tên kế hoạch nhé. Chưa lưu gì." };
  const date = f("issuedOn", 20);
  let issuedOn: string | null = null;
  if (date) {
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
    const day = y ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : null;
    if (!day || day.getUTCDate() !== Number(d) || day.getUTCMonth() !== Number(m) - 1) {
      return { ok: false, error: `Ngày ban hành "${date}" không hợp lệ (ví dụ 2026-03-10 hoặc 10/3/2026). Chưa lưu gì.` };
    }
    issuedOn = day.toISOString().slice(0, 10);
  }
  return { ok: true, item: { docNumber: nullable(f("docNumber", 60)), title, issuer: nullable(f("issuer", 300)), issuedOn, signer: nullable(f("signer", 120)) } };
}
