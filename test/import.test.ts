import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodePlanBytes } from "../src/ingest/importer.js";
import { importPlanFile, planFilesIn } from "../src/ingest/seeds.js";
import { PlanParseError } from "../src/ingest/types.js";
import { createBotEnv, SEEDS_DIR, tableCounts, withTempDir } from "./helpers/bot-env.js";
import { startHranaServer } from "./helpers/hrana-server.js";

const TAM_DUONG = join(SEEDS_DIR, "tam-duong-273-KH-HU-2024.txt");

type Row = Record<string, unknown>;

describe("importing the seeded plans", () => {
  let env: Awaited<ReturnType<typeof createBotEnv>>;
  beforeAll(async () => {
    env = await createBotEnv();
  });
  afterAll(() => env?.client.close());

  async function query(sql: string, ...args: unknown[]): Promise<Row[]> {
    const result = await env.client.execute({ sql, args: args as never });
    return result.rows as unknown as Row[];
  }

  it("imports all five seeds on first start, one committee per issuing body", async () => {
    expect(env.seeded.map((r) => r.status)).toEqual(["created", "created", "created", "created", "created"]);
    const counts = await tableCounts(env.client);
    expect(counts.plans).toBe(5);
    expect(counts.committees).toBe(5);
    expect(counts.tasks).toBeGreaterThan(30);
    expect(counts.targets).toBeGreaterThan(40);
    expect(counts.assignments).toBeGreaterThan(20);
    expect(counts.deadlines).toBeGreaterThan(5);
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await tableCounts(env.client);
    const plansBefore = await query("SELECT id, updated_at FROM plans ORDER BY id");
    for (const file of await planFilesIn(SEEDS_DIR)) {
      expect((await importPlanFile(env.importer, file)).status).toBe("unchanged");
    }
    expect(await tableCounts(env.client)).toEqual(before);
    expect(await query("SELECT id, updated_at FROM plans ORDER BY id")).toEqual(plansBefore);
  });

  it("updates a corrected version in place and keeps the progress recorded against it", async () => {
    const original = await readFile(TAM_DUONG, "utf8");
    const plan = (await query("SELECT id, committee_id FROM plans WHERE doc_number = '273-KH/HU'"))[0]!;
    expect(plan).toBeDefined();
    const tasks = (await query("SELECT id, ref, text FROM tasks WHERE plan_id = ? ORDER BY position", plan.id));
    const kept = tasks[0]!;
    const agency = (await query("SELECT id FROM agencies WHERE committee_id = ?", plan.committee_id))[0]!;
    await query(
      "INSERT INTO progress (committee_id, task_id, agency_id, status, note) VALUES (?, ?, ?, 'in_progress', 'đã tổ chức 5 buổi')",
      plan.committee_id, kept.id, agency.id,
    );

    // A corrected scan: the first task's words repaired by hand, one the scan lost put back (no restorer adds a
    // word, so the correction changes what is read however well the scan is restored).
    const corrected = original.replace("Tiép tuc xay dyng, cing cd", "Tiếp tục xây dựng, củng cố vững chắc");
    expect(corrected).not.toEqual(original);
    const result = await env.importer.importText(corrected, "tam-duong-273-KH-HU-2024.txt");
    expect(result.status).toBe("updated");
    expect(result.planId).toBe(plan.id);

    const after = (await query("SELECT id, ref, retired_at FROM tasks WHERE plan_id = ? ORDER BY position", plan.id));
    expect(after.map((t) => t.id)).toEqual(tasks.map((t) => t.id));
    expect(after.every((t) => t.retired_at === null)).toBe(true);
    const progress = (await query("SELECT task_id, note FROM progress WHERE task_id = ?", kept.id));
    expect(progress).toEqual([{ task_id: kept.id, note: "đã tổ chức 5 buổi" }]);
    expect(Number((await query("SELECT count(*) AS n FROM plans"))[0]!.n)).toBe(5);
  });

  it("retires, never deletes, a task that a corrected version drops", async () => {
    const source = await readFile(join(SEEDS_DIR, "muong-ang-KH-UBND-2024.txt"), "utf8");
    const plan = (await query("SELECT id FROM plans WHERE source_file = 'muong-ang-KH-UBND-2024.txt'"))[0]!;
    const before = (await query("SELECT id, ref, text FROM tasks WHERE plan_id = ?", plan.id));
    const dropped = before.find((t) => String(t.text).includes("Ưu tiên nguồn lực"));
    expect(dropped).toBeDefined();
    const shortened = source.replace(/^5\. Ưu tiên nguồn lực.*$/m, "");
    const result = await env.importer.importText(shortened, "muong-ang-KH-UBND-2024.txt");
    expect(result).toMatchObject({ status: "updated", planId: plan.id });
    const [row] = (await query("SELECT retired_at FROM tasks WHERE id = ?", dropped!.id as number));
    expect(row!.retired_at).not.toBeNull();
    // Importing the full plan again brings the task back under the same id.
    await env.importer.importText(source, "muong-ang-KH-UBND-2024.txt");
    const [back] = (await query("SELECT retired_at FROM tasks WHERE id = ?", dropped!.id as number));
    expect(back!.retired_at).toBeNull();
  });

  it("accepts reviewed JSON back: a corrected target value updates the same row", async () => {
    const text = await readFile(join(SEEDS_DIR, "tinh-uy-chi-thi-28.txt"), "utf8");
    const { parsed } = env.importer.parseText(text);
    const index = parsed.targets.findIndex((t) => t.value === 550);
    expect(index).toBeGreaterThanOrEqual(0);
    const before = (await query("SELECT id FROM targets WHERE value = 550"))[0]!;
    parsed.targets[index] = { ...parsed.targets[index]!, value: 540 };
    const result = await env.importer.importJson(JSON.stringify(parsed), "tinh-uy-reviewed.json");
    expect(result.status).toBe("updated");
    const [after] = (await query("SELECT value FROM targets WHERE id = ?", before.id));
    expect(after!.value).toBe(540);
  });

  it("refuses bad input with a clear message and changes nothing", async () => {
    const before = await tableCounts(env.client);
    const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
      ["empty", async () => env.importer.importText(decodePlanBytes(new Uint8Array(), "rong.txt"), "rong.txt"), /rỗng/],
      ["binary", async () => env.importer.importText(decodePlanBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]), "a.pdf"), "a.pdf"), /nhị phân/],
      ["5 MB", async () => decodePlanBytes(new TextEncoder().encode("Kế hoạch ".repeat(600_000)), "big.txt"), /quá lớn/],
      ["not a plan", async () => env.importer.importText("Hôm nay trời đẹp, cả nhà đi chơi công viên.\nChiều về ăn cơm.", "nhat-ky.txt"), /kế hoạch/i],
      ["whitespace", async () => env.importer.importText(" \n\n \t ", "trang.txt"), /.+/],
      ["bad JSON", async () => env.importer.importJson("{\"plan\": ", "x.json"), /JSON không hợp lệ/],
      ["wrong JSON", async () => env.importer.importJson("{\"plan\": {}}", "x.json"), /không đúng cấu trúc/],
    ];
    for (const [name, run, message] of cases) {
      const error = await run().then(() => undefined, (e: unknown) => e);
      expect(error, name).toBeInstanceOf(PlanParseError);
      expect((error as Error).message, name).toMatch(message);
    }
    expect(await tableCounts(env.client)).toEqual(before);
  });
});

describe("database URLs", () => {
  it("migrates, imports and answers over a remote libSQL URL (Hrana over HTTP), through the same code", async () => {
    await withTempDir(async (dir) => {
      const server = await startHranaServer(join(dir, "remote.db"));
      try {
        const remote = await createBotEnv({ url: server.url });
        expect(remote.seeded).toHaveLength(5);
        const [reply] = await remote.core.handle({ channel: "web", chatId: "r", chatKind: "private", senderId: "r", text: "kế hoạch 273 ban hành ngày nào?", messageId: "1", receivedAt: new Date() });
        expect(reply!.text).toContain("27/05/2024");
        expect(server.requests()).toBeGreaterThan(10);
        remote.client.close();
      } finally {
        await server.close();
      }
    });
  });

  it("keeps data in a local file across reopen, through the same code", async () => {
    await withTempDir(async (dir) => {
      const url = `file:${join(dir, "nested", "bot.db")}`;
      const first = await createBotEnv({ url });
      expect(first.seeded).toHaveLength(5);
      first.client.close();
      const second = await createBotEnv({ url });
      expect(second.seeded).toHaveLength(0); // seeds are imported once, on first start
      expect(await second.queries.countPlans()).toBe(5);
      second.client.close();
    });
  });
});
