import { asc, eq } from "drizzle-orm";
import { slugify } from "../../domain/text/slug.js";
import type { Db } from "../client.js";
import { committees } from "../schema/index.js";

/** Committees as the admin web edits them: create, rename, time zone, digest schedule. */
export function createCommitteeStore(db: Db) {
  async function list() {
    return db.select().from(committees).orderBy(asc(committees.name));
  }

  async function get(id: string) {
    const [row] = await db.select().from(committees).where(eq(committees.id, id));
    return row ?? null;
  }

  /** A new committee; its id is the name's slug, made unique with a number when taken. */
  async function create(input: { name: string; timezone: string }): Promise<string> {
    const base = slugify(input.name);
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      const rows = await db.insert(committees).values({ id, name: input.name, timezone: input.timezone }).onConflictDoNothing().returning({ id: committees.id });
      if (rows.length > 0) return id;
    }
  }

  async function update(id: string, values: { name?: string; timezone?: string; digestCron?: string | null }) {
    await db.update(committees).set(values).where(eq(committees.id, id));
  }

  return { list, get, create, update };
}

export type CommitteeStore = ReturnType<typeof createCommitteeStore>;
