/**
 * Which committee a plan file sent privately is for, asked with buttons when its sender administers several
 * and the plan names none of them. The file is remembered by the channel's handle (Telegram's file_id) in
 * the database with an expiry, so a restart in between loses nothing; a button carries only that record's id
 * and the committee's place in the list. The first press imports; a second one, a late one, or one by someone
 * who may not send plans there imports nothing and says why, about the press only (not as a new message
 * where the channel can). Once a choice is made or has lapsed, the reply closes the prompt: a channel with
 * buttons shows the committee chosen in their place, so none of them can act again.
 */
import type { People } from "../../db/repos/people.js";
import type { PendingUploads } from "../../db/repos/pending-uploads.js";
import type { IncomingMessage, Reply } from "../types.js";
import { todayIn } from "../../domain/dates.js";
import { isAdmin, resolveActor } from "./actor.js";

const CHOICE = /^kh:([0-9a-f]{16}):(\d{1,2})$/;
/** A button press that answers the picker (the adapter routes it here, not to the conversation). */
export const isPlanChoice = (data: string) => CHOICE.test(data);

export type IncomingPlanChoice = {
  message: IncomingMessage;
  data: string;
  /** Fetches the file again from the channel by the handle stored with the upload. */
  download: (fileRef: string) => Promise<Uint8Array>;
};

const TTL_HOURS = 24;

const say = {
  pick: (fileName: string) =>
    `Bạn quản trị nhiều Ban chỉ đạo và kế hoạch này không ghi rõ thuộc Ban nào. Bạn chọn Ban để nhập ${fileName} (lựa chọn có hiệu lực ${TTL_HOURS} giờ). Chưa có gì được lưu.`,
  gone: `Lựa chọn này đã hết hạn (quá ${TTL_HOURS} giờ) hoặc không còn. Bạn gửi lại tệp kế hoạch nhé; chưa có gì được lưu.`,
  used: "Tệp này đã được nhập theo lựa chọn trước của bạn; bấm lại không nhập lần nữa.",
  refused: "Cảm ơn bạn. Chỉ quản trị viên của Ban chỉ đạo đó, người đã gửi tệp, chọn được Ban cho tệp này. Không có gì được lưu.",
  failed: (name: string) => `${name}: không tải lại được tệp lúc này. Bạn bấm lại sau ít phút nhé; chưa có gì được lưu.`,
  /** What the prompt says once settled, in place of its question and buttons. */
  chosen: (fileName: string, committee: string) => `Đã chọn Ban: ${committee} — nhập ${fileName}.`,
  lapsed: (fileName?: string) =>
    `Lựa chọn Ban${fileName ? ` để nhập ${fileName}` : ""} đã hết hạn; chưa có gì được lưu. Bạn gửi lại tệp nếu vẫn cần nhập.`,
};

export function createPlanPicker(deps: {
  pending: PendingUploads; people: People; admins: ReadonlySet<string>; clock: () => Date;
  /** The same import a file sent in the committee's group gets: read, store, the report as the reply. */
  importFile: (bytes: Uint8Array, fileName: string, committeeId: string, message: IncomingMessage) => Promise<Reply[]>;
  log?: (level: "info" | "warn" | "error", message: string, extra?: Record<string, unknown>) => void;
}) {
  /** Remembers the file and asks: one button per committee the sender administers. */
  async function offer(message: IncomingMessage, file: { fileName: string; fileRef: string }, committees: Array<{ id: string; name: string }>): Promise<Reply[]> {
    const shown = committees.slice(0, 30);
    const id = await deps.pending.create(
      { channel: message.channel, chatId: message.chatId, senderId: message.senderId, fileName: file.fileName, fileRef: file.fileRef, committeeIds: shown.map((k) => k.id) },
      new Date(deps.clock().getTime() + TTL_HOURS * 3_600_000),
    );
    return [{ text: say.pick(file.fileName), choices: shown.map((k, i) => ({ label: k.name, value: `kh:${id}:${i}` })) }];
  }

  async function choose(choice: IncomingPlanChoice): Promise<Reply[]> {
    const [, id, at] = CHOICE.exec(choice.data) ?? [];
    const upload = id ? await deps.pending.find(id) : null;
    const lapsed = (fileName?: string): Reply[] => [{ text: say.gone, inPlace: true, prompt: { closed: true, shows: say.lapsed(fileName) } }];
    if (!upload) return lapsed();
    const committeeId = upload.committeeIds[Number(at)];
    const actor = await resolveActor(deps.people, choice.message, deps.admins, todayIn("Asia/Ho_Chi_Minh", choice.message.receivedAt));
    const sameSender = upload.channel === choice.message.channel && upload.senderId === choice.message.senderId;
    // Not theirs to choose: the prompt is left as it is for the one who may.
    if (!committeeId || !sameSender || !isAdmin(actor, committeeId)) return [{ text: say.refused, inPlace: true }];
    // Already chosen: the prompt closes, keeping what it says (the committee chosen, when the first press showed it).
    const used: Reply[] = [{ text: say.used, inPlace: true, prompt: { closed: true } }];
    if (upload.usedAt) return used;
    if (!(await deps.pending.claim(upload.id, deps.clock()))) {
      return (await deps.pending.find(upload.id))?.usedAt ? used : lapsed(upload.fileName);
    }
    let bytes: Uint8Array;
    try {
      bytes = await choice.download(upload.fileRef);
    } catch (error) {
      await deps.pending.release(upload.id);
      deps.log?.("warn", "picked plan file could not be fetched again", { file: upload.fileName, error: String(error) });
      // The choice stays open: the same button can try again.
      return [{ text: say.failed(upload.fileName), inPlace: true }];
    }
    const committee = (await deps.people.committeeList()).find((k) => k.id === committeeId)?.name ?? committeeId;
    const replies = await deps.importFile(bytes, upload.fileName, committeeId, choice.message);
    // Claimed is chosen, whatever the import says: the prompt shows the choice, the report comes as a message.
    return replies.map((r, i) => (i === 0 ? { ...r, prompt: { closed: true, shows: say.chosen(upload.fileName, committee) } } : r));
  }

  return { offer, choose };
}
