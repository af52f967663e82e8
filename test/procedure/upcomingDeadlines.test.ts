import { describe, expect, it } from 'vitest';
import { TimelineError, upcomingDeadlines, type ComplaintTimeline } from '../../src/index';
import { RECEIVED_8_JANUARY_2024, UP_TO_STAGE_3 } from './fixtures';

// Stage 1 deadlines (+10 working days), worked by hand around Easter 2024 (Good Friday 29 March, Easter Monday 1 April):
// - received 4 March: Mar 5–8 = 1–4, 11–15 = 5–9, Mon 18 = 10: due 18 March;
// - received 25 March: Mar 26–28 = 1–3, Apr 2–5 = 4–7, Apr 8, 9, 10 = 8–10: due 10 April;
// - received 2 April: Apr 3–5 = 1–3, Apr 8–12 = 4–8, Apr 15, 16 = 9, 10: due 16 April.
// From asOf Monday 8 April: 10 April is 2 working days ahead (9, 10); 16 April is 6 ahead (9–12, 15, 16);
// 18 March is 13 behind (Mar 19–22, 25–28, Apr 2–5, Apr 8).
const timelines: ComplaintTimeline[] = [
  { id: 'A', receivedOn: '2024-03-25', events: [] },
  { id: 'B', receivedOn: '2024-03-04', events: [] },
  { id: 'C', receivedOn: '2024-04-02', events: [] },
  { id: 'D', receivedOn: '2024-03-04', events: [{ type: 'response', stage: 1, date: '2024-03-15' }] },
  { id: 'E', receivedOn: '2024-03-25', events: [{ type: 'deferred', date: '2024-03-27' }] },
];

describe('upcomingDeadlines', () => {
  it('lists the overdue and those due within the window, most urgent first', () => {
    const rows = upcomingDeadlines(timelines, { asOf: '2024-04-08', withinWorkingDays: 5 });
    expect(rows).toEqual([
      { id: 'B', timelineIndex: 1, stage: 1, step: 'response', dueOn: '2024-03-18', workingDaysLeft: -13, overdue: true, soft: false, extended: false },
      { id: 'A', timelineIndex: 0, stage: 1, step: 'response', dueOn: '2024-04-10', workingDaysLeft: 2, overdue: false, soft: false, extended: false },
    ]);
    expect(Object.isFrozen(rows) && Object.isFrozen(rows[0])).toBe(true);
  });

  it('widens with withinWorkingDays, and 0 means due today', () => {
    expect(upcomingDeadlines(timelines, { asOf: '2024-04-08', withinWorkingDays: 6 }).map((r) => r.id)).toEqual(['B', 'A', 'C']);
    expect(upcomingDeadlines(timelines, { asOf: '2024-04-10', withinWorkingDays: 0 }).map((r) => [r.id, r.workingDaysLeft])).toEqual([
      ['B', -15],
      ['A', 0],
    ]);
  });

  it('uses the extended deadline and lists every unmet Stage 3 step', () => {
    const rows = upcomingDeadlines(
      [
        { id: 'X', receivedOn: '2024-03-25', events: [{ type: 'extension-notified', stage: 1, date: '2024-04-05', workingDays: 15 }] },
        {
          id: 'P',
          receivedOn: RECEIVED_8_JANUARY_2024,
          events: UP_TO_STAGE_3,
        },
      ],
      { asOf: '2024-04-15', withinWorkingDays: 5 },
    );
    // X: +15 from 25 March: the 10th is 10 April (see above); Apr 11, 12 = 11, 12; Apr 15, 16, 17 = 13–15: 17 April,
    // 2 working days after asOf 15 April.
    // P: panel within 30 of 1 March = 16 April (see awkwardWeeks).
    expect(rows.map((r) => [r.id, r.step, r.dueOn, r.workingDaysLeft, r.extended])).toEqual([
      ['P', 'panel', '2024-04-16', 1, false],
      ['X', 'response', '2024-04-17', 2, true],
    ]);
  });

  it('returns an empty list for no timelines', () => {
    expect(upcomingDeadlines([], { asOf: '2024-04-08', withinWorkingDays: 5 })).toEqual([]);
  });

  it('names the timeline at fault in an error', () => {
    try {
      upcomingDeadlines([timelines[0]!, { receivedOn: '2024-03-25', events: [{ type: 'resumed', date: '2024-03-26' }] }], {
        asOf: '2024-04-08',
        withinWorkingDays: 5,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TimelineError);
      expect(error).toMatchObject({ field: 'timelines[1].events[0].date', eventIndex: 0, rule: 'resumed-without-deferral' });
    }
  });

  it('refuses a bad window or a non-array', () => {
    expect(() => upcomingDeadlines(timelines, { asOf: '2024-04-08', withinWorkingDays: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', field: 'options.withinWorkingDays' }),
    );
    expect(() => upcomingDeadlines(timelines, { asOf: '2024-04-08' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => upcomingDeadlines('x' as never, { asOf: '2024-04-08', withinWorkingDays: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'timelines' }),
    );
  });
});
