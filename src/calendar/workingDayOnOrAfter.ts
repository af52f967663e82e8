import { calendarOf, dayNumberIn, resultDate, type CalendarOption } from './calendar';
import { stepWorkingDays } from './addWorkingDays';
import { englandAndWalesImpl } from './englandAndWales';
import type { DateInput, PlainDate } from './plainDate';
import { RANGE_START } from '../internal/days';

/**
 * Options for {@link workingDayOnOrAfter}.
 *
 * @example
 * ```ts
 * import { englandAndWales, type WorkingDayOnOrAfterOptions } from 'children-act-complaints';
 *
 * const options: WorkingDayOnOrAfterOptions = { calendar: englandAndWales };
 * ```
 */
export interface WorkingDayOnOrAfterOptions extends CalendarOption {}

/**
 * The date itself if it is a working day, otherwise the next working day.
 *
 * Use it for deemed receipt (a complaint that arrives on a Saturday treated as
 * received on Monday) and for a response given on a non-working day, which
 * counts as given on the next working day.
 *
 * @param date - the date, `YYYY-MM-DD`
 * @param options - `{ calendar }`; defaults to {@link englandAndWales}
 * @returns `date` or the first working day after it
 * @throws {@link InvalidInputError} `INVALID_DATE` for a malformed date; `INVALID_ARGUMENT` for bad options
 * @throws {@link OutOfRangeError} `OUT_OF_RANGE` when the date or the answer lies outside 2000-01-01 to 2099-12-31
 * @throws {@link CoverageError} `OUTSIDE_OFFICIAL_DATA` on a strict calendar, beyond its official data
 *
 * @example
 * ```ts
 * import { workingDayOnOrAfter } from 'children-act-complaints';
 *
 * workingDayOnOrAfter('2024-03-23'); // '2024-03-25': Saturday becomes Monday
 * workingDayOnOrAfter('2024-03-25'); // '2024-03-25'
 * ```
 */
export function workingDayOnOrAfter(date: DateInput, options?: WorkingDayOnOrAfterOptions): PlainDate {
  const calendar = calendarOf(options, englandAndWalesImpl);
  const day = dayNumberIn(calendar, date, 'date');
  const found = calendar.tables().closed[day - RANGE_START] === 0 ? day : stepWorkingDays(calendar, day, 1, 'date', date);
  return resultDate(calendar, found, 'date', date);
}
