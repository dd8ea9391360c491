import type { Examples } from "../rules/examples.js";
import { cleanText } from "./lines.js";
import { headingEndMissing, wrapWidth } from "./heading-ends.js";

/**
 * A text's last line break, read as the line joiner reads it: "heading ends" when the lines stay apart, or
 * "joined: <rule>" naming the first rule that does not hold. Every line but the last is the unit read so
 * far; the wrap width is the text's own.
 */
function lastBreak(text: string): string {
  const lines = text.split("\n").map(cleanText);
  const missing = headingEndMissing({ unit: lines.slice(0, -1), next: lines[lines.length - 1]!, width: wrapWidth(lines) });
  return missing ? `joined: ${missing}` : "heading ends";
}

export const headingEndExamples: Examples<string> = {
  name: "heading ends",
  read: lastBreak,
  examples: [
    // A numbered heading, then a sentence its agency opens.
    ["3. Thu gom rác thải nhựa tại các điểm du lịch\nUBND các xã bố trí thùng rác phân loại, phân công tổ tự quản; báo cáo kết quả trước ngày 20/10/2026.", "heading ends"],
    ["1. Tuyên truyền phòng, chống sạt lở đất\nPhòng Nông nghiệp và Môi trường chủ trì, phối hợp với Đài Truyền thanh huyện thực hiện.", "heading ends"],
    ["b) Kiểm tra an toàn thực phẩm tại bếp ăn tập thể\nTrung tâm Y tế huyện phối hợp với Ủy ban nhân dân các xã kiểm tra định kỳ mỗi quý.", "heading ends"],
    ["2.3. Hỗ trợ sinh kế cho hộ nghèo\nCác hội, đoàn thể huyện tuyên truyền, vận động hội viên tham gia mô hình chăn nuôi.", "heading ends"],
    ["(2) Sửa chữa nhà văn hóa thôn\nỦy ban nhân dân xã Tân Lập xây dựng phương án, trình huyện trước ngày 30/6/2026.", "heading ends"],
    ["Nhiệm vụ 4. Số hóa hồ sơ hộ tịch\nPhòng Tư pháp hướng dẫn các xã nhập dữ liệu vào phần mềm dùng chung của tỉnh.", "heading ends"],
    ["3. Thu hút đầu tư\nSở Tài chính chủ trì xây dựng danh mục dự án kêu gọi đầu tư năm 2027.", "heading ends"],
    ["2. Phòng, chống tác hại của thuốc lá\nTrung tâm Y tế huyện tổ chức nói chuyện chuyên đề tại các trường học.", "heading ends"],
    ["4. Phân công nhiệm vụ cụ thể\nTrưởng các phòng, ban chuyên môn chịu trách nhiệm trước Chủ tịch về lĩnh vực được giao.", "heading ends"],
    // Its last line stops short of the wrap, though the heading itself was wrapped.
    ["1. Nâng cao chất lượng bữa ăn bán trú cho học sinh các trường phổ thông dân tộc\nnội trú\nPhòng Giáo dục và Đào tạo hướng dẫn các trường xây dựng thực đơn theo mùa, công khai hằng tuần.", "heading ends"],
    // Written without marks, as a scan gives it.
    ["1. Tuyen truyen phong chong duoi nuoc\nPhong Giao duc va Dao tao chu tri, phoi hop voi Huyen doan to chuc lop hoc boi.", "heading ends"],

    // Not a numbered heading: a bullet opens a sentence, a number alone names nothing, a sentence ended, a long paragraph.
    ["- Tổ chức hội nghị sơ kết công tác giảm nghèo\nPhòng Nội vụ chủ trì chuẩn bị nội dung, thành phần dự hội nghị.", "joined: numbered heading"],
    ["**2.\nPhòng Tài chính - Kế hoạch chủ trì thẩm định dự toán.", "joined: numbered heading"],
    ["Điều 3. Chánh\nVăn phòng Ủy ban nhân dân huyện chịu trách nhiệm thi hành Quyết định này.", "joined: numbered heading"],
    ["1. Rà soát hộ nghèo: lập danh sách theo thôn\nỦy ban nhân dân các xã hoàn thành trước ngày 15/11/2026.", "joined: numbered heading"],
    ["1. Ủy ban nhân dân các xã rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt, trẻ\nem khuyết tật, trẻ em bỏ học để có biện pháp hỗ trợ kịp thời, phù hợp với điều\nkiện của từng gia đình, nhất là các hộ ở thôn vùng cao, vùng sâu, vùng xa của\nhuyện trong năm học mới\nPhòng Giáo dục và Đào tạo hướng dẫn các trường thực hiện.", "joined: numbered heading"],
    // A line the wrap cut mid-phrase, whatever opens the next one.
    ["1. Tập huấn nghiệp vụ cho cán bộ tư pháp xã, phối hợp với\nSở Tư pháp tổ chức hai lớp trong quý III.", "joined: line ends finished"],
    ["2. Tổ chức kiểm tra liên ngành tại các cơ sở kinh doanh thức ăn đường phố do\nTrung tâm Y tế huyện chủ trì thực hiện.", "joined: line ends finished"],
    ["2. Xây dựng kế hoạch kiểm tra, giám sát,\nPhòng Nội vụ chủ trì tổng hợp.", "joined: line ends finished"],
    ["1. Tap huan nghiep vu cho can bo, phoi hop voi\nSo Tu phap to chuc hai lop.", "joined: line ends finished"],
    // A heading line that runs to the wrap width: the next word did not fit, the wrap ended the line.
    ["1. Hướng dẫn kỹ năng phòng, chống đuối nước cho học sinh tiểu học và trung học hè\nTrung tâm Văn hóa huyện tổ chức lớp dạy bơi miễn phí tại bể bơi.", "joined: short of the wrap"],
    // The next line is no agency's duty: lowercase, an agency without a verb, a list running on.
    ["1. Tổ chức tuyên truyền\ncác cơ quan, đơn vị trên địa bàn về phòng cháy, chữa cháy.", "joined: agency opens a duty"],
    ["2. Báo cáo kết quả thực hiện\nỦy ban nhân dân huyện trước ngày 15/12 hằng năm.", "joined: agency opens a duty"],
    ["3. Thành phần đoàn kiểm tra\nPhòng Nội vụ, Phòng Tài chính - Kế hoạch, Công an huyện và đại diện các xã.", "joined: agency opens a duty"],
  ],
};
