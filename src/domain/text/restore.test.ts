import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanPlanTexts, genreTexts, loadRestorer, loadVietnameseSyllables } from "../../ingest/restorer.js";
import { normalizeSource } from "./fold.js";
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
      "Căn cứ Kế hoạch của Bộ Chính trị; căn cứ Quyết định của Ủy ban nhân dân.",
      "Giao Phòng Y tế chủ trì; Phòng Giáo dục và Đào tạo phối hợp. Phòng Y tế báo cáo.",
      "Tỷ lệ trẻ em được chăm sóc tăng. Tỷ lệ xã đạt chuẩn; tỷ lệ hộ nghèo giảm. Đảng lãnh đạo, Đảng chỉ đạo.",
      "Tỉnh ủy Lai Châu; Huyện ủy ban hành.",
      "I. Mục đích, yêu cầu",
    ],
    words: ["phòng", "phong", "phóng", "phỏng", "bộ", "bố", "bỏ", "bổ", "số", "sở", "sợ", "sổ", "tế", "tê", "tể", "tè", "hư", "hu", "hú", "của", "cửa", "UBND", "HĐND"],
  }),
);

describe("createRestorer", () => {
  it("restores the words the vocabulary makes certain and keeps the rest", () => {
    expect(small.restore("Chi thi s6 28-CT/TW, ngay 25/12/2023 ciia Bd Chinh tri")).toBe(
      "Chỉ thị số 28-CT/TW, ngày 25/12/2023 của Bộ Chính trị",
    );
    expect(small.restore("Pang lanh dao")).toBe("Đảng lãnh đạo");
    expect(small.restore("ty 1é tré em")).toBe("tỷ lệ trẻ em");
    expect(small.restore("Phong Y té chu tri")).toBe("Phòng Y tế chủ trì");
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

  it("keeps the lines, and every number, date and document number as written", () => {
    const text = "Chi thi s6 28-CT/TW\r\nngay 25/12/2023\n\nPang lanh dao\n";
    const out = small.restore(text);
    expect(out.split("\n")).toHaveLength(text.split(/\r?\n/).length);
    expect(out).toBe("Chỉ thị số 28-CT/TW\nngày 25/12/2023\n\nĐảng lãnh đạo\n");
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

/** The numbers, dates and document numbers of a line, in order: "28-CT/TW", "25/12/2023", "100%", "2030". */
function docNumbers(line: string): string[] {
  return line.match(/[\p{L}\p{N}.&¢€-]*\d[\p{L}\p{N}.,/&%-]*/gu)?.filter((chunk) => /^\d|\//.test(chunk) && !/^\d+\p{L}+[.,]?$/u.test(chunk)) ?? [];
}

describe("restoring the seeded OCR plans", () => {
  it("restores much of them and keeps every number, date, document number and line", async () => {
    const restorer = await loadRestorer(SEEDS);
    for (const name of OCR) {
      const text = normalizeSource(await seed(name));
      const out = restorer.restore(text);
      const [lines, restored] = [text.split("\n"), out.split("\n")];
      expect(restored).toHaveLength(lines.length);
      lines.forEach((line, i) => {
        // Numbers, dates and document numbers of each line are the scan's; the exceptions are "lệ" misread
        // as a number after "tỷ" ("Ty 18 trẻ em", "ty 1& trẻ em").
        if (/[Tt][yỷ] [1Il][8&¢€]/.test(line)) return;
        // …and "Số" misread as a number before a document number ("86 273-KH/HU").
        if (/^\s*86 \d/.test(line)) return;
        // …and a heading's Roman numeral read as digits ("111- TO CHUC" is "III- TỔ CHỨC").
        if (/^\s*1[1l]+\s*[.\-–)]\s*\p{Lu}{2,}/u.test(line)) return;
        // …and "là" scanned as "13" between two words ("nhất 13 trẻ em"), where the model reads it so.
        const readAsLa = (restored[i]!.match(/ là /g) ?? []).length - (line.match(/ là /g) ?? []).length;
        const printed = docNumbers(line).filter((n, k, all) => !(/^1[34]$/.test(n) && all.slice(0, k + 1).filter((m) => /^1[34]$/.test(m)).length <= readAsLa));
        // An acronym's "D" may be read back as the "Đ" the known acronyms have ("SLDTBXH" is "SLĐTBXH").
        expect(docNumbers(restored[i]!.replace(/Đ/g, "D")), `${name}:${i + 1}`).toEqual(printed);
      });
      expect(out).toContain("bảo vệ");
      expect(out).toContain("trẻ em");
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
    expect(restorer.restore("kinh phí 2 tỷ 18 triệu đồng")).toBe("kinh phí 2 tỷ 18 triệu đồng");
    // A percentage after it stays a number, whatever "ty" alone is read as.
    expect(restorer.restore("ty 18%")).toMatch(/^\p{L}+ 18%$/u);
  });
});

/**
 * Damage the OCR seeds show, in short lines written for these tests: what a scan makes of a phrase, and
 * what an official should read.
 */
const DAMAGED: Array<[scan: string, reads: string]> = [
  // "là" scanned as digits, a capital the scan made of another letter, a vowel alone in capitals.
  ["uu tién cac x4 kho khan, nhat 13 cac x4 vung cao", "ưu tiên các xã khó khăn, nhất là các xã vùng cao"],
  ["tré em dén trudng dap Gng yéu cau", "trẻ em đến trường đáp ứng yêu cầu"],
  ["Phong Y té kiém tra cac tram y té O cac x4", "Phòng Y tế kiểm tra các trạm y tế ở các xã"],
  // "g" for a dotted "ộ", "q" for an "o" whose mark ran into a tail.
  ["Phong Lao dgng - Thuong binh va Xa hoi chu tri", "Phòng Lao động - Thương binh và Xã hội chủ trì"],
  ["kinh phi hqat dong cua Ban chi dao", "kinh phí hoạt động của Ban chỉ đạo"],
  ["vu tién cac x4 vung cao", "ưu tiên các xã vùng cao"],
  ["hoc sinh dan toc thiéu sb & cac x4", "học sinh dân tộc thiểu số ở các xã"],
  // A heading in capitals: its bare words lost their marks like the rest ("THANH" is "THÀNH").
  ["BAN CHI DAO THANH PHO", "BAN CHỈ ĐẠO THÀNH PHỐ"],
  ["Sở LDTBXH (để b/c); Thường trực HDND huyện", "Sở LĐTBXH (để b/c); Thường trực HĐND huyện"],
  ["Giao Phong Y tế Thanh phd chu tri thuc hién", "Giao Phòng Y tế Thành phố chủ trì thực hiện"],
  ["Thue hién Chi thi s6 28-CT/TW ciia Bd Chinh tri", "Thực hiện Chỉ thị số 28-CT/TW của Bộ Chính trị"],
  ["tổ chức các hoạt đồng truyền thông cho trẻ em", "tổ chức các hoạt động truyền thông cho trẻ em"],
  ["bảo đảm binh đảng giới", "bảo đảm bình đẳng giới"],
  ["trách nhiệm của các cp tỷ đảng, chính quyền", "trách nhiệm của các cấp ủy đảng, chính quyền"],
  ["mạng lưới công tác viên tại thôn, bản", "mạng lưới cộng tác viên tại thôn, bản"],
  ["kham, chita bénh cho tré em", "khám, chữa bệnh cho trẻ em"],
  ["ciia Phong Giao duc va Pao tao", "của Phòng Giáo dục và Đào tạo"],
  ["VI. TO CHUC THU'C HIEN", "VI. TỔ CHỨC THỰC HIỆN"],
  ["T/M BAN THUONG VU", "T/M BAN THƯỜNG VỤ"],
  ["Noi nhan:", "Nơi nhận:"],
  ["tang cuong su ph01 hop chit ché", "tăng cường sự phối hợp chặt chẽ"],
  // The genre's vocabulary decides where the clean plans are silent: "vé" before a report's addressee is "về".
  ["Các xã báo cáo kết quả vé Ủy ban nhân dân huyện", "Các xã báo cáo kết quả về Ủy ban nhân dân huyện"],
  ["phối hợp véi các sở, ban, ngành", "phối hợp với các sở, ban, ngành"],
  ["bảo đảm quyền binh dang cho người khuyết tật", "bảo đảm quyền bình đẳng cho người khuyết tật"],
  // "j" for "ị", "l" for "i", "&" for a vowel inside a word.
  ["các tổ chức chính trj - xã hội trên dja bàn", "các tổ chức chính trị - xã hội trên địa bàn"],
  ["nghlen cứu, đề xuất giải pháp", "nghiên cứu, đề xuất giải pháp"],
  ["- C&c phòng, ban, ngành;", "- Các phòng, ban, ngành;"],
  // Capitals without a vowel are acronyms even on a line of capitals; a line of "d/c" is still Vietnamese.
  ["KT. CHU TICH", "KT. CHỦ TỊCH"],
  ["- Các d/c Uy vién Ban Thuong vu,", "- Các d/c Ủy viên Ban Thường vụ,"],
  // "Số" before a document number, even read as digits; a capital "I" for a small "l" inside a sentence.
  ["86 12-KH/HU", "Số 12-KH/HU"],
  ["S6: 31/KH-UBND", "Số: 31/KH-UBND"],
  ["can thiép va xir Iy kip thoi", "can thiệp và xử lý kịp thời"],
  // A bare scanned word rare in print ("nham", "phong" beside "phòng") gives way to a reading barely better.
  ["nham nâng cao chất lượng", "nhằm nâng cao chất lượng"],
  ["phong chống đuối nước cho trẻ em", "phòng chống đuối nước cho trẻ em"],
];

/** What is never changed: numbers, dates, document numbers, acronyms, and text that is already right. */
const UNCHANGED = [
  "Kế hoạch 273-KH/HU ngày 27/5/2024; 624/KH-UBND; 224-KH/Th.U; 28-CT/TW",
  "UBND các xã, thị trấn; MTTQ; HĐND; LĐTBXH; LĐ-TB&XH; HIV/AIDS; COVID-19",
  "đạt 99,5% vào năm 2025; 1.000 trẻ em; giảm 0,5‰; Q4; 15/12 hằng năm",
  "Ủy ban nhân dân huyện giao Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan liên quan.",
  "Định kỳ 6 tháng, hằng năm báo cáo kết quả về Thường trực Huyện ủy trước ngày 15/12.",
  "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi giảm xuống dưới 20% vào năm 2025.",
  "Đồng chí Trần Văn Bình, Phó Chủ tịch UBND huyện",
  "KT. CHỦ TỊCH; PCT UBND; VP HĐND; TP, TX",
  "Hỗ trợ 86 hộ nghèo; 86 12 tháng",
  // Words printed as scanned: common in print ("trao", "qua"), or scanned with their marks ("thăm").
  "Tổ chức thăm, tặng quà, trao học bổng cho trẻ em vào dịp Tết Trung thu.",
];

describe("reading a scan in context", () => {
  it.each(DAMAGED)("%s", async (scan, reads) => {
    const restorer = await loadRestorer(SEEDS);
    expect(restorer.restore(scan)).toBe(reads);
  });

  it.each(UNCHANGED)("leaves alone: %s", async (text) => {
    const restorer = await loadRestorer(SEEDS);
    expect(restorer.restore(text)).toBe(text);
  });

  it("still reads a rarer right syllable after learning many plans of other fields (../shared/corpus)", async () => {
    const [cleanTexts, words] = await Promise.all([cleanPlanTexts(SEEDS), loadVietnameseSyllables()]);
    const restorer = createRestorer(buildRestoreModel({ cleanTexts: [...genreTexts(), ...cleanTexts], words }));
    for (const plan of await cleanPlanTexts(join(SEEDS, "..", "..", "shared", "corpus"))) restorer.learn(plan);
    // Their "cải cách", "thông tin" and "từ" must not crowd "côi", "trấn" and "Tết" out of the readings.
    expect(restorer.restore("chăm sóc trẻ em mo cdi; UBND các xã, thi trin; Tét Trung thu")).toBe(
      "chăm sóc trẻ em mồ côi; UBND các xã, thị trấn; Tết Trung thu",
    );
  });

  it("reads a place as the names that exist write it, alike all through the scan, its heading too", async () => {
    const restorer = await loadRestorer(SEEDS);
    // "Duong" may be "Dương", "Đương" or "Đường"; "Pudng" says "Đ" and a marked vowel: the name is "Cam Đường".
    const out = restorer.restore(
      "DANG UY XA CAM DPUONG\n\nCam Duong, ngay 05 thang 3 nam 2025\n\nBan Thudng vu Pang uy x4 Cam Pudng xay dung ké hoach trén dia ban x4 Cam Puong.",
    );
    expect(out.split("\n")[0]).toMatch(/ CAM ĐƯỜNG$/);
    expect(out).toContain("Cam Đường, ngày 05 tháng 3 năm 2025");
    expect(out).toContain("Đảng ủy xã Cam Đường xây dựng kế hoạch trên địa bàn xã Cam Đường.");
    // A person's name keeps the reading its first pair has ("Trần Văn", not the place "Vân Bình").
    expect(restorer.restore("Dong chi Tran Van Binh, Pho Chu tich UBND x4")).toContain("Trần Văn");
  });

  it("reads scans better once it has read a clean plan that uses their words", async () => {
    const [cleanTexts, words] = await Promise.all([cleanPlanTexts(SEEDS), loadVietnameseSyllables()]);
    const restorer = createRestorer(buildRestoreModel({ cleanTexts, words }));
    const scan = "vận động người dân đảng ky khai sinh cho trẻ";
    expect(restorer.restore(scan)).not.toContain("đăng ký khai sinh");
    restorer.learn("Các xã vận động người dân đăng ký khai sinh cho trẻ đúng hạn. Hướng dẫn đăng ký khai sinh, đăng ký kết hôn.");
    expect(restorer.restore(scan)).toBe("vận động người dân đăng ký khai sinh cho trẻ");
  });
});
