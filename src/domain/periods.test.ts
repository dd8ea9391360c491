import { describe, expect, it } from "vitest";
import { foldKey } from "./text/fold.js";
import { impossiblePeriod, parsePeriod } from "./periods.js";
import { todayIn } from "./dates.js";

const span = (q: string, today = "2026-11-22") => {
  const p = parsePeriod(foldKey(q), today);
  return p && [p.start, p.end];
};

describe("periods named in questions", () => {
  it("reads weeks and months relative to today (weeks start on Monday)", () => {
    expect(span("tuần này có gì đến hạn")).toEqual(["2026-11-16", "2026-11-22"]);
    expect(span("tuan sau")).toEqual(["2026-11-23", "2026-11-29"]);
    expect(span("tháng này")).toEqual(["2026-11-01", "2026-11-30"]);
    expect(span("thang sau", "2026-12-05")).toEqual(["2027-01-01", "2027-01-31"]);
    expect(span("what is due this month?")).toEqual(["2026-11-01", "2026-11-30"]);
    expect(span("next month")).toEqual(["2026-12-01", "2026-12-31"]);
  });

  it("reads named months, quarters and years, with or without a year", () => {
    expect(span("tháng 12")).toEqual(["2026-12-01", "2026-12-31"]);
    expect(span("thang 2/2028")).toEqual(["2028-02-01", "2028-02-29"]);
    expect(span("tháng 12 năm 2024")).toEqual(["2024-12-01", "2024-12-31"]);
    expect(span("quý 4")).toEqual(["2026-10-01", "2026-12-31"]);
    expect(span("quy IV 2025")).toEqual(["2025-10-01", "2025-12-31"]);
    expect(span("năm nay")).toEqual(["2026-01-01", "2026-12-31"]);
    expect(span("năm 2030")).toEqual(["2030-01-01", "2030-12-31"]);
    expect(span("due in December")).toEqual(["2026-12-01", "2026-12-31"]);
    // "Q4" must not be read as an OCR'd word ("x4" = "xã").
    expect(span("what is due in Q4?")).toEqual(["2026-10-01", "2026-12-31"]);
    expect(span("the fourth quarter of 2027")).toEqual(["2027-10-01", "2027-12-31"]);
  });

  it("reads a quarter or month of next or last year as that year's", () => {
    expect(span("quý 1 năm sau có gì đến hạn")).toEqual(["2027-01-01", "2027-03-31"]);
    expect(span("thang 3 nam toi")).toEqual(["2027-03-01", "2027-03-31"]);
    expect(span("Q2 next year")).toEqual(["2027-04-01", "2027-06-30"]);
    expect(span("tháng 12 năm trước")).toEqual(["2025-12-01", "2025-12-31"]);
  });

  it("names no period when the question has none", () => {
    expect(parsePeriod(foldKey("Phòng Y tế được giao gì"), "2026-11-22")).toBeNull();
    expect(parsePeriod(foldKey("trẻ em dưới 5 tuổi"), "2026-11-22")).toBeNull();
  });

  it("takes today in the committee's time zone, not the server's", () => {
    const lateEveningUtc = new Date("2026-11-30T18:30:00Z"); // 01:30 on 1 December in Hà Nội
    expect(todayIn("Asia/Ho_Chi_Minh", lateEveningUtc)).toBe("2026-12-01");
    expect(todayIn("UTC", lateEveningUtc)).toBe("2026-11-30");
  });
});

describe("months and quarters no calendar has", () => {
  it("names them, and nothing else", () => {
    expect(impossiblePeriod(foldKey("tháng 13 có gì đến hạn"))).toBe("thang 13");
    expect(impossiblePeriod(foldKey("quý 5"))).toBe("quy 5");
    expect(impossiblePeriod(foldKey("tháng 0/2026"))).toBe("thang 0");
    expect(impossiblePeriod(foldKey("tháng 12/2026 có gì đến hạn"))).toBeNull();
    expect(impossiblePeriod(foldKey("quý 4"))).toBeNull();
    expect(impossiblePeriod(foldKey("trẻ em dưới 36 tháng tuổi"))).toBeNull();
    expect(impossiblePeriod(foldKey("trước ngày 32/12"))).toBe("32 12");
    expect(impossiblePeriod(foldKey("ngày 29/2/2025"))).toBe("29 2 2025");
    expect(impossiblePeriod(foldKey("ngày 29/2/2028"))).toBeNull();
  });
});
