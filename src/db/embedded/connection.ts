import Database from "libsql";
import { LibsqlError, type InArgs, type InStatement, type InValue, type ResultSet, type Row, type Value } from "@libsql/client";

type Statement = Database.Statement<[unknown[] | Record<string, unknown>]>;

/** A statement prepared once, with what is needed to turn its raw rows into libSQL rows. */
type Prepared = { statement: Statement; returnsData: boolean; changesSchema: boolean; columns: string[]; named: [string, number][]; rowShape: object };

const VALUES = Symbol("values");
const SCHEMA_CHANGE = /^\s*(create|alter|drop)\b/i;

/**
 * One embedded SQLite connection that keeps its prepared statements. `@libsql/client` prepares every
 * statement again on each call, which cost more than running most of ours; drizzle's prepared queries
 * send the same SQL text every time, so a cache keyed by that text lets SQLite skip parsing and planning.
 */
export function openConnection(path: string, options: { timeout: number; cacheSize?: number }) {
  const db = new Database(path, { timeout: options.timeout });
  const cacheSize = options.cacheSize ?? 256;
  const cache = new Map<string, Prepared>();

  function prepared(sql: string): Prepared {
    const hit = cache.get(sql);
    if (hit) {
      // Least recently used goes first: a hit moves to the end of the map.
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const statement = db.prepare(sql);
    const returnsData = statement.reader;
    const columns = returnsData ? statement.raw(true).safeIntegers(true).columns().map((c) => c.name) : [];
    const changesSchema = !returnsData && SCHEMA_CHANGE.test(sql);
    const entry = { statement, returnsData, changesSchema, columns, named: namedColumns(columns), rowShape: rowShape(columns.length) };
    cache.set(sql, entry);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return entry;
  }

  return {
    get open(): boolean {
      return db.open;
    },
    get inTransaction(): boolean {
      return db.open && db.inTransaction;
    },

    run(stmt: InStatement): ResultSet {
      const sql = typeof stmt === "string" ? stmt : stmt.sql;
      const args = typeof stmt === "string" ? [] : argsToSql(stmt.args ?? []);
      let entry: Prepared | undefined;
      try {
        entry = prepared(sql);
        if (!entry.returnsData) {
          const info = entry.statement.run(args);
          // Cached statements know their columns; a schema change may have changed them.
          if (entry.changesSchema) cache.clear();
          return resultSet([], [], info.changes, BigInt(info.lastInsertRowid));
        }
        const raw = entry.statement.all(args) as unknown[][];
        const rows = raw.map((values) => toRow(entry!, values));
        return resultSet(entry.columns, rows, 0, undefined);
      } catch (error) {
        // A statement that failed half way is not trusted again.
        cache.delete(sql);
        throw toLibsqlError(error);
      }
    },

    /** Several statements in one string (migrations, pragmas); may change the schema, so the cache is dropped. */
    exec(sql: string): void {
      cache.clear();
      try {
        db.exec(sql);
      } catch (error) {
        throw toLibsqlError(error);
      }
    },

    forgetStatements(): void {
      cache.clear();
    },

    close(): void {
      cache.clear();
      if (db.open) db.close();
    },
  };
}

export type Connection = ReturnType<typeof openConnection>;

/** The first column of each name, as `@libsql/client` does; `length` stays the row's length. */
function namedColumns(columns: string[]): [string, number][] {
  const seen = new Set<string>(["length"]);
  const named: [string, number][] = [];
  columns.forEach((name, index) => {
    if (seen.has(name)) return;
    seen.add(name);
    named.push([name, index]);
  });
  return named;
}

/**
 * libSQL rows answer both `row[0]` and `row.name`, and only the names are enumerable. Index access and
 * `length` live once on a prototype per statement instead of being defined on every row.
 */
function rowShape(width: number): object {
  const shape = Object.create(Object.prototype, { length: { value: width } });
  for (let i = 0; i < width; i++) {
    Object.defineProperty(shape, i, {
      get(this: { [VALUES]: Value[] }) {
        return this[VALUES][i];
      },
    });
  }
  return shape;
}

function toRow(entry: Prepared, raw: unknown[]): Row {
  const values = raw.map(valueFromSql);
  const row = Object.create(entry.rowShape) as Row & { [VALUES]: Value[] };
  Object.defineProperty(row, VALUES, { value: values });
  for (const [name, index] of entry.named) row[name] = values[index]!;
  return row;
}

function resultSet(columns: string[], rows: Row[], rowsAffected: number, lastInsertRowid: bigint | undefined): ResultSet {
  return {
    columns,
    columnTypes: columns.map(() => ""),
    rows,
    rowsAffected,
    lastInsertRowid,
    toJSON: () => ({ columns, rows: rows.map((r) => Array.from({ length: r.length }, (_, i) => r[i])), rowsAffected, lastInsertRowid: lastInsertRowid?.toString() ?? null }),
  };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Integers come back as numbers, and one too large for a number is an error, never a rounded value. */
function valueFromSql(value: unknown): Value {
  if (typeof value === "bigint") {
    if (value > MAX_SAFE || value < -MAX_SAFE) throw new RangeError("Received integer which cannot be safely represented as a JavaScript number");
    return Number(value);
  }
  if (value instanceof Uint8Array) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer;
  return value as Value;
}

function argsToSql(args: InArgs): unknown[] | Record<string, unknown> {
  if (Array.isArray(args)) return args.map(valueToSql);
  const named: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) named[/^[@$:]/.test(name) ? name.slice(1) : name] = valueToSql(value);
  return named;
}

function valueToSql(value: InValue): unknown {
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  return value;
}

const BASE_CODES: Record<number, string> = { 1: "SQLITE_ERROR", 5: "SQLITE_BUSY", 6: "SQLITE_LOCKED", 8: "SQLITE_READONLY", 11: "SQLITE_CORRUPT", 13: "SQLITE_FULL", 19: "SQLITE_CONSTRAINT" };

/** SQLite errors surface as `LibsqlError`s, as they do from `@libsql/client`, so callers see one error type. */
function toLibsqlError(error: unknown): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const rawCode = (error as { rawCode?: number }).rawCode;
  const code = rawCode === undefined ? "SQLITE_UNKNOWN" : (BASE_CODES[rawCode & 0xff] ?? `SQLITE_UNKNOWN_${rawCode & 0xff}`);
  return new LibsqlError(error.message, code, error.code, rawCode, error);
}
