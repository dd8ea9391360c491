/**
 * One row per real agency, whatever the spelling: "Phòng LĐ-TB&XH huyện",
 * "Phong Lao dong - Thuong binh va Xa hoi Thanh phd" and "LĐTBXH" are the
 * same office. Patterns run on folded text (see text/fold), most specific
 * first; the key leaves out the locality so plans of different places that
 * name the same kind of office meet in answers. Canonical names are stored
 * keys: renaming one splits an agency from its earlier imports.
 */
import { fold, foldKey, normalizeSource } from "./text/fold.js";
import { memoBy } from "./memo.js";

export type KnownAgency = { name: string; pattern: RegExp; aliases: string[] };

// "LĐ-TB&XH" folds to "ld tb xh"; OCR turns "vụ" into "vy", "giáo" into "gido"/"glao", "động" into "dgng".
const LDTBXH = String.raw`(?:lao d\w{0,3}ng\s*(?:-\s*)?(?:th\w{1,3}ng binh|tb)\s*(?:va\s*)?(?:xa h\w{1,2}i|xh)|ld\s*tb\s*xh|ldtb\s*xh|ldtbxh|ld\s*tbxh|lao dong tb xh)`;
const GDDT = String.raw`(?:gi\w{1,2}o d\w{1,2}c\s*(?:va|-)?\s*d\w{0,2}ao t\w{1,2}o|gd\s*dt|gddt)`;
const VHTT = String.raw`(?:v\w{1,2}n h\w{1,2}a\s*(?:va|-|,)?\s*(?:khoa hoc va\s*)?th\w{1,3}ng tin|vh\s*tt|vhtt)`;

export const KNOWN_AGENCIES: KnownAgency[] = [
  { name: "Sở Lao động - Thương binh và Xã hội", pattern: new RegExp(String.raw`^(?:so|s\w)\s+${LDTBXH}|^s\w?\s*ldtbxh`), aliases: ["Sở LĐ-TB&XH", "Sở LĐTBXH", "Department of Labour"] },
  { name: "Phòng Lao động - Thương binh và Xã hội", pattern: new RegExp(String.raw`^(?:phong\s+)?${LDTBXH}|^phong lao dong\b`), aliases: ["Phòng LĐ-TB&XH", "LĐ-TB&XH", "LĐTBXH", "LĐ-TBXH", "Phòng LĐTBXH", "Lao động - Thương binh và Xã hội", "Lao động Thương binh Xã hội", "Phòng Lao động", "labour office", "labor office", "social affairs office"] },
  { name: "Sở Giáo dục và Đào tạo", pattern: new RegExp(String.raw`^so\s+${GDDT}`), aliases: ["Sở GD&ĐT", "Department of Education"] },
  { name: "Phòng Giáo dục và Đào tạo", pattern: new RegExp(String.raw`^(?:phong\s+)?${GDDT}|^phong gi\w{1,2}o d\w{1,2}c\b`), aliases: ["Phòng GD&ĐT", "GD&ĐT", "GDĐT", "Giáo dục - Đào tạo", "Giáo dục", "Phòng Giáo dục", "education office", "education"] },
  { name: "Sở Văn hóa, Thể thao và Du lịch", pattern: /^so\s+(?:v\w{1,2}n h\w{1,2}a|vh)\s*(?:,|-)?\s*(?:th\w ?thao|tt)/, aliases: ["Sở VHTTDL", "Sở VH-TT&DL", "Department of Culture"] },
  { name: "Phòng Văn hóa và Thông tin", pattern: new RegExp(String.raw`^(?:phong\s+)?${VHTT}|^phong v\w{1,2}n h\w{1,3}a\b`), aliases: ["Phòng VH&TT", "VH&TT", "VHTT", "Văn hóa - Thông tin", "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Văn hóa", "culture office", "culture"] },
  { name: "Trung tâm Văn hóa - Thể thao và Truyền thông", pattern: /^trung tam v\w{1,2}n h\w{1,2}a\b|^(?:v\w{1,2}n h\w{1,2}a\s*-?\s*th\w{1,2} thao|vh tt tt)\b/, aliases: ["Trung tâm Văn hóa - Thể thao", "Trung tâm Văn hóa - Truyền thanh - Truyền hình", "Trung tâm VH-TT-TT", "media centre"] },
  { name: "Sở Y tế", pattern: /^so\s+y t\w\b/, aliases: ["Department of Health"] },
  { name: "Trung tâm Y tế", pattern: /^(?:trung tam y t\w|ttyt)\b/, aliases: ["TTYT", "health centre"] },
  { name: "Trạm Y tế", pattern: /^tram y t\w\b/, aliases: ["commune health station"] },
  { name: "Phòng Y tế", pattern: /^(?:phong\s+)?y t\w\b/, aliases: ["Y tế", "health office", "health"] },
  { name: "Sở Tư pháp", pattern: /^so\s+t\w phap\b/, aliases: ["Department of Justice"] },
  { name: "Phòng Tư pháp", pattern: /^(?:phong\s+)?t\w phap\b/, aliases: ["Tư pháp", "justice office", "justice"] },
  { name: "Sở Nội vụ", pattern: /^so\s+noi v\w\b/, aliases: ["Department of Home Affairs"] },
  { name: "Phòng Nội vụ", pattern: /^(?:phong\s+)?noi v[uy]\b/, aliases: ["Nội vụ", "home affairs office", "home affairs"] },
  { name: "Sở Tài chính", pattern: /^so\s+tai chinh\b/, aliases: ["Department of Finance"] },
  { name: "Sở Kế hoạch và Đầu tư", pattern: /^so\s+(?:ke hoach|kh)\s*(?:va|&)?\s*(?:dau tu|dt)\b/, aliases: ["Sở KH&ĐT"] },
  { name: "Phòng Tài chính - Kế hoạch", pattern: /^(?:phong\s+)?(?:tai chinh\s*(?:-|va)?\s*ke hoach|tc\s*kh)\b|^phong tai chinh\b/, aliases: ["Phòng TC-KH", "TC-KH", "Tài chính - Kế hoạch", "Phòng Tài chính", "finance office", "finance"] },
  { name: "Công an", pattern: /^cong an\b/, aliases: ["Công an huyện", "Công an tỉnh", "Công an thành phố", "police"] },
  // Party bodies. OCR reads "Thường" as "Thudng"/"Thudong" and "Đảng" as "Pang" (folded to "dang").
  { name: "Ban Thường vụ", pattern: /^(?:ban th\w{1,4}ng v\w{1,2}|btv)\b/, aliases: ["Ban Thường vụ Huyện ủy", "Ban Thường vụ Thành ủy", "Ban Thường vụ Tỉnh ủy", "BTV", "standing committee"] },
  { name: "Ban Tuyên giáo", pattern: /^ban tuy\w{1,2}n g\w{1,3}o\b/, aliases: ["Tuyên giáo", "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Tỉnh ủy", "propaganda", "communication"] },
  { name: "Ban Dân vận", pattern: /^ban dan v\w{1,2}n\b/, aliases: ["Dân vận", "mass mobilisation"] },
  { name: "Ban Tổ chức", pattern: /^ban t\w{1,2} ch\w{1,3}c\b/, aliases: ["Tổ chức", "organisation board"] },
  { name: "Ủy ban Kiểm tra", pattern: /^(?:uy ban kiem tra|ubkt)\b/, aliases: ["UBKT", "inspection committee"] },
  { name: "Văn phòng cấp ủy", pattern: /^van phong\s+(?:huyen|thanh|tinh|thi|quan|dang)\s*[ut]y\b/, aliases: ["Văn phòng Huyện ủy", "Văn phòng Thành ủy", "Văn phòng Tỉnh ủy"] },
  { name: "Đảng ủy cấp xã", pattern: /^dang (?:uy|bo)\s+(?:cac\s+)?(?:xa|x\w|phuong|thi tran|cap xa)\b/, aliases: ["Đảng ủy các xã, thị trấn", "Đảng ủy xã", "commune Party committees"] },
  { name: "Cấp ủy đảng", pattern: /^(?:cap uy|dang uy|to chuc dang)\b/, aliases: ["Cấp ủy", "Các cấp ủy, tổ chức đảng", "Đảng ủy", "Đảng ủy trực thuộc", "Party committees"] },
  // Government and mass organisations.
  { name: "Văn phòng HĐND và UBND", pattern: /^van phong (?:hdnd|hoi dong nhan dan|ubnd|uy ban nhan dan)\b/, aliases: ["Văn phòng UBND", "Văn phòng HĐND"] },
  { name: "Ủy ban nhân dân cấp xã", pattern: /^(?:uy ban nhan dan|ubnd)\s+(?:c\w{1,2}c\s+)?(?:xa|x\w|phuong|cap xa|thi tran)\b/, aliases: ["UBND các xã, thị trấn", "UBND cấp xã", "UBND xã", "Ủy ban nhân dân xã", "UBND phường, xã", "UBND phường", "xã, thị trấn", "Ủy ban nhân dân các xã", "commune People's Committees", "communes"] },
  { name: "Ủy ban Mặt trận Tổ quốc Việt Nam", pattern: /^(?:uy ban\s+)?(?:m\w{1,2}t tr\w{1,2}n|mttq|ubmttq)\b|^dang doan m\w{1,2}t tran/, aliases: ["MTTQ", "UBMTTQ", "Mặt trận Tổ quốc", "Mặt trận", "Fatherland Front"] },
  { name: "Hội đồng nhân dân", pattern: /^(?:dang doan\s+)?(?:h\w{0,2}i d\w{1,3}ng nhan dan|hdnd)\b/, aliases: ["HĐND", "People's Council"] },
  { name: "Ủy ban nhân dân", pattern: /^(?:ban can su dang\s+)?(?:uy ban nhan dan|ubnd)\b/, aliases: ["UBND", "People's Committee"] },
  { name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh", pattern: /^(?:doan thanh nien|doan tncs|huyen doan|thanh doan|tinh doan|doan tn)\b/, aliases: ["Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh", "Huyện đoàn", "Thành đoàn", "Tỉnh đoàn", "Youth Union"] },
  { name: "Hội Liên hiệp Phụ nữ", pattern: /^hoi (?:lien hi\w{1,2}p|lhpn|phu n\w{1,2})\b/, aliases: ["Hội LHPN", "Hội Phụ nữ", "Phụ nữ", "Women's Union"] },
  { name: "Hội Nông dân", pattern: /^hoi nong dan\b/, aliases: ["Farmers' Union"] },
  { name: "Hội Cựu chiến binh", pattern: /^hoi (?:cuu chien binh|ccb)\b/, aliases: ["Hội CCB", "Veterans' Association"] },
  { name: "Liên đoàn Lao động", pattern: /^(?:lien doan lao dong|ldld)\b/, aliases: ["LĐLĐ", "Labour Federation"] },
  // The province's Bộ Chỉ huy Quân sự is not the district's Ban Chỉ huy Quân sự.
  { name: "Bộ Chỉ huy Quân sự", pattern: /^bo chi huy quan su\b/, aliases: ["Bộ CHQS", "provincial military command"] },
  { name: "Ban Chỉ huy Quân sự", pattern: /^(?:ban chi huy quan su|ban chqs|bchqs)\b/, aliases: ["Ban CHQS", "Quân sự", "military command"] },
  { name: "Tòa án nhân dân", pattern: /^toa an\b/, aliases: ["Tòa án", "court"] },
  { name: "Viện Kiểm sát nhân dân", pattern: /^vien kiem sat\b/, aliases: ["Viện Kiểm sát", "procuracy"] },
  { name: "Hội Bảo trợ người khuyết tật và trẻ mồ côi", pattern: /^h\w{1,2}i bao tr\w{1,2}\b/, aliases: ["Hội Bảo trợ"] },
  { name: "Hội Chữ thập đỏ", pattern: /^hoi chu thap do\b/, aliases: ["Red Cross"] },
  { name: "Hội Khuyến học", pattern: /^hoi khuyen hoc\b/, aliases: ["study promotion association"] },
];

/** Every name and alias, folded: a spelling staff type ("police", "Tuyên giáo") means its agency even where no pattern reads it. */
let bySpelling: Map<string, KnownAgency> | undefined;
function knownBySpelling(folded: string): KnownAgency | undefined {
  if (!bySpelling) {
    bySpelling = new Map();
    for (const agency of KNOWN_AGENCIES) {
      for (const spelling of [agency.name, ...agency.aliases]) {
        const key = foldKey(spelling);
        if (!bySpelling.has(key)) bySpelling.set(key, agency);
      }
    }
  }
  return bySpelling.get(folded);
}

/** Words before the office's name: "đề nghị", "giao" (not "Giáo dục"), "các", "cơ quan". */
const LEAD = /^(?:de nghi|giao(?! d\w{1,2}c\b)|cac|co quan)\s+/;

/** Where the place an office serves begins: "huyện (Tam Đường)", "Thành phố", "TP Vinh", "tỉnh", "Huyện ủy" ("ủy" read as "ty" by OCR). */
function localityAt(words: Array<{ text: string; folded: string }>): number {
  for (let i = 1; i < words.length; i++) {
    const { text, folded } = words[i]!;
    const pair = `${folded} ${words[i + 1]?.folded ?? ""}`;
    if (/^(?:(?:huyen|thanh|tinh|thi|quan) [ut]y|thanh ph\w{1,2}|thi xa|thi tran|cap (?:huyen|tinh))$/.test(pair)) return i;
    // "tính"/"tình" and "quản" fold like "tỉnh" and "quận": only the place spellings count.
    if (folded === "huyen" || folded === "tp" || (folded === "tinh" && !/[íì]/i.test(text)) || text.toLowerCase() === "quận") return i;
  }
  return words.length;
}

/** Collapsed spaces, no bullet or trailing punctuation, no lead words. */
function cleanRaw(raw: string): string {
  let text = normalizeSource(raw).replace(/\s+/g, " ").replace(/^[-+•*\s]+|[-\s.,;:*]+$/g, "");
  for (let lead = LEAD.exec(fold(text)); lead; lead = LEAD.exec(fold(text))) text = text.slice(lead[0].length);
  return text;
}

function withoutLocality(text: string): string {
  const words = [...fold(text).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ at: m.index, folded: m[0], text: text.slice(m.index, m.index + m[0].length) }));
  const cut = words[localityAt(words)]?.at ?? text.length;
  return text.slice(0, cut).replace(/[-\s.,;:*]+$/, "");
}

/**
 * The one display name and locality-free folded key of an agency, whatever its spelling. The same
 * spellings come back many times per plan (every duty, deadline and key): each is read once.
 */
export const canonicalAgency: (raw: string) => { name: string; key: string } = memoBy((raw: string) => raw, readAgency);

function readAgency(raw: string): { name: string; key: string } {
  const cleaned = cleanRaw(raw);
  const folded = foldKey(cleaned);
  const local = withoutLocality(cleaned);
  // Patterns see the locality too: "UBND thị trấn" is a commune's committee, not the district's.
  const known = knownBySpelling(folded) ?? KNOWN_AGENCIES.find((a) => a.pattern.test(folded)) ?? knownBySpelling(foldKey(local));
  if (known) return { name: known.name, key: foldKey(known.name) };
  // Unknown office: keep its own words, without the place it serves.
  const name = local ? local[0]!.toUpperCase() + local.slice(1) : normalizeSource(raw).trim();
  return { name, key: foldKey(name) };
}

/** The other spellings staff type for a canonical agency name; none for an unknown one. */
export function agencyAliases(name: string): string[] {
  return KNOWN_AGENCIES.find((a) => a.name === name)?.aliases ?? [];
}
