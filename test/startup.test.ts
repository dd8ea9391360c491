import { execFile } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withTempDir } from "./helpers/bot-env.js";

/**
 * Issue 20 (11): starting on a database that cannot be used says so in one line naming the file and the
 * fix (no stack trace), and two instances starting together on an empty file both come up.
 */
type Run = { code: number | null; stdout: string; stderr: string };
function run(script: string, env: Record<string, string>, timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", script], { env: { ...process.env, ...env, PORT: String(20000 + Math.floor(Math.random() * 20000)), TELEGRAM_BOT_TOKEN: "", ZALO_BOT_TOKEN: "" }, timeout: timeoutMs }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("start-up on a database that cannot be used", () => {
  it("names the file and the fix when it is not a database, with no stack trace", async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, "bot.db");
      await writeFile(file, "this is a spreadsheet, not a database ".repeat(200));
      const { code, stderr } = await run("src/entry/node.ts", { DATABASE_URL: `file:${file}` });
      expect(code).toBe(1);
      expect(stderr).toContain(file);
      expect(stderr).toMatch(/not a readable SQLite database.*Restore it from a backup or point DATABASE_URL/);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });

  it("says DATABASE_URL names a folder", async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, "data");
      await mkdir(folder);
      const { code, stderr } = await run("src/entry/node.ts", { DATABASE_URL: `file:${folder}` });
      expect(code).toBe(1);
      expect(stderr).toContain(`DATABASE_URL names a folder, not a file: ${folder}`);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });

  it("explains a DATABASE_URL it cannot use", async () => {
    const { code, stderr } = await run("src/entry/node.ts", { DATABASE_URL: "postgres://db.example/bot" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/DATABASE_URL .*postgres:\/\/db\.example\/bot.*file:\.\/data\/bot\.db/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("two instances migrating one empty file at once", () => {
  it("both finish and the schema is whole, round after round", async () => {
    const migrations = (await readdir("migrations")).filter((f) => f.endsWith(".sql")).length;
    await withTempDir(async (dir) => {
      for (let round = 0; round < 3; round++) {
        const url = `file:${join(dir, `race-${round}.db`)}`;
        const [a, b] = await Promise.all([run("src/cli/migrate.ts", { DATABASE_URL: url }), run("src/cli/migrate.ts", { DATABASE_URL: url })]);
        expect([a.code, a.stderr.slice(-300)]).toEqual([0, expect.any(String)]);
        expect([b.code, b.stderr.slice(-300)]).toEqual([0, expect.any(String)]);
        const check = await run("test/helpers/count-migrations.ts", { DATABASE_URL: url });
        expect(Number(check.stdout.trim())).toBe(migrations);
      }
    });
  }, 120_000);
});
