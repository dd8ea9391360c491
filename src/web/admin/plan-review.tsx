/** @jsxImportSource hono/jsx */
/**
 * One plan's review page: the document's text beside what was read from it. Every task, duty, target and
 * deadline is a small form (edit, remove), each list ends with an empty one (add); "Xác nhận" records that
 * the secretary checked it. Items a correction made are marked.
 */
import type { Applied, ItemKind } from "../../ingest/intake/corrections.js";
import type { StoredReport } from "../../ingest/intake/intake.js";
import { assignmentRoles, comparators, deadlineKinds } from "../../ingest/types.js";
import { Layout } from "../layout.js";
import { CsrfField, type Viewer } from "../session.js";
import { AdminNav } from "./nav.js";
import { ReportView } from "./plan-list.js";

const ROLE = { lead: "chủ trì", support: "phối hợp", assigned: "được giao" } as const;
const KIND = { once: "một lần", annual: "hằng năm", semiannual: "6 tháng", quarterly: "hằng quý", monthly: "hằng tháng", event: "theo sự kiện" } as const;
const TITLES: Record<ItemKind, string> = { tasks: "Nhiệm vụ", assignments: "Phân công (nhiệm vụ của cơ quan)", targets: "Chỉ tiêu", deadlines: "Thời hạn" };

type Values = Record<string, string | number | null | undefined>;

function Fields(props: { kind: ItemKind | "plan"; v: Values }) {
  const v = props.v;
  const text = (name: string, label: string, attrs: Record<string, unknown> = {}) => (
    <label>{label}<input name={name} value={v[name] === null || v[name] === undefined ? "" : String(v[name])} {...attrs} /></label>
  );
  const area = (name: string, label: string) => <label style="flex-basis:100%">{label}<textarea name={name}>{v[name] ?? ""}</textarea></label>;
  const select = (name: string, label: string, options: readonly string[], names: Record<string, string> = {}) => (
    <label>{label}<select name={name}>{options.map((o) => <option value={o} selected={v[name] === o}>{names[o] ?? o}</option>)}</select></label>
  );
  switch (props.kind) {
    case "plan":
      return <div class="row">{text("docNumber", "Số", { maxlength: 60 })}{text("issuedOn", "Ngày ban hành (YYYY-MM-DD)", { maxlength: 20 })}{text("issuer", "Cơ quan ban hành")}{text("signer", "Người ký")}{area("title", "Tên kế hoạch")}</div>;
    case "tasks":
      return <div class="row">{text("ref", "Số", { required: true, maxlength: 20 })}{text("section", "Phần", { maxlength: 20 })}{text("title", "Tên", { required: true })}{area("text", "Nội dung")}</div>;
    case "assignments":
      return <div class="row">{text("agency", "Cơ quan", { required: true })}{select("role", "Vai trò", assignmentRoles, ROLE)}{text("ref", "Thuộc nhiệm vụ", { required: true, maxlength: 20 })}{area("duty", "Nhiệm vụ được giao")}</div>;
    case "targets":
      return <div class="row">{text("indicator", "Chỉ tiêu", { required: true })}{select("comparator", "So sánh", comparators)}{text("value", "Giá trị", { required: true, inputmode: "decimal" })}{text("unit", "Đơn vị")}{text("year", "Năm", { inputmode: "numeric", maxlength: 4 })}</div>;
    default:
      return <div class="row">{text("what", "Việc", { required: true })}{select("kind", "Loại", deadlineKinds, KIND)}{text("date", "Ngày (YYYY-MM-DD, hằng năm: MM-DD)")}{text("month", "Tháng (sự kiện)", { inputmode: "numeric" })}{text("agency", "Cơ quan")}{text("ref", "Thuộc nhiệm vụ")}</div>;
  }
}

/** The plan's own header: what is shown and answered for it; which plan it is does not change. */
function HeaderForm(props: { viewer: Viewer; action: string; header: Applied["header"] }) {
  return (
    <details class="card" id="header-box" open={props.header.corrected}>
      <summary>Thông tin kế hoạch (số, tên, cơ quan ban hành, ngày, người ký){props.header.corrected ? " — đã sửa tay" : ""}</summary>
      <form method="post" action={`${props.action}#header`} id="header" data-kind="plan">
        <CsrfField viewer={props.viewer} />
        <input type="hidden" name="kind" value="plan" />
        <input type="hidden" name="key" value="plan" />
        <Fields kind="plan" v={props.header.item} />
        <button type="submit" name="action" value="edit">Lưu</button>
      </form>
    </details>
  );
}

export function PlanReviewPage(props: {
  viewer: Viewer;
  plan: { id: number; committee: string; docNumber: string | null; title: string; issuer: string | null; issuedOn: string | null; sourceFile: string | null };
  sourceText: string; applied: Applied; stored: Partial<StoredReport>; confirmedAt: string | null; confirmedBy: string | null;
  notice?: { kind: "ok" | "error"; text: string };
}) {
  const { viewer, plan, applied } = props;
  const action = `/quan-tri/ke-hoach/${plan.id}/sua`;
  return (
    <Layout title={plan.docNumber ?? "Kế hoạch"} nav={<AdminNav viewer={viewer} />}>
      <h1>{plan.docNumber ?? "(chưa ghi số)"} — {plan.title}</h1>
      <p class="muted">{plan.issuer ?? "?"} · {plan.issuedOn ?? "chưa rõ ngày"} · {plan.committee} · {plan.sourceFile ?? ""}</p>
      {props.notice ? <p class={props.notice.kind} role="status">{props.notice.text}</p> : null}
      <div class="card">
        <h2 style="margin-top:0">Báo cáo nhập</h2>
        <ReportView stored={props.stored} />
        {props.confirmedAt ? (
          <p class="ok" id="confirmed">Đã xác nhận {props.confirmedAt.slice(0, 16).replace("T", " ")} ({props.confirmedBy}).</p>
        ) : (
          <form method="post" action={`/quan-tri/ke-hoach/${plan.id}/xac-nhan`}>
            <CsrfField viewer={viewer} />
            <button type="submit" id="confirm">Xác nhận</button> <span class="muted">khi đã kiểm tra xong.</span>
          </form>
        )}
      </div>
      <HeaderForm viewer={viewer} action={action} header={applied.header} />
      <div class="split">
        <section>
          <h2>Văn bản gốc</h2>
          <pre class="source">{props.sourceText}</pre>
        </section>
        <section>
          {(["tasks", "assignments", "targets", "deadlines"] as const).map((kind) => (
            <>
              <h2 id={kind}>{TITLES[kind]} ({applied.shown[kind].length})</h2>
              {applied.shown[kind].map((row, i) => (
                <form method="post" action={`${action}#${kind}`} class="card item" id={`${kind}-${i}`} data-kind={kind}>
                  <CsrfField viewer={viewer} />
                  <input type="hidden" name="kind" value={kind} />
                  <input type="hidden" name="key" value={row.key} />
                  {row.corrected ? <p class="muted">{row.added ? "Thêm tay" : "Đã sửa tay"}</p> : null}
                  <Fields kind={kind} v={row.item as unknown as Values} />
                  <button type="submit" name="action" value="edit">Lưu</button>{" "}
                  <button type="submit" name="action" value="remove" class="danger">Bỏ</button>
                </form>
              ))}
              <details class="card">
                <summary>Thêm {TITLES[kind].toLowerCase()}</summary>
                <form method="post" action={`${action}#${kind}`} id={`${kind}-new`}>
                  <CsrfField viewer={viewer} />
                  <input type="hidden" name="kind" value={kind} />
                  <input type="hidden" name="key" value="" />
                  <Fields kind={kind} v={{}} />
                  <button type="submit" name="action" value="add">Thêm</button>
                </form>
              </details>
            </>
          ))}
        </section>
      </div>
    </Layout>
  );
}
