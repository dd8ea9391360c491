/**
 * `npm run --silent web-link`: prints a one-time login link (15 minutes) to the admin web for a
 * deployment admin, for a server with no chat channel yet. It writes to the same DATABASE_URL as the
 * running server, so the server honours the link; the URL is PUBLIC_URL's, else http://localhost:<PORT>.
 */
import { createSession } from "../web/session.js";
import { readArgs } from "./args.js";
import { openForCli } from "./open.js";

const USAGE = "Cách dùng: npm run --silent web-link   (in một đường dẫn đăng nhập trang quản trị, dùng một lần, hạn 15 phút)";

readArgs(USAGE, {}, process.argv.slice(2));
const cli = await openForCli();
const base = cli.config.PUBLIC_URL ?? `http://localhost:${cli.config.PORT}`;
const link = await createSession({ db: cli.db }).loginLink({ channel: "cli", externalId: "admin", name: "Quản trị máy chủ" }, base);
process.stdout.write(`${link}\n`);
cli.client.close();
