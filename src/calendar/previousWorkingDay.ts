import { calendarOf, dayNumberIn, resultDate, type CalendarOption } from './calendar';
import { stepWorkingDays } from './addWorkingDays';
import { englandAndWalesImpl } from './englandAndWales';
import type { DateInput, PlainDate } from './plainDate';

/**
 * Options for {@link previousWorkingDay}.
 *
 * @example
 * ```ts
 * import { englandAndWales, type PreviousWorkingDayOptions } from 'children-act-complaints';
 *
 * const options: PreviousWorkingDayOptions = { calendar: englandAndWales };
 * ```
 */
export interface PreviousWorkingDayOptions extends CalendarOption {}

/**
 * The last working day strictly before a date. Same as `addWorkingDays(date, -1)`.
 *
 * @param date - the date, `YYYY-MM-DD`
 * @param options - `{ calendar }`; defaults to {@link englandAndWales}
 * @returns the previous working day, never `date` itself
 * @throws {@link InvalidInputError} `INVALID_DATE` for a malformed date; `INVALID_ARGUMENT` for bad options
 * @throws {@link OutOfRangeError} `OUT_OF_RANGE` when the date or the answer lies outside 2000-01-01 to 2099-12-31
 * @throws {@link CoverageError} `OUTSIDE_OFFICIAL_DATA` on a strict calendar, beyond its official data
 *
 * @example
 * ```ts
 * import { previousWorkingDay } from 'children-act-complaints';
 *
 * previousWorkingDay('2024-04-02'); // '2024-03-28': before Good Friday and Easter Monday
 * ```
 */
export function previousWorkingDay(date: DateInput, options?: PreviousWorkingDayOptions): PlainDate {
  const calendar = calendarOf(options, englandAndWalesImpl);
  const day = dayNumberIn(calendar, date, 'date');
  return resultDate(calendar, stepWorkingDays(calendar, day, -1, 'date', date), 'date', date);
}
