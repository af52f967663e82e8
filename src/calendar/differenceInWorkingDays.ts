import { calendarOf, dayNumberIn, type CalendarOption } from './calendar';
import { englandAndWalesImpl } from './englandAndWales';
import type { DateInput } from './plainDate';
import { RANGE_START } from '../internal/days';

/**
 * Options for {@link differenceInWorkingDays}.
 *
 * @example
 * ```ts
 * import { createWorkingDayCalendar, type DifferenceInWorkingDaysOptions } from 'children-act-complaints';
 *
 * const options: DifferenceInWorkingDaysOptions = { calendar: createWorkingDayCalendar() };
 * ```
 */
export interface DifferenceInWorkingDaysOptions extends CalendarOption {}

/**
 * Counts the working days after `earlier`, up to and including `later`.
 *
 * It is the inverse of {@link addWorkingDays}: for any date `d` and `n ≥ 0`,
 * `differenceInWorkingDays(addWorkingDays(d, n), d) === n`. When `later` is
 * before `earlier` the result is the negative of the count the other way.
 *
 * This is how the library measures "working days taken" to respond.
 *
 * @param later - the end of the span, counted if it is a working day
 * @param earlier - the start of the span, never counted
 * @param options - `{ calendar }`; defaults to {@link englandAndWales}
 * @returns the number of working days `d` with `earlier < d ≤ later` (negated when `later < earlier`)
 * @throws {@link InvalidInputError} `INVALID_DATE` for a malformed date; `INVALID_ARGUMENT` for bad options
 * @throws {@link OutOfRangeError} `OUT_OF_RANGE` for a date outside 2000-01-01 to 2099-12-31
 * @throws {@link CoverageError} `OUTSIDE_OFFICIAL_DATA` on a strict calendar, beyond its official data
 *
 * @example
 * ```ts
 * import { differenceInWorkingDays } from 'children-act-complaints';
 *
 * differenceInWorkingDays('2024-04-10', '2024-03-25'); // 10
 * differenceInWorkingDays('2024-03-25', '2024-04-10'); // -10
 * differenceInWorkingDays('2024-03-30', '2024-03-29'); // 0: a Saturday after Good Friday
 * ```
 */
export function differenceInWorkingDays(later: DateInput, earlier: DateInput, options?: DifferenceInWorkingDaysOptions): number {
  const calendar = calendarOf(options, englandAndWalesImpl);
  const to = dayNumberIn(calendar, later, 'later') - RANGE_START;
  const from = dayNumberIn(calendar, earlier, 'earlier') - RANGE_START;
  const { cumulative } = calendar.tables();
  return (cumulative[to + 1] as number) - (cumulative[from + 1] as number);
}
