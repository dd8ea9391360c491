import { describe, expect, it } from "vitest";
import { isWorkingDay, nextWorkingDay } from "./holidays.js";

describe("Vietnamese working days", () => {
  it("knows weekends, fixed holidays, Tết and swapped days", () => {
    expect(isWorkingDay("2024-12-02")).toBe(true); // Monday
    expect(isWorkingDay("2024-12-07")).toBe(false); // Saturday
    expect(isWorkingDay("2025-01-01")).toBe(false);
    expect(isWorkingDay("2025-01-27")).toBe(false); // Tết Ất Tỵ, a Monday
    expect(isWorkingDay("2025-02-03")).toBe(true); // back to work after Tết
    expect(isWorkingDay("2025-04-07")).toBe(false); // Giỗ Tổ Hùng Vương
    expect(isWorkingDay("2025-05-02")).toBe(false); // swapped day off
    expect(isWorkingDay("2025-04-26")).toBe(true); // the Saturday worked for it
    expect(isWorkingDay("2025-09-01")).toBe(false);
    expect(isWorkingDay("2026-02-16")).toBe(false); // Tết Bính Ngọ
  });
  it("finds the next working day across Tết", () => {
    expect(nextWorkingDay("2025-01-25")).toBe("2025-02-03");
    expect(nextWorkingDay("2024-12-07")).toBe("2024-12-09");
    expect(nextWorkingDay("2024-12-09")).toBe("2024-12-09");
  });
});
