import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { foldKey } from "../src/domain/text/fold.js";
import { readPlanText } from "../src/ingest/importer.js";
import { parsePlan } from "../src/ingest/parse.js";
import { loadRestorer, type Restorer } from "../src/ingest/restorer.js";
import { PlanParseError, type ParsedPlan } from "../src/ingest/types.js";
import { SEEDS_DIR } from "./helpers/bot-env.js";

/**
 * What a careful reader lists from each seeded plan (and from two plans in
 * other shapes: a Markdown export with a table header, and a plan numbered
 * "1. / a)"), checked field by field on a representative sample.
 */
const FIXTURES = join(import.meta.dirname, "fixtures", "plans");
let restorer: Restorer;
const plans: Record<string, ParsedPlan> = {};

async function parse(dir: string, file: string): Promise<ParsedPlan> {
  return readPlanText(await readFile(join(dir, file), "utf8"), restorer).parsed;
}

beforeAll(async () => {
  restorer = await loadRestorer(SEEDS_DIR);
  for (const [key, dir, file] of [
    ["tamDuong", SEEDS_DIR, "tam-duong-273-KH-HU-2024.txt"],
    ["muongAng", SEEDS_DIR, "muong-ang-KH-UBND-2024.txt"],
    ["vinh", SEEDS_DIR, "vinh-224-KH-ThU-2024.txt"],
    ["huyen2021", SEEDS_DIR, "huyen-bao-ve-tre-em-2021.txt"],
    ["tinhUy", SEEDS_DIR, "tinh-uy-chi-thi-28.txt"],
    ["haGiang", FIXTURES, "ha-giang-624-KH-UBND-2025.md"],
    ["xa", FIXTURES, "xa-arabic-sections-2025.txt"],
    ["so", FIXTURES, "so-ldtbxh-table-2025.md"],
  ] as const) {
    plans[key] = await parse(dir, file);
  }
});

const target = (p: ParsedPlan, topic: string, year: number | null) =>
  p.targets.filter((t) => foldKey(t.indicator).includes(foldKey(topic)) && t.year === year).map(({ comparator, value, unit }) => ({ comparator, value, unit }));
const roles = (p: ParsedPlan, agency: string) => p.assignments.filter((a) => a.agency === agency).map((a) => `${a.role} ${a.ref}`);
const deadlines = (p: ParsedPlan) => p.deadlines.map((d) => `${d.kind} ${d.date ?? "-"} ${d.ref}`);

describe("Tam Đường 273-KH/HU (OCR)", () => {
  it("reads the header through the OCR damage", () => {
    const { plan } = plans.tamDuong!;
    expect(plan).toMatchObject({ docNumber: "273-KH/HU", issuedOn: "2024-05-27", signer: "Cao Trang Trọng", year: 2024 });
    expect(foldKey(plan.issuer!)).toBe("ban thuong vu huyen uy tam duong");
    expect(plan.implements).toEqual(["28-CT/TW", "48-CTr/TU"]);
    expect(plans.tamDuong!.sections.map((s) => s.ref)).toEqual(["I", "II", "III", "IV"]);
  });
  it("lists the tasks of the task parts and of tổ chức thực hiện", () => {
    expect(plans.tamDuong!.tasks.map((t) => t.ref)).toEqual(["II.1", "II.2", "III.1", "III.2", "III.3", "III.4", "III.5", "IV.1", "IV.2", "IV.3", "IV.4"]);
    expect(plans.tamDuong!.tasks.find((t) => t.ref === "III.2")!.title).toBe("Hoàn thiện chính sách, pháp luật");
  });
  it("splits two-year targets and keeps comparators", () => {
    const p = plans.tamDuong!;
    expect(target(p, "suy dinh", 2025)).toEqual([{ comparator: "<", value: 15, unit: "%" }, { comparator: "<", value: 20, unit: "%" }]);
    expect(target(p, "suy dinh", 2030)).toEqual([{ comparator: "<", value: 12, unit: "%" }, { comparator: "<", value: 18, unit: "%" }]);
    expect(target(p, "di hoc mau", 2025)).toEqual([{ comparator: ">", value: 99.9, unit: "%" }]);
    expect(target(p, "vui choi", 2025)).toEqual([{ comparator: ">=", value: 60, unit: "%" }]);
    expect(target(p, "vui choi", 2030)).toEqual([{ comparator: ">=", value: 95, unit: "%" }]);
    expect(target(p, "nang cao nhan thuc", 2025)).toEqual([{ comparator: ">=", value: 85, unit: "%" }]);
  });
  it("reads duties and the periodic report", () => {
    const p = plans.tamDuong!;
    expect(roles(p, "Ban Tuyên giáo")).toContain("lead IV.3");
    expect(roles(p, "Văn phòng cấp ủy")).toEqual(["support IV.3"]);
    expect(roles(p, "Ủy ban nhân dân")).toEqual(["assigned IV.2"]);
    expect(deadlines(p)).toEqual(["semiannual - IV.2", "annual - IV.2"]);
    expect(p.deadlines[0]!.agency).toBe("Ủy ban nhân dân");
  });
});

describe("Mường Ảng (clean, Markdown)", () => {
  it("reads a blank number and date as unknown", () => {
    expect(plans.muongAng!.plan).toMatchObject({
      issuer: "UBND huyện Mường Ảng", docNumber: null, issuedOn: null, year: 2024, signer: "Đinh Văn Sơn", implements: ["28-CT/TW", "151-KH/HU"],
    });
  });
  it("gives each agency of tổ chức thực hiện its duties", () => {
    const p = plans.muongAng!;
    expect(p.tasks.filter((t) => t.section === "III")).toHaveLength(8);
    expect(roles(p, "Phòng Lao động - Thương binh và Xã hội")).toEqual(["lead III.1", "assigned III.1"]);
    expect(roles(p, "Trung tâm Y tế")).toEqual(["assigned III.3"]);
    expect(roles(p, "Ủy ban Mặt trận Tổ quốc Việt Nam")).toEqual(["assigned III.6"]);
    expect(p.assignments.find((a) => a.agency === "Trung tâm Y tế")!.duty).toMatch(/^Thực hiện tốt công tác khám, chữa bệnh/);
  });
  it("reads the yearly report deadline", () => {
    expect(plans.muongAng!.deadlines).toMatchObject([{ kind: "annual", date: "12-05", ref: "IV", agency: "Ủy ban nhân dân cấp xã" }]);
  });
});

describe("Thành ủy Vinh 224-KH/Th.U (OCR)", () => {
  it("reads the header and OCR'd part numerals", () => {
    const p = plans.vinh!;
    expect(p.plan).toMatchObject({ issuer: "Ban Thường vụ Thành ủy Vinh", docNumber: "224-KH/Th.U", issuedOn: "2024-04-05" });
    expect(p.plan.implements).toEqual(expect.arrayContaining(["28-CT/TW", "06-CT/TU"]));
    expect(p.sections.map((s) => s.ref)).toEqual(["I", "II", "III"]);
  });
  it("reads lead, support and assigned duties of the city offices", () => {
    const p = plans.vinh!;
    expect(roles(p, "Phòng Nội vụ")).toEqual(["lead III.3"]);
    expect(roles(p, "Phòng Lao động - Thương binh và Xã hội")).toEqual(expect.arrayContaining(["lead III.3"]));
    expect(roles(p, "Công an")).toEqual(["support III.3", "assigned III.4"]);
    expect(roles(p, "Phòng Tài chính - Kế hoạch")).toEqual(["assigned III.3"]);
    expect(roles(p, "Ủy ban Kiểm tra")).toEqual(["support III.1"]);
    expect(roles(p, "Ủy ban Mặt trận Tổ quốc Việt Nam")).toContain("lead III.5");
  });
});

describe("UBND huyện 2021 (OCR, no header)", () => {
  it("reads the title year and the parts, OCR'd numerals included", () => {
    const p = plans.huyen2021!;
    expect(p.plan).toMatchObject({ issuer: "UBND huyện", docNumber: null, year: 2021 });
    expect(p.sections.map((s) => s.ref)).toEqual(["I", "II", "III", "IV", "VI", "VII"]);
  });
  it("reads dated deadlines and the June occasions", () => {
    const p = plans.huyen2021!;
    expect(deadlines(p)).toEqual(expect.arrayContaining(["once 2021-04-15 VII.1", "once 2021-12-10 VII.1", "once 2021-12-15 VII.2", "event 06-01 VI.9", "event - VI.9"]));
    expect(p.deadlines.find((d) => d.kind === "event" && d.date === null)).toMatchObject({ month: 6, what: expect.stringMatching(/^Tháng hành động vì trẻ em/) });
  });
  it("reads the target and the duties", () => {
    const p = plans.huyen2021!;
    expect(target(p, "hoan canh dac biet", 2021)[0]).toEqual({ comparator: "<", value: 1, unit: "%" });
    expect(roles(p, "Phòng Y tế")).toEqual(["lead VI.4", "assigned VI.4"]);
    expect(roles(p, "Công an")).toEqual(["assigned VI.7"]);
    expect(roles(p, "Phòng Lao động - Thương binh và Xã hội")).toEqual(expect.arrayContaining(["lead VI.1", "support VI.1", "support VI.4"]));
  });
});

describe("Tỉnh ủy (clean, richest targets)", () => {
  it("reads every target with its unit, comparator and year", () => {
    const p = plans.tinhUy!;
    expect(p.plan).toMatchObject({ issuer: "Ban Thường vụ Tỉnh ủy", signer: "Lê Kim Toàn", implements: ["28-CT/TW"] });
    expect(p.targets.length).toBeGreaterThanOrEqual(40);
    expect(target(p, "tu vong tre so sinh", 2025)).toEqual([{ comparator: "<", value: 3.2, unit: "‰" }]);
    expect(target(p, "tu vong tre so sinh", 2030)).toEqual([{ comparator: "<", value: 3.2, unit: "‰" }]);
    expect(target(p, "bi tai nan thuong tich", 2025)).toEqual([{ comparator: "<=", value: 550, unit: "/100.000 trẻ em" }]);
    expect(target(p, "bi tai nan thuong tich", 2030)).toEqual([{ comparator: "<=", value: 500, unit: "/100.000" }]);
    expect(target(p, "bo hoc bac tieu hoc", 2025)).toEqual([{ comparator: "<", value: 0.12, unit: "%" }]);
    expect(target(p, "beo phi (thanh thi", 2030)).toEqual([{ comparator: "<", value: 10, unit: "%" }]);
    expect(target(p, "hoan thanh cap trung hoc co so", 2030)).toEqual([{ comparator: ">=", value: 93, unit: "%" }]);
    expect(roles(p, "Ban Tuyên giáo")).toContain("lead IV.5");
  });
});

describe("plans in other shapes", () => {
  it("reads a Markdown export with a table header and footnotes", () => {
    const p = plans.haGiang!;
    expect(p.plan).toMatchObject({ issuer: "UBND tỉnh Hà Giang", docNumber: "624/KH-UBND", issuedOn: "2025-11-19", year: 2026, signer: "Trần Đức Quý" });
    expect(p.plan.implements).toEqual(["1248/QĐ-TTg", "45/KH-BCĐ"]);
    expect(target(p, "duoi nuoc", 2026)).toEqual([{ comparator: "<", value: 6.5, unit: "/100.000 trẻ em" }]);
    expect(target(p, "truong hoc co noi dung day boi", 2026)).toEqual([{ comparator: ">=", value: 100, unit: "%" }]);
    expect(deadlines(p)).toEqual(["once 2025-12-16 III.1", "annual 12-15 III.2", "quarterly - III.3"]);
    expect(roles(p, "Sở Y tế")).toEqual(["lead III.1", "assigned III.1"]);
    expect(roles(p, "Sở Giáo dục và Đào tạo")).toEqual(["support III.1", "assigned III.2"]);
    expect(p.sections.every((s) => !s.body?.includes("Quyết định phê duyệt"))).toBe(true);
  });
  it("reads Arabic top-level parts with lettered items", () => {
    const p = plans.xa!;
    expect(p.plan).toMatchObject({ docNumber: "12-KH/ĐU", issuedOn: "2025-03-03", signer: "Nguyễn Văn An" });
    expect(foldKey(p.plan.issuer!)).toBe("ban thuong vu dang uy xa ly bon");
    expect(p.sections.map((s) => s.ref)).toEqual(["1", "2", "3"]);
    expect(p.tasks.map((t) => t.ref)).toEqual(["2.a", "2.b", "3.a", "3.b"]);
    expect(deadlines(p).sort()).toEqual(["event - 3.a", "event 06-01 3.a", "once 2025-03-31 2.a", "once 2025-09-30 3.b"]);
    expect(roles(p, "Ủy ban nhân dân cấp xã")).toEqual(["lead 3.a"]);
    expect(roles(p, "Hội Liên hiệp Phụ nữ")).toEqual(["support 3.a"]);
  });
});

describe("a department's plan laid out per task (Cơ quan chủ trì / phối hợp / Thời gian)", () => {
  it("reads the office under its parent body as the issuer, and the signer under a bare title", () => {
    expect(plans.so!.plan).toMatchObject({ issuer: "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị", docNumber: "1520/KH-SLĐTBXH", issuedOn: "2025-03-10", signer: "Nguyễn Thị Hoa" });
  });
  it("reads lead and support from the role lines, names with commas included", () => {
    const p = plans.so!;
    expect(roles(p, "Phòng Bảo vệ, chăm sóc trẻ em")).toEqual(["lead II.1", "assigned III"]);
    expect(roles(p, "Sở Y tế")).toEqual(["support II.1"]);
    expect(roles(p, "Đoàn Thanh niên Cộng sản Hồ Chí Minh")).toEqual(["support II.1"]);
    expect(roles(p, "Thanh tra Sở")).toEqual(["lead II.2"]);
    expect(roles(p, "Công an")).toEqual(["support II.2"]);
    expect(roles(p, "Văn phòng Sở")).toEqual(["lead II.3"]);
  });
  it("reads month, quarter and dated deadlines, each the task lead's", () => {
    const p = plans.so!;
    expect(deadlines(p)).toEqual(["event - II.1", "once 2025-06-30 II.1", "once 2025-09-30 II.2", "once 2025-12-20 II.3", "quarterly - III"]);
    expect(p.deadlines.find((d) => d.date === "2025-09-30")!.agency).toBe("Thanh tra Sở");
  });
});

describe("bad input", () => {
  it("refuses what is not a plan with a clear message", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["empty", "", /trống/],
      ["blank", "   \n\t\n", /trống/],
      ["diary", "Hôm nay trời đẹp.\nChiều về ăn cơm.", /không giống một kế hoạch/],
      ["binary", "%PDF-1.4\u0000\u0001\u0002", /nhị phân/],
      ["5 MB", "Kế hoạch ".repeat(600_000), /quá dài/],
    ];
    for (const [name, text, message] of cases) {
      let error: unknown;
      try {
        parsePlan(text);
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(PlanParseError);
      expect((error as Error).message, name).toMatch(message);
    }
  });
});
