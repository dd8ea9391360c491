/** @jsxImportSource hono/jsx */
/**
 * Contacts and invites: a committee's admins invite focal points and leaders by link, and revoke them; a
 * deputy standing in for a focal point on leave shows whom for and when, and can be ended early.
 */
import { Hono } from "hono";
import type { Db } from "../../db/client.js";
import { createInviteAdmin } from "../../db/repos/invite-admin.js";
import { createPeople } from "../../db/repos/people.js";
import { createStandInAdmin, type Deputyship } from "../../db/repos/stand-in-admin.js";
import { formatVi } from "../../domain/dates.js";
import { sim } from "../../core/work/stand-in-messages.js";
import { Layout } from "../layout.js";
import { CsrfField, type Viewer, type ViewerEnv } from "../session.js";
import { field } from "./forms.js";
import { AdminNav } from "./nav.js";
import { EndStandInForm, endedNotice, phaseOf, StandInNote, type PageNotice } from "./stand-ins.js";

const ROLE = { admin: "quản trị", leader: "lãnh đạo", focal: "đầu mối" } as const;

export type ContactPagesDeps = {
  db: Db;
  clock?: () => Date;
  /** The link an invite is shared as (Telegram's deep link); null: the code to type. */
  inviteLink?: (code: string) => string | null;
  /** Notices queued in the outbox (a stand-in ended here) go out now, not at the next scheduled tick. */
  onNotice?: () => void;
};

export function contactPages(deps: ContactPagesDeps) {
  const people = createPeople(deps.db);
  const invites = createInviteAdmin(deps.db);
  const standIns = createStandInAdmin(deps.db);
  const clock = deps.clock ?? (() => new Date());
  const app = new Hono<ViewerEnv>();
  const adminIds = (viewer: Viewer) => viewer.committees.filter((k) => k.role === "admin").map((k) => k.id);
  const share = (code: string) => deps.inviteLink?.(code) ?? `/start ${code}`;

  async function page(viewer: Viewer, selected?: string, notice?: PageNotice, fresh?: string) {
    const ids = adminIds(viewer);
    const committees = viewer.committees.filter((k) => ids.includes(k.id));
    const chosen = committees.find((k) => k.id === selected) ?? committees[0];
    const contacts = await people.listContacts(ids);
    const deputies = await standIns.deputyships(ids);
    const now = clock();
    const open = await invites.openInvites(ids, now);
    const agencies = chosen ? await people.agenciesOf(chosen.id) : [];
    return (
      <Layout title="Danh bạ" nav={<AdminNav viewer={viewer} />}>
        <h1>Danh bạ và lời mời</h1>
        {notice ? <p class={notice.kind} role="status">{notice.text}</p> : null}
        {fresh ? <p class="card" id="invite-link">Đường dẫn mời (dùng một lần, hạn 7 ngày): <b>{share(fresh)}</b></p> : null}
        <h2>Mời đầu mối hoặc lãnh đạo</h2>
        {committees.length > 1 ? (
          <form method="get" action="/quan-tri/danh-ba" class="row">
            <label>Ban chỉ đạo<select name="ban">{committees.map((k) => <option value={k.id} selected={k.id === chosen?.id}>{k.name}</option>)}</select></label>
            <button type="submit" class="secondary">Chọn</button>
          </form>
        ) : null}
        {chosen ? (
          <form method="post" action="/quan-tri/danh-ba/moi" class="card" id="invite">
            <CsrfField viewer={viewer} />
            <input type="hidden" name="ban" value={chosen.id} />
            <label>
              Mời ({chosen.name})
              <select name="who">
                <option value="leader">Lãnh đạo (nhận bản tổng hợp)</option>
                {agencies.map((a) => <option value={String(a.id)}>Đầu mối: {a.name}</option>)}
              </select>
            </label>{" "}
            <button type="submit">Tạo đường dẫn mời</button>
          </form>
        ) : <p class="muted">Bạn chưa quản trị Ban chỉ đạo nào.</p>}
        <h2>Lời mời chưa dùng ({open.length})</h2>
        {open.map((i) => (
          <form method="post" action={`/quan-tri/danh-ba/moi/${encodeURIComponent(i.code)}/huy`} class="card">
            <CsrfField viewer={viewer} />
            {i.role === "focal" ? `Đầu mối ${i.agency ?? ""}` : ROLE[i.role as keyof typeof ROLE] ?? i.role} · hạn {i.expiresAt.slice(0, 10)} · <code>{share(i.code)}</code>{" "}
            <button type="submit" class="danger">Hủy lời mời</button>
          </form>
        ))}
        <h2>Danh bạ ({contacts.length})</h2>
        <table>
          <tbody>
            {contacts.map((c) => {
              const deputy = deputies.get(c.id);
              const phase = deputy ? phaseOf(deputy, now) : undefined;
              return (
                <tr>
                  <td>#{c.id} {c.name}</td>
                  <td>
                    {c.role === "focal" ? `đầu mối ${c.agency ?? ""}` : ROLE[c.role]}
                    {deputy && phase ? <StandInNote d={deputy} phase={phase} />
                      : c.activeFrom && c.activeUntil ? <div class="stand-in">Người thay, {formatVi(c.activeFrom)} – {formatVi(c.activeUntil)}</div> : null}
                  </td>
                  <td class="muted">{c.committee}</td>
                  <td>
                    {deputy && phase ? <EndStandInForm d={deputy} phase={phase} viewer={viewer} /> : null}{" "}
                    <form method="post" action={`/quan-tri/danh-ba/${c.id}/thu-hoi`} class="inline">
                      <CsrfField viewer={viewer} />
                      <button type="submit" class="danger">Thu hồi</button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Layout>
    );
  }

  const forbidden = (viewer: Viewer) => adminIds(viewer).length === 0;
  const notAdmin = <p class="error">Trang này dành cho quản trị viên (thư ký Ban chỉ đạo).</p>;

  app.get("/quan-tri/danh-ba", async (c) => {
    const viewer = c.get("viewer");
    if (forbidden(viewer)) return c.html(<Layout title="Danh bạ" nav={<AdminNav viewer={viewer} />}>{notAdmin}</Layout>, 403);
    return c.html(await page(viewer, c.req.query("ban")));
  });

  app.post("/quan-tri/danh-ba/moi", async (c) => {
    const viewer = c.get("viewer");
    const body = await c.req.parseBody();
    const committeeId = field(body, "ban", 200);
    const who = field(body, "who", 20);
    if (!viewer.canAdmin(committeeId)) return c.html(await page(viewer, undefined, { kind: "error", text: "Bạn không quản trị Ban chỉ đạo này." }), 403);
    const agency = who === "leader" ? null : (await people.agenciesOf(committeeId)).find((a) => String(a.id) === who);
    if (who !== "leader" && !agency) return c.html(await page(viewer, committeeId, { kind: "error", text: "Chọn một cơ quan của Ban chỉ đạo này." }), 400);
    const createdBy = viewer.people.find((p) => p.committeeId === committeeId)?.contactId ?? null;
    const { code } = await people.createInvite({ committeeId, agencyId: agency?.id ?? null, role: agency ? "focal" : "leader", createdBy, now: clock() });
    return c.html(await page(viewer, committeeId, { kind: "ok", text: `Đã tạo lời mời ${agency ? `đầu mối ${agency.name}` : "lãnh đạo"}. Gửi đường dẫn cho người được mời.` }, code));
  });

  app.post("/quan-tri/danh-ba/moi/:code/huy", async (c) => {
    const viewer = c.get("viewer");
    const ok = await invites.revokeInvite(c.req.param("code"), adminIds(viewer), clock());
    return c.html(await page(viewer, undefined, ok ? { kind: "ok", text: "Đã hủy lời mời; đường dẫn không dùng được nữa." } : { kind: "error", text: "Không có lời mời này (đã dùng, đã hết hạn hoặc không thuộc Ban của bạn)." }), ok ? 200 : 404);
  });

  app.post("/quan-tri/danh-ba/:id{[0-9]+}/thu-hoi", async (c) => {
    const viewer = c.get("viewer");
    const id = Number(c.req.param("id"));
    const visible = await people.listContacts(adminIds(viewer));
    if (!visible.some((p) => p.id === id)) return c.html(await page(viewer, undefined, { kind: "error", text: `Không có #${id} trong danh bạ của bạn.` }), 404);
    await people.revokeContact(id, clock());
    return c.html(await page(viewer, undefined, { kind: "ok", text: `Đã thu hồi quyền của #${id}. Lịch sử báo cáo vẫn được giữ.` }));
  });

  // Ends a stand-in early as "/nghi hủy" would; a replayed or stale form finds it ended and changes nothing.
  app.post("/quan-tri/danh-ba/:id/ket-thuc-thay", async (c) => {
    const viewer = c.get("viewer");
    const id = c.req.param("id");
    const result = /^\d{1,9}$/.test(id)
      ? await standIns.endEarly(Number(id), adminIds(viewer), clock(), {
        deputy: (d, lang) => sim(lang).endedByAdminToDeputy(d.absentName, shown(d)),
        absent: (d, lang) => sim(lang).endedByAdminToAbsent(shown(d)),
      })
      : { kind: "bad" as const };
    if (result.kind === "ended") deps.onNotice?.();
    const { notice, status } = endedNotice(result, id);
    return c.html(await page(viewer, undefined, notice), status);
  });

  return app;
}

const shown = (d: Deputyship) => ({ agencyName: d.agencyName, from: formatVi(d.startsOn), to: formatVi(d.endsOn), deputy: d.deputyName });
