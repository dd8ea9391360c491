import type { Client } from "@libsql/client";
import { createDb } from "./db/client.js";
import { createPlanQueries } from "./db/repos/plan-queries.js";
import { createCore } from "./core/conversation.js";
import { createApp } from "./http/app.js";
import type { Log } from "./log.js";

/** Wires the channel-free parts over one database client; entry files add what their platform has. */
export function createDeps(client: Client, log: Log) {
  const db = createDb(client);
  const queries = createPlanQueries(db);
  const core = createCore({ db, log });
  const ping = async () => {
    await client.execute("SELECT 1");
    return true;
  };
  const app = createApp({ core, ping, log });
  return { db, queries, core, app };
}
