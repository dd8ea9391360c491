import { describe, expect, it } from "vitest";
import { detectLang } from "./detect-lang.js";

describe("the language a message is answered in", () => {
  it.each([
    ["tiến độ thế nào?", "vi"],
    ["what does Phòng Y tế do?", "en"],
    ["tháng này có gì đến hạn?", "vi"],
    ["thang nay co gi den han", "vi"],
    ["phong y te duoc giao gi", "vi"],
    ["ubnd xa duoc giao gi", "vi"],
    ["ldtbxh lam gi", "vi"],
    ["MTTQ", "vi"],
    ["Tam Duong", "vi"],
    ["what is due this month?", "en"],
    ["street children", "en"],
    // "care" reads as two Vietnamese syllables ("ca re"), but the glossary knows it.
    ["child care", "en"],
    ["cham soc tre em", "vi"],
    ["drowning", "en"],
    ["malnutrition", "en"],
    ["/capnhat", "vi"],
    ["/start abcdefgh", "vi"],
    ["/help", "en"],
    ["/chitieu 3 45%", "vi"],
    ["tonghop", "vi"],
    ["an toan tren internet", "vi"],
    ["which plans implement directive 06", "en"],
    ["who leads communication?", "en"],
    ["what does Phòng Y tế do?", "en"],
    ["section I of the plan of Ban Thường vụ Tỉnh ủy", "en"],
    ["deadline của Phòng Y tế là khi nào", "vi"],
    ["Phòng Y tế được giao gì?", "vi"],
    ["kế hoạch plan 273", "vi"],
  ])("%s → %s", (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
