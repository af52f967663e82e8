import { daysFromCivil } from '../internal/days';
import { CalendarImpl, type WorkingDayCalendar } from './calendar';
import { ENGLAND_AND_WALES } from './data/holidays.generated';

/** @internal First day of the official GOV.UK list bundled for England and Wales. */
export const OFFICIAL_ENGLAND_AND_WALES_FROM = daysFromCivil(2012, 1, 1);
/** @internal */
export const OFFICIAL_ENGLAND_AND_WALES_THROUGH = daysFromCivil(2027, 12, 31);

/** @internal The default calendar as its implementation class. */
export const englandAndWalesImpl = /* @__PURE__ */ Object.freeze(
  new CalendarImpl({
    region: 'england-and-wales',
    encoded: ENGLAND_AND_WALES,
    strict: false,
    officialFrom: OFFICIAL_ENGLAND_AND_WALES_FROM,
    officialThrough: OFFICIAL_ENGLAND_AND_WALES_THROUGH,
    extraClosedDays: [],
    extraWorkingDays: [],
  }),
);

/**
 * The working-day calendar of the 2006 Regulations, and every function's
 * default: weekends, Christmas Day, Boxing Day, Good Friday and the England
 * and Wales bank holidays are closed.
 *
 * 2012–2027 come from the official GOV.UK list; other years from 2000 to 2099
 * are projected from the rules (with the 2002 and 2011 proclamations added).
 * It is not strict and has no closure days. For those, build your own with
 * {@link createWorkingDayCalendar}.
 *
 * @example
 * ```ts
 * import { englandAndWales, isWorkingDay } from 'children-act-complaints';
 *
 * englandAndWales.officialDataThrough;                         // '2027-12-31'
 * isWorkingDay('2022-09-19', { calendar: englandAndWales });   // false: the state funeral
 * ```
 */
export const englandAndWales: WorkingDayCalendar = englandAndWalesImpl;
