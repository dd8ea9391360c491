import { describe, expect, it } from "vitest";
import { fold, foldKey, normalizeSource, wordsAsTyped } from "./fold.js";

describe("fold", () => {
  it("lowercases, drops diacritics and maps đ to d", () => {
    expect(fold("Phòng Y tế")).toBe("phong y te");
    expect(fold("PHÒNG")).toBe("phong");
    expect(fold("Đảng Cộng sản Việt Nam")).toBe("dang cong san viet nam");
    expect(fold("LĐTB&XH")).toBe("ldtb&xh");
  });

  it("meets the OCR spellings of the same words", () => {
    expect(fold("Phong Y té")).toBe(fold("Phòng Y tế"));
    expect(fold("Chi thi s6 28-CT/TW")).toBe("chi thi so 28-ct/tw");
    expect(fold("Pang")).toBe("dang");
    expect(fold("MUC PiCH")).toBe("muc dich");
    expect(fold("x4 hoi")).toBe("xa hoi");
    expect(fold("ty 1é")).toBe("ty le");
    expect(fold("x4 ho1")).toBe("xa hoi");
    expect(fold("1y do")).toBe("ly do");
    expect(fold("Q4")).toBe("q4");
    // Two digits in a row read as a number, never as letters.
    expect(fold("su ph01 hop")).toBe("su ph01 hop");
    expect(fold("bao v¢, tré€")).toBe("bao ve, tree");
    expect(fold("Phan")).toBe("phan");
  });

  it("leaves numbers, dates and document numbers as they are (lowercased)", () => {
    expect(fold("ngày 25/12/2023, 70% và 1,0%")).toBe("ngay 25/12/2023, 70% va 1,0%");
    expect(fold("Kế hoạch 224-KH/Th.U, 151-KH/HU")).toBe("ke hoach 224-kh/th.u, 151-kh/hu");
    expect(fold("2021 - 2025, 11. NOI DUNG, 100 tré")).toBe("2021 - 2025, 11. noi dung, 100 tre");
    expect(fold("val00%")).toBe("val00%");
  });

  it("preserves length, so folded matches slice the original", () => {
    for (const raw of ["Chỉ thị số 28-CT/TW của Bộ Chính trị", "Chi thi s6 28-CT/TW ciia Bd", "Phòng LĐ-TB&XH; v¢ tré€ 1é ph01", "ĐẢNG BỘ"]) {
      const text = normalizeSource(raw);
      expect(fold(text)).toHaveLength(text.length);
    }
    const text = normalizeSource("Giao Phòng Y tế Thành phố chủ trì");
    const at = fold(text).indexOf("phong y te");
    expect(text.slice(at, at + "phong y te".length)).toBe("Phòng Y tế");
  });

  it("normalizeSource composes decomposed text so fold stays length-preserving", () => {
    const decomposed = "Phòng Y tế".normalize("NFD");
    expect(fold(normalizeSource(decomposed))).toBe("phong y te");
    expect(foldKey("  Phòng,  Y tế! ")).toBe("phong y te");
  });
});

describe("fold on any text", () => {
  it("keeps one output character per input character, also where lowercasing would grow a letter", () => {
    for (const raw of ["İstanbul Phòng", "ﬁ Đ ẞ ǅ", "Σ ΟΔΟΣ", "Giáo dục 2025 – 𝐀 tré"]) {
      const text = normalizeSource(raw);
      expect(fold(text)).toHaveLength(text.length);
    }
    expect(fold(normalizeSource("İ Phòng Y tế"))).toMatch(/ phong y te$/);
  });
});

describe("fold's word repairs", () => {
  it("repairs only the words an OCR misread, wherever they stand", () => {
    expect(fold("ViPham x4 hội")).toBe("vipham xa hoi");
    expect(fold("Pang bộ, tỉnh ủy; hộ1 đồng")).toBe("dang bo, tinh uy; hoi dong");
    expect(fold("năm 2025: 95% Phòng")).toBe("nam 2025: 95% phong");
  });
});

describe("wordsAsTyped", () => {
  it("echoes the folded words as the user typed them, punctuation and marks kept", () => {
    expect(wordsAsTyped("Ai chủ trì phòng, chống đuối nước?", "phong chong duoi nuoc")).toBe("phòng, chống đuối nước");
    expect(wordsAsTyped("Hà Nội có kế hoạch nào", "ha noi")).toBe("Hà Nội");
    expect(wordsAsTyped("chi tieu nuoc sach", "nuoc sach")).toBe("nuoc sach");
  });

  it("spans a dropped filler word or two, but not a longer stretch", () => {
    expect(wordsAsTyped("chỉ tiêu trẻ em được tiêm chủng", "tre em tiem chung")).toBe("trẻ em được tiêm chủng");
    expect(wordsAsTyped("một hai ba bốn", "mot bon")).toBe("một hai ba bốn");
    expect(wordsAsTyped("một hai ba bốn năm", "mot nam")).toBeUndefined();
    expect(wordsAsTyped("trẻ em", "tre nho")).toBeUndefined();
  });

  it("takes the last place the words appear", () => {
    expect(wordsAsTyped("Trẻ em, trẻ em", "tre em")).toBe("trẻ em");
  });
});
