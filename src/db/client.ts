import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import * as schema from "./schema/index.js";

export type Db = ReturnType<typeof createDb>;

/** Drizzle over an already opened libSQL client (file, :memory:, libsql:// or http://). */
export function createDb(client: Client) {
  return drizzle(client, { schema });
}

/** Opens a libSQL client on Node, creating the folder of a local database file. */
export async function openLibsqlClient(url: string, authToken?: string): Promise<Client> {
  if (url.startsWith("file:") && !url.startsWith("file::memory:")) {
    const path = url.slice("file:".length).split("?")[0] ?? "";
    if (path) await mkdir(dirname(path), { recursive: true });
  }
  return createClient({ url, authToken });
}
