/** @jsxImportSource hono/jsx */
/** Committees: a deployment admin creates them; a committee's admins rename it and set its time zone and digest schedule. */
import { Hono } from "hono";
import { createCommitteeStore } from "../../db/repos/committee-store.js";
import type { Db } from "../../db/client.js";
import { DEFAULT_DIGEST_CRON } from "../../core/digest/schedule.js";
import { Layout } from "../layout.js";
import { CsrfField, type Viewer, type ViewerEnv } from "../session.js";
import { field, validCron, validTimezone } from "./forms.js";
import { AdminNav } from "./nav.js";

const ROLE_NAMES = { admin: "quản trị", leader: "lãnh đạo", focal: "đầu mối" } as const;

export function committeePages(deps: { db: Db; defaultTimezone?: string }) {
  const store = createCommitteeStore(deps.db);
  const app = new Hono<ViewerEnv>();

  async function page(viewer: Viewer, notice?: { kind: "ok" | "error"; text: string }) {
    const rows = (await store.list()).filter((k) => viewer.canSee(k.id));
    return (
      <Layout title="Ban chỉ đạo" nav={<AdminNav viewer={viewer} />}>
        <h1>Xin chào {viewer.name}</h1>
        {notice ? <p class={notice.kind} role="status">{notice.text}</p> : null}
        <h2>Ban chỉ đạo</h2>
        {rows.length === 0 ? <p class="muted">Chưa có Ban chỉ đạo nào. Gửi kế hoạch đầu tiên (trang Kế hoạch) hoặc tạo Ban bên dưới.</p> : null}
        {rows.map((k) =>
          viewer.canAdmin(k.id) ? (
            <form method="post" action={`/quan-tri/ban/${encodeURIComponent(k.id)}`} class="card">
              <CsrfField viewer={viewer} />
              <div class="row">
                <label>Tên<input name="name" value={k.name} required maxlength={200} /></label>
                <label>Múi giờ<input name="timezone" value={k.timezone} required /></label>
                <label>Lịch gửi tổng hợp (cron)<input name="digestCron" value={k.digestCron ?? ""} placeholder={DEFAULT_DIGEST_CRON} /></label>
              </div>
              <p class="muted">Mã: {k.id} · Để trống lịch để dùng mặc định ({DEFAULT_DIGEST_CRON}: 8 giờ sáng thứ Hai).</p>
              <button type="submit">Lưu</button> <a href={`/quan-tri/ke-hoach?ban=${encodeURIComponent(k.id)}`}>Kế hoạch</a> ·{" "}
              <a href={`/quan-tri/danh-ba?ban=${encodeURIComponent(k.id)}`}>Danh bạ</a>
            </form>
          ) : (
            <div class="card">
              <b>{k.name}</b> <span class="muted">— {ROLE_NAMES[viewer.committees.find((c) => c.id === k.id)?.role ?? "focal"]}</span>
            </div>
          ),
        )}
        {viewer.deploymentAdmin ? (
          <>
            <h2>Tạo Ban chỉ đạo</h2>
            <form method="post" action="/quan-tri/ban" class="card">
              <CsrfField viewer={viewer} />
              <div class="row">
                <label>Tên<input name="name" required maxlength={200} placeholder="Ban chỉ đạo …" /></label>
                <label>Múi giờ<input name="timezone" value={deps.defaultTimezone ?? "Asia/Ho_Chi_Minh"} required /></label>
              </div>
              <button type="submit">Tạo</button>
            </form>
          </>
        ) : null}
        <h2>Ba bước để bắt đầu</h2>
        <ol class="card">
          <li>Gửi kế hoạch (Word, PDF hoặc văn bản) ở trang <a href="/quan-tri/ke-hoach">Kế hoạch</a> hoặc gửi tệp cho bot trên Telegram.</li>
          <li>Kiểm tra những gì bot đọc được, sửa nếu cần rồi bấm "Xác nhận".</li>
          <li>Mời đầu mối các cơ quan ở trang <a href="/quan-tri/danh-ba">Danh bạ</a>.</li>
        </ol>
      </Layout>
    );
  }

  app.get("/quan-tri", async (c) => c.html(await page(c.get("viewer"))));

  app.post("/quan-tri/ban", async (c) => {
    const viewer = c.get("viewer");
    if (!viewer.deploymentAdmin) return c.html(await page(viewer, { kind: "error", text: "Chỉ quản trị máy chủ tạo được Ban chỉ đạo mới." }), 403);
    const body = await c.req.parseBody();
    const name = field(body, "name", 200);
    const timezone = field(body, "timezone", 64) || (deps.defaultTimezone ?? "Asia/Ho_Chi_Minh");
    if (!name) return c.html(await page(viewer, { kind: "error", text: "Bạn nhập tên Ban chỉ đạo nhé." }), 400);
    if (!validTimezone(timezone)) return c.html(await page(viewer, { kind: "error", text: `Múi giờ "${timezone}" không hợp lệ (ví dụ: Asia/Ho_Chi_Minh).` }), 400);
    await store.create({ name, timezone });
    return c.html(await page(viewer, { kind: "ok", text: `Đã tạo ${name}.` }));
  });

  app.post("/quan-tri/ban/:id", async (c) => {
    const viewer = c.get("viewer");
    const id = c.req.param("id");
    if (!viewer.canAdmin(id) || !(await store.get(id))) return c.html(await page(viewer, { kind: "error", text: "Bạn không quản trị Ban chỉ đạo này." }), 403);
    const body = await c.req.parseBody();
    const name = field(body, "name", 200);
    const timezone = field(body, "timezone", 64);
    const digestCron = field(body, "digestCron", 100);
    if (!name) return c.html(await page(viewer, { kind: "error", text: "Tên Ban chỉ đạo không được để trống." }), 400);
    if (!validTimezone(timezone)) return c.html(await page(viewer, { kind: "error", text: `Múi giờ "${timezone}" không hợp lệ (ví dụ: Asia/Ho_Chi_Minh). Chưa lưu gì.` }), 400);
    if (digestCron && !validCron(digestCron)) return c.html(await page(viewer, { kind: "error", text: `Lịch "${digestCron}" không hợp lệ (ví dụ: 0 8 * * 1). Chưa lưu gì.` }), 400);
    await store.update(id, { name, timezone, digestCron: digestCron || null });
    return c.html(await page(viewer, { kind: "ok", text: `Đã lưu ${name}.` }));
  });

  return app;
}
