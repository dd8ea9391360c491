import { describe, expect, it } from "vitest";
import { initialSpellings } from "./entities/agencies.js";
import { placeSpellings, placesIn, placesInLongText } from "./lexicon.js";

describe("places and abbreviations the lexicon reads from the plans", () => {
  it("reads a place after its level word, not the words that follow it", () => {
    expect([...placesIn("UBND tỉnh Hòa Bình").keys()]).toEqual(["hoa binh"]);
    expect([...placesIn("Ban Thường vụ Huyện ủy Kỳ Sơn").keys()]).toContain("ky son");
    expect([...placesIn("Ban Thường vụ Thành ủy Vinh").keys()]).toEqual(["vinh"]);
    expect([...placesIn("UBND tỉnh Đồng Nai").keys()]).toEqual(["dong nai"]);
    // A name read from capitals that runs on is cut where its longer reading is rare.
    const long = placesInLongText("THÀNH PHỐ LONG AN PHÁT ĐỘNG. Tại thành phố Long An, thành phố Long An và thành phố Long An.");
    expect([...long.keys()]).toEqual(["long an"]);
  });
  it("spells a place as staff type it", () => {
    expect(placeSpellings("ho chi minh")).toEqual(expect.arrayContaining(["ho chi minh", "hcm", "tphcm", "hcmc", "hochiminh"]));
    // Initials that make a word are not a spelling of the place.
    expect(placeSpellings("mai an uc")).not.toContain("mau");
  });
  it("abbreviates an agency's name by its syllables' initials", () => {
    expect(initialSpellings(["so", "nong", "nghiep", "va", "moi", "truong"])).toEqual(expect.arrayContaining([["so", "nnmt"], ["so", "nn", "mt"]]));
    expect(initialSpellings(["so", "van", "hoa", "the", "thao", "va", "du", "lich"])).toEqual(expect.arrayContaining([["so", "vhttdl"]]));
    expect(initialSpellings(["cong", "an"])).toEqual([]);
  });
});
