import { fold } from "../../domain/text/fold.js";
import type { Examples } from "../rules/examples.js";
import { readSigner } from "./signature.js";

const lines = (text: string) => text.split("\n").map((t) => ({ text: t, folded: fold(t) }));

export const signerExamples: Examples<string | null> = {
  name: "signer",
  read: (text) => readSigner(lines(text)),
  examples: [
    ["TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hòa", "Lê Văn Hòa"],
    ["T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nHoàng Thị Mai Anh", "Hoàng Thị Mai Anh"],
    ["GIÁM ĐỐC\n(Đã ký)\nTrần Quốc Bảo", "Trần Quốc Bảo"],
    ["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐỗ Minh", "Đỗ Minh"],
    // The first block is the issuing document's; a later one (an appendix) is not.
    ["TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhan Văn Khải\n\nPHỤ LỤC\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVõ Thị Lan", "Phan Văn Khải"],
    // Page furniture and recipients are not a name.
    ["Nơi nhận:\n- Như trên;\n- Lưu: VT.", null],
    ["CHỦ TỊCH\nTrang 12\nNơi Nhận", null],
  ],
};
