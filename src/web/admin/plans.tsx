/** @jsxImportSource hono/jsx */
/** The plans pages' routes: list and upload, one plan's review, its corrections and confirmation. */
import { Hono } from "hono";
import type { Db } from "../../db/client.js";
import { createReviewQueries } from "../../db/repos/review-queries.js";
import type { ReadDocument } from "../../ingest/formats/index.js";
import { applyCorrections, correct, ITEM_KINDS, type ItemKind } from "../../ingest/intake/corrections.js";
import type { Intake } from "../../ingest/intake/intake.js";
import { PlanParseError } from "../../ingest/types.js";
import type { Viewer, ViewerEnv } from "../session.js";
import { field } from "./forms.js";
import { headerFromForm, itemFromForm } from "./plan-items.js";
import { correctHeader } from "../../ingest/intake/header.js";
import { PlanListPage } from "./plan-list.js";
import { PlanReviewPage } from "./plan-review.js";
import { Layout } from "../layout.js";
import { AdminNav } from "./nav.js";

export type PlanPagesDeps = { db: Db; intake?: Intake; readDocument?: ReadDocument; clock?: () => Date };

function Forbidden(props: { viewer: Viewer; text: string }) {
  return (
    <Layout title="Không có quyền" nav={<AdminNav viewer={props.viewer} />}>
      <p class="error">{props.text}</p>
    </Layout>
  );
}

export function planPages(deps: PlanPagesDeps) {
  const queries = createReviewQueries(deps.db);
  const clock = deps.clock ?? (() => new Date());
  const app = new Hono<ViewerEnv>();
  const adminOf = (viewer: Viewer) => viewer.committees.filter((k) => k.role === "admin");

  async function listPage(viewer: Viewer, selected?: string, notice?: { kind: "ok" | "error"; text: string }) {
    const committees = adminOf(viewer);
    const rows = await queries.plansOf(committees.map((k) => k.id));
    return <PlanListPage viewer={viewer} plans={rows} committees={committees} selected={selected} canUpload={Boolean(deps.intake && deps.readDocument)} notice={notice} />;
  }

  async function reviewPage(viewer: Viewer, planId: number, notice?: { kind: "ok" | "error"; text: string }) {
    const plan = await queries.plan(planId);
    if (!plan || !viewer.canAdmin(plan.committeeId)) return null;
    const review = await deps.intake?.review(planId);
    if (!review) return <Forbidden viewer={viewer} text="Kế hoạch này được nhập trước khi có trang rà soát; gửi lại tệp kế hoạch để rà soát trên web." />;
    return (
      <PlanReviewPage viewer={viewer} plan={plan} sourceText={review.sourceText} applied={applyCorrections(review.parsed, review.corrections)}
        stored={review.stored} confirmedAt={review.confirmedAt} confirmedBy={review.confirmedBy} notice={notice} />
    );
  }

  const onlyAdmins = (viewer: Viewer) => adminOf(viewer).length > 0;

  app.get("/quan-tri/ke-hoach", async (c) => {
    const viewer = c.get("viewer");
    if (!onlyAdmins(viewer)) return c.html(<Forbidden viewer={viewer} text="Trang này dành cho quản trị viên (thư ký Ban chỉ đạo)." />, 403);
    return c.html(await listPage(viewer, c.req.query("ban")));
  });

  app.post("/quan-tri/ke-hoach", async (c) => {
    const viewer = c.get("viewer");
    if (!onlyAdmins(viewer)) return c.html(<Forbidden viewer={viewer} text="Trang này dành cho quản trị viên (thư ký Ban chỉ đạo)." />, 403);
    if (!deps.intake || !deps.readDocument) return c.html(await listPage(viewer, undefined, { kind: "error", text: "Máy chủ này chưa nhận tệp kế hoạch qua web." }), 501);
    const body = await c.req.parseBody();
    const file = body.file;
    const committeeId = field(body, "ban", 200) || undefined;
    if (!(file instanceof File) || file.size === 0) return c.html(await listPage(viewer, committeeId, { kind: "error", text: "Bạn chọn tệp kế hoạch nhé." }), 400);
    if (committeeId ? !viewer.canAdmin(committeeId) : !viewer.deploymentAdmin) {
      return c.html(await listPage(viewer, undefined, { kind: "error", text: "Bạn chọn một Ban chỉ đạo mà bạn quản trị." }), 403);
    }
    try {
      const text = await deps.readDocument(new Uint8Array(await file.arrayBuffer()), file.name);
      const result = await deps.intake.intake(text, file.name, committeeId);
      return c.redirect(`/quan-tri/ke-hoach/${result.planId}?nhap=${result.status}`, 303);
    } catch (error) {
      if (error instanceof PlanParseError) return c.html(await listPage(viewer, committeeId, { kind: "error", text: `${error.message} Không có gì được lưu.` }), 400);
      throw error;
    }
  });

  const STATUS = { created: "Đã nhập kế hoạch mới.", updated: "Đã cập nhật kế hoạch (giữ tiến độ đã báo cáo).", unchanged: "Văn bản không đổi so với lần nhập trước." } as const;

  app.get("/quan-tri/ke-hoach/:id{[0-9]+}", async (c) => {
    const viewer = c.get("viewer");
    const status = c.req.query("nhap") as keyof typeof STATUS | undefined;
    const page = await reviewPage(viewer, Number(c.req.param("id")), status && STATUS[status] ? { kind: "ok", text: STATUS[status] } : undefined);
    return page ? c.html(page) : c.html(<Forbidden viewer={viewer} text="Không có kế hoạch này, hoặc bạn không quản trị Ban chỉ đạo của nó." />, 404);
  });

  app.post("/quan-tri/ke-hoach/:id{[0-9]+}/sua", async (c) => {
    const viewer = c.get("viewer");
    const planId = Number(c.req.param("id"));
    const plan = await queries.plan(planId);
    const review = plan && viewer.canAdmin(plan.committeeId) ? await deps.intake?.review(planId) : null;
    if (!review || !deps.intake) return c.html(<Forbidden viewer={viewer} text="Không có kế hoạch này, hoặc bạn không quản trị Ban chỉ đạo của nó." />, 404);
    const body = await c.req.parseBody();
    if (field(body, "kind") === "plan") {
      const read = headerFromForm(body);
      if (!read.ok) return c.html((await reviewPage(viewer, planId, { kind: "error", text: read.error }))!, 400);
      const others = review.corrections.filter((k) => k.kind !== "plan");
      await deps.intake.saveCorrections(planId, [...others, ...correctHeader(review.parsed, read.item)]);
      return c.html((await reviewPage(viewer, planId, { kind: "ok", text: "Đã lưu thông tin kế hoạch." }))!);
    }
    const kind = field(body, "kind") as ItemKind;
    const key = field(body, "key", 500);
    const action = field(body, "action");
    if (!ITEM_KINDS.includes(kind) || !["edit", "remove", "add"].includes(action)) return c.html((await reviewPage(viewer, planId, { kind: "error", text: "Yêu cầu sửa không hợp lệ." }))!, 400);
    const current = applyCorrections(review.parsed, review.corrections).shown[kind].find((r) => r.key === key);
    if (action !== "add" && !current) return c.html((await reviewPage(viewer, planId, { kind: "error", text: "Mục này không còn (trang đã cũ); tải lại trang nhé." }))!, 409);
    let corrections;
    if (action === "remove") corrections = correct(review.parsed, review.corrections, kind, key, { action: "remove" });
    else {
      const read = itemFromForm(kind, body, current?.item);
      if (!read.ok) return c.html((await reviewPage(viewer, planId, { kind: "error", text: read.error }))!, 400);
      corrections = action === "add"
        ? correct(review.parsed, review.corrections, kind, key, { action: "add", after: read.item })
        : correct(review.parsed, review.corrections, kind, key, { action: "edit", after: read.item });
    }
    await deps.intake.saveCorrections(planId, corrections);
    return c.html((await reviewPage(viewer, planId, { kind: "ok", text: action === "remove" ? "Đã bỏ mục đó." : action === "add" ? "Đã thêm." : "Đã lưu chỗ sửa." }))!);
  });

  app.post("/quan-tri/ke-hoach/:id{[0-9]+}/xac-nhan", async (c) => {
    const viewer = c.get("viewer");
    const planId = Number(c.req.param("id"));
    const plan = await queries.plan(planId);
    if (!plan || !viewer.canAdmin(plan.committeeId) || !deps.intake) return c.html(<Forbidden viewer={viewer} text="Không có kế hoạch này, hoặc bạn không quản trị Ban chỉ đạo của nó." />, 404);
    await deps.intake.confirm(planId, viewer.name, clock());
    return c.html((await reviewPage(viewer, planId, { kind: "ok", text: "Đã xác nhận kế hoạch." }))!);
  });

  return app;
}
