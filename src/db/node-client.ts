import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { checkDatabaseFile } from "./startup.js";
import { openEmbeddedClient } from "./embedded/client.js";

/** The path of a local database (`:memory:` for one in memory), or null for a remote URL. */
export function localDatabasePath(url: string): string | null {
  if (url === ":memory:" || url === "file::memory:") return ":memory:";
  if (!url.startsWith("file:")) return null;
  const path = decodeURIComponent(url.slice("file:".length).split("?")[0] ?? "");
  // file:///var/bot.db and file:/var/bot.db name the same absolute path.
  return path.startsWith("///") ? path.slice(2) : path;
}

/**
 * Opens a libSQL client on Node. A local database gets the embedded client that keeps its prepared
 * statements, on one connection; a remote URL (libsql://, http://) gets `@libsql/client`.
 */
export async function openLibsqlClient(url: string, authToken?: string): Promise<Client> {
  const path = localDatabasePath(url);
  if (path === null) return createClient({ url, authToken });
  if (!path) throw new Error(`DATABASE_URL names no file: ${url}`);
  if (path === ":memory:") return openEmbeddedClient(path, { timeout: 5000 });
  await checkDatabaseFile(url);
  await mkdir(dirname(path), { recursive: true });
  // Two processes on one file (or a CLI beside the bot) wait up to the timeout for each other's writes
  // instead of failing; in WAL mode readers never block the writer.
  const client = openEmbeddedClient(path, { timeout: 5000 });
  // Two instances opening a new file together may find it locked while the other switches to WAL.
  for (let i = 1; ; i++) {
    try {
      await client.execute("PRAGMA journal_mode = WAL");
      return client;
    } catch (error) {
      if (i >= 5 || !/BUSY|locked/i.test(String(error))) {
        client.close();
        throw error;
      }
      await new Promise((r) => setTimeout(r, 100 * i));
    }
  }
}
