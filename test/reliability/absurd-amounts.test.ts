/**
 * An absurd amount fails at once: no loop in the library runs for as many
 * steps as a caller asks. Each call below would take seconds or hours if an
 * amount drove a loop; the bound is generous for a slow machine, and the
 * work they must do instead is constant.
 */
import { describe, it } from 'vitest';
import { addWorkingDays, assessComplaint, englandAndWales, parseComplaintRecords, upcomingDeadlines } from '../../src/index';
import { EDGE_NUMBERS, expectReturns, expectReturnsOrTypedError } from '../support/hostile';

const AT_ONCE_MS = 250;
const ABSURD = [...EDGE_NUMBERS, 1e9, -1e9, 2 ** 40];

describe('absurd amounts fail at once', () => {
  it.each(ABSURD.map((n) => [n]))('addWorkingDays(…, %s)', (amount) => {
    expectReturnsOrTypedError(() => addWorkingDays('2024-01-02', amount), AT_ONCE_MS);
  });

  it.each(ABSURD.map((n) => [n]))('englandAndWales.holidaysIn(%s)', (year) => {
    expectReturnsOrTypedError(() => englandAndWales.holidaysIn(year), AT_ONCE_MS);
  });

  it.each(ABSURD.map((n) => [n]))('upcomingDeadlines within %s working days', (within) => {
    const timelines = [{ receivedOn: '2024-03-25', events: [] }];
    expectReturnsOrTypedError(() => upcomingDeadlines(timelines, { asOf: '2024-04-08', withinWorkingDays: within }), AT_ONCE_MS);
  });

  it.each(ABSURD.map((n) => [n]))('an extension to %s working days', (workingDays) => {
    const timeline = { receivedOn: '2024-03-25', events: [{ type: 'extension-notified', stage: 1, date: '2024-04-02', workingDays }] };
    expectReturnsOrTypedError(() => assessComplaint(timeline as never, { asOf: '2024-05-01' }), AT_ONCE_MS);
  });

  it.each(ABSURD.map((n) => [n]))('a record extended to %s working days', (limit) => {
    const row = { id: 'C-1', receivedOn: '2024-03-25', serviceArea: 'CIN', stage1: { extensionNotifiedOn: '2024-04-02', extendedLimitWorkingDays: limit } };
    expectReturns(() => parseComplaintRecords([row]), AT_ONCE_MS);
  });
});
