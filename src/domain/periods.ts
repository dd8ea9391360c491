import { addDays, daysInMonth, isoDate, parseIso, weekday, type IsoDate } from "./dates.js";

/** A span of calendar days a question asks about, both ends included. */
export type Period = { start: IsoDate; end: IsoDate; vi: string; en: string };

const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };

/** "December": the English month name as a header shows it. */
function monthName(m: number): string {
  const name = EN_MONTHS[m - 1]!;
  return name[0]!.toUpperCase() + name.slice(1);
}

function month(y: number, m: number, vi: string, en: string): Period {
  return { start: isoDate(y, m, 1), end: isoDate(y, m, daysInMonth(y, m)), vi, en };
}
function quarter(y: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  return { start: isoDate(y, first, 1), end: isoDate(y, first + 2, daysInMonth(y, first + 2)), vi: `quý ${q}/${y}`, en: `Q${q} ${y}` };
}
function year(y: number, vi: string, en: string): Period {
  return { start: isoDate(y, 1, 1), end: isoDate(y, 12, 31), vi, en };
}
function week(monday: IsoDate, vi: string, en: string): Period {
  return { start: monday, end: addDays(monday, 6), vi, en };
}

/** An explicit 4-digit year in the question, else the current one. */
function yearIn(folded: string, fallback: number): number {
  const y = /\b(20\d\d)\b/.exec(folded)?.[1];
  if (y) return Number(y);
  // "quý 1 năm sau", "tháng 3 năm tới", "Q1 next year": the year is said relative to this one.
  if (/\b(nam (sau|toi)|next year)\b/.test(folded)) return fallback + 1;
  if (/\b(nam (truoc|ngoai)|last year)\b/.test(folded)) return fallback - 1;
  return fallback;
}

/** "trước ngày 15/12", "ngày 5/12/2026", "by 15/12", folded: the words before, day, month, year. */
const DAY = /(?:^| )(truoc ngay|den ngay|toi ngay|han|by|before|until|ngay|on) (\d{1,2}) (\d{1,2})(?: (20\d\d))?(?= |$)/;
/** Words before a date that ask for everything up to it, not that one day. */
const UNTIL = new Set(["truoc ngay", "den ngay", "toi ngay", "han", "by", "before", "until"]);

/**
 * A day written as a date: "trước ngày 15/12" / "by 15/12" is from today to that day (this year's, or
 * next year's once it has passed); "ngày 5/12" is that day.
 */
function dayNamed(folded: string, today: IsoDate): Period | null {
  const found = DAY.exec(folded);
  if (!found) return null;
  const [d, m] = [Number(found[2]), Number(found[3])];
  const { y } = parseIso(today);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(found[4] ? Number(found[4]) : y, m)) return null;
  let date = isoDate(found[4] ? Number(found[4]) : y, m, d);
  if (!found[4] && date < today) date = isoDate(y + 1, m, d);
  const shown = `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${date.slice(0, 4)}`;
  if (!UNTIL.has(found[1]!) || date < today) return { start: date, end: date, vi: `ngày ${shown}`, en: `on ${shown}` };
  return { start: today, end: date, vi: `từ nay đến ${shown}`, en: `from today to ${shown}` };
}

/** A day, month or quarter no calendar has ("ngày 32/12", "tháng 13", "quý 5"), folded; null if none. */
export function impossiblePeriod(folded: string): string | null {
  const day = DAY.exec(folded);
  if (day) {
    // Without a year, a leap year: "29/2" is a real day.
    const [d, m, y] = [Number(day[2]), Number(day[3]), day[4] ? Number(day[4]) : 2024];
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return `${day[2]} ${day[3]}${day[4] ? ` ${day[4]}` : ""}`;
  }
  const month = /(?:^| )(thang|month) (\d{1,3})(?= |\/|$)/.exec(folded);
  if (month && (Number(month[2]) < 1 || Number(month[2]) > 12)) return `${month[1]} ${month[2]}`;
  const quarter = /(?:^| )(quy|quarter) (\d{1,3})(?= |\/|$)/.exec(folded);
  if (quarter && (Number(quarter[2]) < 1 || Number(quarter[2]) > 4)) return `${quarter[1]} ${quarter[2]}`;
  return null;
}

/**
 * The period named in a folded question ("thang nay", "tuan sau", "quy 4",
 * "thang 12/2025", "nam nay", "this month", "q4"), relative to today.
 */
export function parsePeriod(folded: string, today: IsoDate): Period | null {
  const { y, m } = parseIso(today);
  const monday = addDays(today, -weekday(today));
  const q = Math.floor((m - 1) / 3) + 1;
  const s = ` ${folded} `;

  if (/ (hom nay|today) /.test(s)) return { start: today, end: today, vi: "hôm nay", en: "today" };
  if (/ (ngay mai|tomorrow) /.test(s)) {
    const tomorrow = addDays(today, 1);
    return { start: tomorrow, end: tomorrow, vi: "ngày mai", en: "tomorrow" };
  }
  const day = dayNamed(folded, today);
  if (day) return day;
  if (/ (tuan nay|this week) /.test(s)) return week(monday, "tuần này", "this week");
  if (/ (tuan (sau|toi)|next week) /.test(s)) return week(addDays(monday, 7), "tuần sau", "next week");
  if (/ (tuan truoc|last week) /.test(s)) return week(addDays(monday, -7), "tuần trước", "last week");
  if (/ (thang nay|this month) /.test(s)) return month(y, m, "tháng này", "this month");
  if (/ (thang (sau|toi)|next month) /.test(s)) {
    const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
    return month(ny, nm, "tháng sau", "next month");
  }
  if (/ (thang truoc|last month) /.test(s)) {
    const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
    return month(py, pm, "tháng trước", "last month");
  }
  const monthNumber = /(?:^| )thang (\d{1,2})(?:(?: nam |\/| )(20\d\d))?(?= |$)/.exec(folded) ?? /(?:^| )month (\d{1,2})(?: (20\d\d))?(?= |$)/.exec(folded);
  if (monthNumber && Number(monthNumber[1]) >= 1 && Number(monthNumber[1]) <= 12) {
    const mm = Number(monthNumber[1]);
    const yy = monthNumber[2] ? Number(monthNumber[2]) : yearIn(folded, y);
    return month(yy, mm, `tháng ${mm}/${yy}`, `${monthName(mm)} ${yy}`);
  }
  const enMonth = EN_MONTHS.findIndex((name) => new RegExp(` (${name}|${name.slice(0, 3)}) `).test(s) && name !== "may");
  if (enMonth >= 0) {
    const yy = yearIn(folded, y);
    return month(yy, enMonth + 1, `tháng ${enMonth + 1}/${yy}`, `${monthName(enMonth + 1)} ${yy}`);
  }
  if (/ (quy nay|this quarter) /.test(s)) return { ...quarter(y, q), vi: `quý này (quý ${q}/${y})`, en: `this quarter (Q${q} ${y})` };
  if (/ (quy (sau|toi)|next quarter) /.test(s)) return q === 4 ? quarter(y + 1, 1) : quarter(y, q + 1);
  const quarterNumber = /(?:^| )(?:quy|quarter|q) ?(iv|iii|ii|i|[1-4])(?= |$)/.exec(folded) ?? /(?:^| )(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?= |$)/.exec(folded);
  if (quarterNumber) {
    const n = ROMAN[quarterNumber[1]!] ?? ORDINALS[quarterNumber[1]!] ?? Number(quarterNumber[1]);
    return quarter(yearIn(folded, y), n);
  }
  if (/ (6|sau) thang dau nam /.test(s)) return { start: isoDate(y, 1, 1), end: isoDate(y, 6, 30), vi: `6 tháng đầu năm ${y}`, en: `first half of ${y}` };
  if (/ (6|sau) thang cuoi nam /.test(s)) return { start: isoDate(y, 7, 1), end: isoDate(y, 12, 31), vi: `6 tháng cuối năm ${y}`, en: `second half of ${y}` };
  if (/ (nam nay|this year) /.test(s)) return year(y, `năm nay (${y})`, `this year (${y})`);
  if (/ (nam (sau|toi)|next year) /.test(s)) return year(y + 1, `năm sau (${y + 1})`, `next year (${y + 1})`);
  if (/ (nam (truoc|ngoai)|last year) /.test(s)) return year(y - 1, `năm trước (${y - 1})`, `last year (${y - 1})`);
  const explicitYear = /(?:^| )(?:nam |in |year )?(20\d\d)(?= |$)/.exec(folded);
  if (explicitYear) return year(Number(explicitYear[1]), `năm ${explicitYear[1]}`, String(explicitYear[1]));
  return null;
}
