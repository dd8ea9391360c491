import type { Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import * as schema from "./schema/index.js";

export type Db = ReturnType<typeof createDb>;

/** Drizzle over an already opened libSQL client (file, :memory:, libsql:// or http://). */
export function createDb(client: Client) {
  return drizzle(client, { schema });
}
