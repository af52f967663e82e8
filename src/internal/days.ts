/**
 * Whole-day arithmetic on proleptic Gregorian calendar dates.
 *
 * A date is handled as a day number: days since 1970-01-01. Nothing here
 * touches a JS `Date`, so nothing can depend on the machine's time zone.
 *
 * @internal
 * @module
 */

/** Day number of 1970-01-01 is 0. Algorithm after H. Hinnant, "chrono-compatible low-level date algorithms". */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of {@link daysFromCivil}. */
export function civilFromDays(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day];
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  const w = (dayNumber + 4) % 7;
  return w < 0 ? w + 7 : w;
}

/** First day of the supported range for working-day arithmetic: 2000-01-01. */
export const RANGE_START = 10957;
/** Last day of the supported range for working-day arithmetic: 2099-12-31. */
export const RANGE_END = 47481;
/** Number of days in the supported range. */
export const RANGE_LENGTH = RANGE_END - RANGE_START + 1;
/** The range as text, for messages. */
export const RANGE_TEXT = '2000-01-01 to 2099-12-31';

/**
 * Reads a strict `YYYY-MM-DD` string (years 0001–9999) and returns its day
 * number, or `NaN` when the text is not a real calendar date in that form.
 * Hot path: no regular expressions, no allocation.
 */
export function dayNumberOfIso(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  if (
    (y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 ||
    y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9
  ) {
    return Number.NaN;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function pad4(n: number): string {
  return n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : `${n}`;
}

/** Formats a day number as `YYYY-MM-DD` without any cache. */
export function formatDayNumber(dayNumber: number): string {
  const [y, m, d] = civilFromDays(dayNumber);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

let isoCache: (string | undefined)[] | undefined;

/**
 * Formats a day number inside the supported range, memoising the string so a
 * hot loop of deadline calculations allocates nothing after warm-up.
 */
export function formatInRange(dayNumber: number): string {
  const cache = (isoCache ??= new Array<string | undefined>(RANGE_LENGTH));
  const index = dayNumber - RANGE_START;
  return (cache[index] ??= formatDayNumber(dayNumber));
}
