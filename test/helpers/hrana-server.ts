/**
 * A small Hrana v2-over-HTTP server (`POST /v2/pipeline`) on the `libsql`
 * package: enough of sqld for @libsql/client/web, so the Worker in workerd
 * talks to a real SQLite file the way it talks to Turso. One connection per
 * stream (baton); a stream keeps its transaction until closed.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import Database from "libsql";

type HranaValue = { type: "null" } | { type: "integer"; value: string } | { type: "float"; value: number } | { type: "text"; value: string } | { type: "blob"; base64: string };
type Stmt = { sql?: string; sql_id?: number; args?: HranaValue[]; named_args?: Array<{ name: string; value: HranaValue }>; want_rows?: boolean };
type Cond = { type: "ok" | "error"; step: number } | { type: "not"; cond: Cond } | { type: "and" | "or"; conds: Cond[] } | { type: "is_autocommit" };
type Request =
  | { type: "execute"; stmt: Stmt }
  | { type: "batch"; batch: { steps: Array<{ condition?: Cond | null; stmt: Stmt }> } }
  | { type: "sequence"; sql: string }
  | { type: "describe"; sql: string }
  | { type: "store_sql"; sql_id: number; sql: string }
  | { type: "close_sql"; sql_id: number }
  | { type: "get_autocommit" }
  | { type: "close" };

function fromHrana(v: HranaValue): unknown {
  switch (v.type) {
    case "null": return null;
    case "integer": return BigInt(v.value);
    case "float": return v.value;
    case "text": return v.value;
    case "blob": return Buffer.from(v.base64, "base64");
  }
}

function toHrana(v: unknown): HranaValue {
  if (v === null || v === undefined) return { type: "null" };
  if (typeof v === "bigint") return { type: "integer", value: v.toString() };
  if (typeof v === "number") return Number.isInteger(v) ? { type: "integer", value: String(v) } : { type: "float", value: v };
  if (typeof v === "string") return { type: "text", value: v };
  if (Buffer.isBuffer(v)) return { type: "blob", base64: v.toString("base64") };
  return { type: "text", value: String(v) };
}

export async function startHranaServer(path: string): Promise<{ url: string; close: () => Promise<void>; requests: () => number }> {
  const streams = new Map<string, { db: Database.Database; sqls: Map<number, string> }>();
  let served = 0;

  function execute(stream: { db: Database.Database; sqls: Map<number, string> }, stmt: Stmt) {
    const sql = stmt.sql ?? stream.sqls.get(stmt.sql_id!)!;
    const prepared = stream.db.prepare(sql);
    prepared.safeIntegers(true);
    const named = Object.fromEntries((stmt.named_args ?? []).map((a) => [a.name.replace(/^[:@$]/, ""), fromHrana(a.value)]));
    const args = stmt.named_args?.length ? [named] : (stmt.args ?? []).map(fromHrana);
    if (prepared.reader) {
      const cols = prepared.columns().map((c: { name: string; type: string | null }) => ({ name: c.name, decltype: c.type }));
      const rows = prepared.raw(true).all(...args) as unknown[][];
      return { cols, rows: rows.map((r) => r.map(toHrana)), affected_row_count: 0, last_insert_rowid: null, rows_read: rows.length, rows_written: 0 };
    }
    const info = prepared.run(...args);
    return { cols: [], rows: [], affected_row_count: Number(info.changes), last_insert_rowid: String(info.lastInsertRowid), rows_read: 0, rows_written: Number(info.changes) };
  }

  function holds(cond: Cond | null | undefined, ok: boolean[], errors: boolean[], db: Database.Database): boolean {
    if (!cond) return true;
    switch (cond.type) {
      case "ok": return ok[cond.step] === true;
      case "error": return errors[cond.step] === true;
      case "not": return !holds(cond.cond, ok, errors, db);
      case "and": return cond.conds.every((c) => holds(c, ok, errors, db));
      case "or": return cond.conds.some((c) => holds(c, ok, errors, db));
      case "is_autocommit": return !db.inTransaction;
    }
  }

  function handle(stream: { db: Database.Database; sqls: Map<number, string> }, req: Request) {
    switch (req.type) {
      case "execute":
        return { type: "execute", result: execute(stream, req.stmt) };
      case "batch": {
        const ok: boolean[] = [];
        const errors: boolean[] = [];
        const step_results: unknown[] = [];
        const step_errors: unknown[] = [];
        req.batch.steps.forEach((step, i) => {
          if (!holds(step.condition, ok, errors, stream.db)) {
            step_results.push(null);
            step_errors.push(null);
            return;
          }
          try {
            step_results.push(execute(stream, step.stmt));
            step_errors.push(null);
            ok[i] = true;
          } catch (error) {
            step_results.push(null);
            step_errors.push({ message: String((error as Error).message), code: (error as { code?: string }).code ?? "SQLITE_ERROR" });
            errors[i] = true;
          }
        });
        return { type: "batch", result: { step_results, step_errors } };
      }
      case "sequence":
        stream.db.exec(req.sql);
        return { type: "sequence" };
      case "describe": {
        const p = stream.db.prepare(req.sql);
        return { type: "describe", result: { params: [], cols: p.reader ? p.columns().map((c: { name: string; type: string | null }) => ({ name: c.name, decltype: c.type })) : [], is_explain: false, is_readonly: p.reader } };
      }
      case "store_sql":
        stream.sqls.set(req.sql_id, req.sql);
        return { type: "store_sql" };
      case "close_sql":
        stream.sqls.delete(req.sql_id);
        return { type: "close_sql" };
      case "get_autocommit":
        return { type: "get_autocommit", is_autocommit: !stream.db.inTransaction };
      case "close":
        return { type: "close" };
    }
  }

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && req.url === "/v2") return send(200, {});
    if (req.method !== "POST" || req.url !== "/v2/pipeline") return send(404, { error: "not found" });
    served++;
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { baton: string | null; requests: Request[] };
    let baton = body.baton;
    let stream = baton ? streams.get(baton) : undefined;
    if (!stream) {
      stream = { db: new Database(path), sqls: new Map() };
      stream.db.pragma("busy_timeout = 5000");
      baton = randomUUID();
      streams.set(baton, stream);
    }
    const results = body.requests.map((r) => {
      try {
        return { type: "ok", response: handle(stream!, r) };
      } catch (error) {
        return { type: "error", error: { message: String((error as Error).message), code: (error as { code?: string }).code ?? "SQLITE_ERROR" } };
      }
    });
    const closing = body.requests.some((r) => r.type === "close");
    if (closing) {
      stream.db.close();
      streams.delete(baton!);
    }
    send(200, { baton: closing ? null : baton, base_url: null, results });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => served,
    close: async () => {
      for (const s of streams.values()) s.db.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
