import { describe, expect, it } from "vitest";
import { agencyAliases, canonicalAgency, KNOWN_AGENCIES } from "./agencies.js";
import { foldKey } from "./text/fold.js";

const LDTBXH = "Phòng Lao động - Thương binh và Xã hội";

describe("canonicalAgency", () => {
  it("maps clean, unaccented, OCR'd and abbreviated spellings (as found in the seeds) to one agency", () => {
    const cases: Array<[string, string]> = [
      ["Phòng Lao động - Thương binh và Xã hội huyện", LDTBXH],
      ["Phong Lao dgng - Thwong binh va Xa hoi:", LDTBXH],
      ["Phong Lao dong - Thuong binh va X& hoi Thanh phd", LDTBXH],
      ["Phòng LĐ-TB&XH", LDTBXH],
      ["Phòng LD-TB&XH huyện Tam Đường", LDTBXH],
      ["Phòng Lao động TB&XH huyện", LDTBXH],
      ["LĐTBXH", LDTBXH],
      ["Lao động – Thương binh và Xã hội", LDTBXH],
      ["Sở LĐ-TB&XH tỉnh Nghệ An", "Sở Lao động - Thương binh và Xã hội"],
      ["Phong Y té", "Phòng Y tế"],
      ["Phong Y té Thanh phd", "Phòng Y tế"],
      ["Trung tâm Y tế huyện", "Trung tâm Y tế"],
      ["Trạm Y tế xã", "Trạm Y tế"],
      ["Phong Noi vy Thanh phé", "Phòng Nội vụ"],
      ["Phong Tw phap", "Phòng Tư pháp"],
      ["Phong Tai chinh - Ké hoach Thanh phd", "Phòng Tài chính - Kế hoạch"],
      ["Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo"],
      ["phong Gigo duc - Pao tao", "Phòng Giáo dục và Đào tạo"],
      ["Giáo dục - Đào tạo", "Phòng Giáo dục và Đào tạo"],
      ["Sở GD&ĐT", "Sở Giáo dục và Đào tạo"],
      ["Phong Vin hoéa théng tin", "Phòng Văn hóa và Thông tin"],
      ["Phòng Văn hóa, Khoa học và Thông tin TP Vinh", "Phòng Văn hóa và Thông tin"],
      ["Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"],
      ["Trung tâm Văn hóa - Truyền thanh - Truyền hình huyện", "Trung tâm Văn hóa - Thể thao và Truyền thông"],
      ["Cong an huyén", "Công an"],
      ["Công an tỉnh", "Công an"],
      ["Ban Tuyén gido Huyén ty", "Ban Tuyên giáo"],
      ["Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo"],
      ["Ban Thudng vu Huyén uy Tam Pudng", "Ban Thường vụ"],
      ["Ban T6 chac", "Ban Tổ chức"],
      ["Uy ban Kiém tra", "Ủy ban Kiểm tra"],
      ["Van phong Huyén uy", "Văn phòng cấp ủy"],
      ["Pang uy cac xd, thi trdn", "Đảng ủy cấp xã"],
      ["các cấp ủy, tổ chức đảng", "Cấp ủy đảng"],
      ["UBND huyện Mường Ảng", "Ủy ban nhân dân"],
      ["Uy ban nhan dan Thanh phé", "Ủy ban nhân dân"],
      ["UBND céc x4, thị trin", "Ủy ban nhân dân cấp xã"],
      ["UBND phường, xã", "Ủy ban nhân dân cấp xã"],
      ["UBND thị trấn", "Ủy ban nhân dân cấp xã"],
      ["Uy ban mit tran t6 qudc Viét Nam huyén", "Ủy ban Mặt trận Tổ quốc Việt Nam"],
      ["UBMTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam"],
      ["Huyén doan", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
      ["Hoi Lién hi¢p phu nit huyén", "Hội Liên hiệp Phụ nữ"],
      ["Hội LHPN", "Hội Liên hiệp Phụ nữ"],
      ["Hi ddong nhan dan Thanh phé", "Hội đồng nhân dân"],
      ["Ban Chỉ huy Quân sự huyện", "Ban Chỉ huy Quân sự"],
      ["Liên đoàn Lao động huyện", "Liên đoàn Lao động"],
      ["Hội Cựu chiến binh", "Hội Cựu chiến binh"],
      ["Hội Nông dân tỉnh", "Hội Nông dân"],
      ["Tòa án nhân dân huyện", "Tòa án nhân dân"],
      ["Viện Kiểm sát nhân dân huyện", "Viện Kiểm sát nhân dân"],
      ["Hội Chữ thập đỏ", "Hội Chữ thập đỏ"],
      ["cơ quan Công an", "Công an"],
    ];
    for (const [raw, name] of cases) expect(canonicalAgency(raw).name, raw).toBe(name);
  });

  it("gives a locality-free folded key", () => {
    expect(canonicalAgency("Phòng LĐ-TB&XH huyện Tam Đường")).toEqual({ name: LDTBXH, key: "phong lao dong thuong binh va xa hoi" });
    expect(canonicalAgency("Cong an Thanh phd").key).toBe("cong an");
  });

  it("never gives two different agencies the same key", () => {
    const keys = ["Phòng Y tế", "Sở Y tế", "Trung tâm Y tế", "Trạm Y tế", "UBND huyện", "UBND các xã, thị trấn", "Sở LĐ-TB&XH", "Phòng LĐ-TB&XH"].map(
      (raw) => canonicalAgency(raw).key,
    );
    expect(new Set(keys).size).toBe(keys.length);
    const all = KNOWN_AGENCIES.map((a) => canonicalAgency(a.name).key);
    expect(new Set(all).size).toBe(KNOWN_AGENCIES.length);
  });

  it("keeps an unknown office's own words, without its locality or lead words", () => {
    expect(canonicalAgency("Chi cục Trẻ em tỉnh Nghệ An")).toEqual({ name: "Chi cục Trẻ em", key: "chi cuc tre em" });
    expect(canonicalAgency("  các  cơ quan   Thanh tra huyện.")).toEqual({ name: "Thanh tra", key: "thanh tra" });
    expect(canonicalAgency("Đội Quản lý thị trường số 3, TP Vinh").name).toBe("Đội Quản lý thị trường số 3");
    // "quan" here is "quan" of "liên quan", not "quận".
    expect(canonicalAgency("ban ngành liên quan").name).toBe("Ban ngành liên quan");
  });
});

describe("agencyAliases", () => {
  it("lists the abbreviations and English names staff type", () => {
    expect(agencyAliases(LDTBXH)).toEqual(
      expect.arrayContaining(["Phòng LĐ-TB&XH", "LĐ-TB&XH", "LĐTBXH", "Lao động - Thương binh và Xã hội", "Lao động Thương binh Xã hội", "Phòng Lao động", "labour office"]),
    );
    expect(agencyAliases("Ủy ban Mặt trận Tổ quốc Việt Nam")).toEqual(expect.arrayContaining(["MTTQ", "Mặt trận Tổ quốc", "UBMTTQ", "Fatherland Front"]));
    expect(agencyAliases("Ủy ban nhân dân")).toEqual(expect.arrayContaining(["UBND", "People's Committee"]));
    expect(agencyAliases("Phòng Giáo dục và Đào tạo")).toEqual(expect.arrayContaining(["GD&ĐT", "GDĐT", "Phòng GD&ĐT", "Giáo dục", "education office"]));
    expect(agencyAliases("Công an")).toEqual(expect.arrayContaining(["Công an huyện", "police"]));
    expect(agencyAliases("Ban Tuyên giáo")).toContain("Tuyên giáo");
    expect(agencyAliases("Phòng Y tế")).toEqual(expect.arrayContaining(["Y tế", "health", "health office"]));
    expect(agencyAliases("Hội Liên hiệp Phụ nữ")).toContain("Women's Union");
    expect(agencyAliases("Đoàn Thanh niên Cộng sản Hồ Chí Minh")).toContain("Youth Union");
    expect(agencyAliases("Phòng Văn hóa và Thông tin")).toContain("culture office");
    expect(agencyAliases("Phòng Tư pháp")).toContain("justice office");
    expect(agencyAliases("Phòng Nội vụ")).toContain("home affairs");
    expect(agencyAliases("Chi cục Trẻ em")).toEqual([]);
  });

  it("leads every alias of every known agency back to that agency's key", () => {
    for (const agency of KNOWN_AGENCIES) {
      const key = canonicalAgency(agency.name).key;
      expect(canonicalAgency(agency.name).name).toBe(agency.name);
      for (const alias of agencyAliases(agency.name)) expect(canonicalAgency(alias).key, `${agency.name} ← ${alias}`).toBe(key);
    }
  });

  it("gives no spelling to two agencies", () => {
    const owners = new Map<string, string>();
    for (const agency of KNOWN_AGENCIES) {
      for (const spelling of new Set([agency.name, ...agency.aliases].map(foldKey))) {
        expect(owners.get(spelling), `${spelling}: ${agency.name}`).toBeUndefined();
        owners.set(spelling, agency.name);
      }
    }
  });
});
