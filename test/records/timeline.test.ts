import { describe, expect, it } from 'vitest';
import { assessComplaint, ChildrenActComplaintsError, InvalidInputError, parseComplaintRecords, recordToTimeline, TimelineError, timelineToRecordFacts, type ComplaintRecord } from '../../src/index';

const [full] = parseComplaintRecords([
  {
    id: 'C-2024-031',
    receivedOn: '2024-04-02',
    groundsAroseOn: '2024-01-15',
    serviceArea: 'LAC',
    stage1: { acknowledgedOn: '2024-04-03', extensionNotifiedOn: '2024-04-12', extendedLimitWorkingDays: 20, extensionReason: 'complex', respondedOn: '2024-04-30', outcome: 'Not upheld' },
    stage2: { requestedOn: '2024-05-07', statementAgreedOn: '2024-05-14', respondedOn: '2024-06-20', outcome: 'Partly upheld', findings: [{ point: 'Contact', outcome: 'Upheld' }] },
    stage3: { requestedOn: '2024-07-01', panelHeldOn: '2024-07-25', panelReportReceivedOn: '2024-07-30', respondedOn: '2024-08-15', outcome: 'Upheld' },
    deferrals: [{ from: '2024-04-05', to: '2024-04-09', reason: 'police investigation' }],
    ombudsman: { referredOn: '2024-09-01', decidedOn: '2024-10-01', decision: 'Upheld – maladministration & injustice' },
  },
]).records as [ComplaintRecord];

describe('recordToTimeline', () => {
  it('turns every dated fact into a timeline event', () => {
    expect(recordToTimeline(full)).toEqual({
      id: 'C-2024-031',
      receivedOn: '2024-04-02',
      groundsAroseOn: '2024-01-15',
      events: [
        { type: 'acknowledged', stage: 1, date: '2024-04-03' },
        { type: 'extension-notified', stage: 1, date: '2024-04-12', workingDays: 20, reason: 'complex' },
        { type: 'response', stage: 1, date: '2024-04-30', outcome: 'not-upheld' },
        { type: 'stage-requested', stage: 2, date: '2024-05-07' },
        { type: 'statement-agreed', date: '2024-05-14' },
        { type: 'response', stage: 2, date: '2024-06-20', outcome: 'partly-upheld' },
        { type: 'stage-requested', stage: 3, date: '2024-07-01' },
        { type: 'panel-held', date: '2024-07-25' },
        { type: 'panel-report-received', date: '2024-07-30' },
        { type: 'response', stage: 3, date: '2024-08-15', outcome: 'upheld' },
        { type: 'deferred', date: '2024-04-05', reason: 'police investigation' },
        { type: 'resumed', date: '2024-04-09' },
        { type: 'ombudsman-referred', date: '2024-09-01' },
        { type: 'ombudsman-decision', date: '2024-10-01', decision: 'upheld-maladministration-and-injustice', label: 'Upheld – maladministration & injustice' },
      ],
    });
    expect(Object.isFrozen(recordToTimeline(full).events[0])).toBe(true);
  });

  it('gives the engine a timeline it can assess', () => {
    const assessment = assessComplaint(recordToTimeline(full), { asOf: '2024-12-31' });
    expect(assessment.stages.map((stage) => stage.stage)).toEqual([1, 2, 3]);
  });

  it('is undone by timelineToRecordFacts', () => {
    const { complaintType: _t, source: _s, serviceArea: _a, ...facts } = full;
    const { findings: _f, ...stage2 } = facts.stage2 ?? {};
    expect(timelineToRecordFacts(recordToTimeline(full))).toEqual({ ...facts, stage2 });
  });

  it.each([null, 'C-1', {}, { receivedOn: '2024-04-02' }, { receivedOn: '2024-04-02', stage1: {}, deferrals: 'none' }, { receivedOn: '2024-04-02', stage1: {}, deferrals: [], stage2: 5 }])(
    'refuses %j with INVALID_RECORD',
    (value) => {
      expect(() => recordToTimeline(value as unknown as ComplaintRecord)).toThrow(ChildrenActComplaintsError);
      expect(() => recordToTimeline(value as unknown as ComplaintRecord)).toThrow(/INVALID_RECORD/);
    },
  );
});

describe('timelineToRecordFacts', () => {
  it('reads events in any order, pairing holds by date', () => {
    expect(
      timelineToRecordFacts({
        receivedOn: '2024-04-02',
        events: [
          { type: 'resumed', date: '2024-04-20' },
          { type: 'deferred', date: '2024-04-15' },
          { type: 'resumed', date: '2024-04-10' },
          { type: 'deferred', date: '2024-04-05', reason: 'court' },
          { type: 'withdrawn', date: '2024-04-25' },
        ],
      }),
    ).toEqual({
      receivedOn: '2024-04-02',
      stage1: {},
      deferrals: [
        { from: '2024-04-05', to: '2024-04-10', reason: 'court' },
        { from: '2024-04-15', to: '2024-04-20' },
      ],
      withdrawnOn: '2024-04-25',
    });
  });

  it.each([
    ['two Stage 1 responses', [{ type: 'response', stage: 1, date: '2024-04-05' }, { type: 'response', stage: 1, date: '2024-04-06' }], 'duplicate-event'],
    ['a Stage 2 response without its request', [{ type: 'response', stage: 2, date: '2024-04-05' }], 'stage-not-started'],
    ['a hold inside a hold', [{ type: 'deferred', date: '2024-04-05' }, { type: 'deferred', date: '2024-04-06' }], 'deferral-while-deferred'],
    ['a resumption without a hold', [{ type: 'resumed', date: '2024-04-05' }], 'resumed-without-deferral'],
    ['two withdrawals', [{ type: 'withdrawn', date: '2024-04-05' }, { type: 'withdrawn', date: '2024-04-06' }], 'duplicate-event'],
  ] as const)('refuses %s with a TimelineError', (_name, events, rule) => {
    let caught: unknown;
    try {
      timelineToRecordFacts({ receivedOn: '2024-04-02', events });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TimelineError);
    expect((caught as TimelineError).rule).toBe(rule);
    expect((caught as TimelineError).eventIndex).not.toBeNull();
  });

  it('refuses a value that is not a timeline', () => {
    expect(() => timelineToRecordFacts({ receivedOn: '02/04/2024', events: [] })).toThrow(InvalidInputError);
  });
});
