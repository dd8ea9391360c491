import { LibsqlBatchError, LibsqlError, type Client, type InArgs, type InStatement, type ResultSet, type Transaction, type TransactionMode } from "@libsql/client";
import { openConnection, type Connection } from "./connection.js";

const BEGIN: Record<TransactionMode, string> = { write: "BEGIN IMMEDIATE", read: "BEGIN TRANSACTION READONLY", deferred: "BEGIN DEFERRED" };

/**
 * The `@libsql/client` interface over one embedded connection that keeps its prepared statements.
 * Statements run synchronously, so only an interactive transaction spans awaits: while one is open,
 * everything else waits for it (instead of failing, or a second connection blocking the event loop
 * on SQLite's lock).
 */
export function openEmbeddedClient(path: string, options: { timeout: number }): Client {
  const connection = openConnection(path, options);
  let transactionDone: Promise<void> | null = null;
  let endTransaction = () => {};
  let closed = false;

  const checkOpen = () => {
    if (closed || !connection.open) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
  };
  const waitForTransaction = async () => {
    while (transactionDone) await transactionDone;
    checkOpen();
  };

  const client: Client = {
    get closed() {
      return closed;
    },
    protocol: "file",

    async execute(stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
      if (transactionDone) await waitForTransaction();
      checkOpen();
      return connection.run(typeof stmtOrSql === "string" ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql);
    },

    async batch(stmts, mode = "deferred") {
      await waitForTransaction();
      return runAtomically(connection, BEGIN[mode], stmts.map(normalize));
    },

    async migrate(stmts) {
      await waitForTransaction();
      connection.run("PRAGMA foreign_keys=off");
      try {
        return runAtomically(connection, BEGIN.deferred, stmts);
      } finally {
        connection.run("PRAGMA foreign_keys=on");
        connection.forgetStatements();
      }
    },

    async transaction(mode: TransactionMode = "write") {
      await waitForTransaction();
      connection.run(BEGIN[mode]);
      transactionDone = new Promise((resolve) => {
        endTransaction = () => {
          transactionDone = null;
          resolve();
        };
      });
      return embeddedTransaction(connection, () => endTransaction());
    },

    async executeMultiple(sql) {
      await waitForTransaction();
      try {
        connection.exec(sql);
      } finally {
        if (connection.inTransaction) connection.run("ROLLBACK");
      }
    },

    async sync() {
      throw new LibsqlError("An embedded database without a sync URL has nothing to sync", "SYNC_NOT_SUPPORTED");
    },

    reconnect() {
      throw new LibsqlError("The embedded client cannot reopen its connection; open a new client", "RECONNECT_NOT_SUPPORTED");
    },

    close() {
      closed = true;
      connection.close();
      // Whatever waits for an open transaction wakes up to a closed client rather than waiting forever.
      endTransaction();
    },
  };
  return client;
}

function normalize(stmt: InStatement | [string, InArgs?]): InStatement {
  return Array.isArray(stmt) ? { sql: stmt[0], args: stmt[1] ?? [] } : stmt;
}

/** Runs the statements in one transaction: all of them apply or none does. */
function runAtomically(connection: Connection, begin: string, stmts: InStatement[]): ResultSet[] {
  connection.run(begin);
  try {
    const results = runEach(connection, stmts);
    connection.run("COMMIT");
    return results;
  } finally {
    if (connection.inTransaction) connection.run("ROLLBACK");
  }
}

/** Runs the statements in order; a failure names the index of the statement that failed. */
function runEach(connection: Connection, stmts: InStatement[]): ResultSet[] {
  return stmts.map((stmt, index) => {
    try {
      return connection.run(stmt);
    } catch (error) {
      if (error instanceof LibsqlError) throw new LibsqlBatchError(error.message, index, error.code, error.extendedCode, error.rawCode, error);
      throw error;
    }
  });
}

/** An interactive transaction; `release` lets waiting statements run once it commits, rolls back or closes. */
function embeddedTransaction(connection: Connection, release: () => void): Transaction {
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    try {
      // A failed COMMIT leaves the transaction open; nothing after it may run inside it.
      if (connection.inTransaction) connection.run("ROLLBACK");
    } finally {
      release();
    }
  };
  const live = () => {
    if (settled || !connection.inTransaction) throw new LibsqlError("The transaction is closed", "TRANSACTION_CLOSED");
    return connection;
  };
  return {
    async execute(stmt: InStatement) {
      return live().run(stmt);
    },
    async batch(stmts: InStatement[]) {
      return runEach(live(), stmts);
    },
    async executeMultiple(sql: string) {
      live().exec(sql);
    },
    async commit() {
      try {
        live().run("COMMIT");
      } finally {
        settle();
      }
    },
    async rollback() {
      settle();
    },
    close() {
      settle();
    },
    get closed() {
      return settled || !connection.inTransaction;
    },
  };
}
