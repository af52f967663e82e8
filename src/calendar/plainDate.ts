import { InvalidInputError } from '../errors';
import { describeValue } from '../internal/describe';
import { dayNumberOfIso } from '../internal/days';

declare const plainDateBrand: unique symbol;

/**
 * A calendar date with no time and no time zone, written as an ISO
 * `YYYY-MM-DD` string, e.g. `'2024-04-10'`.
 *
 * The brand means a `PlainDate` has been checked: it is a real date of the
 * Gregorian calendar (years 0001–9999) in exactly that form. Because it is
 * still a string at run time, it sorts and compares correctly with `<` and
 * `===`, serialises to JSON unchanged, and never shifts with the machine's
 * time zone.
 *
 * Get one from {@link parsePlainDate}, {@link isPlainDate} or
 * {@link toLondonDate}. Functions that take a date also accept a plain
 * string and check it themselves.
 *
 * @example
 * ```ts
 * import { parsePlainDate, type PlainDate } from 'children-act-complaints';
 *
 * const received: PlainDate = parsePlainDate('2024-03-25');
 * console.log(received < '2024-04-01'); // true
 * ```
 */
export type PlainDate = string & {
  /** Compile-time brand only; there is no such property at run time. */
  readonly [plainDateBrand]: 'PlainDate';
};

/**
 * A date argument: a {@link PlainDate}, or a string the function will check.
 *
 * @example
 * ```ts
 * import { isWorkingDay, type DateInput } from 'children-act-complaints';
 *
 * const fromAForm: DateInput = '2024-03-29';
 * isWorkingDay(fromAForm); // false: Good Friday
 * ```
 */
export type DateInput = PlainDate | string;

function shapeHint(value: string): string {
  const trimmed = value.trim();
  if (trimmed !== value) return 'Remove the surrounding whitespace.';
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value)) {
    return 'UK exports write DD/MM/YYYY; convert it to YYYY-MM-DD first (readComplaintsCsv does this for you).';
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'That day does not exist in that month; check the day and month.';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) return 'Pad the month and day to two digits, e.g. 2023-02-01.';
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(value)) {
    return 'This looks like a timestamp; convert instants with toLondonDate() to get the Europe/London calendar date.';
  }
  return 'Write the date as YYYY-MM-DD, e.g. 2024-04-10.';
}

/**
 * Checks a value and returns it as a {@link PlainDate}.
 *
 * Only the exact form `YYYY-MM-DD` is accepted, and only for dates that
 * exist (so `'2023-02-29'` is refused but `'2024-02-29'` is fine).
 *
 * @param value - the value to check, usually a string from user input or a file
 * @param field - the name to use for the value in an error message; defaults to `'date'`
 * @returns the same string, branded as a `PlainDate`
 * @throws {@link InvalidInputError} with code `INVALID_DATE` when the value is not a string or not a real date in that form
 *
 * @example
 * ```ts
 * import { parsePlainDate } from 'children-act-complaints';
 *
 * parsePlainDate('2024-02-29'); // '2024-02-29'
 * parsePlainDate('2023-02-29'); // throws INVALID_DATE: that day does not exist
 * parsePlainDate('01/02/2023'); // throws INVALID_DATE, suggesting YYYY-MM-DD
 * ```
 */
export function parsePlainDate(value: unknown, field = 'date'): PlainDate {
  if (typeof field !== 'string' || field === '') field = 'date';
  if (typeof value !== 'string') {
    const fix =
      Object.prototype.toString.call(value) === '[object Date]'
        ? 'A JS Date is an instant, not a calendar date: pass it to toLondonDate() first.'
        : 'Pass the date as a YYYY-MM-DD string.';
    throw new InvalidInputError('INVALID_DATE', `Expected a YYYY-MM-DD date string but got ${describeValue(value)}.`, {
      field,
      value,
      fix,
    });
  }
  if (Number.isNaN(dayNumberOfIso(value))) {
    throw new InvalidInputError('INVALID_DATE', `${describeValue(value)} is not a real calendar date in the form YYYY-MM-DD.`, {
      field,
      value,
      fix: shapeHint(value),
    });
  }
  return value as PlainDate;
}

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @param value - anything
 * @returns `true` when `value` is a {@link PlainDate}, narrowing its type
 * @throws never: it answers `false` for any value that is not a real `YYYY-MM-DD` date
 *
 * @example
 * ```ts
 * import { isPlainDate } from 'children-act-complaints';
 *
 * isPlainDate('2024-02-29'); // true
 * isPlainDate('2023-02-29'); // false
 * isPlainDate('2024-2-9');   // false
 * ```
 */
export function isPlainDate(value: unknown): value is PlainDate {
  return typeof value === 'string' && !Number.isNaN(dayNumberOfIso(value));
}
