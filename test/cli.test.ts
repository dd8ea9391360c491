import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parsedPlanSchema } from "../src/ingest/types.js";
import { withTempDir } from "./helpers/bot-env.js";

const run = promisify(execFile);
const TSX = join("node_modules", ".bin", "tsx");

function cli(script: string, args: string[], env: Record<string, string>, input?: string) {
  const child = run(TSX, [join("src", "cli", script), ...args], { env: { ...process.env, ...env }, maxBuffer: 10_000_000 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
}

describe("command-line contract", { timeout: 90_000 }, () => {
  it("plans parse --json prints one JSON object in the documented shape and saves nothing", async () => {
    await withTempDir(async (dir) => {
      const env = { DATABASE_URL: `file:${join(dir, "bot.db")}` };
      const { stdout } = await cli("plans.ts", ["parse", "seeds/tam-duong-273-KH-HU-2024.txt", "--json"], env);
      const parsed = parsedPlanSchema.parse(JSON.parse(stdout));
      expect(parsed.plan.docNumber).toBe("273-KH/HU");
      expect(parsed.plan.issuedOn).toBe("2024-05-27");
      expect(parsed.plan.implements).toEqual(expect.arrayContaining(["28-CT/TW", "48-CTr/TU"]));
      expect(parsed.targets.some((t) => t.value === 60 && t.year === 2025 && t.unit === "%")).toBe(true);
    });
  });

  it("plans parse --json of a large plan arrives whole through a pipe", async () => {
    await withTempDir(async (dir) => {
      const items = Array.from({ length: 90 }, (_, i) =>
        `${i + 1}. Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức tuyên truyền nội dung số ${i + 1}. ${"Kiểm tra, giám sát việc thực hiện tại các xã, phường. ".repeat(40)}`);
      const plan = `ỦY BAN NHÂN DÂN TỈNH\nSố: 12/KH-UBND\nHà Tĩnh, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\nI. NHIỆM VỤ\n\n${items.join("\n\n")}\n`;
      const file = join(dir, "large.txt");
      await writeFile(file, plan);
      const { stdout } = await cli("plans.ts", ["parse", file, "--json"], { DATABASE_URL: `file:${join(dir, "bot.db")}` });
      expect(stdout.length).toBeGreaterThan(100_000);
      expect(parsedPlanSchema.parse(JSON.parse(stdout)).tasks).toHaveLength(90);
    });
  });

  it("plans parse reads a scan with the clean plans already imported, and creates no database of its own", async () => {
    await withTempDir(async (dir) => {
      const env = { DATABASE_URL: `file:${join(dir, "bot.db")}` };
      // Written for this test: a clean plan naming its district in the header, and a scan from the same district.
      const clean = "ỦY BAN NHÂN DÂN\nHUYỆN NẬM NHÙN\n\nSố: 45/KH-UBND\n\nKẾ HOẠCH\nPhòng, chống tai nạn thương tích cho trẻ em năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức của cha mẹ về phòng, chống tai nạn thương tích cho trẻ em.\n\nII. NHIỆM VỤ\n1. Phòng Giáo dục và Đào tạo chủ trì tổ chức dạy bơi an toàn cho học sinh.\n";
      const scan = "UY BAN NHAN DAN\nHUYEN NAM NHUN\n\nS6: 52/KH-UBND\n\nKE HOACH\nPhong, chong dudi nudc cho tré em nam 2026\n\nI. MUC PiCH, YEU CAU\nNang cao nhan thuc ciia cha me vé phong, chong dudi nudc cho tré em trén dia ban huyén Nam Nhun.\n\nII. NHIEM VU\n1. Phong Giao duc va Pao tao chu tri day boi an toan cho hoc sinh trén dia ban huyén Nam Nhun.\n";
      await writeFile(join(dir, "clean.txt"), clean);
      await writeFile(join(dir, "scan.txt"), scan);
      const parse = async () => parsedPlanSchema.parse(JSON.parse((await cli("plans.ts", ["parse", join(dir, "scan.txt"), "--json"], env)).stdout));
      const before = await parse();
      expect(before.text).not.toContain("Nậm Nhùn");
      expect(existsSync(join(dir, "bot.db"))).toBe(false);
      await cli("plans.ts", ["import", join(dir, "clean.txt")], env);
      const after = await parse();
      expect(after.text).toContain("trên địa bàn huyện Nậm Nhùn");
      expect(after.plan.issuer).toBe("UBND huyện Nậm Nhùn");
    });
  });

  it("plans parse reads a file though the database cannot be read, saying so, and leaves that file as it was", async () => {
    await withTempDir(async (dir) => {
      const broken = join(dir, "bot.db");
      await writeFile(broken, "not a database");
      const { stdout, stderr } = await cli("plans.ts", ["parse", "seeds/muong-ang-KH-UBND-2024.txt", "--json"], { DATABASE_URL: `file:${broken}` });
      expect(parsedPlanSchema.parse(JSON.parse(stdout)).plan.issuer).toContain("Mường Ảng");
      expect(stderr).toMatch(/^Chú ý: không đọc được cơ sở dữ liệu .*bot\.db .*đọc tệp chỉ với các kế hoạch mẫu\./);
      expect(await readFile(broken, "utf8")).toBe("not a database");
    });
  });

  it("plans import is idempotent and explains a bad file without failing the others", async () => {
    await withTempDir(async (dir) => {
      const env = { DATABASE_URL: `file:${join(dir, "bot.db")}` };
      const file = "seeds/muong-ang-KH-UBND-2024.txt";
      const first = await cli("plans.ts", ["import", file], env);
      expect(first.stdout).toContain("đã nhập");
      const again = await cli("plans.ts", ["import", file], env);
      expect(again.stdout).toContain("không thay đổi");
      const bad = await cli("plans.ts", ["import", "package.json", "khong-co.txt"], env).then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      );
      expect(bad?.code).toBe(1);
      expect(bad?.stderr).toContain("không có tệp này");
      const list = await cli("plans.ts", ["list"], env);
      expect(list.stdout.trim().split("\n")).toHaveLength(1);
    });
  });

  it("ask answers one question, and --jsonl answers each stdin line in order in one process", async () => {
    await withTempDir(async (dir) => {
      const env = { DATABASE_URL: `file:${join(dir, "bot.db")}` };
      const one = await cli("ask.ts", ["--today", "2024-12-02", "tháng này có gì đến hạn?"], env);
      expect(one.stdout).toContain("05/12/2024");
      const many = await cli("ask.ts", ["--today", "2024-12-02", "--jsonl"], env, "kế hoạch\nchi tieu bo hoc\n\nwhat is due this month?\n");
      const lines = many.stdout.trim().split("\n").map((l) => JSON.parse(l) as { question: string; answer: string });
      expect(lines.map((l) => l.question)).toEqual(["kế hoạch", "chi tieu bo hoc", "what is due this month?"]);
      expect(lines[0]!.answer).toContain("Có 5 kế hoạch");
      expect(lines[1]!.answer).toContain("0,12%");
      expect(lines[2]!.answer).toContain("05/12/2024");
    });
  });

  it("answers --help with the usage, and an unknown option with a message and exit code 2, not a stack trace", async () => {
    const help = await cli("digest.ts", ["--help"], {});
    expect(help.stdout).toContain("Cách dùng: npm run --silent digest -- --dry-run");
    for (const script of ["digest.ts", "ask.ts", "plans.ts"]) {
      const failed = await cli(script, ["--bogus"], {}).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code, script).toBe(2);
      expect(failed?.stderr, script).toMatch(/^Tham số không hợp lệ: .*--bogus/);
      expect(failed?.stderr, script).toContain("Cách dùng");
      expect(failed?.stderr, script).not.toMatch(/\n\s+at /);
    }
  });
});
