/**
 * Matchers for `expect.extend`, in vitest and in jest: `toBeWorkingDay`,
 * `toMeetStatutoryTimescale(stage)` and `toBeWithinRequestWindow(stage)`.
 *
 * @module
 */
import type { WorkingDayCalendar } from '../calendar/calendar';
import { englandAndWales } from '../calendar/englandAndWales';
import { isWorkingDay } from '../calendar/isWorkingDay';
import { parsePlainDate, type DateInput, type PlainDate } from '../calendar/plainDate';
import { dateWithWeekday, whyNotWorking } from '../internal/dayName';
import { fail, type RejectionDetails } from '../rules';
import { latestDateIn } from '../internal/latestDate';
import type { ComplaintAssessment, StageAssessment, StepAssessment } from '../procedure/assessment';
import { assessComplaint } from '../procedure/assessComplaint';
import type { AssessmentConventions, ProcedureDefinition } from '../procedure/definition';
import type { ComplaintTimeline } from '../procedure/timeline';
import { parseComplaintRecords } from '../records/parseComplaintRecords';
import type { ComplaintRecord } from '../records/fields';
import { recordToTimeline } from '../records/timeline';

/**
 * Options of {@link complaintMatchers}' `toBeWorkingDay`.
 *
 * @example
 * ```ts
 * import { createWorkingDayCalendar } from 'children-act-complaints';
 * import type { WorkingDayMatcherOptions } from 'children-act-complaints/testing';
 *
 * const options: WorkingDayMatcherOptions = { calendar: createWorkingDayCalendar({ extraClosedDays: ['2024-12-27'] }) };
 * ```
 */
export interface WorkingDayMatcherOptions {
  /** The calendar to ask; {@link "children-act-complaints"!englandAndWales | englandAndWales} by default. */
  readonly calendar?: WorkingDayCalendar | undefined;
}

/**
 * Options of {@link complaintMatchers}' `toMeetStatutoryTimescale` and
 * `toBeWithinRequestWindow`, used when the value is a timeline or a record
 * (an assessment has already been made with its own).
 *
 * @example
 * ```ts
 * import type { ComplaintMatcherOptions } from 'children-act-complaints/testing';
 *
 * const options: ComplaintMatcherOptions = { asOf: '2025-05-31', conventions: { receipt: 'next-working-day' } };
 * ```
 */
export interface ComplaintMatcherOptions {
  /** The day to assess on; by default the latest date in the timeline or record (the matchers never read the clock). */
  readonly asOf?: DateInput | undefined;
  /** The working-day calendar; {@link "children-act-complaints"!englandAndWales | englandAndWales} by default. */
  readonly calendar?: WorkingDayCalendar | undefined;
  /** The procedure; {@link "children-act-complaints"!childrenAct1989England | childrenAct1989England} by default. */
  readonly procedure?: ProcedureDefinition | undefined;
  /** Choices for the unverified rules; the procedure's defaults by default. */
  readonly conventions?: AssessmentConventions | undefined;
}

/**
 * What a complaint matcher accepts: a {@link "children-act-complaints"!ComplaintTimeline | ComplaintTimeline}, a
 * {@link "children-act-complaints"!ComplaintRecord | ComplaintRecord} (or a raw row {@link "children-act-complaints"!parseComplaintRecords | parseComplaintRecords} would
 * accept, such as a CSV export's labels and UK dates), or a
 * {@link "children-act-complaints"!ComplaintAssessment | ComplaintAssessment} from {@link "children-act-complaints"!assessComplaint | assessComplaint}.
 *
 * @example
 * ```ts
 * import type { ComplaintMatcherInput } from 'children-act-complaints/testing';
 *
 * const timeline: ComplaintMatcherInput = { receivedOn: '2024-03-25', events: [{ type: 'response', stage: 1, date: '2024-04-09' }] };
 * ```
 */
export type ComplaintMatcherInput = ComplaintTimeline | ComplaintRecord | ComplaintAssessment;

/**
 * The matchers' types, for declaration merging with a test runner's
 * assertion type. `children-act-complaints/testing` merges them into the
 * global `jest.Matchers`, which vitest's `Assertion` and `@types/jest` both
 * use, for you.
 *
 * @typeParam R - what the runner's assertion returns
 *
 * @example
 * ```ts
 * // For a runner the package does not merge into, e.g. jest with @jest/globals:
 * import type { ChildrenActComplaintsMatchers } from 'children-act-complaints/testing';
 *
 * declare module 'expect' {
 *   interface Matchers<R> extends ChildrenActComplaintsMatchers<R> {}
 * }
 * ```
 */
export interface ChildrenActComplaintsMatchers<R = unknown> {
  /**
   * Passes when the value (a date string) is a working day: not a weekend,
   * a bank holiday, or a closure day of the calendar given.
   *
   * @param options - `calendar`, {@link "children-act-complaints"!englandAndWales | englandAndWales} by default
   * @returns the runner's assertion result
   */
  toBeWorkingDay(options?: WorkingDayMatcherOptions): R;
  /**
   * Passes when every deadline of the stage was met: the step was done
   * within its working days, or within a notified extension. An open,
   * overdue, withdrawn or unstarted stage fails, and so does a missed soft
   * deadline (the Stage 3 response).
   *
   * @param stage - 1, 2 or 3
   * @param options - for a timeline or record: `asOf`, `calendar`, `procedure`, `conventions`
   * @returns the runner's assertion result
   */
  toMeetStatutoryTimescale(stage: 1 | 2 | 3, options?: ComplaintMatcherOptions): R;
  /**
   * Passes when the request for the stage came on or before the last day of
   * the window that the previous stage's response opened; for a stage not
   * requested, when that window is still open on `asOf`.
   *
   * @param stage - 2 or 3
   * @param options - for a timeline or record: `asOf`, `calendar`, `procedure`, `conventions`
   * @returns the runner's assertion result
   */
  toBeWithinRequestWindow(stage: 2 | 3, options?: ComplaintMatcherOptions): R;
}

/**
 * What the test runner gives a matcher as `this`: only `isNot` is used.
 *
 * @example
 * ```ts
 * import type { MatcherContext } from 'children-act-complaints/testing';
 *
 * const context: MatcherContext = { isNot: false };
 * ```
 */
export interface MatcherContext {
  /** `true` under `.not`. */
  readonly isNot?: boolean | undefined;
}

/**
 * A matcher's verdict, as vitest and jest expect it.
 *
 * @example
 * ```ts
 * import type { MatcherResult } from 'children-act-complaints/testing';
 *
 * const result: MatcherResult = { pass: true, message: () => 'expected 2024-03-29 not to be a working day' };
 * ```
 */
export interface MatcherResult {
  /** Whether the value matched. */
  readonly pass: boolean;
  /** Why the assertion failed, for the test report. */
  readonly message: () => string;
}

function misuse(matcher: string, problem: RejectionDetails['matcher-misuse']['problem'], field: string, value: unknown, example = '', allowed: readonly number[] = []): Error {
  return fail('matcher-misuse', { matcher, problem, allowed, example }, { field, value });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAssessment(value: Record<string, unknown>): value is Record<string, unknown> & ComplaintAssessment {
  return Array.isArray(value['stages']) && typeof value['asOf'] === 'string' && typeof value['procedure'] === 'string';
}

/** The assessment of what the matcher received, and whether its `asOf` was chosen by the caller. */
function assessmentOf(received: unknown, options: unknown, matcher: string): { assessment: ComplaintAssessment; asOfGiven: boolean } {
  if (options !== undefined && !isObject(options)) {
    throw misuse(matcher, 'options', 'options', options, "e.g. { asOf: '2025-05-31' }");
  }
  const given: ComplaintMatcherOptions = options ?? {};
  if (!isObject(received)) {
    throw misuse(matcher, 'received', 'received', received);
  }
  if (isAssessment(received)) {
    if (options !== undefined) {
      throw misuse(matcher, 'already-assessment', 'options', options);
    }
    return { assessment: received, asOfGiven: true };
  }
  let timeline: ComplaintTimeline;
  if (Array.isArray(received['events'])) {
    timeline = received as unknown as ComplaintTimeline;
  } else {
    const { records, rejected } = parseComplaintRecords([received], given.asOf === undefined ? {} : { asOf: given.asOf });
    const record = records[0];
    if (record === undefined) {
      throw fail('matcher-invalid-record', { matcher, problems: (rejected[0]?.issues ?? []).map((issue) => issue.message) }, { field: 'received', value: received });
    }
    timeline = recordToTimeline(record);
  }
  const asOf = given.asOf === undefined ? latestDateIn(timeline, String(timeline.receivedOn)) : parsePlainDate(given.asOf, 'asOf');
  const assessment = assessComplaint(timeline, {
    asOf,
    calendar: given.calendar,
    procedure: given.procedure,
    conventions: given.conventions,
  });
  return { assessment, asOfGiven: given.asOf !== undefined };
}

function checkStage(stage: unknown, allowed: readonly number[], matcher: string): void {
  if (!allowed.includes(stage as number)) {
    throw misuse(matcher, 'stage', 'stage', stage, `${matcher}(${allowed[0] as number})`, allowed);
  }
}

function complaintName(assessment: ComplaintAssessment): string {
  return assessment.id === null ? `the complaint received on ${assessment.receivedOn}` : `complaint ${assessment.id}`;
}

const STEP_WORDS: Readonly<Record<StepAssessment['step'], string>> = {
  acknowledgement: 'acknowledgement',
  panel: 'review panel meeting',
  'panel-report': 'panel’s report',
  response: 'response',
};

/** One step's story: when it was due, when it was done, and how many working days it took. */
function describeStep(step: StepAssessment, asOf: PlainDate): string {
  const due = step.extendedDueOn ?? step.dueOn;
  const dueText = due === null ? 'its deadline is not known yet' : `due by ${dateWithWeekday(due)}${step.extendedDueOn === null ? '' : ' (extended)'}`;
  const soft = step.soft ? '; a soft deadline: the law allows "as soon as reasonably practicable"' : '';
  if (step.doneOn !== null) {
    const counted = step.countsFrom === null ? '' : ` after ${step.countsFrom}`;
    return `the ${STEP_WORDS[step.step]} came on ${dateWithWeekday(step.doneOn)}, ${step.workingDaysTaken ?? '?'} working days${counted} against a limit of ${step.workingDays}; ${dueText}: ${step.status}${soft}`;
  }
  return `no ${STEP_WORDS[step.step]} by ${asOf}; ${dueText}: ${step.status}${soft}`;
}

function stageOf(assessment: ComplaintAssessment, stage: number): StageAssessment | undefined {
  return assessment.stages.find((candidate) => candidate.stage === stage);
}

const MET = new Set(['met', 'met-within-extension']);

function toBeWorkingDay(this: MatcherContext, received: unknown, options?: WorkingDayMatcherOptions): MatcherResult {
  const given: unknown = options;
  if (given !== undefined && !isObject(given)) {
    throw misuse('toBeWorkingDay', 'options', 'options', given, '{ calendar }');
  }
  const calendar = options?.calendar ?? englandAndWales;
  const date = parsePlainDate(received, 'received');
  const pass = isWorkingDay(date, { calendar });
  const reason = whyNotWorking(date, calendar);
  return {
    pass,
    message: () =>
      pass
        ? `expected ${dateWithWeekday(date)} not to be a working day, but it is one in the ${calendar.region} calendar`
        : `expected ${dateWithWeekday(date)} to be a working day, but it is ${reason ?? 'closed'}`,
  };
}

function toMeetStatutoryTimescale(this: MatcherContext, received: unknown, stage: 1 | 2 | 3, options?: ComplaintMatcherOptions): MatcherResult {
  checkStage(stage, [1, 2, 3], 'toMeetStatutoryTimescale');
  const { assessment } = assessmentOf(received, options, 'toMeetStatutoryTimescale');
  const found = stageOf(assessment, stage);
  const who = complaintName(assessment);
  if (found === undefined || found.status === 'not-started') {
    return { pass: false, message: () => `expected ${who} to meet the Stage ${stage} timescale, but Stage ${stage} never started (as of ${assessment.asOf})` };
  }
  const pass = found.steps.length > 0 && found.steps.every((step) => MET.has(step.status));
  const story = found.steps.map((step) => describeStep(step, assessment.asOf)).join('; ');
  const withdrawn = found.withdrawnOn === null ? '' : ` It was withdrawn on ${found.withdrawnOn}.`;
  const started = `Stage ${stage} started on ${found.startedOn ?? '?'}${found.clockStartsOn !== null && found.clockStartsOn !== found.startedOn ? ` (clock from ${found.clockStartsOn})` : ''}`;
  return {
    pass,
    message: () =>
      pass
        ? `expected ${who} not to meet the Stage ${stage} timescale, but it did. ${started}: ${story}.`
        : `expected ${who} to meet the Stage ${stage} timescale, but it is ${found.status}. ${started}: ${story}.${withdrawn}`,
  };
}

function toBeWithinRequestWindow(this: MatcherContext, received: unknown, stage: 2 | 3, options?: ComplaintMatcherOptions): MatcherResult {
  checkStage(stage, [2, 3], 'toBeWithinRequestWindow');
  const { assessment, asOfGiven } = assessmentOf(received, options, 'toBeWithinRequestWindow');
  const who = complaintName(assessment);
  const before = stageOf(assessment, stage - 1);
  const current = stageOf(assessment, stage);
  const expectation = `expected ${who}'s Stage ${stage} request to be within its window`;
  if (before === undefined || before.respondedOn === null) {
    return { pass: false, message: () => `${expectation}, but Stage ${stage - 1} has no response (as of ${assessment.asOf}), so the window has not opened` };
  }
  const closes = before.requestWindowClosesOn;
  if (closes === null) {
    return { pass: false, message: () => `${expectation}, but Stage ${stage - 1} ended without a window to ask for Stage ${stage} (its outcome: ${before.outcome ?? 'none'})` };
  }
  const opened = `Stage ${stage - 1}'s response on ${dateWithWeekday(before.respondedOn)} opened a window that closes on ${dateWithWeekday(closes)}`;
  const requested = current?.startedOn ?? null;
  if (requested !== null) {
    const pass = requested <= closes;
    return {
      pass,
      message: () => `${pass ? expectation.replace('to be within', 'not to be within') : expectation}, but it was made on ${dateWithWeekday(requested)}. ${opened}.`,
    };
  }
  if (!asOfGiven) {
    throw misuse(`toBeWithinRequestWindow(${stage})`, 'as-of-needed', 'asOf', undefined, `toBeWithinRequestWindow(${stage}, { asOf: '${closes}' })`);
  }
  const pass = assessment.asOf <= closes;
  return {
    pass,
    message: () => `expected the window to ask for Stage ${stage} of ${who} ${pass ? 'to have closed' : 'to be open'} on ${assessment.asOf}, but it ${pass ? 'is still open' : 'had closed'}. ${opened}.`,
  };
}

// A type alias, not an interface: expect.extend wants an object type with an implicit index signature.
/**
 * The type of {@link complaintMatchers}: each matcher as `expect.extend`
 * receives it.
 *
 * @example
 * ```ts
 * import { complaintMatchers, type ComplaintMatchers } from 'children-act-complaints/testing';
 *
 * const matchers: ComplaintMatchers = complaintMatchers;
 * matchers.toBeWorkingDay.call({ isNot: false }, '2024-12-25').pass; // false
 * ```
 */
export type ComplaintMatchers = {
  /**
   * `expect(date).toBeWorkingDay(options?)`: the value is a date string, a
   * working day of `options.calendar` ({@link "children-act-complaints"!englandAndWales | englandAndWales} by default).
   * The failure names the weekday and why the day is closed.
   */
  readonly toBeWorkingDay: (this: MatcherContext, received: unknown, options?: WorkingDayMatcherOptions) => MatcherResult;
  /**
   * `expect(complaint).toMeetStatutoryTimescale(stage, options?)`: every
   * deadline of the stage was met, within its limit or a notified extension.
   */
  readonly toMeetStatutoryTimescale: (this: MatcherContext, received: unknown, stage: 1 | 2 | 3, options?: ComplaintMatcherOptions) => MatcherResult;
  /**
   * `expect(complaint).toBeWithinRequestWindow(stage, options?)`: the request
   * for Stage 2 or 3 came within the window the previous response opened; for
   * a stage not requested, the window is still open on `asOf`.
   */
  readonly toBeWithinRequestWindow: (this: MatcherContext, received: unknown, stage: 2 | 3, options?: ComplaintMatcherOptions) => MatcherResult;
};

/**
 * The matchers, for `expect.extend(complaintMatchers)` in vitest or jest:
 *
 * - `expect(date).toBeWorkingDay(options?)`: the value is a date string; the
 *   failure message names the weekday and why the day is closed ("Good
 *   Friday", "a Saturday", a closure day of the calendar).
 * - `expect(complaint).toMeetStatutoryTimescale(stage, options?)`: every
 *   deadline of the stage was met, within the limit or a notified extension.
 * - `expect(complaint).toBeWithinRequestWindow(stage, options?)`: the request
 *   for Stage 2 or 3 came on or before the last day of its window; for a
 *   stage not yet requested, the window is still open on `asOf`.
 *
 * A complaint is a timeline, a record (a raw export row is checked with
 * {@link "children-act-complaints"!parseComplaintRecords | parseComplaintRecords} first), or an assessment. A timeline or
 * record is assessed with {@link "children-act-complaints"!assessComplaint | assessComplaint} on `options.asOf`, by
 * default the latest date in it (the matchers never read the clock).
 * Failure messages give the dates, the working days taken and the limit.
 * Misuse (a malformed date, an invalid record, a stage that does not exist)
 * throws the library's typed error, so the test fails under `.not` too.
 *
 * @example
 * ```ts
 * import { expect, test } from 'vitest';
 * import { complaintMatchers } from 'children-act-complaints/testing';
 *
 * expect.extend(complaintMatchers);
 *
 * test('a Stage 1 answer in 9 working days across Easter', () => {
 *   const timeline = {
 *     receivedOn: '2024-03-25',
 *     events: [
 *       { type: 'response', stage: 1, date: '2024-04-09', outcome: 'upheld' },
 *       { type: 'stage-requested', stage: 2, date: '2024-05-07' },
 *     ],
 *   } as const;
 *   expect('2024-04-09').toBeWorkingDay();
 *   expect('2024-03-29').not.toBeWorkingDay(); // Good Friday
 *   expect(timeline).toMeetStatutoryTimescale(1);
 *   expect(timeline).toBeWithinRequestWindow(2); // the window closed on 2024-05-08
 * });
 * // expect('2024-03-29').toBeWorkingDay() fails with:
 * // expected 2024-03-29 (Friday) to be a working day, but it is Good Friday
 * ```
 */
export const complaintMatchers: ComplaintMatchers = {
  toBeWorkingDay,
  toMeetStatutoryTimescale,
  toBeWithinRequestWindow,
};
