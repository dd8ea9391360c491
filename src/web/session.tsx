/** @jsxImportSource hono/jsx */
/**
 * Login to the web pages without passwords, and the viewer every page works for.
 *
 * `/web` in a private chat (or `npm run web-link`) gives a one-time link valid 15 minutes. Opening it
 * shows a page with one button (a link preview fetching the URL cannot use it up); pressing it opens a
 * session: an HttpOnly, SameSite=Strict cookie holding a random id, 12 hours. Each request resolves the
 * viewer afresh from the person's current contacts, so `/thuhoi` (a revoked contact) ends their access.
 *
 * Use from any page (the admin web at /quan-tri, the leaders' dashboard at /bang-dieu-khien):
 *
 *   const session = createSession({ db, admins, clock });
 *   const app = new Hono<ViewerEnv>();
 *   app.use("*", session.requireViewer);   // no valid cookie → the login page (401), nothing else runs
 *   app.use("*", session.verifyCsrf);      // POST/PUT/PATCH/DELETE without the session's token → 403
 *   app.get("/", (c) => { const viewer = c.get("viewer"); … viewer.committees, viewer.canAdmin(id) … });
 *   // in every form: <CsrfField viewer={viewer} />; htmx: hx-headers={csrfHeaders(viewer)}
 *
 * The login routes themselves (/quan-tri/dang-nhap, /quan-tri/dang-xuat) are `session.routes`, mounted once.
 */
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Db } from "../db/client.js";
import { createPeople, type Person, type Role } from "../db/repos/people.js";
import { createWebSessions, type WebIdentity } from "../db/repos/web-sessions.js";
import { committees as committeesTable } from "../db/schema/index.js";
import { Layout } from "./layout.js";

export const SESSION_COOKIE = "bcd_sid";
export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-csrf-token";
export const LOGIN_PATH = "/quan-tri/dang-nhap";

export type ViewerCommittee = { id: string; name: string; role: Role };

/** Who is looking: their name, the committees they belong to and in which role. */
export type Viewer = {
  name: string;
  identity: { channel: string; externalId: string };
  /** A deployment admin (ADMIN_*_IDS, or `npm run web-link`): admin of every committee. */
  deploymentAdmin: boolean;
  /** Their contacts, one per committee role (focal points carry their agency). */
  people: Person[];
  /** Every committee they may see, with their strongest role there. */
  committees: ViewerCommittee[];
  csrfToken: string;
  canAdmin: (committeeId: string) => boolean;
  canSee: (committeeId: string) => boolean;
};

export type ViewerEnv = { Variables: { viewer: Viewer } };

const RANK: Record<Role, number> = { admin: 3, leader: 2, focal: 1 };

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The hidden field every form of a logged-in page carries. */
export function CsrfField(props: { viewer: Viewer }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.viewer.csrfToken} />;
}

export const csrfHeaders = (viewer: Viewer) => JSON.stringify({ [CSRF_HEADER]: viewer.csrfToken });

function LoginHelp(props: { message?: string }) {
  return (
    <Layout title="Đăng nhập">
      <h1>Đăng nhập trang quản trị</h1>
      {props.message ? <p class="error">{props.message}</p> : null}
      <div class="card">
        <p>Trang này không dùng mật khẩu. Để đăng nhập:</p>
        <ol>
          <li>Nhắn riêng cho bot trên Telegram hoặc Zalo: <b>/web</b></li>
          <li>Bot gửi bạn một đường dẫn dùng một lần, có hạn 15 phút.</li>
          <li>Mở đường dẫn đó trên máy này rồi bấm "Đăng nhập".</li>
        </ol>
        <p class="muted">Quản trị máy chủ: chạy <code>npm run --silent web-link</code> để lấy đường dẫn.</p>
      </div>
    </Layout>
  );
}

export type SessionDeps = {
  db: Db;
  /** Deployment admins as "channel:id" (ADMIN_TELEGRAM_IDS, ADMIN_ZALO_IDS). */
  admins?: Iterable<string>;
  clock?: () => Date;
};

export function createSession(deps: SessionDeps) {
  const sessions = createWebSessions(deps.db);
  const people = createPeople(deps.db);
  const admins = new Set(deps.admins ?? []);
  const clock = deps.clock ?? (() => new Date());

  const isDeploymentAdmin = (who: { channel: string; externalId: string }) => who.channel === "cli" || admins.has(`${who.channel}:${who.externalId}`);

  /** The viewer behind a session cookie; null when absent, expired, logged out or left with no role. */
  async function viewerOf(c: Context): Promise<Viewer | null> {
    const sid = getCookie(c, SESSION_COOKIE);
    if (!sid || sid.length > 200) return null;
    const session = await sessions.findSession(sid, clock());
    if (!session) return null;
    const identity = { channel: session.channel, externalId: session.externalId };
    const deploymentAdmin = isDeploymentAdmin(identity);
    const mine = session.channel === "cli" ? [] : await people.peopleFor(session.channel, session.externalId);
    if (!deploymentAdmin && mine.length === 0) return null;
    const all = await deps.db.select({ id: committeesTable.id, name: committeesTable.name }).from(committeesTable).orderBy(committeesTable.id);
    const roles = new Map<string, Role>();
    for (const p of mine) if (!roles.has(p.committeeId) || RANK[p.role] > RANK[roles.get(p.committeeId)!]) roles.set(p.committeeId, p.role);
    const committees = all.flatMap((k) => {
      const role = deploymentAdmin ? "admin" : roles.get(k.id);
      return role ? [{ id: k.id, name: k.name, role }] : [];
    });
    return {
      name: session.name,
      identity,
      deploymentAdmin,
      people: mine,
      committees,
      csrfToken: session.csrfToken,
      canAdmin: (id) => deploymentAdmin || roles.get(id) === "admin",
      canSee: (id) => deploymentAdmin || roles.has(id),
    };
  }

  /** Puts the viewer on the context; without a valid session the login page (GET) or 401, and nothing runs. */
  const requireViewer: MiddlewareHandler<ViewerEnv> = async (c, next) => {
    const viewer = await viewerOf(c);
    if (!viewer) {
      c.header("Cache-Control", "no-store");
      if (c.req.method === "GET" || c.req.method === "HEAD") return c.html(<LoginHelp />, 401);
      return c.text("Bạn cần đăng nhập lại.", 401);
    }
    c.set("viewer", viewer);
    c.header("Cache-Control", "no-store");
    await next();
  };

  /** A state-changing request must carry the session's token (form field or htmx header). */
  const verifyCsrf: MiddlewareHandler<ViewerEnv> = async (c, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return next();
    const viewer = c.get("viewer");
    let token = c.req.header(CSRF_HEADER);
    if (!token && /form/.test(c.req.header("content-type") ?? "")) {
      const body = await c.req.parseBody();
      token = typeof body[CSRF_FIELD] === "string" ? body[CSRF_FIELD] : undefined;
    }
    if (!viewer || !token || !timingSafeEqual(token, viewer.csrfToken)) {
      return c.text("Biểu mẫu không hợp lệ hoặc đã cũ. Bạn tải lại trang rồi thử lại nhé; không có gì thay đổi.", 403);
    }
    await next();
  };

  /** The one-time link: a page asking to confirm, then the session cookie. */
  const routes = new Hono()
    .get(LOGIN_PATH, async (c) => {
      const token = c.req.query("t") ?? "";
      const who = token ? await sessions.peekLoginLink(token, clock()) : null;
      c.header("Cache-Control", "no-store");
      if (!who) return c.html(<LoginHelp message="Đường dẫn đăng nhập không hợp lệ, đã dùng hoặc đã hết hạn. Bạn lấy đường dẫn mới nhé." />, 401);
      return c.html(
        <Layout title="Đăng nhập">
          <h1>Đăng nhập</h1>
          <form method="post" action={LOGIN_PATH} class="card">
            <p>Đăng nhập với tên <b>{who.name}</b>?</p>
            <input type="hidden" name="t" value={token} />
            <button type="submit">Đăng nhập</button>
          </form>
        </Layout>,
      );
    })
    .post(LOGIN_PATH, async (c) => {
      const body = await c.req.parseBody();
      const token = typeof body.t === "string" ? body.t : "";
      const opened = token ? await sessions.redeemLoginLink(token, clock()) : null;
      if (!opened) return c.html(<LoginHelp message="Đường dẫn đăng nhập không hợp lệ, đã dùng hoặc đã hết hạn. Bạn lấy đường dẫn mới nhé." />, 401);
      setCookie(c, SESSION_COOKIE, opened.sessionId, {
        path: "/", httpOnly: true, sameSite: "Strict", secure: new URL(c.req.url).protocol === "https:", expires: opened.expiresAt,
      });
      return c.redirect("/quan-tri", 303);
    })
    .post("/quan-tri/dang-xuat", async (c) => {
      const viewer = await viewerOf(c);
      const body = await c.req.parseBody();
      if (viewer && body[CSRF_FIELD] === viewer.csrfToken) {
        await sessions.endSession(getCookie(c, SESSION_COOKIE)!, clock());
        deleteCookie(c, SESSION_COOKIE, { path: "/" });
      }
      return c.redirect("/quan-tri", 303);
    });

  /** A link for someone who asked in chat (or the CLI); null base URL → the path alone. */
  async function loginLink(who: WebIdentity, baseUrl: string): Promise<string> {
    const { token } = await sessions.createLoginLink(who, clock());
    return `${baseUrl.replace(/\/$/, "")}${LOGIN_PATH}?t=${token}`;
  }

  return { requireViewer, verifyCsrf, routes, viewerOf, loginLink, isDeploymentAdmin };
}

export type Session = ReturnType<typeof createSession>;
