import { dayNumberOfIso } from '../internal/days';
import { failArgument, type RejectionDetails } from '../rules';

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

/** What a string that is not a real `YYYY-MM-DD` date looks like instead. @internal */
export function dateHint(value: string): RejectionDetails['invalid-date']['hint'] {
  if (value.trim() !== value) return 'whitespace';
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value)) return 'uk-order';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'no-such-day';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) return 'unpadded';
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(value)) return 'timestamp';
  return 'other';
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
    throw failArgument('invalid-date', { hint: Object.prototype.toString.call(value) === '[object Date]' ? 'js-date' : 'not-text' }, { field, value });
  }
  if (Number.isNaN(dayNumberOfIso(value))) throw failArgument('invalid-date', { hint: dateHint(value) }, { field, value });
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
