import { sql, type SQLWrapper } from "drizzle-orm";

/**
 * `column IN (…)` over a list bound as one JSON array: a prepared statement's SQL
 * stays the same whatever the list's length. Pass `JSON.stringify(list)` as `name`.
 */
export function inBoundList(column: SQLWrapper, name: string) {
  return sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(name)}))`;
}
