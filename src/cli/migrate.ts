/** `npm run db:migrate`: applies migrations to DATABASE_URL (local file or remote Turso) before a deploy. */
import { openForCli } from "./open.js";

const cli = await openForCli();
process.stdout.write(`Migrations applied to ${cli.config.DATABASE_URL.replace(/\?.*$/, "")}\n`);
cli.client.close();
