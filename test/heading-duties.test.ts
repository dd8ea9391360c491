import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsedPlanSchema, type ParsedPlan } from "../src/ingest/types.js";
import { createBotEnv, withTempDir } from "./helpers/bot-env.js";

const run = promisify(execFile);
const TSX = join("node_modules", ".bin", "tsx");

/**
 * A plan hard-wrapped at 80 columns, as converted plans arrive, whose numbered items put their heading on
 * a line of its own and the duty on the next, opening with the agency. Some wrapped lines open with an
 * agency too ("… phối hợp với\nTrung tâm Y tế huyện tổ chức …"): those go on the sentence above. Written
 * for this test; the district, people and dates are invented.
 */
const PLAN = `ỦY BAN NHÂN DÂN
HUYỆN THẠCH AN
Số: 63/KH-UBND
Thạch An, ngày 16 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống đuối nước trẻ em trên địa bàn huyện năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Giảm số trẻ em bị đuối nước; trang bị cho học sinh kỹ năng bơi an toàn và cho
cha mẹ, giáo viên kỹ năng sơ cứu người bị đuối nước, nhất là trong dịp hè.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền phòng, chống đuối nước trẻ em
Phòng Văn hóa và Thông tin chủ trì, phối hợp với Công an huyện xây dựng chuyên
mục phát thanh hằng tuần trong dịp hè; hoàn thành trước ngày 30/6/2026.
2. Dạy bơi an toàn cho học sinh tiểu học
Ủy ban nhân dân các xã bố trí địa điểm học bơi, phân công người theo dõi từng
lớp; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 31/8/2026.
3. Phòng Giáo dục và Đào tạo chủ trì tập huấn sơ cứu cho giáo viên, phối hợp với
Trung tâm Y tế huyện tổ chức tại các trường học trước ngày 15/5/2026.
4. Rà soát các điểm có nguy cơ đuối nước
Công an huyện phối hợp với Ủy ban nhân dân các xã kiểm tra ao, hồ, khe suối, hố
khai thác cát, lắp biển cảnh báo tại những nơi nguy hiểm; kết quả gửi về
Ủy ban nhân dân huyện tổng hợp trước ngày 30/4/2026.
5. Hỗ trợ các gia đình có trẻ em bị đuối nước, trẻ em có hoàn cảnh đặc biệt khó
khăn
Hội Liên hiệp Phụ nữ huyện vận động các nhà hảo tâm hỗ trợ chi phí điều trị, thăm
hỏi các gia đình có trẻ em bị nạn.

III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân huyện trước
ngày 15/12/2026 để tổng hợp.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Sơn
`;

const roles = (plan: ParsedPlan, ref: string) =>
  plan.assignments.filter((a) => a.ref === ref).map((a) => `${a.agency}: ${a.role}`).sort();

describe("a numbered item's heading line, then its agency's duty on the next line", { timeout: 90_000 }, () => {
  let parsed: ParsedPlan;
  beforeAll(async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, "thach-an-63.txt");
      await writeFile(file, PLAN);
      const { stdout } = await run(TSX, [join("src", "cli", "plans.ts"), "parse", file, "--json"], {
        env: { ...process.env, DATABASE_URL: `file:${join(dir, "bot.db")}` },
        maxBuffer: 10_000_000,
      });
      parsed = parsedPlanSchema.parse(JSON.parse(stdout));
    });
  });

  it("reads the agency opening the line under the heading as the subject of its duty (plans parse --json)", () => {
    expect(roles(parsed, "II.1")).toEqual(expect.arrayContaining(["Phòng Văn hóa và Thông tin: lead", "Công an: support"]));
    expect(roles(parsed, "II.2")).toEqual(["Ủy ban nhân dân cấp xã: assigned"]);
    expect(roles(parsed, "II.4")).toContain("Công an: support");
  });

  it("keeps the heading as the task's title, not the heading run into the duty", () => {
    const titles = Object.fromEntries(parsed.tasks.map((t) => [t.ref, t.title]));
    expect(titles["II.1"]).toBe("Tuyên truyền phòng, chống đuối nước trẻ em");
    expect(titles["II.2"]).toBe("Dạy bơi an toàn cho học sinh tiểu học");
    expect(titles["II.4"]).toBe("Rà soát các điểm có nguy cơ đuối nước");
  });

  it("ends a heading wrapped over two lines where its last line stops short", () => {
    expect(parsed.tasks.find((t) => t.ref === "II.5")?.title).toBe("Hỗ trợ các gia đình có trẻ em bị đuối nước, trẻ em có hoàn cảnh đặc biệt khó khăn");
    expect(roles(parsed, "II.5")).toEqual(["Hội Liên hiệp Phụ nữ: assigned"]);
  });

  it("gives the item's deadline to the agency its duty line names", () => {
    const due = parsed.deadlines.find((d) => d.ref === "II.2" && d.date === "2026-08-31");
    expect(due?.agency).toBe("Ủy ban nhân dân cấp xã");
  });

  it("joins a line the wrap began with an agency back into its sentence: the partner stays a partner", () => {
    expect(roles(parsed, "II.3")).toEqual(["Phòng Giáo dục và Đào tạo: lead", "Trung tâm Y tế: support"]);
    expect(parsed.tasks.find((t) => t.ref === "II.3")?.text).not.toContain("\n");
    // "… kết quả gửi về\nỦy ban nhân dân huyện tổng hợp …" is where the commune reports, not a duty of the district.
    expect(parsed.tasks.find((t) => t.ref === "II.4")?.text).toContain("gửi về Ủy ban nhân dân huyện tổng hợp");
  });
});

describe("the same plan imported: who is given what", () => {
  let env: Awaited<ReturnType<typeof createBotEnv>>;
  beforeAll(async () => {
    env = await createBotEnv({ seed: false });
    expect((await env.importer.importText(PLAN, "thach-an-63.txt")).status).toBe("created");
  });
  afterAll(() => env?.client.close());

  async function ask(q: string, n: number) {
    const replies = await env.core.handle(
      { channel: "web", chatId: `heading-${n}`, chatKind: "private", senderId: `heading-${n}`, text: q, messageId: String(n), receivedAt: new Date() },
      { today: "2026-04-01" },
    );
    return replies.map((r) => r.text).join("\n");
  }

  it("lists the item under its heading as the communes' duty", async () => {
    const answer = await ask("UBND các xã được giao gì?", 1);
    expect(answer).toMatch(/^Ủy ban nhân dân cấp xã được giao \(1\):\n\n• \[Được giao\] Dạy bơi an toàn cho học sinh tiểu học/);
    expect(answer).toContain("bố trí địa điểm học bơi");
  });

  it("names who leads the work a heading names", async () => {
    const answer = await ask("ai chủ trì tuyên truyền phòng chống đuối nước?", 2);
    expect(answer).toMatch(/^Chủ trì "[^"]*" \(1\):\n\n• Phòng Văn hóa và Thông tin — \[Chủ trì\]/);
  });
});
