/** @jsxImportSource hono/jsx */
/** Plans: upload a document, and the list of plans with each one's last import report. */
import type { StoredReport } from "../../ingest/intake/intake.js";
import { reportLines } from "../../ingest/intake/report.js";
import { Layout } from "../layout.js";
import { CsrfField, type Viewer } from "../session.js";
import { AdminNav } from "./nav.js";

type PlanRow = {
  id: number; committee: string; docNumber: string | null; title: string; issuedOn: string | null;
  sourceFile: string | null; reportJson: string | null; confirmedAt: string | null;
};

export function ReportView(props: { stored: Partial<StoredReport> }) {
  const { report, changes, dropped, kept } = props.stored;
  if (!report) return <p class="muted">Nhập trước khi có trang quản trị: chưa có báo cáo nhập.</p>;
  const [counts, ...warnings] = reportLines(report);
  return (
    <div class="report">
      <p>{counts}</p>
      {warnings.length ? <ul class="warn">{warnings.map((w) => <li>{w}</li>)}</ul> : <p class="ok">Không có cảnh báo.</p>}
      {changes && changes.lines.length ? (
        <>
          <p>So với bản trước: thêm {changes.added}, bỏ {changes.removed}, sửa {changes.changed}.</p>
          <ul>{changes.lines.map((l) => <li>{l}</li>)}</ul>
        </>
      ) : null}
      {kept ? <p class="muted">Giữ {kept} chỗ đã sửa tay.</p> : null}
      {dropped ? <p class="warn">{dropped} chỗ sửa tay không còn áp dụng (văn bản mới đã đổi mục đó).</p> : null}
    </div>
  );
}

export function PlanListPage(props: {
  viewer: Viewer; plans: PlanRow[]; committees: Array<{ id: string; name: string }>; selected?: string;
  canUpload: boolean; notice?: { kind: "ok" | "error"; text: string };
}) {
  const { viewer } = props;
  return (
    <Layout title="Kế hoạch" nav={<AdminNav viewer={viewer} />}>
      <h1>Kế hoạch</h1>
      {props.notice ? <p class={props.notice.kind} role="status">{props.notice.text}</p> : null}
      <h2>Gửi kế hoạch</h2>
      {props.canUpload ? (
        <form method="post" action="/quan-tri/ke-hoach" enctype="multipart/form-data" class="card" id="upload">
          <CsrfField viewer={viewer} />
          <div class="row">
            <label>Tệp (.docx, .pdf có chữ, .txt, .md; tối đa 10 MB)<input type="file" name="file" accept=".docx,.pdf,.txt,.md" required /></label>
            <label>
              Ban chỉ đạo
              <select name="ban">
                {viewer.deploymentAdmin ? <option value="">Theo cơ quan ban hành (tạo mới nếu chưa có)</option> : null}
                {props.committees.map((k) => <option value={k.id} selected={k.id === props.selected}>{k.name}</option>)}
              </select>
            </label>
          </div>
          <p class="muted">Gửi lại bản mới của một kế hoạch sẽ cập nhật kế hoạch đó, giữ tiến độ đã báo cáo và những chỗ đã sửa tay còn áp dụng.</p>
          <button type="submit">Gửi</button>
        </form>
      ) : (
        <p class="muted">Máy chủ này chưa nhận tệp kế hoạch qua web.</p>
      )}
      <h2>Danh sách ({props.plans.length})</h2>
      {props.plans.map((p) => (
        <div class="card plan">
          <a href={`/quan-tri/ke-hoach/${p.id}`}><b>{p.docNumber ?? "(chưa ghi số)"}</b> — {p.title}</a>
          <p class="muted">
            {p.committee} · {p.issuedOn ?? "chưa rõ ngày"} · {p.sourceFile ?? ""} ·{" "}
            {p.confirmedAt ? <span class="ok">Đã xác nhận</span> : <span class="warn">Chưa xác nhận</span>}
          </p>
          <ReportView stored={p.reportJson ? (JSON.parse(p.reportJson) as Partial<StoredReport>) : {}} />
        </div>
      ))}
    </Layout>
  );
}
