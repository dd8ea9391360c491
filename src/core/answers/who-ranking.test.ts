import { describe, expect, it } from "vitest";
import { best, rankByWords } from "./who-ranking.js";

// Tasks of an invented flood plan: every one speaks of floods; the rare words tell them apart.
const TASKS = [
  { id: 1, text: "Sở Công Thương chủ trì tập huấn kỹ năng phòng chống lũ cho doanh nghiệp và người lao động." },
  { id: 2, text: "Sở Giáo dục chủ trì đưa kiến thức phòng chống lũ vào trường học." },
  { id: 3, text: "Sở Xây dựng chủ trì kiểm tra nhà ở vùng lũ." },
];

describe("ranking tasks by the words of a who-question", () => {
  it("puts the task holding the rare words first, though it lacks some of the question's words", () => {
    const ranked = rankByWords(TASKS, ["tap", "huan", "doanh", "nghiep", "lu", "ky", "nang", "nguon", "von"]);
    expect(ranked[0]!.id).toBe(1);
    expect(best(ranked).map((r) => r.id)).toEqual([1]);
  });

  it("finds nothing when no task holds half of what was asked", () => {
    expect(best(rankByWords(TASKS, ["truong", "hoc", "cau", "duong", "dien", "nuoc", "rung"]))).toEqual([]);
    expect(rankByWords(TASKS, ["bien"])).toEqual([]);
  });
});
