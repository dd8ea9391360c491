import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { Db } from "./client.js";

/** The drizzle-kit migrations shipped with the project. */
export function defaultMigrationsFolder(): string {
  return fileURLToPath(new URL("../../migrations", import.meta.url));
}

/** What a second instance migrating the same file at the same moment sees: retried, not fatal. */
const RACE = /already exists|SQLITE_BUSY|database is locked|UNIQUE constraint failed: __drizzle_migrations/i;

/**
 * Applies pending migrations; run from Node only (never inside a Worker). All pending migrations apply
 * in one transaction, so when two instances start together on an empty file one wins and the other's
 * attempt rolls back; it then tries again, finds them applied, and goes on.
 */
export async function migrateDatabase(db: Db, migrationsFolder = defaultMigrationsFolder(), attempts = 6): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await migrate(db, { migrationsFolder });
      return;
    } catch (error) {
      const text = `${String((error as Error)?.message ?? error)} ${String((error as { cause?: unknown })?.cause ?? "")}`;
      if (i >= attempts || !RACE.test(text)) throw error;
      await new Promise((r) => setTimeout(r, 100 * i + Math.random() * 100));
    }
  }
}
