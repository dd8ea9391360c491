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
  const localFile = url.startsWith("file:") && !url.startsWith("file::memory:");
  if (localFile) {
    const path = url.slice("file:".length).split("?")[0] ?? "";
    if (path) await mkdir(dirname(path), { recursive: true });
  }
  // Two processes on one file (or a CLI beside the bot) wait for each other's writes instead of failing;
  // in WAL mode readers never block the writer. The embedded driver waits synchronously, so within one
  // process a single connection (statements queue for it) avoids two connections waiting on each other.
  const client = createClient({ url, authToken, timeout: 5000, ...(localFile ? { concurrency: 1 } : {}) });
  if (localFile) await client.execute("PRAGMA journal_mode = WAL");
  return client;
}
