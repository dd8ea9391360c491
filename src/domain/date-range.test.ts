import { describe, expect, it } from "vitest";
import { readDateRange } from "./date-range.js";

/** Examples of what a focal point types after /nghi, with the range each means (today = 02/12/2026). */
const TODAY = "2026-12-02";
const RANGES: Array<[string, string, string]> = [
  ["10/12 20/12", "2026-12-10", "2026-12-20"],
  ["10/12 - 20/12", "2026-12-10", "2026-12-20"],
  ["10/12-20/12", "2026-12-10", "2026-12-20"],
  ["từ 10/12 đến 20/12", "2026-12-10", "2026-12-20"],
  ["Nghỉ phép từ ngày 10-12 tới ngày 20-12", "2026-12-10", "2026-12-20"],
  ["10.12.2026 – 20.12.2026", "2026-12-10", "2026-12-20"],
  ["đến 20/12", TODAY, "2026-12-20"],
  ["den het ngay 20/12", TODAY, "2026-12-20"],
  ["tới 5/1", TODAY, "2027-01-05"],
  ["28/12 đến 3/1", "2026-12-28", "2027-01-03"],
  ["28/12/2026 đến 3/1/2027", "2026-12-28", "2027-01-03"],
  ["từ mai đến 9/12", "2026-12-03", "2026-12-09"],
  ["ngày mai", "2026-12-03", "2026-12-03"],
  ["mai", "2026-12-03", "2026-12-03"],
  ["hôm nay", TODAY, TODAY],
  ["15/12", "2026-12-15", "2026-12-15"],
  ["ngày 5 tháng 1 năm 2027 đến ngày 9 tháng 1 năm 2027", "2027-01-05", "2027-01-09"],
  ["từ 14 tháng 12 đến 18 tháng 12", "2026-12-14", "2026-12-18"],
  ["until 20/12", TODAY, "2026-12-20"],
  // A date a month past stays in the past: the command refuses it rather than moving it a year on.
  ["1/11 5/11", "2026-11-01", "2026-11-05"],
  // Typed reversed: read as typed, so the command can say the end is before the start.
  ["20/12 10/12", "2026-12-20", "2026-12-10"],
  ["1/3 đến 5/3", "2027-03-01", "2027-03-05"],
];

describe("a range of days typed in Vietnamese", () => {
  it.each(RANGES)("%s → %s … %s", (typed, from, to) => {
    expect(readDateRange(typed, TODAY)).toEqual({ kind: "range", from, to });
  });

  it("reads cancelling, nothing, impossible and too many dates", () => {
    expect(readDateRange("hủy", TODAY)).toEqual({ kind: "cancel" });
    expect(readDateRange("Huỷ bỏ", TODAY)).toEqual({ kind: "cancel" });
    expect(readDateRange("ba ngày", TODAY)).toEqual({ kind: "none" });
    expect(readDateRange("10 20", TODAY)).toEqual({ kind: "none" });
    expect(readDateRange("31/02 đến 5/3", TODAY)).toEqual({ kind: "invalid", typed: "31/02" });
    expect(readDateRange("10/13", TODAY)).toEqual({ kind: "invalid", typed: "10/13" });
    expect(readDateRange("1/12 5/12 9/12", TODAY)).toEqual({ kind: "ambiguous" });
  });

  it("reads a winter leave typed in summer as this winter's", () => {
    expect(readDateRange("28/12 đến 3/1", "2026-06-01")).toEqual({ kind: "range", from: "2026-12-28", to: "2027-01-03" });
  });

  it("does not read a name as a date", () => {
    expect(readDateRange("10/12 20/12 chị Mai thay", TODAY)).toEqual({ kind: "range", from: "2026-12-10", to: "2026-12-20" });
  });
});
