import { describe, expect, it } from "vitest";
import { matchAgencies } from "./agency-match.js";

const row = (id: number, name: string, aliases: string[] = []) => ({ id, name, key: name.toLowerCase(), aliasesJson: JSON.stringify(aliases) });

describe("which agencies a phrase names", () => {
  it("finds an agency by its name without diacritics and prefers the longest spelling", () => {
    const rows = [row(1, "Phòng Y tế"), row(2, "Trung tâm Y tế huyện"), row(3, "Công an huyện")];
    expect(matchAgencies("phong y te duoc giao gi", rows).map((r) => r.id)).toEqual([1]);
    expect(matchAgencies("Trung tâm Y tế huyện", rows).map((r) => r.id)).toEqual([2]);
    expect(matchAgencies("đuối nước", rows)).toEqual([]);
  });

  it("answers to a spelling learned at a later import, not only to those seen first", () => {
    const before = row(7, "Đội Thanh niên tình nguyện");
    expect(matchAgencies("Đội Thanh niên tình nguyện được giao gì", [before]).map((r) => r.id)).toEqual([7]);
    expect(matchAgencies("ĐTNTN", [before])).toEqual([]);
    expect(matchAgencies("ĐTNTN", [row(7, "Đội Thanh niên tình nguyện", ["ĐTNTN"])]).map((r) => r.id)).toEqual([7]);
  });
});
