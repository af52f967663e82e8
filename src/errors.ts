/**
 * The library's error catalogue.
 *
 * Every failure the library raises is an instance of
 * {@link ChildrenActComplaintsError} (or one of its subclasses) carrying a
 * stable string `code`, the offending `field`, and a `fix` that tells the
 * caller what to do. Messages are prefixed with the library's name so they
 * can be found in a council app's logs.
 *
 * @module
 */

/**
 * Every error code the library can raise, with what it means.
 *
 * | Code | Raised when |
 * |---|---|
 * | `INVALID_DATE` | a value is not a real calendar date written `YYYY-MM-DD` |
 * | `INVALID_TIMESTAMP` | an instant is not a valid `Date` or ISO timestamp with an offset |
 * | `INVALID_AMOUNT` | a working-day amount is not a finite whole number |
 * | `INVALID_ARGUMENT` | an argument or option has the wrong type or shape |
 * | `OUT_OF_RANGE` | a date, or a result, falls outside 2000-01-01 to 2099-12-31 |
 * | `OUTSIDE_OFFICIAL_DATA` | a strict calendar is asked about a date its official data does not cover |
 * | `INVALID_TIMELINE` | a complaint timeline breaks a rule of the procedure (events out of order, a stage without its predecessor, …) |
 * | `UNKNOWN_LABEL` | a label (outcome, complaint type, source, …) cannot be mapped to a canonical value |
 * | `INVALID_RECORD` | a complaint record fails validation |
 * | `INVALID_REPORT_OPTIONS` | options passed to a report builder are inconsistent |
 *
 * See docs/errors.md for what raises each code, its fields and the fix.
 *
 * @example
 * ```ts
 * import { parsePlainDate, ChildrenActComplaintsError, type ErrorCode } from 'children-act-complaints';
 *
 * let code: ErrorCode | undefined;
 * try {
 *   parsePlainDate('31/02/2024');
 * } catch (error) {
 *   if (error instanceof ChildrenActComplaintsError) code = error.code;
 * }
 * code; // 'INVALID_DATE'
 * ```
 */
export type ErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_TIMESTAMP'
  | 'INVALID_AMOUNT'
  | 'INVALID_ARGUMENT'
  | 'OUT_OF_RANGE'
  | 'OUTSIDE_OFFICIAL_DATA'
  | 'INVALID_TIMELINE'
  | 'UNKNOWN_LABEL'
  | 'INVALID_RECORD'
  | 'INVALID_REPORT_OPTIONS';

/**
 * The details every library error carries.
 *
 * @example
 * ```ts
 * import { InvalidInputError, type ErrorDetails } from 'children-act-complaints';
 *
 * const details: ErrorDetails = { field: 'amount', value: 2.5, fix: 'Pass a whole number of working days.' };
 * new InvalidInputError('INVALID_AMOUNT', 'Expected a whole number.', details).field; // 'amount'
 * ```
 */
export interface ErrorDetails {
  /** The name of the argument, option or record field at fault, e.g. `'amount'` or `'events[2].date'`. */
  readonly field: string;
  /** The offending value, when it is safe and useful to show. */
  readonly value?: unknown;
  /** What the caller should do about it. */
  readonly fix: string;
}

const PREFIX = '[children-act-complaints]';

/**
 * Base class of every error the library throws.
 *
 * @example
 * ```ts
 * import { addWorkingDays, ChildrenActComplaintsError } from 'children-act-complaints';
 *
 * try {
 *   addWorkingDays('2023-02-29', 10);
 * } catch (error) {
 *   if (error instanceof ChildrenActComplaintsError) {
 *     console.log(error.code, error.field); // "INVALID_DATE" "date"
 *   }
 * }
 * ```
 */
export class ChildrenActComplaintsError extends Error {
  /** A stable, machine-readable code from {@link ErrorCode}. */
  readonly code: ErrorCode;
  /** The argument, option or field at fault. */
  readonly field: string;
  /** The offending value, where it helps. */
  readonly value: unknown;
  /** What to do about it. */
  readonly fix: string;

  /**
   * @param code - the error code
   * @param problem - one sentence saying what is wrong
   * @param details - the field, the value and the fix
   */
  constructor(code: ErrorCode, problem: string, details: ErrorDetails) {
    super(`${PREFIX} ${code}: ${problem} (${details.field}) ${details.fix}`);
    this.name = new.target.name;
    this.code = code;
    this.field = details.field;
    this.value = details.value;
    this.fix = details.fix;
  }
}

/**
 * Raised for malformed input: impossible dates, wrong types, bad amounts, bad options.
 * Codes: `INVALID_DATE`, `INVALID_TIMESTAMP`, `INVALID_AMOUNT`, `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * import { parsePlainDate, InvalidInputError } from 'children-act-complaints';
 *
 * try {
 *   parsePlainDate('01/02/2023');
 * } catch (error) {
 *   console.log(error instanceof InvalidInputError); // true
 * }
 * ```
 */
export class InvalidInputError extends ChildrenActComplaintsError {
  declare readonly code: 'INVALID_DATE' | 'INVALID_TIMESTAMP' | 'INVALID_AMOUNT' | 'INVALID_ARGUMENT';
  /**
   * @param code - one of the input codes
   * @param problem - what is wrong
   * @param details - field, value and fix
   */
  constructor(
    code: 'INVALID_DATE' | 'INVALID_TIMESTAMP' | 'INVALID_AMOUNT' | 'INVALID_ARGUMENT',
    problem: string,
    details: ErrorDetails,
  ) {
    super(code, problem, details);
  }
}

/**
 * Raised when a date or a computed result falls outside the supported range,
 * 2000-01-01 to 2099-12-31. Code: `OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { addWorkingDays, OutOfRangeError } from 'children-act-complaints';
 *
 * try {
 *   addWorkingDays('2099-12-30', 5);
 * } catch (error) {
 *   console.log(error instanceof OutOfRangeError); // true
 * }
 * ```
 */
export class OutOfRangeError extends ChildrenActComplaintsError {
  declare readonly code: 'OUT_OF_RANGE';
  /**
   * @param problem - what is out of range
   * @param details - field, value and fix
   */
  constructor(problem: string, details: ErrorDetails) {
    super('OUT_OF_RANGE', problem, details);
  }
}

/**
 * Raised by a `strict` calendar when a date lies beyond its official holiday
 * data, where the answer could only be projected. Code: `OUTSIDE_OFFICIAL_DATA`.
 *
 * @example
 * ```ts
 * import { createWorkingDayCalendar, addWorkingDays, CoverageError } from 'children-act-complaints';
 *
 * const strict = createWorkingDayCalendar({ strict: true });
 * try {
 *   addWorkingDays('2030-01-02', 1, { calendar: strict });
 * } catch (error) {
 *   console.log(error instanceof CoverageError); // true
 * }
 * ```
 */
export class CoverageError extends ChildrenActComplaintsError {
  declare readonly code: 'OUTSIDE_OFFICIAL_DATA';
  /**
   * @param problem - what is not covered
   * @param details - field, value and fix
   */
  constructor(problem: string, details: ErrorDetails) {
    super('OUTSIDE_OFFICIAL_DATA', problem, details);
  }
}

/**
 * Where in a timeline a {@link TimelineError} was found.
 *
 * @example
 * ```ts
 * import { TimelineError, type TimelineErrorDetails } from 'children-act-complaints';
 *
 * const details: TimelineErrorDetails = {
 *   field: 'events[0].date', value: '2024-04-30', fix: 'Check the date and receivedOn.',
 *   eventIndex: 0, eventType: 'response', rule: 'response-before-start',
 * };
 * new TimelineError('The response is dated before the complaint was received.', details).rule; // 'response-before-start'
 * ```
 */
export interface TimelineErrorDetails extends ErrorDetails {
  /** Index of the offending event in `timeline.events`, or `null` when the fault is not in one event. */
  readonly eventIndex: number | null;
  /** The offending event's `type`, or `null`. */
  readonly eventType: string | null;
  /** A short identifier of the procedural rule that was broken, e.g. `'response-before-receipt'`. */
  readonly rule: string;
}

/**
 * Raised when a complaint timeline is impossible under the procedure: a
 * response before receipt, Stage 2 without Stage 1, two responses to one
 * stage, an event after `asOf`, and so on. Code: `INVALID_TIMELINE`.
 *
 * @example
 * ```ts
 * import { assessComplaint, TimelineError } from 'children-act-complaints';
 *
 * try {
 *   assessComplaint(
 *     { receivedOn: '2024-05-01', events: [{ type: 'response', stage: 1, date: '2024-04-30', outcome: 'upheld' }] },
 *     { asOf: '2024-06-01' },
 *   );
 * } catch (error) {
 *   if (error instanceof TimelineError) console.log(error.eventIndex, error.rule); // 0 "response-before-start"
 * }
 * ```
 */
export class TimelineError extends ChildrenActComplaintsError {
  declare readonly code: 'INVALID_TIMELINE';
  /** Index of the offending event, or `null`. */
  readonly eventIndex: number | null;
  /** Type of the offending event, or `null`. */
  readonly eventType: string | null;
  /** The rule that was broken. */
  readonly rule: string;
  /**
   * @param problem - what is wrong with the timeline
   * @param details - the event, the rule, the field and the fix
   */
  constructor(problem: string, details: TimelineErrorDetails) {
    super('INVALID_TIMELINE', problem, details);
    this.eventIndex = details.eventIndex;
    this.eventType = details.eventType;
    this.rule = details.rule;
  }
}

/**
 * Extra details of an {@link UnknownLabelError}.
 *
 * @example
 * ```ts
 * import { UnknownLabelError, type UnknownLabelErrorDetails } from 'children-act-complaints';
 *
 * const details: UnknownLabelErrorDetails = {
 *   field: 'outcome', value: 'Uphold-ish', fix: 'Use one of the known labels.',
 *   taxonomy: 'outcome', suggestions: ['Upheld', 'Partly upheld'],
 * };
 * new UnknownLabelError('"Uphold-ish" is not a known outcome.', details).suggestions[0]; // 'Upheld'
 * ```
 */
export interface UnknownLabelErrorDetails extends ErrorDetails {
  /** Which taxonomy was being parsed, e.g. `'outcome'`. */
  readonly taxonomy: string;
  /** The nearest known labels, best first. */
  readonly suggestions: readonly string[];
}

/**
 * Raised when a free-text label cannot be mapped to a canonical value.
 * Lists the nearest known labels. Code: `UNKNOWN_LABEL`.
 *
 * @example
 * ```ts
 * import { parseOutcome, UnknownLabelError } from 'children-act-complaints';
 *
 * try {
 *   parseOutcome('Uphold-ish');
 * } catch (error) {
 *   if (error instanceof UnknownLabelError) console.log(error.suggestions[0]); // "Upheld"
 * }
 * ```
 */
export class UnknownLabelError extends ChildrenActComplaintsError {
  declare readonly code: 'UNKNOWN_LABEL';
  /** The taxonomy that was being parsed. */
  readonly taxonomy: string;
  /** The nearest known labels, best first. */
  readonly suggestions: readonly string[];
  /**
   * @param problem - what could not be parsed
   * @param details - taxonomy, suggestions, field and fix
   */
  constructor(problem: string, details: UnknownLabelErrorDetails) {
    super('UNKNOWN_LABEL', problem, details);
    this.taxonomy = details.taxonomy;
    this.suggestions = details.suggestions;
  }
}
