import { describe, expect, it } from "vitest";
import { occurrencesIn, ruleSpan, type DeadlineRule } from "./deadlines.js";

const december2024 = { start: "2024-12-01", end: "2024-12-31", vi: "", en: "" };
const year2025 = { start: "2025-01-01", end: "2025-12-31", vi: "", en: "" };
const rule = (r: Partial<DeadlineRule>): DeadlineRule => ({ kind: "once", date: null, fromYear: 2024, untilYear: null, ...r });

describe("deadline occurrences", () => {
  it("falls an annual 05/12 deadline in every December from the plan's year", () => {
    const annual = rule({ kind: "annual", date: "12-05" });
    expect(occurrencesIn(annual, december2024)).toEqual([{ date: "2024-12-05", period: "2024" }]);
    expect(occurrencesIn(annual, year2025)).toEqual([{ date: "2025-12-05", period: "2025" }]);
    expect(occurrencesIn({ ...annual, fromYear: 2025 }, december2024)).toEqual([]);
  });

  it("falls a six-monthly report twice a year, at the end of each half", () => {
    expect(occurrencesIn(rule({ kind: "semiannual" }), year2025).map((o) => o.date)).toEqual(["2025-06-30", "2025-12-31"]);
  });

  it("falls a dated deadline once, and a one-year plan's rules only in its year", () => {
    const once = rule({ kind: "once", date: "2021-04-15" });
    expect(occurrencesIn(once, { start: "2021-04-01", end: "2021-04-30", vi: "", en: "" })).toHaveLength(1);
    expect(occurrencesIn(once, year2025)).toHaveLength(0);
    expect(occurrencesIn(rule({ kind: "annual", date: "12-05", fromYear: 2021, untilYear: 2021 }), year2025)).toEqual([]);
  });

  it("counts a whole-month event (Tháng hành động vì trẻ em, June) in any overlapping period", () => {
    const june = rule({ kind: "event", month: 6 });
    expect(occurrencesIn(june, { start: "2025-06-10", end: "2025-06-16", vi: "", en: "" })).toEqual([
      { date: "2025-06-01", period: "2025", wholeMonth: true },
    ]);
    expect(occurrencesIn(rule({ kind: "event", date: "06-01" }), year2025)).toEqual([{ date: "2025-06-01", period: "2025" }]);
  });

  it("expands quarterly and monthly rules to period ends", () => {
    expect(occurrencesIn(rule({ kind: "quarterly" }), year2025).map((o) => o.period)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
    expect(occurrencesIn(rule({ kind: "monthly" }), { start: "2025-02-01", end: "2025-02-28", vi: "", en: "" })).toEqual([
      { date: "2025-02-28", period: "2025-02" },
    ]);
  });
});

describe("a plan's own span", () => {
  const span = (title: string, year: number | null = 2025, issuedOn: string | null = "2025-11-20") => ruleSpan({ title, year, issuedOn });
  it("reads the period of the title, not a vision or orientation horizon", () => {
    expect(span("Nâng cao năng lực cán bộ giai đoạn 2026 - 2030, định hướng đến năm 2045")).toEqual({ fromYear: 2026, untilYear: 2030 });
    expect(span("Bảo vệ môi trường biển đến năm 2030, tầm nhìn đến năm 2050")).toEqual({ fromYear: 2025, untilYear: 2030 });
    expect(span("Chuyển đổi số ngành giao thông, dinh huong den nam 2045")).toEqual({ fromYear: 2025, untilYear: null });
  });
  it("reads a one-year plan, OCR'd or not, but not the date of a document it cites", () => {
    expect(span("Công tác bảo vệ trẻ em nǎm 2021", 2021)).toEqual({ fromYear: 2021, untilYear: 2021 });
    expect(span("Cong tac giam ngheo nam 2026", null, null)).toEqual({ fromYear: 2026, untilYear: 2026 });
    expect(span("Thực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị")).toEqual({ fromYear: 2025, untilYear: null });
  });
});
