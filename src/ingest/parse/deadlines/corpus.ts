/**
 * Deadlines as plans write them, with what a careful reader lists: the
 * examples every rule of deadlines/rules is held to (run by corpus.test.ts, as
 * written and without diacritics). Short texts written for this corpus in the
 * genre's pattern; none is copied from a real plan.
 */
import type { DeadlineKind } from "../../types.js";

export type DeadlineExample = {
  name: string;
  text: string;
  /** A one-year plan's year. */
  planYear?: number | null;
  issuedOn?: string | null;
  expect: Array<[kind: DeadlineKind, date: string | null]>;
};

export const DEADLINE_EXAMPLES: DeadlineExample[] = [
  // ---- dated
  { name: "before a full date", text: "Các xã báo cáo kết quả về Sở Nội vụ trước ngày 30/11/2025.", expect: [["once", "2025-11-30"]] },
  { name: "a date in words", text: "Hoàn thành việc rà soát chậm nhất ngày 16 tháng 12 năm 2025.", expect: [["once", "2025-12-16"]] },
  { name: "a day and month every year", text: "Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân tỉnh.", expect: [["annual", "12-15"]] },
  { name: "a day and month, then hằng năm", text: "Sở Tài chính tổng hợp, báo cáo trước ngày 20/11 hằng năm.", expect: [["annual", "11-20"]] },
  { name: "a day and month in a one-year plan", text: "Báo cáo sơ kết trước ngày 30/6.", planYear: 2026, expect: [["once", "2026-06-30"]] },
  { name: "a day and month in a plan of several years", text: "Báo cáo kết quả thực hiện trước ngày 30 tháng 11.", expect: [["annual", "11-30"]] },
  { name: "the end of a range", text: "Thời gian thi đua: từ ngày 15 tháng 10 năm 2025 đến ngày 20 tháng 12 năm 2025.", expect: [["once", "2025-12-20"]] },
  { name: "the end of a range in one month", text: "Tổ chức chấm điểm từ ngày 05 đến ngày 12 tháng 12 năm 2025.", expect: [["once", "2025-12-12"]] },

  // ---- a month, a quarter, a year as completion time
  { name: "in a month", text: "Xây dựng quy chế phối hợp, xong trong tháng 11/2025.", expect: [["once", "2025-11-30"]] },
  { name: "a month on a Thời gian line", text: "- Thời gian thực hiện: Tháng 2/2026.", expect: [["once", "2026-02-28"]] },
  { name: "a month in words", text: "Hoàn thành trong tháng 10 năm 2025.", expect: [["once", "2025-10-31"]] },
  { name: "a quarter", text: "- Thời gian hoàn thành: Quý IV/2025.", expect: [["once", "2025-12-31"]] },
  { name: "in a quarter in words", text: "Tổ chức hội nghị quán triệt trong quý I năm 2026.", expect: [["once", "2026-03-31"]] },
  { name: "a year", text: "c) Thời gian thực hiện: Hoàn thành trong năm 2025.", expect: [["once", "2025-12-31"]] },
  { name: "a year on a Thời gian line", text: "Thời gian thực hiện: năm 2026.", expect: [["once", "2026-12-31"]] },

  { name: "a date as a time line's value", text: "- Thời gian hoàn thành: 30/6/2026.", expect: [["once", "2026-06-30"]] },
  { name: "a table's time cell", text: "Quý III/2026", expect: [["once", "2026-09-30"]] },
  { name: "a table's month cell", text: "Tháng 12/2025", expect: [["once", "2025-12-31"]] },

  { name: "a span of months", text: "- Thời gian thực hiện: Tháng 3 - 4/2026.", expect: [["once", "2026-04-30"]] },
  { name: "a span of quarters", text: "Thời gian thực hiện: Quý III - IV/2025", expect: [["once", "2025-12-31"]] },
  { name: "a span of years", text: "Thời gian thực hiện: Năm 2025 - 2026.", expect: [["once", "2026-12-31"]] },

  { name: "from one month to another", text: "Thời gian thực hiện: Từ tháng 11/2025 đến tháng 01/2026.", expect: [["once", "2026-01-31"]] },
  { name: "from now to the end of a year", text: "- Thời gian thực hiện: Từ nay đến hết năm 2026.", expect: [["once", "2026-12-31"]] },

  // ---- periodic
  { name: "quarterly by the last month", text: "Báo cáo kết quả trước ngày 15 của tháng cuối quý.", expect: [["quarterly", null]] },
  { name: "monthly with a day", text: "Các sở cập nhật kết quả lên phần mềm trước ngày 20 hằng tháng để tổng hợp.", expect: [["monthly", null]] },
  { name: "monthly report", text: "Báo cáo kết quả thực hiện về Sở Y tế trước ngày 25 hàng tháng.", expect: [["monthly", null]] },
  { name: "quarterly", text: "Ủy ban nhân dân các xã định kỳ hằng quý báo cáo tình hình thực hiện.", expect: [["quarterly", null]] },
  { name: "six months and a year", text: "Định kỳ 6 tháng, 01 năm báo cáo kết quả với Ban Thường vụ.", expect: [["semiannual", null], ["annual", null]] },
  { name: "yearly report after the object", text: "Tổ chức đánh giá, báo cáo kết quả thực hiện Đề án hằng năm.", expect: [["annual", null]] },
  { name: "a Thời gian line saying hằng quý", text: "- Thời gian thực hiện: Hằng quý.", expect: [["quarterly", null]] },

  // ---- relative and occasions
  { name: "days from receipt", text: "Các đơn vị gửi ý kiến trong thời hạn 10 ngày kể từ ngày nhận được văn bản.", expect: [["event", null]] },
  { name: "working days from issue", text: "Chậm nhất 05 ngày làm việc kể từ ngày Kế hoạch được ban hành, các sở gửi danh sách đầu mối.", expect: [["event", null]] },
  { name: "an occasion with its date", text: "Tổ chức mít tinh hưởng ứng Ngày Môi trường thế giới (05/6).", expect: [["event", "06-05"]] },
];

/** Phrases that are not deadlines. */
export const NOT_DEADLINES: Array<{ name: string; text: string; planYear?: number | null; issuedOn?: string | null }> = [
  { name: "an age", text: "Chăm sóc sức khỏe trẻ em dưới 5 tuổi và dưới 6 tuổi." },
  { name: "a decree number", text: "Thực hiện theo Nghị định số 30/2020/NĐ-CP về công tác văn thư." },
  { name: "a date a document was signed", text: "Căn cứ Quyết định số 12/QĐ-UBND ngày 15 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh." },
  { name: "a start, not an end", text: "Từ tháng 6/2025, các xã triển khai thí điểm mô hình." },
  { name: "a horizon", text: "Phấn đấu đến năm 2030 có 100% xã đạt chuẩn." },
  { name: "a budget of every year", text: "Kinh phí thực hiện được bố trí trong dự toán ngân sách hằng năm của các đơn vị." },
  { name: "a monthly allowance", text: "Rà soát đối tượng hưởng trợ cấp hàng tháng trên địa bàn." },
  { name: "history before the plan", text: "Từ ngày 17 đến ngày 20 tháng 11 năm 2025, mưa lớn đã xảy ra trên diện rộng.", issuedOn: "2025-11-25" },
  { name: "a count up to a month", text: "Tính đến tháng 6/2025, toàn tỉnh có 1.200 hộ nghèo.", issuedOn: "2025-03-01" },
  { name: "a horizon outside a time line", text: "Duy trì kết quả đến hết năm 2030.", planYear: null },
  { name: "a rule's own term", text: "Quyết định này có hiệu lực kể từ ngày ký." },
  { name: "a month in a date of history", text: "Năm 2024, tỉnh đã tổ chức 12 hội nghị vào tháng 3/2024.", issuedOn: "2025-05-01" },
];
