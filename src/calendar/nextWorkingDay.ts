import { calendarOf, dayNumberIn, resultDate, type CalendarOption } from './calendar';
import { stepWorkingDays } from './addWorkingDays';
import { englandAndWalesImpl } from './englandAndWales';
import type { DateInput, PlainDate } from './plainDate';

/**
 * Options for {@link nextWorkingDay}.
 *
 * @example
 * ```ts
 * import { englandAndWales, type NextWorkingDayOptions } from 'children-act-complaints';
 *
 * const options: NextWorkingDayOptions = { calendar: englandAndWales };
 * ```
 */
export interface NextWorkingDayOptions extends CalendarOption {}

/**
 * The first working day strictly after a date. Same as `addWorkingDays(date, 1)`.
 *
 * @param date - the date, `YYYY-MM-DD`
 * @param options - `{ calendar }`; defaults to {@link englandAndWales}
 * @returns the next working day, never `date` itself
 * @throws {@link InvalidInputError} `INVALID_DATE` for a malformed date; `INVALID_ARGUMENT` for bad options
 * @throws {@link OutOfRangeError} `OUT_OF_RANGE` when the date or the answer lies outside 2000-01-01 to 2099-12-31
 * @throws {@link CoverageError} `OUTSIDE_OFFICIAL_DATA` on a strict calendar, beyond its official data
 *
 * @example
 * ```ts
 * import { nextWorkingDay } from 'children-act-complaints';
 *
 * nextWorkingDay('2022-12-23'); // '2022-12-28': Christmas 2022 fell on a Sunday
 * ```
 */
export function nextWorkingDay(date: DateInput, options?: NextWorkingDayOptions): PlainDate {
  const calendar = calendarOf(options, englandAndWalesImpl);
  const day = dayNumberIn(calendar, date, 'date');
  return resultDate(calendar, stepWorkingDays(calendar, day, 1, 'date', date), 'date', date);
}
