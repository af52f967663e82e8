/** Hostile-input entries for the calendar module. */
import fc from 'fast-check';
import { addWorkingDays, createWorkingDayCalendar, differenceInWorkingDays, englandAndWales, isPlainDate, isWorkingDay, nextWorkingDay, parsePlainDate, previousWorkingDay, toLondonDate, workingDayOnOrAfter, type WorkingDayCalendar } from '../../../src/index';
import { hostileValue, nearly, spoiled } from '../../support/hostile';
import { amountLike, anyDate, calendarOptions, dateLike, someCalendars, target, type HostileTarget } from '../registry';

const field = nearly(fc.constantFrom('date', 'receivedOn', 'events[0].date'));

/** Instants as a `Date` or an ISO timestamp with an offset, across and beyond the range. */
const instantLike = nearly(
  fc.oneof(
    fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2110, 0, 1)) }),
    fc.date({ noInvalidDate: false }),
    fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2110, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('2024-03-31T00:30:00Z', '2024-10-27T01:30:00+01:00', '2024-06-30 23:30Z', '2024-06-30T24:00:00Z', '2024-02-30T10:00:00Z', '2024-06-30T23:30:00'),
  ),
);

const closedDay = fc.oneof(anyDate, fc.record({ date: anyDate, name: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: ['date'] }));
const calendarSpec = spoiled(
  fc.record(
    {
      region: fc.constantFrom('england-and-wales', 'scotland', 'northern-ireland'),
      extraClosedDays: fc.array(closedDay, { maxLength: 4 }),
      extraWorkingDays: fc.array(anyDate, { maxLength: 3 }),
      strict: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
);

export const calendarTargets: readonly HostileTarget[] = [
  target('parsePlainDate', parsePlainDate, [dateLike, field]),
  target('isPlainDate', isPlainDate, [dateLike], { neverThrows: true }),
  target('toLondonDate', toLondonDate, [instantLike]),
  target('isWorkingDay', isWorkingDay, [dateLike, calendarOptions]),
  target('addWorkingDays', addWorkingDays, [dateLike, amountLike, calendarOptions]),
  target('differenceInWorkingDays', differenceInWorkingDays, [dateLike, dateLike, calendarOptions]),
  target('nextWorkingDay', nextWorkingDay, [dateLike, calendarOptions]),
  target('previousWorkingDay', previousWorkingDay, [dateLike, calendarOptions]),
  target('workingDayOnOrAfter', workingDayOnOrAfter, [dateLike, calendarOptions]),
  target('createWorkingDayCalendar', createWorkingDayCalendar, [fc.oneof({ arbitrary: calendarSpec, weight: 4 }, { arbitrary: hostileValue(), weight: 1 })], { numRuns: 200 }),
  // Called on a calendar, or taken off it and called on something else.
  target('englandAndWales.holidaysIn', (self: unknown, year: unknown) => englandAndWales.holidaysIn.call(self as WorkingDayCalendar, year as number), [
    fc.oneof({ arbitrary: fc.constantFrom(...someCalendars()), weight: 4 }, { arbitrary: hostileValue(), weight: 1 }),
    nearly(fc.integer({ min: 1990, max: 2110 })),
  ]),
];
