import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LibsqlBatchError, LibsqlError, type Client } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { openEmbeddedClient } from "./client.js";

const clients: Client[] = [];
const dirs: string[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function open(path = ":memory:") {
  const client = openEmbeddedClient(path, { timeout: 1000 });
  clients.push(client);
  await client.executeMultiple("CREATE TABLE reports (id INTEGER PRIMARY KEY, agency TEXT NOT NULL UNIQUE, value REAL)");
  return client;
}

describe("embedded libSQL client", () => {
  it("answers a reused statement with the rows of its new arguments, by index and by name", async () => {
    const client = await open();
    await client.batch([
      { sql: "INSERT INTO reports (agency, value) VALUES (?, ?)", args: ["Phòng Y tế", 12.5] },
      { sql: "INSERT INTO reports (agency, value) VALUES (?, ?)", args: ["Phòng GD&ĐT", 80] },
    ]);
    const ask = (agency: string) => client.execute({ sql: "SELECT r.id, r.agency, r.value, 7 AS id FROM reports r WHERE agency = ?", args: [agency] });
    const first = await ask("Phòng Y tế");
    const second = await ask("Phòng GD&ĐT");
    expect(first.rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([[1, "Phòng Y tế", 12.5, 7]]);
    expect(second.rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([[2, "Phòng GD&ĐT", 80, 7]]);
    // A name given twice keeps its first column, and only names are enumerable, as with @libsql/client.
    expect({ ...second.rows[0] }).toEqual({ id: 2, agency: "Phòng GD&ĐT", value: 80 });
    expect(second.rows[0]!.length).toBe(4);
    expect(Array.prototype.slice.call(second.rows[0])).toEqual([2, "Phòng GD&ĐT", 80, 7]);
    expect(second.columns).toEqual(["id", "agency", "value", "id"]);
  });

  it("reports changes and the new row id of a write", async () => {
    const client = await open();
    const inserted = await client.execute("INSERT INTO reports (agency) VALUES (?)", ["Công an huyện"]);
    expect(inserted.rowsAffected).toBe(1);
    expect(inserted.lastInsertRowid).toBe(1n);
    const updated = await client.execute("UPDATE reports SET value = ? WHERE agency = ?", [3, "nobody"]);
    expect(updated.rowsAffected).toBe(0);
  });

  it("sees a column added after a statement was first cached", async () => {
    const client = await open();
    await client.execute("INSERT INTO reports (agency) VALUES ('Phòng Y tế')");
    const before = await client.execute("SELECT * FROM reports");
    await client.execute("ALTER TABLE reports ADD COLUMN note TEXT DEFAULT 'chưa báo cáo'");
    const after = await client.execute("SELECT * FROM reports");
    expect(before.columns).toEqual(["id", "agency", "value"]);
    expect(after.columns).toEqual(["id", "agency", "value", "note"]);
    expect(after.rows[0]!.note).toBe("chưa báo cáo");
  });

  it("applies none of a batch when one statement fails, and says which one", async () => {
    const client = await open();
    const failing = client.batch([
      { sql: "INSERT INTO reports (agency) VALUES (?)", args: ["Phòng Y tế"] },
      { sql: "INSERT INTO reports (agency) VALUES (?)", args: ["Phòng Y tế"] },
    ]);
    await expect(failing).rejects.toSatisfy((e: unknown) => e instanceof LibsqlBatchError && e.statementIndex === 1 && e.code === "SQLITE_CONSTRAINT");
    expect((await client.execute("SELECT count(*) AS n FROM reports")).rows[0]!.n).toBe(0);
  });

  it("makes a statement from elsewhere wait for an open transaction instead of failing or seeing half of it", async () => {
    const client = await open();
    const tx = await client.transaction("write");
    await tx.execute({ sql: "INSERT INTO reports (agency) VALUES (?)", args: ["Phòng Y tế"] });
    let seen: unknown;
    const concurrent = client.execute("SELECT count(*) AS n FROM reports").then((rs) => (seen = rs.rows[0]!.n));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toBeUndefined();
    await tx.execute({ sql: "INSERT INTO reports (agency) VALUES (?)", args: ["Phòng GD&ĐT"] });
    await tx.commit();
    await concurrent;
    expect(seen).toBe(2);
  });

  it("lets waiting statements run after a rollback, which keeps nothing of the transaction", async () => {
    const client = await open();
    const tx = await client.transaction("write");
    await tx.execute({ sql: "INSERT INTO reports (agency) VALUES (?)", args: ["Phòng Y tế"] });
    const waiting = client.execute("INSERT INTO reports (agency) VALUES ('Phòng Tư pháp')");
    await tx.rollback();
    await waiting;
    expect((await client.execute("SELECT agency FROM reports")).rows.map((r) => r.agency)).toEqual(["Phòng Tư pháp"]);
    await expect(tx.execute("SELECT 1")).rejects.toSatisfy((e: unknown) => e instanceof LibsqlError && e.code === "TRANSACTION_CLOSED");
  });

  it("refuses an integer a JavaScript number would round, rather than returning a wrong one", async () => {
    const client = await open();
    await expect(client.execute("SELECT 9007199254740993 AS big")).rejects.toThrow(RangeError);
    expect((await client.execute("SELECT 9007199254740991 AS big")).rows[0]!.big).toBe(9007199254740991);
  });

  it("wakes a statement waiting on a transaction when the client closes, with a clear error", async () => {
    const client = await open();
    await client.transaction("write");
    const waiting = client.execute("SELECT 1");
    client.close();
    await expect(waiting).rejects.toSatisfy((e: unknown) => e instanceof LibsqlError && e.code === "CLIENT_CLOSED");
  });

  it("keeps what was committed in a database file for the next process", async () => {
    const dir = mkdtempSync(join(tmpdir(), "embedded-"));
    dirs.push(dir);
    const file = join(dir, "bot.db");
    const writer = await open(file);
    await writer.execute("INSERT INTO reports (agency, value) VALUES ('Phòng Y tế', 95)");
    writer.close();
    const reader = openEmbeddedClient(file, { timeout: 1000 });
    clients.push(reader);
    expect((await reader.execute("SELECT agency, value FROM reports")).rows.map((r) => ({ ...r }))).toEqual([{ agency: "Phòng Y tế", value: 95 }]);
  });
});
