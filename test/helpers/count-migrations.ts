/** Prints how many migrations the database at DATABASE_URL has recorded as applied. */
import { openLibsqlClient } from "../../src/db/node-client.js";

const client = await openLibsqlClient(process.env.DATABASE_URL!);
const rows = await client.execute("SELECT count(*) AS n FROM __drizzle_migrations");
process.stdout.write(`${rows.rows[0]!.n}\n`);
client.close();
