/**
 * Reading dates as exports write them: ISO `YYYY-MM-DD`, or `DD/MM/YYYY` as
 * UK case systems and spreadsheets do.
 *
 * @internal
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import { describeValue } from '../internal/describe';
import { dayNumberOfIso, RANGE_END, RANGE_START, RANGE_TEXT } from '../internal/days';

/** The result of reading one date cell. */
export type DateReading =
  | { readonly ok: true; readonly date: PlainDate }
  | { readonly ok: false; readonly code: 'INVALID_DATE' | 'OUT_OF_RANGE'; readonly message: string };

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function invalid(value: unknown, why: string): DateReading {
  return { ok: false, code: 'INVALID_DATE', message: `${describeValue(value)} is not a date this reader accepts: ${why}` };
}

/**
 * Reads a date written `YYYY-MM-DD` or `DD/MM/YYYY` (also `D/M/YYYY`, and
 * `.` or `-` between the parts), checks that it exists and lies in the
 * supported range.
 */
export function readDate(value: unknown): DateReading {
  if (typeof value !== 'string') {
    if (typeof value === 'number') return invalid(value, 'a number is not a date (a spreadsheet serial number?); export dates as DD/MM/YYYY or YYYY-MM-DD.');
    if (Object.prototype.toString.call(value) === '[object Date]') {
      return invalid(value, 'a JS Date is an instant, not a calendar date; convert it with toLondonDate() first.');
    }
    return invalid(value, 'write the date as DD/MM/YYYY or YYYY-MM-DD.');
  }
  const text = value.trim();
  let iso = text;
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy !== null) iso = `${dmy[3]}-${(dmy[2] as string).padStart(2, '0')}-${(dmy[1] as string).padStart(2, '0')}`;
  const day = dayNumberOfIso(iso);
  if (Number.isNaN(day)) {
    if (dmy !== null || /^\d{4}-\d{2}-\d{2}$/.test(text)) return invalid(value, 'that day does not exist in that month.');
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text)) return invalid(value, 'a two-digit year is ambiguous; write the year in full (DD/MM/YYYY).');
    if (/\d[ T]\d{1,2}:\d{2}/.test(text)) return invalid(value, 'it has a time; export the date alone, or convert instants with toLondonDate().');
    return invalid(value, 'write the date as DD/MM/YYYY or YYYY-MM-DD.');
  }
  if (day < RANGE_START || day > RANGE_END) {
    return { ok: false, code: 'OUT_OF_RANGE', message: `${describeValue(value)} is outside the supported range ${RANGE_TEXT}; check the year.` };
  }
  return { ok: true, date: iso as PlainDate };
}
