import type { WorkingDayCalendar } from '../calendar/calendar';
import { isWorkingDay } from '../calendar/isWorkingDay';
import { dayNumberOfIso, weekdayOf } from './days';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * The weekday of a valid `YYYY-MM-DD` date, in English: `'Monday'`.
 *
 * @internal
 */
export function weekdayName(date: string): string {
  return WEEKDAYS[weekdayOf(dayNumberOfIso(date))] as string;
}

/**
 * A date with its weekday, for messages: `2024-03-29 (Friday)`.
 *
 * @internal
 */
export function dateWithWeekday(date: string): string {
  return `${date} (${weekdayName(date)})`;
}

/**
 * Why a valid date is not a working day in a calendar, in words (`'Good
 * Friday'`, `'a Saturday'`, `'Christmas Day (substitute day)'`), or `null`
 * when it is a working day there.
 *
 * @internal
 */
export function whyNotWorking(date: string, calendar: WorkingDayCalendar): string | null {
  if (isWorkingDay(date, { calendar })) return null;
  const weekday = weekdayOf(dayNumberOfIso(date));
  if (weekday === 0 || weekday === 6) return `a ${WEEKDAYS[weekday] as string}`;
  const holiday = calendar.holidaysIn(Number(date.slice(0, 4))).find((entry) => entry.date === date);
  if (holiday === undefined) return 'a closed day';
  return holiday.kind === 'closure' ? `${holiday.name} (a closure day of this calendar)` : holiday.name;
}
