import { calendarOf, dayNumberIn, type CalendarOption } from './calendar';
import { englandAndWalesImpl } from './englandAndWales';
import type { DateInput } from './plainDate';
import { RANGE_START } from '../internal/days';

/**
 * Options for {@link isWorkingDay}.
 *
 * @example
 * ```ts
 * import { englandAndWales, type IsWorkingDayOptions } from 'children-act-complaints';
 *
 * const options: IsWorkingDayOptions = { calendar: englandAndWales };
 * ```
 */
export interface IsWorkingDayOptions extends CalendarOption {}

/**
 * Tells whether a date is a working day: not a Saturday or Sunday, not
 * Christmas Day, Boxing Day or Good Friday, and not a bank holiday
 * (regulation 2 of SI 2006/1738), nor a closure day of the calendar.
 *
 * @param date - the date, `YYYY-MM-DD`
 * @param options - `{ calendar }`; defaults to {@link englandAndWales}
 * @returns `true` for a working day
 * @throws {@link InvalidInputError} `INVALID_DATE` for a malformed date; `INVALID_ARGUMENT` for bad options
 * @throws {@link OutOfRangeError} `OUT_OF_RANGE` for a date outside 2000-01-01 to 2099-12-31
 * @throws {@link CoverageError} `OUTSIDE_OFFICIAL_DATA` on a strict calendar, beyond its official data
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'children-act-complaints';
 *
 * isWorkingDay('2023-05-08'); // false: the coronation bank holiday
 * isWorkingDay('2023-05-09'); // true
 * isWorkingDay('2023-05-13'); // false: a Saturday
 * ```
 */
export function isWorkingDay(date: DateInput, options?: IsWorkingDayOptions): boolean {
  const calendar = calendarOf(options, englandAndWalesImpl);
  return calendar.tables().closed[dayNumberIn(calendar, date, 'date') - RANGE_START] === 0;
}
