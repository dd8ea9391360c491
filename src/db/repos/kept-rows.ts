/**
 * Rows by id (or a whole list), each read once while the plans stay the same (data-version.ts). Answers
 * read the same passages, tasks, duties, deadlines and targets question after question; libsql turns
 * every text into a JavaScript string again on each read (≈15 ns a character), which cost more than the
 * rest of a who-question. Rows handed out are shared: callers do not change them. Past `maxRows` (a
 * deployment of thousands of plans) the rows kept start again.
 */
export function keepRowsPerVersion(dataVersion: () => Promise<string>, maxRows = 50_000) {
  type Generation = { version: string; size: number; tables: Map<string, Map<number, unknown>>; wholes: Map<string, unknown> };
  const fresh = (version: string): Generation => ({ version, size: 0, tables: new Map(), wholes: new Map() });
  let kept = fresh("");

  /** The rows kept for the data as it is now, the version read once for all the tables a caller reads. */
  async function now() {
    const version = await dataVersion();
    // A new generation, not a cleared one, when the data changed: a read begun before fills the old one.
    if (kept.version !== version || kept.size > maxRows) kept = fresh(version);
    const generation = kept;
    return {
      /** What `read` gives under `name` (a committee's every deadline, say), read once. */
      async whole<T>(name: string, read: () => Promise<T>): Promise<T> {
        if (generation.wholes.has(name)) return generation.wholes.get(name) as T;
        const value = await read();
        generation.wholes.set(name, value);
        generation.size += Array.isArray(value) ? value.length : 1;
        return value;
      },
      /** The rows of `table` with these ids (an id with no row is absent); `read` reads the ones not kept yet. */
      async byIds<Row>(table: string, ids: number[], read: (ids: number[]) => Promise<Map<number, Row>>): Promise<Map<number, Row>> {
        let rows = generation.tables.get(table) as Map<number, Row | null> | undefined;
        if (!rows) generation.tables.set(table, (rows = new Map()));
        const missing = [...new Set(ids.filter((id) => !rows.has(id)))];
        if (missing.length > 0) {
          const found = await read(missing);
          // An id with no row is kept as such, so it is not looked for again.
          for (const id of missing) rows.set(id, found.get(id) ?? null);
          generation.size += missing.length;
        }
        const out = new Map<number, Row>();
        for (const id of ids) {
          const row = rows.get(id);
          if (row) out.set(id, row);
        }
        return out;
      },
    };
  }

  return { now };
}
