/** @jsxImportSource hono/jsx */
/**
 * The leaders' dashboard at /bang-dieu-khien: a committee's plans with progress, each agency's duties and
 * what it reported, each target's latest value against the plan's with its status and history, overdue
 * first. Leaders and admins read it; without a session it shows the login help and no committee data.
 * A Hono sub-app given its viewer resolver (the web login's session) and read models; nothing at import.
 */
import { Hono, type Context } from "hono";
import { formatVi, type IsoDate } from "../../domain/dates.js";
import type { AnswerQueries } from "../../db/repos/answer-queries.js";
import type { PlanQueries } from "../../db/repos/plan-queries.js";
import type { ProgressLatest } from "../../db/repos/progress-latest.js";
import { targetFigure } from "../../core/answers/target-format.js";
import type { TargetHistoryData } from "../../core/charts/charts.js";
import { dayOf, valueText, verdictCounts } from "../../core/progress/format.js";
import { pm } from "../../core/progress/messages.js";
import { buildSnapshot, type AgencyProgress, type Snapshot, type TargetProgress } from "../../core/progress/snapshot.js";
import { VERDICTS } from "../../core/progress/verdict.js";
import { wm } from "../../core/work/messages.js";
import { Page } from "./layout.js";
import type { MakeReport } from "../../core/report/command.js";

/** Who is looking, as the web login resolves them (structurally the session's Viewer). */
export type DashboardViewer = { name: string; committees: Array<{ id: string; name: string; role: "admin" | "leader" | "focal" }> };

export type DashboardDeps = {
  viewerOf: (c: Context) => Promise<DashboardViewer | null>;
  answers: AnswerQueries;
  planQueries: PlanQueries;
  latest: ProgressLatest;
  /** Today in the committee's time zone. */
  today: (committeeId: string) => Promise<IsoDate> | IsoDate;
  /** A target's history as inline SVG (Node); absent, the values are listed without a chart. */
  historySvg?: (data: TargetHistoryData) => string;
  /** Links to the periodic report's files, when they can be made here. */
  reportLinks?: boolean;
  /** Makes the report's files for the download links (Node); absent, the links answer 404. */
  reports?: { docx: MakeReport; xlsx: MakeReport };
};

export const DASHBOARD_PATH = "/bang-dieu-khien";
const m = pm("vi");

function LoginHelp() {
  return (
    <Page title="Đăng nhập">
      <h1>Bảng điều khiển cho lãnh đạo</h1>
      <div class="card">
        <p>Bạn cần đăng nhập để xem tiến độ. Nhắn riêng cho bot trên Telegram hoặc Zalo: <b>/web</b>; bot gửi một đường dẫn dùng một lần.</p>
      </div>
    </Page>
  );
}

const Badge = (props: { kind: string; text: string }) => <span class={`badge ${props.kind}`}>{props.text}</span>;

export function createDashboard(deps: DashboardDeps) {
  const app = new Hono();

  /** The committees this viewer may read the progress of: where they lead or administer. */
  async function readable(c: Context) {
    const viewer = await deps.viewerOf(c);
    c.header("Cache-Control", "no-store");
    return viewer ? viewer.committees.filter((k) => k.role === "admin" || k.role === "leader") : null;
  }

  app.get(DASHBOARD_PATH, async (c) => {
    const committees = await readable(c);
    if (!committees) return c.html(<LoginHelp />, 401);
    if (committees.length === 1) return c.redirect(`${DASHBOARD_PATH}/${encodeURIComponent(committees[0]!.id)}`, 303);
    return c.html(
      <Page title="Các Ban chỉ đạo">
        <h1>Các Ban chỉ đạo</h1>
        {committees.length === 0 ? <p class="card">Trang này dành cho lãnh đạo và thư ký Ban chỉ đạo. Đầu mối hỏi bot "tôi cần báo cáo gì?".</p> : null}
        <ul>{committees.map((k) => <li><a href={`${DASHBOARD_PATH}/${encodeURIComponent(k.id)}`}>{k.name}</a></li>)}</ul>
      </Page>,
      committees.length === 0 ? 403 : 200,
    );
  });

  app.get(`${DASHBOARD_PATH}/:committee`, async (c) => {
    const committees = await readable(c);
    if (!committees) return c.html(<LoginHelp />, 401);
    const committee = committees.find((k) => k.id === c.req.param("committee"));
    if (!committee) return c.html(<Page title="Không có quyền"><p class="card">Bạn không theo dõi Ban chỉ đạo này.</p></Page>, 404);
    const s = await buildSnapshot(deps, { committeeId: committee.id, committeeName: committee.name, today: await deps.today(committee.id) });
    return c.html(<CommitteePage s={s} deps={deps} />);
  });

  for (const format of ["docx", "xlsx"] as const) {
    app.get(`${DASHBOARD_PATH}/:committee/bao-cao.${format}`, async (c) => {
      const committees = await readable(c);
      if (!committees) return c.html(<LoginHelp />, 401);
      const committee = committees.find((k) => k.id === c.req.param("committee"));
      const make = deps.reports?.[format];
      if (!committee || !make) return c.html(<Page title="Không có"><p class="card">Không tải được báo cáo này.</p></Page>, 404);
      const file = await make(committee.id, {}, await deps.today(committee.id));
      c.header("Content-Type", file.mime);
      c.header("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      return c.body(file.bytes as Uint8Array<ArrayBuffer>);
    });
  }

  return app;
}

function CommitteePage(props: { s: Snapshot; deps: DashboardDeps }) {
  const { s, deps } = props;
  const counts = verdictCounts(s.targets);
  const of = (state: AgencyProgress["state"]) => s.agencies.filter((a) => a.state === state).length;
  const base = `${DASHBOARD_PATH}/${encodeURIComponent(s.committeeId)}`;
  return (
    <Page title={s.committeeName}>
      <h1>{s.committeeName}</h1>
      <p class="muted">Tình hình đến {formatVi(s.today)}; tính báo cáo từ {formatVi(s.from)}.</p>
      <div class="counts">
        <span>Cơ quan: {of("reported")} đã báo cáo · {of("not_reported")} chưa báo cáo · {of("overdue")} quá hạn</span>
        {s.targets.length ? <span>Chỉ tiêu: {VERDICTS.map((v) => `${counts[v]} ${m.verdict[v]}`).join(" · ")}</span> : null}
      </div>
      {deps.reportLinks ? (
        <p>Báo cáo định kỳ (dự thảo): <a href={`${base}/bao-cao.docx`}>Word (.docx)</a> · <a href={`${base}/bao-cao.xlsx`}>Excel (.xlsx)</a></p>
      ) : null}

      {s.overdue.length ? (
        <section id="qua-han">
          <h2>Quá hạn báo cáo ({s.overdue.length})</h2>
          <div class="card"><ul>{s.overdue.slice(0, 30).map((o) => <li><Badge kind="overdue" text={`hạn ${formatVi(o.date)}`} /> {o.deadline.what}{o.deadline.agency ? ` — ${o.deadline.agency}` : ""}</li>)}</ul></div>
        </section>
      ) : null}

      <section id="ke-hoach">
        <h2>Kế hoạch ({s.plans.length})</h2>
        {s.plans.map((p) => (
          <div class="card plan">
            <h3>{p.label}</h3>
            <p class="muted">{p.title}</p>
            <div class="bar" title={`${p.reportedTasks}/${p.tasks}`}><i style={`width:${p.tasks ? Math.round((100 * p.reportedTasks) / p.tasks) : 0}%`} /></div>
            <p>{p.reportedTasks}/{p.tasks} nhiệm vụ có báo cáo · {p.done} hoàn thành{p.blocked ? ` · ${p.blocked} vướng mắc` : ""}{p.overdue.length ? ` · ${p.overdue.length} quá hạn` : ""}</p>
          </div>
        ))}
      </section>

      <section id="co-quan">
        <h2>Cơ quan ({s.agencies.length})</h2>
        {s.agencies.map((a) => <AgencyCard a={a} />)}
      </section>

      <section id="chi-tieu">
        <h2>Chỉ tiêu ({s.targets.length})</h2>
        {[...s.targets].sort((x, y) => rank(x) - rank(y)).map((t) => <TargetCard t={t} deps={deps} />)}
      </section>
    </Page>
  );
}

const RANK = { off_track: 0, at_risk: 1, met: 2, no_data: 3 } as const;
const rank = (t: TargetProgress) => RANK[t.verdict];

function AgencyCard(props: { a: AgencyProgress }) {
  const { a } = props;
  const byTask = new Map(a.reports.filter((r) => r.taskId !== null).map((r) => [r.taskId!, r]));
  const status = wm("vi").status;
  return (
    <details class="card agency" open={a.state === "overdue"}>
      <summary>
        <b>{a.name}</b> <Badge kind={a.state} text={m.state[a.state]} /> <span class="muted">{a.duties.length} nhiệm vụ{a.lastReportAt ? ` · báo cáo gần nhất ${dayOf(a.lastReportAt)}` : ""}</span>
      </summary>
      <ul>
        {a.overdue.slice(0, 5).map((o) => <li><Badge kind="overdue" text={`quá hạn ${formatVi(o.date)}`} /> {o.deadline.what}</li>)}
        {a.duties.map((d) => {
          const r = byTask.get(d.taskId);
          return (
            <li>
              {d.taskRef} {d.taskTitle} <span class="muted">({d.role === "lead" ? "chủ trì" : d.role === "support" ? "phối hợp" : "thực hiện"})</span>
              {r ? <div><Badge kind={r.status === "done" ? "reported" : r.status === "blocked" ? "overdue" : "at_risk"} text={r.status ? status[r.status] : "đã báo cáo"} /> {dayOf(r.createdAt)}{r.note ? ` — ${r.note}` : ""}</div> : <div class="muted">chưa báo cáo</div>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function TargetCard(props: { t: TargetProgress; deps: DashboardDeps }) {
  const { t, deps } = props;
  const svg = deps.historySvg && t.history.length > 0 ? deps.historySvg({ lang: "vi", unit: t.unit, planValue: t.value, points: t.history }) : null;
  return (
    <div class="card target">
      <h3>{t.indicator}</h3>
      <p>
        Kế hoạch: {targetFigure(t, "vi")}{t.year ? ` (năm ${t.year})` : ""} · Mới nhất: {t.latest !== null ? `${valueText(t.latest, t.unit)} (${dayOf(t.latestAt!)}${t.latestBy ? `, ${t.latestBy}` : ""})` : "chưa có"}{" "}
        <Badge kind={t.verdict} text={m.verdict[t.verdict]} />
      </p>
      {svg ? <div class="chart" dangerouslySetInnerHTML={{ __html: svg }} /> : null}
      {!svg && t.history.length > 1 ? <p class="muted">Các lần báo cáo: {t.history.map((h) => `${valueText(h.value, t.unit)} (${dayOf(h.at)})`).join("; ")}</p> : null}
    </div>
  );
}
