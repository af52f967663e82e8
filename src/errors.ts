/**
 * The library's errors. Every failure is a {@link ChildrenActComplaintsError}
 * (or one of its subclasses) built from one or more {@link Issue}s of the
 * rule catalogue ({@link REJECTION_RULES}): a stable `code`, the `rule`
 * broken with its typed `details`, the `field` at fault, and a `fix`.
 * Messages are built by the catalogue, in one place, and are prefixed with
 * the library's name so they can be found in a council app's logs.
 *
 * @module
 */
import type { AnyIssue, AnyRejectionDetails, RejectionRule } from './rules';

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
 * | `INVALID_REPORT` | a report passed back in (last year's, or to a renderer) is not shaped like one |
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
  | 'INVALID_REPORT_OPTIONS'
  | 'INVALID_REPORT';

const PREFIX = '[children-act-complaints]';

/**
 * Base class of every error the library throws. It carries the first
 * problem found as its own `code`, `rule`, `details`, `field`, `value` and
 * `fix`, and every problem found in `issues` (most errors have one; a
 * timeline with several broken rules has one issue per rule broken).
 *
 * @example
 * ```ts
 * import { addWorkingDays, ChildrenActComplaintsError } from 'children-act-complaints';
 *
 * try {
 *   addWorkingDays('2023-02-29', 10);
 * } catch (error) {
 *   if (error instanceof ChildrenActComplaintsError) {
 *     console.log(error.code, error.rule, error.field); // "INVALID_DATE" "invalid-date" "date"
 *   }
 * }
 * ```
 */
export class ChildrenActComplaintsError extends Error {
  /** A stable, machine-readable code from {@link ErrorCode}. */
  readonly code: ErrorCode;
  /** The rule broken, one of {@link REJECTION_RULES}. */
  readonly rule: RejectionRule;
  /** The rule's typed details (see {@link RejectionDetails}). */
  readonly details: AnyRejectionDetails;
  /** The argument, option or field at fault, e.g. `'amount'` or `'events[2].date'`. */
  readonly field: string;
  /** The offending value, where it helps. */
  readonly value: unknown;
  /** What to do about it. */
  readonly fix: string;
  /** Every problem found; the first is the one this error describes. */
  readonly issues: readonly AnyIssue[];

  /**
   * @param issues - the problems, the first described by the error's own fields; built by the library's catalogue
   */
  constructor(issues: readonly [AnyIssue, ...AnyIssue[]]) {
    const [first] = issues;
    const more = issues.length - 1;
    const note =
      more === 0
        ? ''
        : ` (and ${more} more ${more === 1 ? 'problem' : 'problems'}, at ${issues
            .slice(1, 6)
            .map((issue) => issue.field)
            .join(', ')}${more > 5 ? ', …' : ''})`;
    super(`${PREFIX} ${first.code}: ${first.message}${note} (${first.field}) ${first.fix}`);
    this.name = new.target.name;
    this.code = first.code;
    this.rule = first.rule;
    this.details = first.details;
    this.field = first.field;
    this.value = first.value;
    this.fix = first.fix;
    this.issues = Object.freeze([...issues]);
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
}

/**
 * Raised when a complaint timeline is impossible under the procedure: a
 * response before receipt, Stage 2 without Stage 1, two responses to one
 * stage, an event after `asOf`, and so on. Code: `INVALID_TIMELINE`. It
 * names the first offending event; `issues` lists every problem found (see
 * also {@link safeAssessComplaint}, which returns them without throwing).
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
  /** Index of the offending event in `timeline.events`, or `null` when the fault is not in one event. */
  readonly eventIndex: number | null;
  /** The offending event's `type`, or `null`. */
  readonly eventType: string | null;

  /**
   * @param issues - the problems, the first described by the error's own fields; built by the library's catalogue
   */
  constructor(issues: readonly [AnyIssue, ...AnyIssue[]]) {
    super(issues);
    this.eventIndex = issues[0].eventIndex;
    this.eventType = issues[0].eventType;
  }
}

/**
 * Raised when a free-text label cannot be mapped to a canonical value.
 * Lists the nearest known labels. Code: `UNKNOWN_LABEL`.
 *
 * @example
 * ```ts
 * import { stageOutcomes, UnknownLabelError } from 'children-act-complaints';
 *
 * try {
 *   stageOutcomes.parse('Uphold-ish');
 * } catch (error) {
 *   if (error instanceof UnknownLabelError) console.log(error.suggestions[0]); // "Upheld"
 * }
 * ```
 */
export class UnknownLabelError extends ChildrenActComplaintsError {
  declare readonly code: 'UNKNOWN_LABEL';
  /** The taxonomy that was being parsed, e.g. `'outcome'`. */
  readonly taxonomy: string;
  /** The nearest known labels, best first. */
  readonly suggestions: readonly string[];

  /**
   * @param issues - the problems, the first described by the error's own fields; built by the library's catalogue
   */
  constructor(issues: readonly [AnyIssue, ...AnyIssue[]]) {
    super(issues);
    const details = issues[0].details as { readonly taxonomy?: string; readonly suggestions?: readonly string[] };
    this.taxonomy = details.taxonomy ?? '';
    this.suggestions = Object.freeze([...(details.suggestions ?? [])]);
  }
}

/**
 * The error for a list of issues: the subclass their first issue's code belongs to.
 *
 * @internal
 */
export function errorOf(issues: readonly [AnyIssue, ...AnyIssue[]]): ChildrenActComplaintsError {
  switch (issues[0].code) {
    case 'INVALID_DATE':
    case 'INVALID_TIMESTAMP':
    case 'INVALID_AMOUNT':
    case 'INVALID_ARGUMENT':
      return new InvalidInputError(issues);
    case 'OUT_OF_RANGE':
      return new OutOfRangeError(issues);
    case 'OUTSIDE_OFFICIAL_DATA':
      return new CoverageError(issues);
    case 'INVALID_TIMELINE':
      return new TimelineError(issues);
    case 'UNKNOWN_LABEL':
      return new UnknownLabelError(issues);
    default:
      return new ChildrenActComplaintsError(issues);
  }
}
