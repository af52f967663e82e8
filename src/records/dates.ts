/**
 * Reading dates as exports write them: ISO `YYYY-MM-DD`, or `DD/MM/YYYY` as
 * UK case systems and spreadsheets do.
 *
 * @internal
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import { dayNumberOfIso, RANGE_END, RANGE_START } from '../internal/days';
import type { RejectionDetails } from '../rules';

/** The result of reading one date cell. */
export type DateReading =
  | { readonly ok: true; readonly date: PlainDate }
  | { readonly ok: false; readonly code: 'INVALID_DATE'; readonly hint: RejectionDetails['invalid-date']['hint'] }
  | { readonly ok: false; readonly code: 'OUT_OF_RANGE' };

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const invalid = (hint: RejectionDetails['invalid-date']['hint']): DateReading => ({ ok: false, code: 'INVALID_DATE', hint });

/**
 * Reads a date written `YYYY-MM-DD` or `DD/MM/YYYY` (also `D/M/YYYY`, and
 * `.` or `-` between the parts), checks that it exists and lies in the
 * supported range.
 */
export function readDate(value: unknown): DateReading {
  if (typeof value !== 'string') {
    if (typeof value === 'number') return invalid('number');
    if (Object.prototype.toString.call(value) === '[object Date]') return invalid('js-date');
    return invalid('not-text');
  }
  const text = value.trim();
  let iso = text;
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy !== null) iso = `${dmy[3]}-${(dmy[2] as string).padStart(2, '0')}-${(dmy[1] as string).padStart(2, '0')}`;
  const day = dayNumberOfIso(iso);
  if (Number.isNaN(day)) {
    if (dmy !== null || /^\d{4}-\d{2}-\d{2}$/.test(text)) return invalid('no-such-day');
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text)) return invalid('two-digit-year');
    if (/\d[ T]\d{1,2}:\d{2}/.test(text)) return invalid('timestamp');
    return invalid('other');
  }
  if (day < RANGE_START || day > RANGE_END) return { ok: false, code: 'OUT_OF_RANGE' };
  return { ok: true, date: iso as PlainDate };
}
