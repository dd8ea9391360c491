import { foldWords } from "./fold.js";

/** A URL- and id-safe name: "Ban Thường vụ Huyện ủy Tam Đường" → "ban-thuong-vu-huyen-uy-tam-duong". */
export function slugify(text: string, maxLength = 60): string {
  const slug = foldWords(text).join("-").slice(0, maxLength).replace(/-+$/, "");
  return slug || "khong-ten";
}
