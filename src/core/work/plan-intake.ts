/**
 * A plan file sent in chat by a committee's admin: read it, import it into the committee it belongs to,
 * and answer with the import report and a link to check it on the web. Channel-free: the adapter gives
 * the file's name and size and a way to download it, only once the sender may send plans.
 *
 * Which committee: the bound group's; in a private chat, the one the plan's issuer names when the sender
 * administers it (a deployment admin's first plan creates it), else the sender's only committee; with
 * several and no match, the bot asks with one button per committee (plan-picker.ts).
 */
import type { People } from "../../db/repos/people.js";
import type { PendingUploads } from "../../db/repos/pending-uploads.js";
import { committeeIdFor } from "../../db/repos/plan-store.js";
import type { ReadDocument } from "../../ingest/formats/index.js";
import type { Intake, IntakeResult } from "../../ingest/intake/intake.js";
import { changeLines, reportLines } from "../../ingest/intake/report.js";
import { PlanParseError, type ParsedPlan } from "../../ingest/types.js";
import type { IncomingMessage, Reply } from "../types.js";
import { type Actor, isAdmin, resolveActor } from "./actor.js";
import { todayIn } from "../../domain/dates.js";
import { createPlanPicker } from "./plan-picker.js";

export type IncomingDocument = {
  message: IncomingMessage;
  fileName: string;
  /** As the channel announces it, before any download. */
  fileSize?: number;
  /** The channel's handle to fetch the file again later (the committee picker); absent, the bot cannot ask. */
  fileRef?: string;
  download: () => Promise<Uint8Array>;
};

const MAX_BYTES = 10 * 1024 * 1024;

const say = {
  notAdmin: "Cảm ơn bạn. Chỉ quản trị viên (thư ký Ban chỉ đạo) gửi được kế hoạch cho bot; bạn chuyển tệp cho thư ký nhé.",
  tooBig: (name: string, mb: string) => `${name}: tệp quá lớn (${mb} MB; tối đa 10 MB). Không có gì được lưu.`,
  groupNotBound: "Nhóm này chưa kết nối với Ban chỉ đạo nào. Quản trị viên gõ /ketnoi trong nhóm trước, rồi gửi lại tệp.",
  pickCommittee: (names: string[]) =>
    `Bạn quản trị nhiều Ban chỉ đạo (${names.join("; ")}) và kế hoạch này không ghi rõ thuộc Ban nào. Bạn gửi tệp trong nhóm đã kết nối của Ban đó, hoặc gửi trên trang quản trị (gõ /web) để chọn Ban. Chưa có gì được lưu.`,
  failed: (name: string) => `${name}: không đọc được tệp lúc này. Bạn thử lại sau ít phút nhé; chưa có gì được lưu.`,
  status: { created: "Đã nhập kế hoạch", updated: "Đã cập nhật kế hoạch (giữ tiến độ đã báo cáo)", unchanged: "Kế hoạch không thay đổi so với lần gửi trước" },
};

export function describeIntake(result: IntakeResult, committeeName: string, reviewUrl: string): string {
  const lines = [`${say.status[result.status]} ${result.docNumber ?? `"${result.title.slice(0, 80)}"`} — ${committeeName}.`, ...reportLines(result.report)];
  lines.push(...changeLines(result));
  lines.push(`Kiểm tra và sửa trên web: ${reviewUrl} (đăng nhập: gõ /web).`);
  return lines.join("\n");
}

export function createPlanIntake(deps: {
  people: People; admins: ReadonlySet<string>; intake: Intake; readDocument: ReadDocument; reviewUrl: (planId: number) => string;
  pending: PendingUploads; clock?: () => Date;
  log?: (level: "info" | "warn" | "error", message: string, extra?: Record<string, unknown>) => void;
}) {
  const { people } = deps;

  /** A document's text into a committee, the import report as the reply. */
  async function importInto(text: string, fileName: string, committeeId: string, message: IncomingMessage): Promise<Reply[]> {
    const result = await deps.intake.intake(text, fileName, committeeId);
    const name = (await people.committeeList()).find((k) => k.id === result.committeeId)?.name ?? result.committeeId;
    deps.log?.("info", "plan imported from chat", { channel: message.channel, planId: result.planId, status: result.status });
    return [{ text: describeIntake(result, name, deps.reviewUrl(result.planId)) }];
  }

  /** A file the bot cannot read says why; any other failure apologises. Nothing is stored either way. */
  async function politely(fileName: string, work: () => Promise<Reply[]>): Promise<Reply[]> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof PlanParseError) return [{ text: `${error.message} Không có gì được lưu.` }];
      deps.log?.("error", "plan from chat failed", { file: fileName, error: String(error) });
      return [{ text: say.failed(fileName) }];
    }
  }

  const picker = createPlanPicker({
    pending: deps.pending, people, admins: deps.admins, clock: deps.clock ?? (() => new Date()), log: deps.log,
    importFile: (bytes, fileName, committeeId, message) => politely(fileName, async () => importInto(await deps.readDocument(bytes, fileName), fileName, committeeId, message)),
  });

  /** The committee a plan sent privately goes to; null when the bot must ask. */
  async function committeeFor(actor: Actor, parsed: ParsedPlan): Promise<string | null> {
    const named = committeeIdFor(parsed);
    const mine = (await people.committeeList()).filter((k) => isAdmin(actor, k.id));
    if (mine.some((k) => k.id === named)) return named;
    if (mine.length === 1 && !actor.deploymentAdmin) return mine[0]!.id;
    // A deployment admin's plan from an issuer not seen yet starts that issuer's committee.
    if (actor.deploymentAdmin && (parsed.plan.issuer || mine.length === 0)) return named;
    return mine.length === 1 ? mine[0]!.id : null;
  }

  async function receive(doc: IncomingDocument): Promise<Reply[]> {
    const message = doc.message;
    // Only admins act here, and their contacts have no dates: the day matters to stand-ins alone.
    const actor = await resolveActor(people, message, deps.admins, todayIn("Asia/Ho_Chi_Minh", message.receivedAt));
    const binding = message.chatKind === "group" ? await people.chatBinding(message.channel, message.chatId) : null;
    if (message.chatKind === "group" && !binding?.committeeId) return isAdmin(actor) ? [{ text: say.groupNotBound }] : [{ text: say.notAdmin }];
    const bound = binding?.committeeId ?? undefined;
    if (!isAdmin(actor, bound)) return [{ text: say.notAdmin }];
    if (doc.fileSize && doc.fileSize > MAX_BYTES) return [{ text: say.tooBig(doc.fileName, (doc.fileSize / 1048576).toFixed(1)) }];

    return politely(doc.fileName, async () => {
      const text = await deps.readDocument(await doc.download(), doc.fileName);
      const committeeId = bound ?? (await committeeFor(actor, deps.intake.read(text)));
      if (committeeId) return importInto(text, doc.fileName, committeeId, message);
      const mine = (await people.committeeList()).filter((k) => isAdmin(actor, k.id));
      return doc.fileRef ? picker.offer(message, { fileName: doc.fileName, fileRef: doc.fileRef }, mine) : [{ text: say.pickCommittee(mine.map((k) => k.name)) }];
    });
  }

  return { receive, choose: picker.choose };
}

export type PlanIntake = ReturnType<typeof createPlanIntake>;
