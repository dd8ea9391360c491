import { describe, expect, it } from "vitest";
import { agencyAliases, canonicalAgency, KNOWN_AGENCIES } from "./agencies.js";

describe("canonical agency names", () => {
  it("maps clean, unaccented, OCR'd and abbreviated spellings to one agency", () => {
    const cases: Array<[string, string]> = [
      ["Phòng Lao động - Thương binh và Xã hội huyện", "Phòng Lao động - Thương binh và Xã hội"],
      ["Phong Lao dgng - Thwong binh va Xa hoi:", "Phòng Lao động - Thương binh và Xã hội"],
      ["Phòng LĐ-TB&XH", "Phòng Lao động - Thương binh và Xã hội"],
      ["Phòng Lao động TB&XH huyện", "Phòng Lao động - Thương binh và Xã hội"],
      ["LĐTBXH", "Phòng Lao động - Thương binh và Xã hội"],
      ["Phong Y té Thanh phd", "Phòng Y tế"],
      ["Trung tâm Y tế huyện", "Trung tâm Y tế"],
      ["Phong Noi vy Thanh phé", "Phòng Nội vụ"],
      ["Cong an huyén", "Công an"],
      ["Ban Tuyén glao Huyén ủy", "Ban Tuyên giáo"],
      ["Ủy ban MTTQ Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam"],
      ["UBND céc x4, thị trin", "Ủy ban nhân dân cấp xã"],
      ["Ủy ban nhân dân Thành phố", "Ủy ban nhân dân"],
      ["Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo"],
      ["Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"],
    ];
    for (const [raw, name] of cases) expect(canonicalAgency(raw).name, raw).toBe(name);
  });

  it("keeps different agencies apart", () => {
    const keys = ["Phòng Y tế", "Sở Y tế", "Trung tâm Y tế", "UBND huyện", "UBND các xã, thị trấn", "Sở LĐ-TB&XH", "Phòng LĐ-TB&XH"].map(
      (raw) => canonicalAgency(raw).key,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps an unknown office's own name, without its locality", () => {
    expect(canonicalAgency("Chi cục Trẻ em tỉnh Nghệ An").name).toBe("Chi cục Trẻ em");
  });

  it("answers to every alias users type", () => {
    expect(agencyAliases("Phòng Lao động - Thương binh và Xã hội")).toEqual(expect.arrayContaining(["LĐ-TB&XH", "LĐTBXH"]));
    expect(agencyAliases("Ủy ban Mặt trận Tổ quốc Việt Nam")).toEqual(expect.arrayContaining(["MTTQ", "Mặt trận Tổ quốc"]));
    expect(agencyAliases("Phòng Giáo dục và Đào tạo")).toContain("GD&ĐT");
    for (const agency of KNOWN_AGENCIES) {
      // Names and abbreviations must lead back; bare topic words ("Giáo dục", "police") only help matching.
      for (const alias of agency.aliases.filter((a) => /^(Phòng|Sở|Ban|Hội|Ủy|UBND|Trung tâm|Công an|Văn phòng) |^[A-ZĐ&-]{4,}$/u.test(a))) {
        expect(canonicalAgency(alias).name, `${agency.name} ← ${alias}`).toBe(agency.name);
      }
    }
  });
});
