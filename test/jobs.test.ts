import { execFile } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { catchUp } from "../src/jobs/registry.js";
import { createBotEnv, withTempDir } from "./helpers/bot-env.js";

/**
 * Digests and reminders with an injected clock (Asia/Ho_Chi_Minh is UTC+7):
 * what goes out, when, to whom, and never twice.
 */
type Env = Awaited<ReturnType<typeof createBotEnv>>;
type Sent = { chat: string; text: string };
const MUONG_ANG = "ubnd-huyen-muong-ang";
const at = (local: string) => new Date(`${local}+07:00`);

let clock = at("2024-12-02T08:05:00");
const envs: Env[] = [];
afterEach(() => {
  for (const env of envs.splice(0)) env.client.close();
});

async function setUp(url?: string, fail?: (n: number) => boolean) {
  const env = await createBotEnv({ url, clock: () => clock });
  envs.push(env);
  const sent: Sent[] = [];
  let calls = 0;
  env.senders.telegram = async (chat, text) => {
    calls++;
    if (fail?.(calls)) throw new Error("network down");
    sent.push({ chat, text });
    return String(calls);
  };
  return { env, sent };
}

async function bindGroups(env: Env) {
  const { createPeople } = await import("../src/db/repos/people.js");
  const people = createPeople(env.db);
  await people.bindChat({ channel: "telegram", externalId: "-100", committeeId: MUONG_ANG, kind: "group", title: "BCĐ Mường Ảng" });
  await people.bindChat({ channel: "telegram", externalId: "-200", committeeId: MUONG_ANG, kind: "leaders", title: "Lãnh đạo" });
}

/** A focal point of the agency that leads Mường Ảng's yearly report (UBND các xã, thị trấn). */
async function focalPoint(env: Env, committee = MUONG_ANG, agencyName = "Ủy ban nhân dân cấp xã", telegramId = "555") {
  const agency = (await env.client.execute({ sql: "SELECT id FROM agencies WHERE committee_id = ? AND name = ?", args: [committee, agencyName] })).rows[0]!;
  const contact = await env.client.execute({ sql: "INSERT INTO contacts (committee_id, agency_id, role, name) VALUES (?, ?, 'focal', 'Hòa') RETURNING id", args: [committee, Number(agency.id)] });
  await env.client.execute({ sql: "INSERT INTO identities (contact_id, channel, external_id) VALUES (?, 'telegram', ?)", args: [Number(contact.rows[0]!.id), telegramId] });
  return Number(agency.id);
}

const digestJob = (env: Env) => env.jobs.find((j) => j.name === "weekly-digest")!;
const reminderJob = (env: Env) => env.jobs.find((j) => j.name === "reminders")!;

describe("weekly digest", () => {
  it("sends the committee's digest to its group and the brief to its leaders on Monday 08:00, once", async () => {
    const { env, sent } = await setUp();
    await bindGroups(env);
    clock = at("2024-12-02T07:50:00");
    await digestJob(env).run(clock);
    expect(sent).toHaveLength(0); // not yet 08:00
    clock = at("2024-12-02T08:05:00");
    await digestJob(env).run(clock);
    const group = sent.filter((s) => s.chat === "-100").map((s) => s.text);
    expect(group[0]).toContain("TỔNG HỢP TUẦN — UBND huyện Mường Ảng (02/12/2024)");
    expect(group[0]).toContain("Tuần này đến hạn: 1");
    expect(group.join("\n")).toMatch(/Đến hạn tuần này:\n• 05\/12\/2024 — .*báo cáo kết quả/);
    expect(group.join("\n")).toContain("Cơ quan có việc đến hạn mà chưa báo cáo:\n• Ủy ban nhân dân cấp xã");
    const leaders = sent.filter((s) => s.chat === "-200").map((s) => s.text);
    expect(leaders[0]).toContain("BÁO CÁO NHANH CHO LÃNH ĐẠO");
    expect(leaders.length).toBeLessThan(group.length);
    for (const s of sent) expect(s.text.length).toBeLessThanOrEqual(4096);
    const count = sent.length;
    clock = at("2024-12-02T08:20:00");
    await digestJob(env).run(clock);
    await catchUp(env.jobs, () => {}, clock);
    expect(sent).toHaveLength(count);
  });

  it("marks targets by year against the latest reported value", async () => {
    const { env } = await setUp();
    const target = (await env.client.execute("SELECT t.id, p.committee_id FROM targets t JOIN plans p ON p.id = t.plan_id WHERE t.value = 3.2 AND t.year = 2030")).rows[0]!;
    await env.client.execute({ sql: "INSERT INTO progress (committee_id, target_id, value, period) VALUES (?, ?, 3.0, '2026')", args: [String(target.committee_id), Number(target.id)] });
    const parts = await env.digest.build({ committeeId: String(target.committee_id), committeeName: "Tỉnh ủy", today: "2026-11-23", lang: "vi", since: "2026-11-16", variant: "full" });
    const targets = parts.at(-1)!;
    expect(targets).toContain("Năm 2025 (đã qua)");
    expect(targets).toMatch(/Năm 2030: đạt 1, chưa có số liệu \d+/);
    expect(targets).toMatch(/Tỷ suất tử vong trẻ sơ sinh.*: dưới 3,2‰ · 3‰ → đạt/);
  });

  it("names the next deadline when nothing falls due this week or month", async () => {
    const { env } = await setUp();
    const committee = (await env.client.execute("SELECT id FROM committees WHERE name LIKE '%Mường Ảng%'")).rows[0]!;
    const build = (today: string) =>
      env.digest.build({ committeeId: String(committee.id), committeeName: "Mường Ảng", today, lang: "vi", since: "2026-01-01", variant: "full" });
    const late = (await build("2026-11-23")).join("\n\n");
    expect(late).toMatch(/Không có việc đến hạn trong tháng; việc đến hạn gần nhất:\n• 05\/12\/2026 — /);
    expect(late).not.toContain("Không có."); // no empty sections
    // Something due this month: the section lists it and names nothing beyond.
    const early = (await build("2026-12-01")).join("\n\n");
    expect(early).toMatch(/Đến hạn tuần này:\n• 05\/12\/2026/);
    expect(early).not.toContain("việc đến hạn gần nhất");
  });

  it("resumes a run that was claimed but not sent after a crash, and sends nothing twice", async () => {
    await withTempDir(async (dir) => {
      const url = `file:${join(dir, "bot.db")}`;
      // First process: claims and queues, then dies before anything is sent (no sender yet).
      const first = await setUp(url);
      await bindGroups(first.env);
      delete first.env.senders.telegram;
      clock = at("2024-12-02T08:05:00");
      await digestJob(first.env).run(clock);
      const queued = Number((await first.env.client.execute("SELECT count(*) AS n FROM outbox WHERE status = 'pending'")).rows[0]!.n);
      expect(queued).toBeGreaterThan(2);
      // Restart: a sender that fails once mid-way.
      const second = await setUp(url, (n) => n === 2);
      await digestJob(second.env).run(at("2024-12-02T08:15:00"));
      expect(second.sent).toHaveLength(queued - 1);
      await digestJob(second.env).run(at("2024-12-02T08:30:00"));
      expect(second.sent).toHaveLength(queued);
      expect(new Set(second.sent.map((s) => `${s.chat}|${s.text}`)).size).toBe(queued);
      expect(Number((await second.env.client.execute("SELECT count(*) AS n FROM job_runs WHERE job = 'weekly-digest'")).rows[0]!.n)).toBe(1);
      expect((await second.env.client.execute("SELECT finished_at FROM job_runs")).rows[0]!.finished_at).not.toBeNull();
    });
  });

  it("sends once when two schedulers (two processes) run the same schedule on one database", async () => {
    await withTempDir(async (dir) => {
      const url = `file:${join(dir, "bot.db")}`;
      const a = await setUp(url);
      await bindGroups(a.env);
      clock = at("2024-12-02T08:05:00");
      const instant = clock.toISOString();
      const child = () =>
        new Promise<Sent[]>((resolve, reject) => {
          execFile(process.execPath, ["--import", "tsx", "test/helpers/digest-tick-process.ts", url, instant], (error, stdout) =>
            error ? reject(error) : resolve(stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Sent)),
          );
        });
      const [b, c] = await Promise.all([child(), child(), digestJob(a.env).run(clock)]);
      const all = [...a.sent, ...b, ...c];
      const queued = Number((await a.env.client.execute("SELECT count(*) AS n FROM outbox")).rows[0]!.n);
      expect(queued).toBeGreaterThan(2);
      expect(all).toHaveLength(queued);
      expect(new Set(all.map((s) => `${s.chat}|${s.text}`)).size).toBe(queued);
    });
  }, 60_000);

  it("catches up a missed digest the same day, and skips (and logs) one from an earlier day", async () => {
    const monday = await setUp();
    await bindGroups(monday.env);
    clock = at("2024-12-02T10:40:00"); // down at 08:00, back at 10:40
    await catchUp(monday.env.jobs, () => {}, clock);
    expect(monday.sent.some((s) => s.text.includes("TỔNG HỢP TUẦN"))).toBe(true);

    const tuesday = await setUp();
    await bindGroups(tuesday.env);
    clock = at("2024-12-03T09:00:00"); // down all Monday
    await catchUp(tuesday.env.jobs, () => {}, clock);
    expect(tuesday.sent.some((s) => s.text.includes("TỔNG HỢP TUẦN"))).toBe(false);
    expect(tuesday.env.logLines.some((l) => l.message.includes("missed") && l.extra?.committeeId === MUONG_ANG)).toBe(true);
  });
});

describe("reminders", () => {
  it("reminds the lead agency's focal point 7 and 3 days before, not at night, not on weekends, not once reported", async () => {
    const { env, sent } = await setUp();
    await focalPoint(env);
    const run = async (local: string) => {
      clock = at(local);
      await reminderJob(env).run(clock);
      return sent.map((s) => s.text);
    };
    expect(await run("2024-11-28T06:30:00")).toHaveLength(0); // quiet hours
    expect(await run("2024-11-28T07:30:00")).toHaveLength(1);
    expect(sent[0]).toMatchObject({ chat: "555" });
    expect(sent[0]!.text).toContain("Hạn: 05/12/2024 (còn 7 ngày)");
    expect(await run("2024-11-28T15:00:00")).toHaveLength(1); // once
    expect(await run("2024-11-30T09:00:00")).toHaveLength(1); // Saturday
    expect(await run("2024-12-02T09:00:00")).toHaveLength(2);
    expect(sent[1]!.text).toContain("còn 3 ngày");
    // The agency reports; the 1-day reminder and the overdue notice are skipped.
    const task = (await env.client.execute("SELECT task_id FROM deadlines d JOIN plans p ON p.id = d.plan_id WHERE p.committee_id = 'ubnd-huyen-muong-ang' AND d.date = '12-05'")).rows[0]!;
    await env.client.execute({ sql: "INSERT INTO progress (committee_id, task_id, agency_id, status, created_at) SELECT ?, ?, agency_id, 'done', '2024-12-03T02:00:00.000Z' FROM contacts WHERE role = 'focal'", args: [MUONG_ANG, Number(task.task_id)] });
    expect(await run("2024-12-04T09:00:00")).toHaveLength(2);
    expect(await run("2024-12-06T09:00:00")).toHaveLength(2);
  });

  it("holds reminders through Tết and sends the most urgent one on the first working morning; one overdue notice after", async () => {
    const { env, sent } = await setUp();
    const plan = [
      "UBND HUYỆN THỬ", "Số: 9/KH-UBND", "Thử, ngày 02 tháng 01 năm 2025", "", "KẾ HOẠCH", "Báo cáo đầu năm 2025", "",
      "I. TỔ CHỨC THỰC HIỆN", "1. Phòng Tư pháp báo cáo kết quả trước ngày 05/02/2025.",
    ].join("\n");
    const result = await env.importer.importText(plan, "thu.txt");
    await focalPoint(env, result.committeeId, "Phòng Tư pháp", "777");
    const run = async (local: string) => {
      clock = at(local);
      await reminderJob(env).run(clock);
      return sent.length;
    };
    expect(await run("2025-01-29T09:00:00")).toBe(0); // 7 days before, but Tết
    expect(await run("2025-02-01T09:00:00")).toBe(0); // still Tết (Saturday)
    expect(await run("2025-02-03T07:15:00")).toBe(1); // first working morning
    expect(sent[0]!.text).toContain("còn 2 ngày");
    expect(await run("2025-02-04T09:00:00")).toBe(2); // the 1-day reminder
    expect(await run("2025-02-06T09:00:00")).toBe(3);
    expect(sent[2]!.text).toContain("Quá hạn");
    expect(await run("2025-02-07T09:00:00")).toBe(3);
  });

  it("asks once for a report the plan wants 'every 6 months and yearly' when both fall on 31/12", async () => {
    const { env, sent } = await setUp();
    // KH 273, mục IV.2: "định kỳ 6 tháng, 01 năm báo cáo kết quả…", led by Ủy ban nhân dân.
    await focalPoint(env, "ban-thuong-vu-huyen-uy-tam-duong", "Ủy ban nhân dân", "888");
    clock = at("2025-12-24T09:00:00");
    await reminderJob(env).run(clock);
    expect(sent.map((s) => s.chat)).toEqual(["888"]);
    expect(sent[0]!.text).toContain("Hạn: 31/12/2025 (còn 7 ngày)");
  });
});
