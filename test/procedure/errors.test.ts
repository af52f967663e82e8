import { describe, expect, it } from 'vitest';
import { assessComplaint, complaintHandlingCode, CoverageError, createWorkingDayCalendar, InvalidInputError, OutOfRangeError, safeAssessComplaint, TimelineError, type ComplaintTimeline, type TimelineEvent } from '../../src/index';

const asOf = '2024-12-31';
const stage1Answered: TimelineEvent = { type: 'response', stage: 1, date: '2024-05-10', outcome: 'not-upheld' };
const stage2Asked: TimelineEvent = { type: 'stage-requested', stage: 2, date: '2024-05-20' };

function timelineErrorOf(timeline: unknown, options: Record<string, unknown> = { asOf }): TimelineError {
  try {
    assessComplaint(timeline as ComplaintTimeline, options as { asOf: string });
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineError);
    return error as TimelineError;
  }
  throw new Error('expected a TimelineError');
}

const at = (events: readonly unknown[], receivedOn = '2024-05-01') => ({ receivedOn, events }) as ComplaintTimeline;

describe('wrong timelines throw a TimelineError naming the event, its type and the rule', () => {
  it.each<[string, unknown, number | null, string | null, string]>([
    ['a response before receipt', at([{ type: 'response', stage: 1, date: '2024-04-30' }]), 0, 'response', 'response-before-start'],
    ['another event before receipt', at([{ type: 'deferred', date: '2024-04-30' }]), 0, 'deferred', 'event-before-receipt'],
    ['Stage 2 without a Stage 1 response', at([stage2Asked]), 0, 'stage-requested', 'stage-without-previous-response'],
    [
      'Stage 2 asked for before the Stage 1 response',
      at([{ ...stage2Asked, date: '2024-05-09' }, stage1Answered]),
      0,
      'stage-requested',
      'request-before-previous-response',
    ],
    ['a Stage 2 response with no request', at([stage1Answered, { type: 'response', stage: 2, date: '2024-06-01' }]), 1, 'response', 'stage-not-started'],
    [
      'a Stage 2 response before its request',
      at([stage1Answered, stage2Asked, { type: 'response', stage: 2, date: '2024-05-15' }]),
      2,
      'response',
      'response-before-start',
    ],
    ['an unknown stage', at([{ type: 'response', stage: 4, date: '2024-05-02' }]), 0, 'response', 'unknown-stage'],
    ['an unknown event type', at([{ type: 'closed', date: '2024-05-02' }]), 0, 'closed', 'unknown-event-type'],
    ['two responses to one stage', at([stage1Answered, { ...stage1Answered, date: '2024-05-12' }]), 1, 'response', 'duplicate-response'],
    ['two requests for one stage', at([stage1Answered, stage2Asked, { ...stage2Asked, date: '2024-05-21' }]), 2, 'stage-requested', 'duplicate-stage-request'],
    ['a panel with no Stage 3', at([{ type: 'panel-held', date: '2024-05-02' }]), 0, 'panel-held', 'event-outside-stage'],
    ['two panels', at([{ type: 'panel-held', date: '2024-05-02' }, { type: 'panel-held', date: '2024-05-03' }]), 1, 'panel-held', 'duplicate-event'],
    ['a date after asOf', at([{ type: 'response', stage: 1, date: '2025-01-02' }]), 0, 'response', 'date-after-as-of'],
    ['receipt after asOf', at([], '2025-01-02'), null, null, 'date-after-as-of'],
    ['resumed without a hold', at([{ type: 'resumed', date: '2024-05-03' }]), 0, 'resumed', 'resumed-without-deferral'],
    ['a second hold while on hold', at([{ type: 'deferred', date: '2024-05-02' }, { type: 'deferred', date: '2024-05-03' }]), 1, 'deferred', 'deferral-while-deferred'],
    ['a hold between stages', at([stage1Answered, { type: 'deferred', date: '2024-05-13' }]), 1, 'deferred', 'deferral-outside-open-stage'],
    [
      'a resume after the response that ended the hold',
      at([{ type: 'deferred', date: '2024-05-02' }, stage1Answered, { type: 'resumed', date: '2024-05-13' }]),
      2,
      'resumed',
      'resumed-without-deferral',
    ],
    ['an extension after the response', at([stage1Answered, { type: 'extension-notified', stage: 1, date: '2024-05-13' }]), 1, 'extension-notified', 'event-outside-stage'],
    ['an extension to a Stage 2 never asked for', at([{ type: 'extension-notified', stage: 2, date: '2024-05-13' }]), 0, 'extension-notified', 'event-outside-stage'],
    ['an extension that does not extend', at([{ type: 'extension-notified', stage: 1, date: '2024-05-02', workingDays: 10 }]), 0, 'extension-notified', 'extension-not-longer'],
    [
      'a second extension shorter than the first',
      at([
        { type: 'extension-notified', stage: 1, date: '2024-05-02', workingDays: 18 },
        { type: 'extension-notified', stage: 1, date: '2024-05-03', workingDays: 15 },
      ]),
      1,
      'extension-notified',
      'extension-not-longer',
    ],
    ['a statement before Stage 2', at([{ type: 'statement-agreed', date: '2024-05-02' }]), 0, 'statement-agreed', 'event-outside-stage'],
    [
      'a panel report before the panel met',
      at([stage1Answered, stage2Asked, { type: 'response', stage: 2, date: '2024-06-10' }, { type: 'stage-requested', stage: 3, date: '2024-06-12' }, { type: 'panel-report-received', date: '2024-06-20' }]),
      4,
      'panel-report-received',
      'step-missing',
    ],
    [
      'a council response to a panel report never received',
      at([
        stage1Answered,
        stage2Asked,
        { type: 'response', stage: 2, date: '2024-06-10' },
        { type: 'stage-requested', stage: 3, date: '2024-06-12' },
        { type: 'panel-held', date: '2024-07-01' },
        { type: 'response', stage: 3, date: '2024-07-20' },
      ]),
      5,
      'response',
      'step-missing',
    ],
    ['two withdrawals', at([{ type: 'withdrawn', date: '2024-05-02' }, { type: 'withdrawn', date: '2024-05-03' }]), 1, 'withdrawn', 'duplicate-withdrawal'],
    ['a response after withdrawal', at([{ type: 'withdrawn', date: '2024-05-02' }, stage1Answered]), 1, 'response', 'event-after-withdrawal'],
    [
      'a Stage 2 request after a response withdrawn',
      at([{ ...stage1Answered, outcome: 'withdrawn' }, stage2Asked]),
      1,
      'stage-requested',
      'event-after-withdrawal',
    ],
    ['an Ombudsman decision with no referral', at([{ type: 'ombudsman-decision', date: '2024-06-01', decision: 'upheld' }]), 0, 'ombudsman-decision', 'ombudsman-decision-without-referral'],
    [
      'a second Ombudsman referral awaiting a decision',
      at([stage1Answered, { type: 'ombudsman-referred', date: '2024-06-01' }, { type: 'ombudsman-referred', date: '2024-06-02' }]),
      2,
      'ombudsman-referred',
      'duplicate-ombudsman-referral',
    ],
  ])('%s', (_, timeline, eventIndex, eventType, rule) => {
    const error = timelineErrorOf(timeline);
    expect(error.code).toBe('INVALID_TIMELINE');
    expect({ eventIndex: error.eventIndex, eventType: error.eventType, rule: error.rule }).toEqual({ eventIndex, eventType, rule });
    expect(error.fix.length).toBeGreaterThan(10);
    expect(error.message).toMatch(/^\[children-act-complaints\] INVALID_TIMELINE: /);
  });

  it('names the event by its index in the input, whatever the order', () => {
    const error = timelineErrorOf(at([{ type: 'withdrawn', date: '2024-06-01' }, stage1Answered, { type: 'response', stage: 1, date: '2024-04-01' }]));
    expect(error).toMatchObject({ eventIndex: 2, rule: 'response-before-start', field: 'events[2].date', value: '2024-04-01' });
    expect(error.message).toContain('event 2 (response, stage 1, 2024-04-01)');
  });

  it('refuses grounds arising after receipt', () => {
    expect(timelineErrorOf({ receivedOn: '2024-05-01', groundsAroseOn: '2024-05-02', events: [] })).toMatchObject({
      rule: 'grounds-after-receipt',
      field: 'groundsAroseOn',
      eventIndex: null,
    });
  });

  it('refuses a Stage 3 or a hold under the Complaint Handling Code', () => {
    const options = { asOf, procedure: complaintHandlingCode };
    const stage3 = timelineErrorOf(at([{ type: 'stage-requested', stage: 3, date: '2024-05-02' }]), options);
    expect(stage3).toMatchObject({ rule: 'unknown-stage', field: 'events[0].stage' });
    expect(timelineErrorOf(at([{ type: 'panel-held', date: '2024-05-02' }]), options).rule).toBe('unknown-stage');
    expect(timelineErrorOf(at([{ type: 'deferred', date: '2024-05-02' }]), options).rule).toBe('deferral-not-in-procedure');
    expect(timelineErrorOf(at([{ type: 'response', stage: 1, date: '2024-05-09' }]), options).rule).toBe('step-missing');
  });
});

describe('malformed input throws typed input errors', () => {
  it('reports a malformed date with its field', () => {
    expect(() => assessComplaint(at([{ type: 'withdrawn', date: '02/05/2024' }]) as ComplaintTimeline, { asOf })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'events[0].date', value: '02/05/2024' }),
    );
    expect(() => assessComplaint(at([], '2024-02-30') as ComplaintTimeline, { asOf })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', field: 'receivedOn' }));
  });

  it('refuses unknown keys instead of dropping them', () => {
    expect(() => assessComplaint({ receivedOn: '2024-05-01', events: [{ type: 'withdrawn', date: '2024-05-02', note: 'x' }] } as never, { asOf })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'events[0]', value: ['note'] }),
    );
  });

  it('refuses an outcome outside the canonical list', () => {
    expect(() => assessComplaint(at([{ type: 'response', stage: 1, date: '2024-05-02', outcome: 'Upheld' }]) as ComplaintTimeline, { asOf })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'events[0].outcome' }),
    );
  });

  it('refuses a fractional extension length', () => {
    expect(() => assessComplaint(at([{ type: 'extension-notified', stage: 1, date: '2024-05-02', workingDays: 12.5 }]) as ComplaintTimeline, { asOf })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', field: 'events[0].workingDays' }),
    );
  });

  it('says how many more problems there are, and lists each in safeAssessComplaint', () => {
    const bad = { receivedOn: '2024-02-30', events: [{ type: 'response', stage: 4, date: '2024-03-01' }, 7] } as never;
    expect(() => assessComplaint(bad, { asOf })).toThrow(/\(and 2 more problems, at events\[0\]\.stage, events\[1\]\)/);
    const result = safeAssessComplaint(bad, { asOf });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((e) => [e.code, e.field])).toEqual([
        ['INVALID_DATE', 'receivedOn'],
        ['INVALID_TIMELINE', 'events[0].stage'],
        ['INVALID_ARGUMENT', 'events[1]'],
      ]);
    }
  });

  it('refuses a timeline that is not an object', () => {
    expect(() => assessComplaint(null as never, { asOf })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'timeline' }));
  });

  it('refuses dates outside 2000–2099, and beyond a strict calendar’s data', () => {
    expect(() => assessComplaint(at([], '1999-12-31'), { asOf })).toThrow(OutOfRangeError);
    const strict = createWorkingDayCalendar({ strict: true });
    expect(() => assessComplaint(at([], '2027-12-20'), { asOf: '2027-12-20', calendar: strict })).toThrow(CoverageError);
  });
});

describe('bad options', () => {
  it.each<[string, unknown, string, string]>([
    ['no options', undefined, 'INVALID_ARGUMENT', 'options'],
    ['no asOf', {}, 'INVALID_DATE', 'options.asOf'],
    ['a Date asOf', { asOf: new Date() }, 'INVALID_DATE', 'options.asOf'],
    ['an unknown option', { asOf, calender: 'x' }, 'INVALID_ARGUMENT', 'options.calender'],
    ['a bad calendar', { asOf, calendar: {} }, 'INVALID_ARGUMENT', 'options.calendar'],
    ['an unknown convention', { asOf, conventions: { reciept: 'as-received' } }, 'INVALID_ARGUMENT', 'options.conventions.reciept'],
    ['a bad convention choice', { asOf, conventions: { receipt: 'monday' } }, 'INVALID_ARGUMENT', 'options.conventions.receipt'],
    ['a procedure of the wrong shape', { asOf, procedure: { id: 'x' } }, 'INVALID_ARGUMENT', 'options.procedure.title'],
  ])('%s', (_, options, code, field) => {
    expect(() => assessComplaint(at([]), options as never)).toThrow(expect.objectContaining({ code, field }));
    try {
      assessComplaint(at([]), options as never);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
    }
  });
});
