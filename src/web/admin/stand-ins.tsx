/** @jsxImportSource hono/jsx */
/**
 * Stand-ins on the contacts page: beside each deputy, whom they stand in for and on which dates (marked when
 * over or not yet begun, in the committee's own time zone), the form that ends a stand-in early, and what
 * the page says after it. hono/jsx escapes every name and date.
 */
import type { Deputyship, EndResult } from "../../db/repos/stand-in-admin.js";
import { formatVi, todayIn } from "../../domain/dates.js";
import { CsrfField, type Viewer } from "../session.js";

export type StandInPhase = "upcoming" | "current" | "over";

export function phaseOf(d: Deputyship, now: Date): StandInPhase {
  const today = todayIn(d.timezone, now);
  return d.endsOn < today ? "over" : d.startsOn > today ? "upcoming" : "current";
}

const PHASE = {
  upcoming: <b class="warn">chưa bắt đầu</b>,
  current: <span class="ok">đang thay</span>,
  over: <b class="muted">đã hết</b>,
} as const;

/** "Người thay cho Lan (Phòng Tư pháp), 06/03/2030 – 12/03/2030 · đang thay". */
export function StandInNote(props: { d: Deputyship; phase: StandInPhase }) {
  const { d } = props;
  return (
    <div class="stand-in">
      Người thay cho <b>{d.absentName}</b> ({d.agencyName}), {formatVi(d.startsOn)} – {formatVi(d.endsOn)} · {PHASE[props.phase]}
    </div>
  );
}

/** Ending early makes sense while the stand-in runs or is still to come; one that is over ended by itself. */
export function EndStandInForm(props: { d: Deputyship; phase: StandInPhase; viewer: Viewer }) {
  if (props.phase === "over") return null;
  return (
    <form method="post" action={`/quan-tri/danh-ba/${props.d.deputyContactId}/ket-thuc-thay`} class="inline">
      <CsrfField viewer={props.viewer} />
      <button type="submit" class="danger">Kết thúc thay sớm</button>
    </form>
  );
}

export type PageNotice = { kind: "ok" | "error"; text: string };

const who = (d: Deputyship) => `${d.deputyName} thay ${d.absentName} (${d.agencyName}, ${formatVi(d.startsOn)} – ${formatVi(d.endsOn)})`;

/** What the page says after the form, and its status: only "ended" changed anything. */
export function endedNotice(result: EndResult | { kind: "bad" }, id: string): { notice: PageNotice; status: 200 | 400 | 404 | 409 } {
  switch (result.kind) {
    case "ended": {
      const d = result.deputyship;
      return {
        notice: { kind: "ok", text: `Đã kết thúc sớm việc ${who(d)}. ${d.deputyName} không còn nhận nhắc hạn và báo cáo thay; nhắc hạn gửi lại cho ${d.absentName}. Bot đã báo cho cả hai người.` },
        status: 200,
      };
    }
    case "already":
      return { notice: { kind: "error", text: `Việc ${who(result.deputyship)} đã kết thúc trước đó. Không có gì thay đổi.` }, status: 409 };
    case "over":
      return { notice: { kind: "error", text: `Việc ${who(result.deputyship)} đã hết hạn, không cần kết thúc sớm. Không có gì thay đổi.` }, status: 409 };
    case "unknown":
      return { notice: { kind: "error", text: `Không có người thay #${id} trong danh bạ của bạn. Không có gì thay đổi.` }, status: 404 };
    case "bad":
      return { notice: { kind: "error", text: "Yêu cầu không hợp lệ: không rõ người thay nào. Bạn tải lại trang rồi thử lại nhé; không có gì thay đổi." }, status: 400 };
  }
}
