import { describe, expect, it } from "vitest";
import { best, rankByWords, readWords } from "./who-ranking.js";

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

describe("a text read once for ranking", () => {
  it("ranks as the text itself does, words with other characters than letters and digits included", () => {
    const units = [...TASKS, { id: 4, text: "Phòng LĐ-TB&XH chủ trì hỗ trợ hộ nghèo vùng lũ." }];
    const words = ["phong", "chong", "lu", "doanh", "nghiep", "ld-tb", "ho ngheo", "xh"];
    const ranked = rankByWords(units, words);
    expect(ranked.map((r) => r.id)).toContain(4);
    expect(rankByWords(units.map((u) => ({ ...u, read: readWords(u.text) })), words)).toEqual(ranked);
  });
});
