import { RANGE_START } from '../internal/days';
import { failArgument } from '../rules';
import { calendarOf, dayNumberIn, resultDate, type CalendarOption } from './calendar';
import { englandAndWalesImpl } from './englandAndWales';
import type { DateInput, PlainDate } from './plainDate';

/**
 * Options for {@link addWorkingDays}.
 *
 * @example
 * ```ts
 * import { englandAndWales, type AddWorkingDaysOptions } from 'children-act-complaints';
 *
 * const options: AddWorkingDaysOptions = { calendar: englandAndWales };
 * ```
 */
export interface AddWorkingDaysOptions extends CalendarOption {}

/** @internal Checks a working-day amount. */
export function checkAmount(amount: unknown, field = 'amount'): number {
  if (typeof amount !== 'number' || !Number.isInteger(amount)) {
    throw failArgument('invalid-amount', { min: null, example: '10 or -5' }, { field, value: amount });
  }
  return amount;
}

/** @internal The result of stepping `amount` working days from a day number. */
export function stepWorkingDays(
  calendar: ReturnType<typeof calendarOf>,
  day: number,
  amount: number,
  field: string,
  value: unknown,
): number {
  if (amount === 0) return day;
  const { cumulative, workingDays } = calendar.tables();
  const offset = day - RANGE_START;
  // Forwards: the working day whose ordinal is (working days up to and including `day`) + amount.
  // Backwards: the working day whose ordinal is (working days strictly before `day`) + amount + 1.
  const target = amount > 0 ? (cumulative[offset + 1] as number) + amount - 1 : (cumulative[offset] as number) + amount;
  const result = workingDays[target];
  if (result === undefined) {
    throw failArgument('out-of-range', { what: 'result', amount }, { field, value });
  }
  return RANGE_START + result;
}

/**
 * Steps a number of working days from a date.
 *
 * The start date itself is never counted, whatever kind of day it is, so
 * `addWorkingDays(receivedOn, 10)` is the tenth working day after receipt:
 * the usual reading of "within 10 working days of receipt".
 *
 * @param date - the start date, `YYYY-MM-DD`
 * @param amount - whole working days to step; negative steps backwards, 0 returns `date` unchanged
 * @param options - `{ calendar }`; defaults to {@link englandAndWales}
 * @returns the date reached; for any amount other than 0 it is a working day
 * @throws {@link InvalidInputError} `INVALID_DATE` for a malformed or impossible date; `INVALID_AMOUNT` for NaN, infinite or fractional amounts; `INVALID_ARGUMENT` for bad options
 * @throws {@link OutOfRangeError} `OUT_OF_RANGE` when the date or the result lies outside 2000-01-01 to 2099-12-31
 * @throws {@link CoverageError} `OUTSIDE_OFFICIAL_DATA` on a strict calendar, beyond its official data
 *
 * @example
 * ```ts
 * import { addWorkingDays } from 'children-act-complaints';
 *
 * // Good Friday (29 March) and Easter Monday (1 April) are skipped.
 * addWorkingDays('2024-03-25', 10); // '2024-04-10'
 * // A Saturday start is not counted: the first working day after it is Monday.
 * addWorkingDays('2024-03-23', 1);  // '2024-03-25'
 * addWorkingDays('2024-04-10', -10); // '2024-03-25'
 * ```
 */
export function addWorkingDays(date: DateInput, amount: number, options?: AddWorkingDaysOptions): PlainDate {
  const calendar = calendarOf(options, englandAndWalesImpl);
  const day = dayNumberIn(calendar, date, 'date');
  checkAmount(amount);
  return resultDate(calendar, stepWorkingDays(calendar, day, amount, 'amount', date), 'amount', date);
}
