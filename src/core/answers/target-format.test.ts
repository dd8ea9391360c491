import { describe, expect, it } from "vitest";
import { targetFigure } from "./target-format.js";

describe("target figures read as the plan wrote them", () => {
  it("keeps the plan's decimal comma, unit and comparator", () => {
    expect(targetFigure({ comparator: "<", value: 3.2, unit: "‰", quote: "dưới 3,2‰ vào năm 2025" }, "vi")).toBe("dưới 3,2‰");
    expect(targetFigure({ comparator: ">=", value: 99.1, unit: "%", quote: "đạt 99,1% vào năm 2025" }, "vi")).toBe("đạt 99,1%");
    expect(targetFigure({ comparator: "<", value: 1, unit: "%", quote: "xuống dưới 1,0%;" }, "vi")).toBe("dưới 1,0%");
    expect(targetFigure({ comparator: "<=", value: 550, unit: "/100.000 trẻ em", quote: "xuống 550/100.000 trẻ em" }, "en")).toBe(
      "at most 550/100.000 trẻ em",
    );
  });
});
