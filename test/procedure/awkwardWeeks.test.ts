/**
 * Hand-worked deadlines across the awkward weeks. Every date below was
 * worked out by hand from the official list in
 * /work/shared/reference/bank-holidays-england-and-wales.json; the working is
 * in the comments. "+N" is the N-th working day after a date, the date itself
 * never counted.
 */
import { describe, expect, it } from 'vitest';
import { assessComplaint, createWorkingDayCalendar, type ComplaintTimeline } from '../../src/index';
import { RECEIVED_8_JANUARY_2024, UP_TO_STAGE_3 } from './fixtures';

const stage1Only = (receivedOn: string, events: ComplaintTimeline['events'] = []): ComplaintTimeline => ({ receivedOn, events });

describe('Christmas 2022: Christmas Day on a Sunday, substitute days on 27 December and 2 January', () => {
  // Received Friday 16 December 2022.
  // Dec 19–23 = 1–5; Sat 24, Sun 25 (Christmas), Mon 26 Boxing Day, Tue 27 substitute for Christmas Day: closed;
  // Dec 28, 29, 30 = 6–8; Sat 31, Sun 1 Jan, Mon 2 Jan substitute for New Year's Day: closed; Jan 3 = 9, Jan 4 = 10.
  // To 20: Jan 5, 6 = 11, 12; Jan 9–13 = 13–17; Jan 16, 17, 18 = 18–20.
  it('puts the Stage 1 response on 4 January and the extended limit on 18 January', () => {
    const stage1 = assessComplaint(stage1Only('2022-12-16'), { asOf: '2022-12-20' }).stages[0]!;
    expect(stage1).toMatchObject({ dueOn: '2023-01-04', extendedDueOn: null, latestPossibleDueOn: '2023-01-18', status: 'open' });
  });

  it('counts a response on Thursday 5 January as 11 working days: late without an extension', () => {
    const stage1 = assessComplaint(stage1Only('2022-12-16', [{ type: 'response', stage: 1, date: '2023-01-05', outcome: 'upheld' }]), {
      asOf: '2023-01-06',
    }).stages[0]!;
    expect(stage1).toMatchObject({ respondedOn: '2023-01-05', workingDaysTaken: 11, status: 'late' });
    // Window for Stage 2: Jan 6 = 1; Jan 9–13 = 2–6; 16–20 = 7–11; 23–27 = 12–16; Jan 30, 31, Feb 1, 2 = 17–20.
    expect(stage1.requestWindowClosesOn).toBe('2023-02-02');
  });

  it('counts the same response as met within an extension notified on 22 December', () => {
    const stage1 = assessComplaint(
      stage1Only('2022-12-16', [
        { type: 'extension-notified', stage: 1, date: '2022-12-22', reason: 'several services involved' },
        { type: 'response', stage: 1, date: '2023-01-05', outcome: 'upheld' },
      ]),
      { asOf: '2023-01-06' },
    ).stages[0]!;
    expect(stage1).toMatchObject({ extendedDueOn: '2023-01-18', workingDaysTaken: 11, status: 'met-within-extension', warnings: [] });
  });
});

describe('Easter 2024: Good Friday 29 March, Easter Monday 1 April', () => {
  // Received Thursday 28 March. Fri 29 (Good Friday), Sat 30, Sun 31, Mon 1 April (Easter Monday): closed;
  // Apr 2–5 = 1–4; Apr 8–12 = 5–9; Mon 15 = 10.
  it('puts the Stage 1 response on 15 April', () => {
    expect(assessComplaint(stage1Only('2024-03-28'), { asOf: '2024-03-28' }).stages[0]!.dueOn).toBe('2024-04-15');
  });

  it('counts a response on Saturday 13 April as given on Monday 15 April: 10 days, met', () => {
    const stage1 = assessComplaint(stage1Only('2024-03-28', [{ type: 'response', stage: 1, date: '2024-04-13' }]), { asOf: '2024-04-15' })
      .stages[0]!;
    expect(stage1).toMatchObject({ respondedOn: '2024-04-13', workingDaysTaken: 10, status: 'met' });
  });

  it('counts a response on Saturday 20 April as given on Monday 22 April: 15 days, late', () => {
    // Apr 16–19 = 11–14; Mon 22 = 15.
    const stage1 = assessComplaint(stage1Only('2024-03-28', [{ type: 'response', stage: 1, date: '2024-04-20' }]), { asOf: '2024-04-22' })
      .stages[0]!;
    expect(stage1).toMatchObject({ workingDaysTaken: 15, status: 'late' });
  });

  it('counts a response on Easter Monday as given on Tuesday 2 April: 1 working day', () => {
    const stage1 = assessComplaint(stage1Only('2024-03-28', [{ type: 'response', stage: 1, date: '2024-04-01' }]), { asOf: '2024-04-02' })
      .stages[0]!;
    expect(stage1.workingDaysTaken).toBe(1);
  });
});

describe('2022: the Platinum Jubilee and the state funeral', () => {
  // Received Thursday 26 May 2022. The spring holiday moved from Monday 30 May to Thursday 2 June; Friday 3 June was the
  // Platinum Jubilee holiday. Fri 27 May = 1; Mon 30 May (a normal working day that year) = 2; Tue 31 = 3; Wed 1 June = 4;
  // Thu 2, Fri 3: closed; June 6–10 = 5–9; Mon 13 = 10.
  it('puts a Stage 1 response received before the Jubilee on 13 June', () => {
    expect(assessComplaint(stage1Only('2022-05-26'), { asOf: '2022-05-27' }).stages[0]!.dueOn).toBe('2022-06-13');
  });

  // Stage 2 asked for on Friday 9 September 2022. Sep 12–16 = 1–5; Mon 19 (the state funeral) closed; Sep 20–23 = 6–9;
  // Sep 26–30 = 10–14; Oct 3–7 = 15–19; Oct 10–14 = 20–24; Mon 17 = 25.
  it('puts a Stage 2 adjudication asked for before the state funeral on 17 October', () => {
    const result = assessComplaint(
      {
        receivedOn: '2022-08-15',
        events: [
          { type: 'response', stage: 1, date: '2022-08-26', outcome: 'not-upheld' },
          { type: 'stage-requested', stage: 2, date: '2022-09-09' },
        ],
      },
      { asOf: '2022-09-12' },
    );
    expect(result.stages[1]).toMatchObject({ startedOn: '2022-09-09', dueOn: '2022-10-17', status: 'open' });
    expect(result.nextDeadline).toEqual({ stage: 2, step: 'response', dueOn: '2022-10-17', soft: false, overdue: false });
  });
});

describe('the 2023 coronation: Monday 8 May', () => {
  // Received Friday 5 May 2023. Mon 8 May (coronation) closed; May 9–12 = 1–4; May 15–19 = 5–9; Mon 22 = 10.
  // To 20: May 23–26 = 11–14; Mon 29 May (spring holiday) closed; May 30, 31, June 1, 2 = 15–18; June 5, 6 = 19, 20.
  it('puts the Stage 1 response on 22 May and the extended limit on 6 June', () => {
    const stage1 = assessComplaint(stage1Only('2023-05-05', [{ type: 'extension-notified', stage: 1, date: '2023-05-19', workingDays: 20 }]), {
      asOf: '2023-05-19',
    }).stages[0]!;
    expect(stage1).toMatchObject({ dueOn: '2023-05-22', extendedDueOn: '2023-06-06', latestPossibleDueOn: '2023-06-06' });
  });
});

describe('a Saturday receipt under each receipt convention', () => {
  // Received Saturday 23 March 2024.
  it("'as-received' counts from the Saturday: Mar 25–28 = 1–4, Easter closed, Apr 2–5 = 5–8, Apr 8, 9 = 9, 10", () => {
    const stage1 = assessComplaint(stage1Only('2024-03-23', [{ type: 'response', stage: 1, date: '2024-04-10' }]), { asOf: '2024-04-10' })
      .stages[0]!;
    expect(stage1).toMatchObject({ startedOn: '2024-03-23', clockStartsOn: '2024-03-23', dueOn: '2024-04-09', workingDaysTaken: 11, status: 'late' });
  });

  it("'next-working-day' deems it received on Monday 25 March: Mar 26–28 = 1–3, Apr 2–5 = 4–7, Apr 8–10 = 8–10", () => {
    const result = assessComplaint(stage1Only('2024-03-23', [{ type: 'response', stage: 1, date: '2024-04-10' }]), {
      asOf: '2024-04-10',
      conventions: { receipt: 'next-working-day' },
    });
    expect(result.conventions).toEqual({ receipt: 'next-working-day', stage2ClockStartsOn: 'request' });
    expect(result.stages[0]).toMatchObject({ startedOn: '2024-03-23', clockStartsOn: '2024-03-25', dueOn: '2024-04-10', workingDaysTaken: 10, status: 'met' });
  });
});

describe('an extension notified late', () => {
  // Received Monday 3 June 2024 (no holidays until August). June 4–7 = 1–4; June 10–14 = 5–9; Mon 17 = 10.
  // To 20: June 18–21 = 11–14; June 24–28 = 15–19; Mon 1 July = 20.
  const timeline = (workingDays: number): ComplaintTimeline =>
    stage1Only('2024-06-03', [
      { type: 'extension-notified', stage: 1, date: '2024-06-19', workingDays },
      { type: 'response', stage: 1, date: '2024-06-28', outcome: 'partly-upheld' },
    ]);

  it('applies the extension but warns that it came after the deadline of 17 June', () => {
    const stage1 = assessComplaint(timeline(20), { asOf: '2024-07-01' }).stages[0]!;
    expect(stage1).toMatchObject({ dueOn: '2024-06-17', extendedDueOn: '2024-07-01', workingDaysTaken: 19, status: 'met-within-extension' });
    expect(stage1.warnings).toEqual([
      {
        code: 'extension-notified-late',
        message: 'The Stage 1 extension was notified on 2024-06-19, after the deadline it extends (2024-06-17) had passed.',
        stage: 1,
        eventIndex: 0,
      },
    ]);
  });

  it('caps an extension beyond 20 working days at 20, with a warning', () => {
    const stage1 = assessComplaint(timeline(25), { asOf: '2024-07-01' }).stages[0]!;
    expect(stage1.extendedDueOn).toBe('2024-07-01');
    expect(stage1.extensions).toEqual([{ notifiedOn: '2024-06-19', requestedWorkingDays: 25, appliedWorkingDays: 20, reason: null, eventIndex: 0 }]);
    expect(stage1.warnings.map((w) => w.code)).toEqual(['extension-notified-late', 'extension-beyond-cap']);
  });

  it('shows the stage overdue between the deadline and the late extension', () => {
    const early = assessComplaint(stage1Only('2024-06-03'), { asOf: '2024-06-18' });
    expect(early.stages[0]!.status).toBe('overdue');
    expect(early.status).toBe('overdue');
  });
});

describe('on hold across a bank holiday', () => {
  // Received Wednesday 15 May 2024. Without a hold: May 16, 17 = 1, 2; May 20–24 = 3–7; Mon 27 (spring holiday) closed;
  // May 28, 29, 30 = 8–10. Put on hold Tuesday 21 May (days 1–4 used: 16, 17, 20, 21), resumed Tuesday 28 May.
  // On hold: the working days after 21 May up to and including 28 May: 22, 23, 24, 28 = 4 (27 May is not a working day).
  // The 6 days left run after 28 May: 29, 30, 31 = 5–7; June 3, 4, 5 = 8–10. So the deadline moves 4 working days, to 5 June.
  // The latest possible (20) moves the same way: 19 June instead of 13 June.
  const events: ComplaintTimeline['events'] = [
    { type: 'deferred', date: '2024-05-21', reason: 'police investigation' },
    { type: 'resumed', date: '2024-05-28' },
  ];

  it('moves the Stage 1 deadline from 30 May to 5 June', () => {
    const stage1 = assessComplaint(stage1Only('2024-05-15', events), { asOf: '2024-05-29' }).stages[0]!;
    expect(stage1).toMatchObject({ dueOn: '2024-06-05', latestPossibleDueOn: '2024-06-19', workingDaysDeferred: 4, status: 'open' });
    expect(stage1.deferrals).toEqual([
      { from: '2024-05-21', to: '2024-05-28', endedBy: 'resumed', workingDays: 4, reason: 'police investigation', eventIndex: 0 },
    ]);
  });

  it('counts a response on 5 June as 10 working days on the clock: 14 elapsed less 4 on hold', () => {
    const stage1 = assessComplaint(stage1Only('2024-05-15', [...events, { type: 'response', stage: 1, date: '2024-06-05' }]), {
      asOf: '2024-06-05',
    }).stages[0]!;
    expect(stage1).toMatchObject({ workingDaysTaken: 10, status: 'met' });
  });

  it('leaves the deadline unknown while the hold lasts, counting the working days on hold so far', () => {
    // On 28 May, still on hold: 22, 23, 24, 28 = 4 working days.
    const result = assessComplaint(stage1Only('2024-05-15', [events[0]!]), { asOf: '2024-05-28' });
    expect(result.stages[0]).toMatchObject({ dueOn: null, status: 'deferred', workingDaysDeferred: 4 });
    expect(result.status).toBe('deferred');
    expect(result.nextDeadline).toBeNull();
  });
});

describe('a Stage 2 extended to the full 65 working days', () => {
  // Stage 1: received Monday 8 January 2024, answered Friday 19 January (Jan 9–12 = 1–4, 15–19 = 5–9: 9 days, met).
  // Stage 2 asked for Monday 22 January. Jan 23–26 = 1–4; Jan 29–Feb 2 = 5–9; Feb 5–9 = 10–14; Feb 12–16 = 15–19;
  // Feb 19–23 = 20–24; Mon 26 Feb = 25. Onwards: Feb 27–Mar 1 = 26–29; Mar 4–8 = 30–34; Mar 11–15 = 35–39;
  // Mar 18–22 = 40–44; Mar 25–28 = 45–48; Good Friday and Easter Monday closed; Apr 2–5 = 49–52; Apr 8–12 = 53–57;
  // Apr 15–19 = 58–62; Apr 22, 23, 24 = 63–65.
  const timeline = (adjudicatedOn: string): ComplaintTimeline => ({
    receivedOn: '2024-01-08',
    events: [
      { type: 'response', stage: 1, date: '2024-01-19', outcome: 'not-upheld' },
      { type: 'stage-requested', stage: 2, date: '2024-01-22' },
      { type: 'extension-notified', stage: 2, date: '2024-02-12', reason: 'independent person unavailable' },
      { type: 'response', stage: 2, date: adjudicatedOn, outcome: 'partly-upheld' },
    ],
  });

  it('meets the extended limit with an adjudication on 24 April', () => {
    const result = assessComplaint(timeline('2024-04-24'), { asOf: '2024-04-25' });
    expect(result.stages[0]).toMatchObject({ dueOn: '2024-01-22', workingDaysTaken: 9, status: 'met', requestWindowClosesOn: '2024-02-16' });
    expect(result.stages[1]).toMatchObject({
      dueOn: '2024-02-26',
      extendedDueOn: '2024-04-24',
      latestPossibleDueOn: '2024-04-24',
      workingDaysTaken: 65,
      status: 'met-within-extension',
    });
    expect(result.stages[1]!.extensions[0]).toMatchObject({ requestedWorkingDays: 65, appliedWorkingDays: 65 });
  });

  it('is late with an adjudication on 25 April, the 66th working day', () => {
    expect(assessComplaint(timeline('2024-04-25'), { asOf: '2024-04-25' }).stages[1]).toMatchObject({ workingDaysTaken: 66, status: 'late' });
  });
});

describe('the complete Stage 3', () => {
  // Stage 1 as above (received 8 Jan 2024, answered 19 Jan); Stage 2 asked for 22 Jan, adjudicated Friday 23 February.
  // Window for Stage 3: Feb 26–Mar 1 = 1–5; Mar 4–8 = 6–10; Mar 11–15 = 11–15; Mar 18–22 = 16–20: closes 22 March.
  // Stage 3 asked for Friday 1 March. Panel within 30: Mar 4–8 = 1–5; 11–15 = 6–10; 18–22 = 11–15; 25–28 = 16–19;
  // Easter closed; Apr 2–5 = 20–23; Apr 8–12 = 24–28; Apr 15, 16 = 29, 30: 16 April.
  // Panel held Thursday 11 April (day 27). Report within 5: Fri 12 = 1; Apr 15–18 = 2–5: 18 April.
  // Report received Wednesday 17 April (day 4). Council response within 15: Apr 18, 19 = 1, 2; Apr 22–26 = 3–7;
  // Apr 29–May 3 = 8–12; Mon 6 May (early May holiday) closed; May 7, 8, 9 = 13–15: 9 May.
  const timeline = (councilRespondedOn: string): ComplaintTimeline => ({
    id: 'C-2024-004',
    receivedOn: RECEIVED_8_JANUARY_2024,
    events: [
      ...UP_TO_STAGE_3,
      { type: 'panel-held', date: '2024-04-11' },
      { type: 'panel-report-received', date: '2024-04-17' },
      { type: 'response', stage: 3, date: councilRespondedOn, outcome: 'upheld' },
    ],
  });

  it('meets every Stage 3 deadline with a council response on 9 May', () => {
    const result = assessComplaint(timeline('2024-05-09'), { asOf: '2024-06-03' });
    expect(result.stages[1]!.requestWindowClosesOn).toBe('2024-03-22');
    const stage3 = result.stages[2]!;
    expect(stage3.steps).toEqual([
      {
        step: 'panel', rule: 'stage-3-panel', workingDays: 30, soft: false, countsFrom: '2024-03-01',
        dueOn: '2024-04-16', extendedDueOn: null, latestPossibleDueOn: '2024-04-16', doneOn: '2024-04-11', workingDaysTaken: 27, status: 'met',
      },
      {
        step: 'panel-report', rule: 'stage-3-panel-report', workingDays: 5, soft: false, countsFrom: '2024-04-11',
        dueOn: '2024-04-18', extendedDueOn: null, latestPossibleDueOn: '2024-04-18', doneOn: '2024-04-17', workingDaysTaken: 4, status: 'met',
      },
      {
        step: 'response', rule: 'stage-3-response', workingDays: 15, soft: true, countsFrom: '2024-04-17',
        dueOn: '2024-05-09', extendedDueOn: null, latestPossibleDueOn: '2024-05-09', doneOn: '2024-05-09', workingDaysTaken: 15, status: 'met',
      },
    ]);
    expect(stage3).toMatchObject({ dueOn: '2024-05-09', respondedOn: '2024-05-09', status: 'met', requestWindowClosesOn: null });
    expect(result).toMatchObject({ status: 'closed', currentStage: 3, nextDeadline: null, warnings: [] });
  });

  it('marks a council response on 10 May late against a soft deadline, with a warning', () => {
    const result = assessComplaint(timeline('2024-05-10'), { asOf: '2024-06-03' });
    expect(result.stages[2]).toMatchObject({ workingDaysTaken: 16, status: 'late' });
    expect(result.warnings.map((w) => [w.code, w.stage, w.eventIndex])).toEqual([['soft-deadline-missed', 3, 6]]);
  });

  it('shows the panel as the next deadline before it meets, and the report once it has', () => {
    const waiting = assessComplaint({ ...timeline('2024-05-09'), events: timeline('2024-05-09').events.slice(0, 4) }, { asOf: '2024-03-04' });
    expect(waiting.nextDeadline).toEqual({ stage: 3, step: 'panel', dueOn: '2024-04-16', soft: false, overdue: false });
    expect(waiting.stages[2]!.steps.map((s) => [s.step, s.dueOn, s.status])).toEqual([
      ['panel', '2024-04-16', 'open'],
      ['panel-report', null, 'not-started'],
      ['response', null, 'not-started'],
    ]);
    const met = assessComplaint({ ...timeline('2024-05-09'), events: timeline('2024-05-09').events.slice(0, 5) }, { asOf: '2024-04-12' });
    expect(met.nextDeadline).toEqual({ stage: 3, step: 'panel-report', dueOn: '2024-04-18', soft: false, overdue: false });
  });
});

describe('council closure days', () => {
  // Received Friday 20 December 2024. Statutory: Dec 23, 24 = 1, 2; Christmas and Boxing Day closed; Dec 27 = 3;
  // Dec 30, 31 = 4, 5; New Year's Day closed; Jan 2, 3 = 6, 7; Jan 6, 7, 8 = 8–10: 8 January 2025.
  // A council closed on 27, 30 and 31 December moves it three working days, to 13 January.
  it('uses the closure days but warns that the deadlines reflect local practice', () => {
    const calendar = createWorkingDayCalendar({ extraClosedDays: ['2024-12-27', '2024-12-30', '2024-12-31'] });
    expect(assessComplaint(stage1Only('2024-12-20'), { asOf: '2024-12-20' }).stages[0]!.dueOn).toBe('2025-01-08');
    const local = assessComplaint(stage1Only('2024-12-20'), { asOf: '2024-12-20', calendar });
    expect(local.stages[0]!.dueOn).toBe('2025-01-13');
    expect(local.warnings).toEqual([
      {
        code: 'local-calendar',
        message:
          'The calendar closes 2024-12-27, 2024-12-30, 2024-12-31, but SI 2006/1738 reg 2 counts only weekends, Christmas Day, Boxing Day, Good Friday and bank holidays as non-working; these deadlines reflect local practice, not the statutory minimum.',
      },
    ]);
  });

  it('does not warn about closure days outside the complaint', () => {
    const calendar = createWorkingDayCalendar({ extraClosedDays: ['2019-12-27'] });
    expect(assessComplaint(stage1Only('2024-12-20'), { asOf: '2024-12-20', calendar }).warnings).toEqual([]);
  });
});
