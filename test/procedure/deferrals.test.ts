import { describe, expect, it } from 'vitest';
import { assessComplaint, differenceInWorkingDays, workingDayOnOrAfter, type ComplaintTimeline, type TimelineEvent } from '../../src/index';
import { formatDayNumber } from '../../src/internal/days';
import { dayNumber } from '../support/dates';
import { RECEIVED_8_JANUARY_2024, UP_TO_STAGE_3 } from './fixtures';

// Received Monday 3 June 2024; no bank holidays until 26 August. Without holds, Stage 1 is due on 17 June
// (June 4–7 = 1–4, June 10–14 = 5–9, Mon 17 = 10).
describe('holds that end without a resumed event', () => {
  it('ends a hold at a response given while on hold, the working day before it, with a warning', () => {
    // On hold Monday 10 June (days 1–5 used: 4–7, 10). Answered Wednesday 12 June while on hold: the hold covers
    // Tuesday 11 only. Deadline: 17 June + 1 = 18 June. Taken: 7 elapsed (4–7, 10–12) less 1 = 6.
    const result = assessComplaint(
      { receivedOn: '2024-06-03', events: [{ type: 'deferred', date: '2024-06-10' }, { type: 'response', stage: 1, date: '2024-06-12' }] },
      { asOf: '2024-06-20' },
    );
    const stage1 = result.stages[0]!;
    expect(stage1).toMatchObject({ dueOn: '2024-06-18', workingDaysTaken: 6, workingDaysDeferred: 1, status: 'met' });
    expect(stage1.deferrals).toEqual([{ from: '2024-06-10', to: '2024-06-12', endedBy: 'response', workingDays: 1, reason: null, eventIndex: 0 }]);
    expect(stage1.warnings).toEqual([
      {
        code: 'response-while-deferred',
        message: 'The Stage 1 response (2024-06-12) was given while the stage was deferred from 2024-06-10; the deferral is taken to end the working day before the response.',
        stage: 1,
        eventIndex: 1,
      },
    ]);
  });

  it('ends a hold at a withdrawal', () => {
    const stage1 = assessComplaint(
      { receivedOn: '2024-06-03', events: [{ type: 'deferred', date: '2024-06-10' }, { type: 'withdrawn', date: '2024-06-14' }] },
      { asOf: '2024-06-20' },
    ).stages[0]!;
    expect(stage1.status).toBe('withdrawn');
    expect(stage1.deferrals).toEqual([{ from: '2024-06-10', to: '2024-06-14', endedBy: 'withdrawal', workingDays: 4, reason: null, eventIndex: 0 }]);
  });

  it('gives a hold begun on the day Stage 1 is answered and Stage 2 asked for to Stage 2', () => {
    const result = assessComplaint(
      {
        receivedOn: '2024-06-03',
        events: [
          { type: 'response', stage: 1, date: '2024-06-12' },
          { type: 'stage-requested', stage: 2, date: '2024-06-12' },
          { type: 'deferred', date: '2024-06-12' },
        ],
      },
      { asOf: '2024-06-20' },
    );
    expect(result.stages.map((s) => [s.status, s.deferrals.length])).toEqual([
      ['met', 0],
      ['deferred', 1],
      ['not-started', 0],
    ]);
    expect(result.status).toBe('deferred');
  });

  it('reads back-to-back holds on one day as one resumed and the next begun', () => {
    // On hold 5–7 June and again 7–12 June: the working days after 5 June up to 12 June are all off the clock:
    // 6, 7, 10, 11, 12 = 5. Deadline 17 June + 5 = 24 June.
    const result = assessComplaint(
      {
        receivedOn: '2024-06-03',
        events: [
          { type: 'deferred', date: '2024-06-07' },
          { type: 'resumed', date: '2024-06-12' },
          { type: 'deferred', date: '2024-06-05' },
          { type: 'resumed', date: '2024-06-07' },
        ],
      },
      { asOf: '2024-06-13' },
    );
    expect(result.stages[0]).toMatchObject({ dueOn: '2024-06-24', workingDaysDeferred: 5 });
    expect(result.stages[0]!.deferrals.map((h) => [h.from, h.to, h.workingDays, h.eventIndex])).toEqual([
      ['2024-06-05', '2024-06-07', 2, 2],
      ['2024-06-07', '2024-06-12', 3, 0],
    ]);
  });

  it('warns about a panel held while Stage 3 is on hold', () => {
    const result = assessComplaint(
      {
        receivedOn: RECEIVED_8_JANUARY_2024,
        events: [...UP_TO_STAGE_3, { type: 'deferred', date: '2024-03-04' },
          { type: 'panel-held', date: '2024-03-06' },
        ],
      },
      { asOf: '2024-03-07' },
    );
    expect(result.stages[2]!.warnings.map((w) => [w.code, w.eventIndex])).toEqual([['step-while-deferred', 5]]);
    // Counted as done on the next day of clock: 4 March was day 1, so the panel counts as day 2.
    expect(result.stages[2]!.steps[0]).toMatchObject({ doneOn: '2024-03-06', workingDaysTaken: 2, status: 'met' });
  });
});

describe('scale', () => {
  it('assesses a timeline of 10,000 events', () => {
    // 4,999 one-day holds on alternate days from 5 January 2000, an extension, and a response 9,999 days on (in 2027).
    const start = dayNumber('2000-01-05');
    const events: TimelineEvent[] = [{ type: 'extension-notified', stage: 1, date: '2000-01-05', workingDays: 20 }];
    for (let i = 0; i < 4999; i += 1) {
      events.push({ type: 'deferred', date: formatDayNumber(start + 2 * i) }, { type: 'resumed', date: formatDayNumber(start + 2 * i + 1) });
    }
    const respondedOn = formatDayNumber(start + 9999);
    events.push({ type: 'response', stage: 1, date: respondedOn });
    expect(events).toHaveLength(10_000);
    const timeline: ComplaintTimeline = { receivedOn: '2000-01-04', events: events.reverse() };
    const stage1 = assessComplaint(timeline, { asOf: respondedOn }).stages[0]!;
    expect(stage1.deferrals).toHaveLength(4999);
    expect(stage1.status).toBe('late');
    // The response fell on Saturday 22 May 2027, so it counts as given on Monday 24 May.
    expect((stage1.workingDaysTaken as number) + stage1.workingDaysDeferred).toBe(differenceInWorkingDays(workingDayOnOrAfter(respondedOn), '2000-01-04'));
  });
});
