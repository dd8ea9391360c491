/** @jsxImportSource hono/jsx */
/**
 * The admin web at /quan-tri: committees, plans (upload, import report, review and correction) and
 * contacts. Every route sits behind the session middleware (login page without a valid cookie) and the
 * CSRF check; each page shows only the committees the viewer's role covers.
 */
import { Hono } from "hono";
import { every, except } from "hono/combine";
import type { Db } from "../../db/client.js";
import type { Session, ViewerEnv } from "../session.js";
import { committeePages } from "./committees.js";

export type AdminDeps = { db: Db; session: Session; clock?: () => Date; defaultTimezone?: string };

export function createAdminWeb(deps: AdminDeps) {
  const app = new Hono<ViewerEnv>();
  // The login pages themselves are open; everything else needs a session, and a form its token.
  const guard = every(deps.session.requireViewer, deps.session.verifyCsrf);
  app.use("/quan-tri", guard);
  app.use("/quan-tri/*", except(["/quan-tri/dang-nhap", "/quan-tri/dang-xuat", "/quan-tri/htmx.min.js"], guard));

  app.route("/", committeePages({ db: deps.db, defaultTimezone: deps.defaultTimezone }));

  return app;
}
