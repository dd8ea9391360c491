/** @jsxImportSource hono/jsx */
/**
 * The admin web at /quan-tri: committees, plans (upload, import report, review and correction) and
 * contacts. Every route sits behind the session middleware (login page without a valid cookie) and the
 * CSRF check; each page shows only the committees the viewer's role covers.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { every, except } from "hono/combine";
import type { Db } from "../../db/client.js";
import type { Session, ViewerEnv } from "../session.js";
import type { ReadDocument } from "../../ingest/formats/index.js";
import type { Intake } from "../../ingest/intake/intake.js";
import { committeePages } from "./committees.js";
import { contactPages } from "./contacts.js";
import { planPages } from "./plans.js";

export type AdminDeps = {
  db: Db; session: Session; clock?: () => Date; defaultTimezone?: string;
  /** Node only (the importer and the Word/PDF readers); without them the pages say uploads are off. */
  intake?: Intake; readDocument?: ReadDocument;
  /** How an invite code is shared (Telegram's deep link when the bot runs). */
  inviteLink?: (code: string) => string | null;
  /** Sends what was just queued in the outbox (a stand-in ended on the contacts page). */
  onNotice?: () => void;
};

/** A plan file of at most 10 MB and the form around it. */
const MAX_FORM_BYTES = 10 * 1024 * 1024 + 64 * 1024;

export function createAdminWeb(deps: AdminDeps) {
  const app = new Hono<ViewerEnv>();
  // The login pages themselves are open; everything else needs a session, and a form its token.
  app.use("/quan-tri/*", bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.text("Tệp quá lớn (tối đa 10 MB). Không có gì được lưu.", 413) }));
  const guard = every(deps.session.requireViewer, deps.session.verifyCsrf);
  app.use("/quan-tri", guard);
  app.use("/quan-tri/*", except(["/quan-tri/dang-nhap", "/quan-tri/dang-xuat"], guard));

  app.route("/", committeePages({ db: deps.db, defaultTimezone: deps.defaultTimezone }));
  app.route("/", contactPages({ db: deps.db, clock: deps.clock, inviteLink: deps.inviteLink, onNotice: deps.onNotice }));
  app.route("/", planPages({ db: deps.db, intake: deps.intake, readDocument: deps.readDocument, clock: deps.clock }));

  return app;
}
