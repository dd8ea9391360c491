/**
 * Vietnamese public holidays 2024–2030 (Labour Code art. 112 and the yearly
 * government decisions on Tết and swapped days), and the Saturdays worked
 * in exchange. Lunar dates (Tết, Giỗ Tổ Hùng Vương) are spelled out per year.
 */
import { addDays, isoDate, weekday, type IsoDate } from "./dates.js";

/** Tết: the span the government gives each year (from the days before New Year's Eve). */
const TET: Record<number, [IsoDate, IsoDate]> = {
  2024: ["2024-02-08", "2024-02-14"],
  2025: ["2025-01-25", "2025-02-02"],
  2026: ["2026-02-14", "2026-02-22"],
  2027: ["2027-02-04", "2027-02-10"],
  2028: ["2028-01-24", "2028-01-30"],
  2029: ["2029-02-11", "2029-02-17"],
  2030: ["2030-02-01", "2030-02-07"],
};
/** Giỗ Tổ Hùng Vương, 10/3 lunar. */
const HUNG_KINGS: Record<number, IsoDate> = {
  2024: "2024-04-18", 2025: "2025-04-07", 2026: "2026-04-26", 2027: "2027-04-16", 2028: "2028-04-04", 2029: "2029-04-23", 2030: "2030-04-12",
};
/** Days off swapped with a worked Saturday, by decision of the year. */
const SWAPPED_OFF: IsoDate[] = ["2024-04-29", "2025-05-02", "2026-04-27"];
const MAKE_UP_WORKDAYS: IsoDate[] = ["2024-05-04", "2025-04-26"];

function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

function holidaysOf(year: number): Set<IsoDate> {
  const days = new Set<IsoDate>([isoDate(year, 1, 1), isoDate(year, 4, 30), isoDate(year, 5, 1), isoDate(year, 9, 2)]);
  // National Day has two days: 2/9 and the day before or after it.
  days.add(year === 2024 ? isoDate(year, 9, 3) : isoDate(year, 9, 1));
  const tet = TET[year];
  if (tet) for (const d of range(...tet)) days.add(d);
  const hung = HUNG_KINGS[year];
  if (hung) days.add(hung);
  for (const d of SWAPPED_OFF) if (d.startsWith(String(year))) days.add(d);
  return days;
}

const cache = new Map<number, Set<IsoDate>>();

export function isPublicHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  if (!cache.has(year)) cache.set(year, holidaysOf(year));
  return cache.get(year)!.has(date);
}

/** Monday–Friday and not a holiday, or a Saturday worked in exchange for a day off. */
export function isWorkingDay(date: IsoDate): boolean {
  if (MAKE_UP_WORKDAYS.includes(date)) return true;
  return weekday(date) <= 4 && !isPublicHoliday(date); // weekday(): 0 = Monday
}

export function nextWorkingDay(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}
