import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { Db } from "./client.js";

/** The drizzle-kit migrations shipped with the project. */
export function defaultMigrationsFolder(): string {
  return fileURLToPath(new URL("../../migrations", import.meta.url));
}

/** Applies pending migrations; run from Node only (never inside a Worker). */
export async function migrateDatabase(db: Db, migrationsFolder = defaultMigrationsFolder()): Promise<void> {
  await migrate(db, { migrationsFolder });
}
