import { describe, expect, it } from "vitest";
import { bestPassage } from "./search.js";

describe("bestPassage", () => {
  const body = "Tuyên truyền về quyền trẻ em. Phòng, chống đuối nước cho trẻ em trong dịp hè; dạy bơi an toàn. Báo cáo kết quả.";

  it("shows the sentence holding most of the question's words, as written", () => {
    expect(bestPassage(body, ["duoi", "nuoc"])).toBe("Phòng, chống đuối nước cho trẻ em trong dịp hè;");
    expect(bestPassage(body, ["bao", "cao"])).toBe("Báo cáo kết quả.");
  });

  it("counts whole words only, and falls back to the first sentence", () => {
    expect(bestPassage(body, ["uoc"])).toBe("Tuyên truyền về quyền trẻ em.");
    expect(bestPassage("Một câu 𝐀 có ký tự ngoài BMP. Câu về đuối nước.", ["nuoc"])).toBe("Câu về đuối nước.");
  });
});
