import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRestorer } from "../../ingest/restorer.js";
import { fold, normalizeSource } from "./fold.js";
import { buildRestoreModel, createRestorer, looksOcrDamaged } from "./restore.js";

const SEEDS = join(import.meta.dirname, "..", "..", "..", "seeds");
const CLEAN = ["muong-ang-KH-UBND-2024.txt", "tinh-uy-chi-thi-28.txt"];
const OCR = ["tam-duong-273-KH-HU-2024.txt", "vinh-224-KH-ThU-2024.txt", "huyen-bao-ve-tre-em-2021.txt"];
const seed = async (name: string) => readFile(join(SEEDS, name), "utf8");

/** A small model: a few clean sentences plus a syllable list with competing forms. */
const small = createRestorer(
  buildRestoreModel({
    cleanTexts: [
      "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị về công tác bảo vệ trẻ em.",
      "Giao Phòng Y tế chủ trì; Phòng Giáo dục và Đào tạo phối hợp. Phòng Y tế báo cáo.",
      "Tỷ lệ trẻ em được chăm sóc tăng. Tỷ lệ xã đạt chuẩn; tỷ lệ hộ nghèo giảm. Đảng lãnh đạo, Đảng chỉ đạo.",
      "Tỉnh ủy Lai Châu; Huyện ủy ban hành.",
      "I. Mục đích, yêu cầu",
    ],
    words: ["phòng", "phong", "phóng", "phỏng", "bộ", "bố", "bỏ", "bổ", "số", "sở", "sợ", "sổ", "tế", "tê", "tể", "tè", "hư", "hu", "hú", "UBND", "HĐND"],
  }),
);

describe("createRestorer", () => {
  it("restores the words the vocabulary makes certain and keeps the rest", () => {
    expect(small.restore("Chi thi s6 28-CT/TW, ngay 25/12/2023 ciia Bd Chinh tri")).toBe(
      "Chỉ thị số 28-CT/TW, ngày 25/12/2023 ciia Bd Chính trị",
    );
    expect(small.restore("Pang lanh dao")).toBe("Đảng lãnh đạo");
    expect(small.restore("ty 1é tré em")).toBe("tỷ lệ trẻ em");
    expect(small.restore("Phong Y té chu tri")).toBe("Phòng Y tế chủ trì");
    // "bo" has four forms, no context and one use in the clean text: kept.
    expect(small.restore("bo")).toBe("bo");
  });

  it("keeps the capitalisation of the OCR token", () => {
    expect(small.restore("PHONG Y TE")).toBe("PHÒNG Y TẾ");
    expect(small.restore("Phong Y te")).toBe("Phòng Y tế");
    expect(small.restore("MUC PiCH, YEU CAU")).toBe("MỤC ĐÍCH, YÊU CẦU");
    expect(small.restore("S6 28-CT/TW")).toBe("Số 28-CT/TW");
  });

  it("never touches numbers, dates, document numbers, acronyms or foreign words", () => {
    const text = "UBND, MTTQ, HĐND, HU; Kế hoạch 273-KH/HU; 224-KH/Th.U; LĐ-TB&XH; HIV/AIDS; 1,0% val00% 2021 - 2025; Internet, Zalo";
    expect(small.restore(text)).toBe(text);
    // A label "1a)" is a list item, not the OCR's "là".
    expect(small.restore("1a) bao ve tre em")).toBe("1a) bảo vệ trẻ em");
    const english = "The committee will send the report to all members by email.";
    expect(small.restore(english)).toBe(english);
  });

  it("preserves length and line structure", () => {
    const text = "Chi thi s6 28-CT/TW\r\nngay 25/12/2023\n\nPang lanh dao\n";
    const out = small.restore(text);
    expect(out.split("\n")).toHaveLength(text.split(/\r?\n/).length);
    expect(out).toHaveLength(normalizeSource(text).length);
  });
});

describe("looksOcrDamaged", () => {
  it("is true for the OCR seeds and false for the clean ones and for English", async () => {
    for (const name of OCR) expect(looksOcrDamaged(await seed(name)), name).toBe(true);
    for (const name of CLEAN) expect(looksOcrDamaged(await seed(name)), name).toBe(false);
    expect(looksOcrDamaged("The committee will publish the report online next week. ".repeat(10))).toBe(false);
    expect(looksOcrDamaged("Phòng Y tế")).toBe(false);
  });
});

/** Numbers of a text (tokens that stay numbers after fold), dates and document numbers, in order. */
function numbers(text: string, skip: (at: number) => boolean = () => false): string[] {
  const folded = fold(text);
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}¢€¥§]+/gu)) {
    if (/\d/.test(folded.slice(m.index, m.index + m[0].length)) && !skip(m.index)) out.push(m[0]);
  }
  for (const m of text.matchAll(/\d{1,2}\/\d{1,2}\/\d{4}|\d+\s*-\s*[\p{L}.&-]+\/[\p{L}.&/-]+/gu)) out.push(m[0]);
  return out;
}

describe("restoring the seeded OCR plans", () => {
  it("restores much of them and keeps every number, date, document number and line", async () => {
    const restorer = await loadRestorer(SEEDS);
    for (const name of OCR) {
      const text = normalizeSource(await seed(name));
      const out = restorer.restore(text);
      expect(out.split("\n")).toHaveLength(text.split("\n").length);
      expect(out).toHaveLength(text.length);
      // The one exception: "lệ" misread as a number after "tỷ" ("Ty 18 trẻ em", "ty 1& trẻ em").
      const tyLe = new Set([...out.matchAll(/[Tt]ỷ (?=lệ )/g)].map((m) => m.index + m[0].length));
      expect(numbers(out)).toEqual(numbers(text, (at) => tyLe.has(at)));
      expect(out).toContain("bảo vệ");
      expect(out).toContain("trẻ em");
      // Diacritics change, and a misread vowel inside a word ("dudng" → "dưỡng"); nothing else.
      const [before, after] = [fold(text), fold(out)];
      for (let i = 0; i < before.length; i++) {
        if (tyLe.has(i) || tyLe.has(i - 1)) expect(out.slice(i - 3, i + 2), name).toMatch(/^[Tt]ỷ lệ$|^ỷ lệ $/);
        else if (before[i] !== after[i]) expect(`${before[i]}→${after[i]}`).toMatch(/^[a-z]→[aeiouy]$/);
      }
    }
    const restored = restorer.restore(normalizeSource(await seed(OCR[0]!)));
    expect(restored).toContain("Thực hiện Chương trình hành động");
    expect(restored).toContain("Đảng");
    expect(restored).toContain("Chỉ thị số 28-CT/TW, ngày 25/12/2023");
  });

  it("reads a word one misread vowel away from a known pair as that pair", async () => {
    const restorer = await loadRestorer(SEEDS);
    expect(restorer.restore("tre em bi suy dinh dudng the thap coi")).toContain("suy dinh dưỡng");
    expect(restorer.restore("tre em co hoan canh dic biet")).toContain("hoàn cảnh đặc biệt");
    // A number is never a vowel away from anything.
    expect(restorer.restore("dat 99,9% vao nam 2025")).toContain("99,9% vào năm 2025");
  });

  it("reads two misread neighbours together when their pair is a known one", async () => {
    const restorer = await loadRestorer(SEEDS);
    expect(restorer.restore("bảo vệ, chim séc trẻ em")).toBe("bảo vệ, chăm sóc trẻ em");
    expect(restorer.restore("kinh phi hd trg các hoạt động")).toContain("hỗ trợ các");
    expect(restorer.restore("Ting cudng đầu tư")).toBe("Tăng cường đầu tư");
    expect(restorer.restore("nâng cao chit lugng cuộc sống")).toContain("chất lượng");
    // "cp" is "cấp" with a letter lost, not "cơ" one vowel away: a consonant read for a vowel is not assumed.
    expect(restorer.restore("trách nhiệm của céc cp ủy đảng")).not.toContain("cơ ủy");
  });

  it('reads the OCR\'s "Ty 18", "ty 1&", "Ty I¢" as "tỷ lệ", but not an amount of money', async () => {
    const restorer = await loadRestorer(SEEDS);
    expect(restorer.restore("Ty 18 tré em duoi 5 tudi")).toBe("Tỷ lệ trẻ em dưới 5 tuổi");
    expect(restorer.restore("ty 1& tré em")).toBe("tỷ lệ trẻ em");
    expect(restorer.restore("Ty I¢ xa dat chuan")).toMatch(/^Tỷ lệ /);
    expect(restorer.restore("kinh phi 2 tỷ 18 triệu đồng")).toBe("kinh phi 2 tỷ 18 triệu đồng");
    expect(restorer.restore("ty 18%")).toBe("tỷ 18%");
  });
});
