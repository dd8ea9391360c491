/**
 * Start-up checks and messages for the database: a problem is reported as one log line that names the
 * file and the fix, before anything else runs (a read-only file or a full disk can otherwise kill the
 * process with SIGBUS and no line at all, once SQLite maps its shared-memory file).
 */
import { access, constants, stat, statfs } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { localDatabasePath } from "./node-client.js";

export class StartupError extends Error {}

/** Free space below this refuses to start: reports would be refused one by one otherwise. */
const MIN_FREE_BYTES = 5 * 1024 * 1024;

/** For a local file: a file (not a folder), writable, in a writable folder on a disk with room. */
export async function checkDatabaseFile(url: string): Promise<void> {
  const path = localDatabasePath(url);
  if (path === null || path === ":memory:" || !path) return;
  const file = resolve(path);
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) throw new StartupError(`DATABASE_URL names a folder, not a file: ${file}. Set DATABASE_URL to a file such as file:${file}/bot.db.`);
  if (info && !(await writable(file))) throw new StartupError(readOnly(file));
  const folder = info ? dirname(file) : await nearestExisting(dirname(file));
  if (!(await writable(folder))) throw new StartupError(`The database folder ${folder} is not writable (SQLite keeps its -wal and -shm files there). Give the bot's user write access to it, or set DATABASE_URL to a file in a writable folder.`);
  const disk = await statfs(folder).catch(() => null);
  if (disk && disk.bavail * disk.bsize < MIN_FREE_BYTES) {
    throw new StartupError(`The disk holding ${file} is full (${Math.round((disk.bavail * disk.bsize) / 1024)} KB free). Free some space or move the database (DATABASE_URL); nothing was changed.`);
  }
}

/** One sentence naming what failed and what to do, for an error from opening or migrating the database. */
export function explainDatabaseError(error: unknown, url: string): string {
  if (error instanceof StartupError) return error.message;
  const path = localDatabasePath(url);
  const where = path && path !== ":memory:" ? resolve(path) : url.replace(/\?.*$/, "");
  const code = String((error as { code?: string })?.code ?? "");
  const text = String((error as Error)?.message ?? error);
  if (/READONLY/i.test(code) || /readonly|read-only/i.test(text)) return readOnly(where);
  if (/FULL/i.test(code) || /ENOSPC|database or disk is full/i.test(text)) return `The disk holding ${where} is full. Free some space or move the database (DATABASE_URL).`;
  if (/NOTADB|CORRUPT/i.test(code) || /not a database|malformed/i.test(text)) return `${where} is not a readable SQLite database (damaged, or another kind of file). Restore it from a backup or point DATABASE_URL at the right file.`;
  if (/CANTOPEN/i.test(code) || /unable to open/i.test(text)) return `Cannot open ${where}: check that its folder exists and the bot's user may write there.`;
  if (/URL/i.test(code) || /URL|scheme/i.test(text)) return `DATABASE_URL "${where}" is not a database address this bot can use: give a local file (file:./data/bot.db) or a libSQL server (libsql://… with DATABASE_AUTH_TOKEN).`;
  return `Could not open the database ${where}: ${text}`;
}

function readOnly(file: string): string {
  return `The database ${file} is read-only. Give the bot's user write access to the file and its folder (for example: chmod u+w ${file}), or set DATABASE_URL to a writable file.`;
}

async function writable(path: string): Promise<boolean> {
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

async function nearestExisting(folder: string): Promise<string> {
  let current = folder;
  while (!(await stat(current).catch(() => null))) {
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}
