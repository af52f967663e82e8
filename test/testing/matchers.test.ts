import { beforeAll, describe, expect, it } from 'vitest';
import { assessComplaint, createWorkingDayCalendar, type ComplaintTimeline } from '../../src/index';
import { complaintMatchers, type MatcherResult } from '../../src/testing/index';

beforeAll(() => {
  expect.extend(complaintMatchers);
});

/** Received the Monday before Easter 2024: Stage 1 due 2024-04-10, the Stage 2 window after a 2024-04-09 answer closes 2024-05-08. */
const answeredInTime: ComplaintTimeline = {
  id: 'C-1',
  receivedOn: '2024-03-25',
  events: [
    { type: 'response', stage: 1, date: '2024-04-09', outcome: 'upheld' },
    { type: 'stage-requested', stage: 2, date: '2024-05-08' },
  ],
};

const answeredLate: ComplaintTimeline = {
  id: 'C-2',
  receivedOn: '2024-03-25',
  events: [
    { type: 'response', stage: 1, date: '2024-04-19', outcome: 'partly-upheld' },
    { type: 'stage-requested', stage: 2, date: '2024-05-21' },
  ],
};

describe('toBeWorkingDay', () => {
  it('passes for a working day and names the closed day when it fails', () => {
    expect('2024-04-09').toBeWorkingDay();
    expect('2024-03-29').not.toBeWorkingDay();
    expect(() => expect('2024-03-29').toBeWorkingDay()).toThrow('expected 2024-03-29 (Friday) to be a working day, but it is Good Friday');
    expect(() => expect('2024-03-30').toBeWorkingDay()).toThrow('but it is a Saturday');
    expect(() => expect('2024-04-09').not.toBeWorkingDay()).toThrow('expected 2024-04-09 (Tuesday) not to be a working day');
  });

  it('asks the calendar given, naming its closure days', () => {
    const calendar = createWorkingDayCalendar({ extraClosedDays: [{ date: '2024-12-27', name: 'Council closure' }] });
    expect('2024-12-27').toBeWorkingDay();
    expect(() => expect('2024-12-27').toBeWorkingDay({ calendar })).toThrow('Council closure (a closure day of this calendar)');
  });

  it('throws the typed error for a value that is not a date, under .not too', () => {
    expect(() => expect('2023-02-29').toBeWorkingDay()).toThrow(/INVALID_DATE/);
    expect(() => expect('2023-02-29').not.toBeWorkingDay()).toThrow(/INVALID_DATE/);
  });
});

describe('toMeetStatutoryTimescale', () => {
  it('reads a timeline, a record, a raw export row or an assessment', () => {
    expect(answeredInTime).toMeetStatutoryTimescale(1);
    expect(answeredLate).not.toMeetStatutoryTimescale(1);
    const row = { id: 'C-3', receivedOn: '25/03/2024', serviceArea: 'Children in Need', stage1: { respondedOn: '09/04/2024', outcome: 'Upheld' } };
    expect(row).toMeetStatutoryTimescale(1);
    expect(assessComplaint(answeredInTime, { asOf: '2024-05-31' })).toMeetStatutoryTimescale(1);
  });

  it('gives the dates, the working days taken and the limit when it fails', () => {
    expect(() => expect(answeredLate).toMeetStatutoryTimescale(1)).toThrow(
      'expected complaint C-2 to meet the Stage 1 timescale, but it is late. Stage 1 started on 2024-03-25: the response came on 2024-04-19 (Friday), 17 working days after 2024-03-25 against a limit of 10; due by 2024-04-10 (Wednesday): late.',
    );
  });

  it('accepts an answer within a notified extension', () => {
    const extended: ComplaintTimeline = {
      receivedOn: '2024-03-25',
      events: [
        { type: 'extension-notified', stage: 1, date: '2024-04-08', workingDays: 20 },
        { type: 'response', stage: 1, date: '2024-04-19' },
      ],
    };
    expect(extended).toMeetStatutoryTimescale(1);
  });

  it('fails an open stage, saying what is due, and a stage never started', () => {
    const open: ComplaintTimeline = { id: 'C-4', receivedOn: '2024-03-25', events: [] };
    expect(() => expect(open).toMeetStatutoryTimescale(1, { asOf: '2024-04-30' })).toThrow('no response by 2024-04-30; due by 2024-04-10 (Wednesday): overdue');
    expect(() => expect(open).toMeetStatutoryTimescale(2)).toThrow('Stage 2 never started');
  });

  it('checks every step of Stage 3 and flags a missed soft deadline', () => {
    const panel: ComplaintTimeline = {
      receivedOn: '2024-01-08',
      events: [
        { type: 'response', stage: 1, date: '2024-01-19' },
        { type: 'stage-requested', stage: 2, date: '2024-01-22' },
        { type: 'response', stage: 2, date: '2024-02-23' },
        { type: 'stage-requested', stage: 3, date: '2024-02-26' },
        { type: 'panel-held', date: '2024-03-20' },
        { type: 'panel-report-received', date: '2024-03-25' },
        { type: 'response', stage: 3, date: '2024-05-10' },
      ],
    };
    expect(panel).not.toMeetStatutoryTimescale(3);
    expect(() => expect(panel).toMeetStatutoryTimescale(3)).toThrow('a soft deadline');
    expect(panel).toMeetStatutoryTimescale(2);
  });

  it('throws for a stage that does not exist and for an invalid record', () => {
    // @ts-expect-error: there is no Stage 4
    expect(() => expect(answeredInTime).toMeetStatutoryTimescale(4)).toThrow(/INVALID_ARGUMENT: toMeetStatutoryTimescale needs the stage number/);
    expect(() => expect({ id: 'X', receivedOn: '31/02/2024', serviceArea: 'CIN' }).not.toMeetStatutoryTimescale(1)).toThrow(/INVALID_RECORD/);
    expect(() => expect(assessComplaint(answeredInTime, { asOf: '2024-05-31' })).toMeetStatutoryTimescale(1, { asOf: '2024-06-01' })).toThrow(/already an assessment/);
  });
});

describe('toBeWithinRequestWindow', () => {
  it('compares the request with the window the previous response opened', () => {
    expect(answeredInTime).toBeWithinRequestWindow(2);
    expect(answeredLate).not.toBeWithinRequestWindow(2);
    expect(() => expect(answeredLate).toBeWithinRequestWindow(2)).toThrow(
      "expected complaint C-2's Stage 2 request to be within its window, but it was made on 2024-05-21 (Tuesday). Stage 1's response on 2024-04-19 (Friday) opened a window that closes on 2024-05-20 (Monday).",
    );
  });

  it('asks whether the window is still open on asOf when the stage was not requested', () => {
    const answered: ComplaintTimeline = { receivedOn: '2024-03-25', events: [{ type: 'response', stage: 1, date: '2024-04-19' }] };
    expect(answered).toBeWithinRequestWindow(2, { asOf: '2024-05-20' });
    expect(answered).not.toBeWithinRequestWindow(2, { asOf: '2024-05-21' });
    expect(() => expect(answered).toBeWithinRequestWindow(2)).toThrow(/Pass \{ asOf \}/);
  });

  it('fails when the previous stage has not been answered', () => {
    expect(() => expect({ receivedOn: '2024-03-25', events: [] }).toBeWithinRequestWindow(2)).toThrow('Stage 1 has no response');
  });
});

describe('the matchers as jest calls them', () => {
  it('return { pass, message } with this = the matcher context', () => {
    const result: MatcherResult = complaintMatchers.toBeWorkingDay.call({ isNot: false }, '2024-03-29');
    expect(result.pass).toBe(false);
    expect(result.message()).toBe('expected 2024-03-29 (Friday) to be a working day, but it is Good Friday');
    expect(complaintMatchers.toMeetStatutoryTimescale.call({ isNot: true }, answeredInTime, 1).pass).toBe(true);
  });
});
