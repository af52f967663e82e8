import { describe, expect, it } from 'vitest';
import { assessComplaint, childrenAct1989England, complaintHandlingCode, type ComplaintAssessment, type ComplaintTimeline, type ProcedureDefinition } from '../../src/index';

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

const twoStages: ComplaintTimeline = {
  id: 'C-2024-002',
  receivedOn: '2024-01-08',
  events: [
    { type: 'response', stage: 1, date: '2024-01-19', outcome: 'not-upheld' },
    { type: 'stage-requested', stage: 2, date: '2024-01-22' },
  ],
};

describe('the assessment as data', () => {
  it('is deeply frozen and survives a JSON round trip unchanged', () => {
    const result = assessComplaint(twoStages, { asOf: '2024-02-01' });
    expect(isDeeplyFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('lists every stage of the procedure, started or not, and echoes the id', () => {
    const result = assessComplaint(twoStages, { asOf: '2024-02-01' });
    expect(result.stages.map((s) => [s.stage, s.name, s.status])).toEqual([
      [1, 'Local resolution', 'met'],
      [2, 'Investigation', 'open'],
      [3, 'Review panel', 'not-started'],
    ]);
    expect(result).toMatchObject({ id: 'C-2024-002', procedure: 'children-act-1989-england', currentStage: 2, status: 'open' });
  });

  it('gives null for a timeline without an id', () => {
    expect(assessComplaint({ receivedOn: '2024-01-08', events: [] }, { asOf: '2024-01-08' }).id).toBeNull();
  });

  it('does not mutate the timeline it is given', () => {
    const events = [{ type: 'response', stage: 1, date: '2024-01-19' } as const, { type: 'withdrawn', date: '2024-01-10' } as const];
    const timeline = { receivedOn: '2024-01-08', events: [...events].reverse() };
    const copy = structuredClone(timeline);
    try {
      assessComplaint(timeline, { asOf: '2024-02-01' });
    } catch {
      // the timeline is wrong (a response after withdrawal); it must still be untouched
    }
    expect(timeline).toEqual(copy);
  });
});

describe('the Stage 2 clock-start convention', () => {
  // Stage 2 asked for Monday 22 January 2024: +25 is 26 February (see awkwardWeeks). Statement agreed Wednesday
  // 31 January: Feb 1, 2 = 1, 2; Feb 5–9 = 3–7; 12–16 = 8–12; 19–23 = 13–17; Feb 26–Mar 1 = 18–22; Mar 4, 5, 6 = 23–25.
  const withStatement: ComplaintTimeline = { ...twoStages, events: [...twoStages.events, { type: 'statement-agreed', date: '2024-01-31' }] };

  it("counts from the request by default ('request')", () => {
    const stage2 = assessComplaint(withStatement, { asOf: '2024-02-01' }).stages[1]!;
    expect(stage2).toMatchObject({ clockStartsOn: '2024-01-22', statementAgreedOn: '2024-01-31', dueOn: '2024-02-26' });
  });

  it("counts from the agreed statement under 'statement-agreed'", () => {
    const stage2 = assessComplaint(withStatement, { asOf: '2024-02-01', conventions: { stage2ClockStartsOn: 'statement-agreed' } }).stages[1]!;
    expect(stage2).toMatchObject({ clockStartsOn: '2024-01-31', dueOn: '2024-03-06', status: 'open' });
  });

  it('leaves the deadline unknown until the statement is agreed', () => {
    const result = assessComplaint(twoStages, { asOf: '2024-02-01', conventions: { stage2ClockStartsOn: 'statement-agreed' } });
    expect(result.stages[1]).toMatchObject({ clockStartsOn: null, dueOn: null, status: 'open' });
    expect(result.nextDeadline).toBeNull();
  });

  it('falls back to the request, with a warning, when an adjudication has no statement recorded', () => {
    const timeline: ComplaintTimeline = { ...twoStages, events: [...twoStages.events, { type: 'response', stage: 2, date: '2024-02-20' }] };
    const stage2 = assessComplaint(timeline, { asOf: '2024-03-01', conventions: { stage2ClockStartsOn: 'statement-agreed' } }).stages[1]!;
    expect(stage2).toMatchObject({ clockStartsOn: '2024-01-22', dueOn: '2024-02-26', status: 'met' });
    expect(stage2.warnings.map((w) => w.code)).toEqual(['statement-not-recorded']);
  });
});

describe('the complainant’s windows and the complaint’s status', () => {
  it('is awaiting a request while the Stage 2 window is open, then closed', () => {
    const answered: ComplaintTimeline = { receivedOn: '2024-01-08', events: [{ type: 'response', stage: 1, date: '2024-01-19' }] };
    expect(assessComplaint(answered, { asOf: '2024-02-16' }).status).toBe('awaiting-request');
    expect(assessComplaint(answered, { asOf: '2024-02-19' }).status).toBe('closed');
  });

  it('warns about a Stage 2 request out of time, and still assesses Stage 2', () => {
    // Window closed 16 February 2024 (see awkwardWeeks); asked for 19 February.
    const late: ComplaintTimeline = {
      receivedOn: '2024-01-08',
      events: [
        { type: 'response', stage: 1, date: '2024-01-19' },
        { type: 'stage-requested', stage: 2, date: '2024-02-19' },
      ],
    };
    const result = assessComplaint(late, { asOf: '2024-02-20' });
    expect(result.stages[1]!.warnings).toEqual([
      {
        code: 'stage-request-out-of-time',
        message: "Stage 2 was asked for on 2024-02-19, after the window closed on 2024-02-16; whether to accept a late request is the council's discretion.",
        stage: 2,
        eventIndex: 1,
      },
    ]);
    expect(result.stages[1]!.status).toBe('open');
  });

  it('counts the window from the next working day when the response was given at a weekend', () => {
    // Response Saturday 20 January 2024, counted as given Monday 22: Jan 23–26 = 1–4; … Feb 19 = 20.
    const weekend: ComplaintTimeline = { receivedOn: '2024-01-08', events: [{ type: 'response', stage: 1, date: '2024-01-20' }] };
    expect(assessComplaint(weekend, { asOf: '2024-01-22' }).stages[0]!.requestWindowClosesOn).toBe('2024-02-19');
  });

  it('has no window after a stage closed by withdrawal', () => {
    const withdrawn: ComplaintTimeline = { receivedOn: '2024-01-08', events: [{ type: 'response', stage: 1, date: '2024-01-19', outcome: 'withdrawn' }] };
    const result = assessComplaint(withdrawn, { asOf: '2024-01-22' });
    expect(result.stages[0]).toMatchObject({ status: 'withdrawn', withdrawnOn: '2024-01-19', requestWindowClosesOn: null, workingDaysTaken: 9 });
    expect(result).toMatchObject({ status: 'withdrawn', withdrawnOn: '2024-01-19' });
  });

  it('marks the stage under way withdrawn', () => {
    const result = assessComplaint({ receivedOn: '2024-01-08', events: [{ type: 'withdrawn', date: '2024-01-10' }] }, { asOf: '2024-03-01' });
    expect(result.stages[0]).toMatchObject({ status: 'withdrawn', withdrawnOn: '2024-01-10', respondedOn: null });
    expect(result.stages[0]!.steps[0]!.status).toBe('withdrawn');
    expect(result).toMatchObject({ status: 'withdrawn', nextDeadline: null });
  });

  it('keeps a stage’s result when the complaint is withdrawn between stages', () => {
    const result = assessComplaint(
      { receivedOn: '2024-01-08', events: [{ type: 'response', stage: 1, date: '2024-01-19' }, { type: 'withdrawn', date: '2024-01-25' }] },
      { asOf: '2024-03-01' },
    );
    expect(result.stages[0]!.status).toBe('met');
    expect(result.status).toBe('withdrawn');
  });
});

describe('the Ombudsman', () => {
  const referred = (decision: boolean): ComplaintTimeline => ({
    receivedOn: '2024-01-08',
    events: [
      { type: 'response', stage: 1, date: '2024-01-19' },
      { type: 'stage-requested', stage: 2, date: '2024-01-22' },
      { type: 'response', stage: 2, date: '2024-02-23', outcome: 'not-upheld' },
      { type: 'ombudsman-referred', date: '2024-04-02' },
      ...(decision
        ? [{ type: 'ombudsman-decision', date: '2024-07-15', decision: 'closed-after-initial-enquiries', label: 'Closed after initial enquiries' } as const]
        : []),
    ],
  });

  it('is with the Ombudsman until the decision, then closed', () => {
    expect(assessComplaint(referred(false), { asOf: '2024-05-01' })).toMatchObject({
      status: 'with-ombudsman',
      ombudsman: [{ referredOn: '2024-04-02', decidedOn: null, decision: null, label: null }],
    });
    expect(assessComplaint(referred(true), { asOf: '2024-08-01' })).toMatchObject({
      status: 'closed',
      ombudsman: [{ referredOn: '2024-04-02', decidedOn: '2024-07-15', decision: 'closed-after-initial-enquiries', label: 'Closed after initial enquiries' }],
      warnings: [],
    });
  });

  it('warns about a referral while a stage is under way', () => {
    const early: ComplaintTimeline = { receivedOn: '2024-01-08', events: [{ type: 'ombudsman-referred', date: '2024-01-10' }] };
    const result = assessComplaint(early, { asOf: '2024-01-11' });
    expect(result.warnings.map((w) => [w.code, w.eventIndex])).toEqual([['ombudsman-referral-premature', 0]]);
    expect(result.status).toBe('open');
  });
});

describe('the one-year time limit (reg 9)', () => {
  it('warns about a complaint made more than a year after its grounds arose', () => {
    const result = assessComplaint({ receivedOn: '2024-02-29', groundsAroseOn: '2023-02-28', events: [] }, { asOf: '2024-02-29' });
    expect(result.timeLimit).toEqual({ groundsAroseOn: '2023-02-28', expiresOn: '2024-02-28', withinTimeLimit: false });
    expect(result.warnings.map((w) => w.code)).toEqual(['complaint-out-of-time']);
  });

  it('takes a year from 29 February to end on 28 February, and the anniversary itself is in time', () => {
    const result = assessComplaint({ receivedOn: '2025-02-28', groundsAroseOn: '2024-02-29', events: [] }, { asOf: '2025-02-28' });
    expect(result.timeLimit).toEqual({ groundsAroseOn: '2024-02-29', expiresOn: '2025-02-28', withinTimeLimit: true });
    expect(result.warnings).toEqual([]);
  });

  it('is null when the grounds date is not given', () => {
    expect(assessComplaint({ receivedOn: '2024-01-08', events: [] }, { asOf: '2024-01-08' }).timeLimit).toBeNull();
  });
});

describe('warnings about dates and rules', () => {
  it('warns when a date rests on projected bank holidays', () => {
    const result = assessComplaint({ receivedOn: '2027-12-20', events: [] }, { asOf: '2027-12-20' });
    // Dec 21–24 = 1–4; 27 and 28 December 2027 are substitute days; Dec 29–31 = 5–7; 3 January 2028 is projected as
    // the New Year substitute; Jan 4, 5, 6 = 8–10.
    expect(result.stages[0]!.dueOn).toBe('2028-01-06');
    expect(result.warnings.map((w) => w.code)).toEqual(['projected-holidays']);
  });

  it('warns when a rule is applied before it came into force', () => {
    const result = assessComplaint({ receivedOn: '2006-08-31', events: [] }, { asOf: '2006-09-01' });
    expect(result.warnings.map((w) => w.code)).toEqual(['rule-not-in-force']);
    expect(result.warnings[0]!.message).toContain('working-day (in force from 2006-09-01) on 2006-08-31');
  });
});

describe('the Complaint Handling Code: the engine reads another procedure', () => {
  // Received Monday 13 April 2026. Acknowledge within 5: Apr 14–17 = 1–4, Apr 20 = 5.
  // Acknowledged Wednesday 15 April; respond within 10 of that: Apr 16, 17 = 1, 2; Apr 20–24 = 3–7; Apr 27, 28, 29 = 8–10.
  // Extended by 10: Apr 30, May 1 = 11, 12; Mon 4 May (early May holiday) closed; May 5–8 = 13–16; May 11–14 = 17–20.
  const options = { asOf: '2026-04-21', procedure: complaintHandlingCode };

  it('sets the acknowledgement and response deadlines of Stage 1', () => {
    const result = assessComplaint({ receivedOn: '2026-04-13', events: [{ type: 'acknowledged', stage: 1, date: '2026-04-15' }] }, options);
    expect(result.procedure).toBe('complaint-handling-code');
    expect(result.stages).toHaveLength(2);
    expect(result.stages[0]!.steps.map((s) => [s.step, s.countsFrom, s.dueOn, s.latestPossibleDueOn, s.doneOn, s.status])).toEqual([
      ['acknowledgement', '2026-04-13', '2026-04-20', '2026-04-20', '2026-04-15', 'met'],
      ['response', '2026-04-15', '2026-04-29', '2026-05-14', null, 'open'],
    ]);
    expect(result.stages[0]).toMatchObject({ acknowledgedOn: '2026-04-15', dueOn: '2026-04-29' });
    expect(result.warnings).toEqual([]);
  });

  it('shows the acknowledgement as the next deadline before it is given, and overdue after', () => {
    const waiting = assessComplaint({ receivedOn: '2026-04-13', events: [] }, options);
    expect(waiting.nextDeadline).toEqual({ stage: 1, step: 'acknowledgement', dueOn: '2026-04-20', soft: false, overdue: true });
    expect(waiting.stages[0]!.steps[1]).toMatchObject({ dueOn: null, status: 'not-started' });
    expect(waiting.stages[0]!.status).toBe('overdue');
  });

  it('sets Stage 2 from its own acknowledgement', () => {
    // Asked for Friday 1 May 2026. Acknowledge within 5: Mon 4 May closed; May 5–8 = 1–4; May 11 = 5.
    // Acknowledged Wednesday 6 May; respond within 20: May 7, 8 = 1, 2; May 11–15 = 3–7; May 18–22 = 8–12;
    // Mon 25 May (spring holiday) closed; May 26–29 = 13–16; June 1–4 = 17–20.
    const result = assessComplaint(
      {
        receivedOn: '2026-04-13',
        events: [
          { type: 'acknowledged', stage: 1, date: '2026-04-15' },
          { type: 'response', stage: 1, date: '2026-04-28', outcome: 'not-upheld' },
          { type: 'stage-requested', stage: 2, date: '2026-05-01' },
          { type: 'acknowledged', stage: 2, date: '2026-05-06' },
        ],
      },
      { ...options, asOf: '2026-05-06' },
    );
    expect(result.stages[0]).toMatchObject({ workingDaysTaken: 9, status: 'met', requestWindowClosesOn: null });
    expect(result.stages[1]!.steps.map((s) => [s.step, s.dueOn, s.status])).toEqual([
      ['acknowledgement', '2026-05-11', 'met'],
      ['response', '2026-06-04', 'open'],
    ]);
  });

  it('warns when the Code is applied to a complaint from before it was in use', () => {
    const result = assessComplaint({ receivedOn: '2025-04-14', events: [] }, { asOf: '2025-04-14', procedure: complaintHandlingCode });
    expect(result.warnings.map((w) => w.code)).toEqual(['rule-not-in-force']);
  });

  it('does not warn about closure days, which the Code leaves open', async () => {
    const { createWorkingDayCalendar } = await import('../../src/index');
    const calendar = createWorkingDayCalendar({ extraClosedDays: ['2026-04-14'] });
    const result = assessComplaint({ receivedOn: '2026-04-13', events: [] }, { asOf: '2026-04-13', procedure: complaintHandlingCode, calendar });
    expect(result.stages[0]!.steps[0]!.dueOn).toBe('2026-04-21');
    expect(result.warnings).toEqual([]);
  });
});

describe('a procedure of the caller’s own', () => {
  it('is read from data: a one-stage procedure with a 5-day response', () => {
    const quick = {
      ...childrenAct1989England,
      id: 'quick',
      stages: [{ ...childrenAct1989England.stages[0], requestWindow: null, deadlines: [{ ...childrenAct1989England.stages[0].deadlines[0], workingDays: 5 }] }],
    } satisfies ProcedureDefinition;
    const result: ComplaintAssessment = assessComplaint({ receivedOn: '2024-03-25', events: [] }, { asOf: '2024-03-25', procedure: quick });
    // Mar 26, 27, 28 = 1–3; Easter closed; Apr 2, 3 = 4, 5.
    expect(result.stages.map((s) => s.dueOn)).toEqual(['2024-04-03']);
  });

  it('is checked: a stage that does not end with its response is refused', () => {
    const broken = {
      ...childrenAct1989England,
      stages: [{ ...childrenAct1989England.stages[2], stage: 1, start: childrenAct1989England.stages[0].start, deadlines: [childrenAct1989England.stages[2].deadlines[2], childrenAct1989England.stages[2].deadlines[0]] }],
    } as unknown as ProcedureDefinition;
    expect(() => assessComplaint({ receivedOn: '2024-03-25', events: [] }, { asOf: '2024-03-25', procedure: broken })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'options.procedure.stages[0].deadlines[0].step' }),
    );
  });
});
