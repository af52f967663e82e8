/**
 * The rule catalogue: every rule that can reject an argument, an option, a
 * timeline, a record or a report, with its error code, its typed details,
 * and the one place its message and fix are written.
 *
 * @module
 */
import { errorOf, type ChildrenActComplaintsError, type ErrorCode } from './errors';
import { describeValue } from './internal/describe';

/** Where a problem was found. @internal */
export interface At {
  /** The argument, option or field at fault, e.g. `'events[2].date'`. */
  readonly field: string;
  /** The offending value, where there is one. */
  readonly value?: unknown;
  /** The timeline event at fault, where there is one. */
  readonly event?: EventRef | undefined;
  /** For a row of an export: its number, and the line of the file it starts on. */
  readonly row?: number | undefined;
  readonly line?: number | undefined;
}

/**
 * A timeline event, as an issue's details name it: e.g. the earlier of two
 * responses to one stage.
 *
 * @example
 * ```ts
 * import type { EventRef } from 'children-act-complaints';
 *
 * const first: EventRef = { index: 0, type: 'response', stage: 1, date: '2024-04-10' };
 * ```
 */
export interface EventRef {
  /** Its index in `timeline.events`. */
  readonly index: number;
  /** Its type. */
  readonly type: string;
  /** The stage it concerns, where it names one. */
  readonly stage?: number | undefined;
  /** Its date, as given. */
  readonly date: string;
}

/** `event 3 (response, stage 1, 2024-05-02)`. */
function named(event: EventRef | undefined): string {
  if (event === undefined) return 'the timeline';
  const stage = event.stage === undefined ? '' : `, stage ${event.stage}`;
  return `event ${event.index} (${event.type}${stage}, ${event.date})`;
}

const quoteAll = (values: readonly unknown[]): string => values.map((value) => `'${String(value)}'`).join(', ');

/**
 * The details each rule carries, by rule. A rule's details say what the
 * message says, as data: a caller can show its own wording from them.
 *
 * @example
 * ```ts
 * import type { RejectionDetails } from 'children-act-complaints';
 *
 * const details: RejectionDetails['extension-not-longer'] = { stage: 1, asked: 15, floor: 20, cap: 20 };
 * ```
 */
export interface RejectionDetails {
  // ------------------------------------------------ arguments and options
  /** A value is not a real date written `YYYY-MM-DD`; `hint` says what it looks like instead. */
  readonly 'invalid-date': {
    /** What the value looks like instead, so that the fix can say what to change. */
    readonly hint: 'not-text' | 'js-date' | 'whitespace' | 'uk-order' | 'no-such-day' | 'unpadded' | 'timestamp' | 'two-digit-year' | 'number' | 'other';
    /** `true` when an export's cell was read (which accepts `DD/MM/YYYY` too). */
    readonly reader?: boolean;
  };
  /** An instant is not a valid `Date` or ISO timestamp with an offset. */
  readonly 'invalid-timestamp': {
    /** What the value looks like instead, so that the fix can say what to change. */
    readonly hint: 'plain-date' | 'no-offset' | 'no-such-time' | 'invalid' | 'beyond-years' | 'other';
  };
  /** A working-day amount is not a whole number (or is below `min`). */
  readonly 'invalid-amount': {
    /** The least value allowed, or `null` when any whole number is. */
    readonly min: number | null;
    /** An example of a value that would be accepted. */
    readonly example: string;
  };
  /** A date, a year or a result is outside 2000-01-01 to 2099-12-31. */
  readonly 'out-of-range': {
    /** Whether a date, a year or a computed result is outside the range. */
    readonly what: 'date' | 'year' | 'result';
    /** The number of working days stepped, where the result left the range. */
    readonly amount?: number;
  };
  /** A strict calendar is asked about a day beyond its official holiday data. */
  readonly 'outside-official-data': {
    /** The date or result at fault, as the message quotes it. */
    readonly subject: string;
    /** The calendar's region. */
    readonly region: string;
    /** The first day of the calendar's official holiday data, or `null` when it has none. */
    readonly officialFrom: string | null;
    /** The last day of the calendar's official holiday data, or `null` when it has none. */
    readonly officialThrough: string | null;
  };
  /** An argument or option is of the wrong kind: `expected` names what belongs there, `example` shows it. */
  readonly 'wrong-type': {
    /** What was expected there, in words. */
    readonly expected: string;
    /** An example of a value that would be accepted. */
    readonly example: string;
  };
  /** An option the function does not have. */
  readonly 'unknown-option': {
    /** The option's name. */
    readonly option: string;
    /** The names that are accepted. */
    readonly known: readonly string[];
  };
  /** A value that is not one of the allowed choices. */
  readonly 'not-a-choice': {
    /** What the value is, in words, as the message names it. */
    readonly what: string;
    /** The values that are accepted. */
    readonly choices: readonly string[];
  };
  /** A required option is missing. */
  readonly 'missing-option': {
    /** The option's name. */
    readonly option: string;
    /** An example of a value that would be accepted. */
    readonly example: string;
  };
  /** `asOf` is missing: the library never reads the clock. */
  readonly 'missing-as-of': {
    /** An example of a value that would be accepted. */
    readonly example: string;
  };
  /** A value that must be unique is given twice. */
  readonly 'declared-twice': {
    /** What the value is, in words, as the message names it. */
    readonly what: string;
  };
  /** A day is listed both as closed and as working. */
  readonly 'closed-and-working': {
    /** The day declared both closed and working. */
    readonly date: string;
  };
  /** A list holds more days than the supported range. */
  readonly 'too-many-days': Record<string, never>;
  /** A calendar method was called off its calendar. */
  readonly 'detached-method': {
    /** The method that was called off its calendar. */
    readonly method: string;
  };
  /** A taxonomy's alias maps to a value that is not in the taxonomy. */
  readonly 'alias-not-a-value': {
    /** The taxonomy concerned, as its noun (e.g. `outcome`). */
    readonly taxonomy: string;
    /** The alias's target, which is not a value of the taxonomy. */
    readonly alias: string;
    /** The taxonomy's values. */
    readonly values: readonly string[];
  };
  /** A label or alias has no letters or digits, or maps to two values. */
  readonly 'unusable-label': {
    /** The taxonomy concerned, as its noun (e.g. `outcome`). */
    readonly taxonomy: string;
    /** The label at fault. */
    readonly label: string;
    /** Why the label cannot be used: it normalises to nothing, or to a label of another value. */
    readonly reason: 'empty' | 'two-values';
  };
  /** The upper bound of a range is below its lower bound. */
  readonly 'bounds-reversed': {
    /** The option that gives the lower bound. */
    readonly lowField: string;
    /** The lower bound as given. */
    readonly low: string;
    /** The option that gives the upper bound. */
    readonly highField: string;
    /** The upper bound as given. */
    readonly high: string;
    /** Whether the bounds are dates or numbers. */
    readonly kind: 'date' | 'number';
  };
  /** A range of dates holds no working day. */
  readonly 'no-working-day': {
    /** The first day of the range, `YYYY-MM-DD`. */
    readonly from: string;
    /** The last day of the range, `YYYY-MM-DD`. */
    readonly to: string;
  };
  /** A test matcher used in a way it cannot answer. */
  readonly 'matcher-misuse': {
    /** The matcher's name. */
    readonly matcher: string;
    /** How the matcher was misused. */
    readonly problem: 'options' | 'received' | 'already-assessment' | 'stage' | 'as-of-needed';
    /** The stage numbers the matcher accepts. */
    readonly allowed: readonly number[];
    /** An example of a correct call. */
    readonly example: string;
  };
  /** A record given to a test matcher is not valid. */
  readonly 'matcher-invalid-record': {
    /** The matcher's name. */
    readonly matcher: string;
    /** The messages of the record's own problems. */
    readonly problems: readonly string[];
  };
  /** A procedure definition is not of the `ProcedureDefinition` shape, or its parts contradict each other. */
  readonly 'invalid-procedure': {
    /** What is wrong with the procedure, in words. */
    readonly problem: string;
  };

  // ------------------------------------------------------------ labels
  /** A label no taxonomy value or alias matches. */
  readonly 'unknown-label': {
    /** The taxonomy concerned, as its noun (e.g. `outcome`). */
    readonly taxonomy: string;
    /** The nearest known labels, best first. */
    readonly suggestions: readonly string[];
  };
  /** A label that is recognised but is not a value, e.g. "Open" for an outcome. */
  readonly 'refused-label': {
    /** The taxonomy concerned, as its noun (e.g. `outcome`). */
    readonly taxonomy: string;
    /** Why the label is refused: it names an open state, or is not a decision. */
    readonly reason: 'open-state' | 'not-a-decision';
  };

  // ----------------------------------------------------- timeline shape
  /** A property the contract does not have. */
  readonly 'unknown-key': {
    /** The keys that are not part of the contract. */
    readonly keys: readonly string[];
  };
  /** A value of the wrong kind or outside its list. */
  readonly 'invalid-value': {
    /** What was expected there, in words. */
    readonly expected: string;
  };
  /** An event type the procedure engine does not know. */
  readonly 'unknown-event-type': {
    /** The event types that are accepted. */
    readonly types: readonly string[];
  };
  /** An event names a stage it cannot belong to, or one the procedure does not have. */
  readonly 'unknown-stage': {
    /** The stage given, or `null` when it is not a number. */
    readonly stage: number | null;
    /** The stage numbers that are allowed here. */
    readonly allowed: readonly number[];
    /** The procedure's id, or `null` when the contract alone refuses the stage. */
    readonly procedure: string | null;
  };

  // ----------------------------------------------- timeline against procedure
  /** A date after the `asOf` day. */
  readonly 'date-after-as-of': {
    /** The date at fault, `YYYY-MM-DD`. */
    readonly date: string;
    /** The assessment or report day, `YYYY-MM-DD`. */
    readonly asOf: string;
  };
  /** A response dated before its stage started. */
  readonly 'response-before-start': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
    /** The day the stage started. */
    readonly startedOn: string;
    /** Whether the stage started on receipt (Stage 1) rather than on a request. */
    readonly byReceipt: boolean;
  };
  /** An event dated before the complaint was received. */
  readonly 'event-before-receipt': {
    /** The day the complaint was received, `YYYY-MM-DD`. */
    readonly receivedOn: string;
  };
  /** The grounds arose after the complaint was received. */
  readonly 'grounds-after-receipt': {
    /** The day the grounds arose, as given. */
    readonly groundsAroseOn: string;
    /** The day the complaint was received, `YYYY-MM-DD`. */
    readonly receivedOn: string;
  };
  /** A stage asked for while the stage before has no response. */
  readonly 'stage-without-previous-response': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
  };
  /** A stage asked for before the stage before was answered. */
  readonly 'request-before-previous-response': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
    /** The day of the previous stage's response. */
    readonly previousResponse: string;
  };
  /** A stage's response, or other facts, for a stage never asked for. */
  readonly 'stage-not-started': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
  };
  /** An event outside its stage: before it started, or after its response. */
  readonly 'event-outside-stage': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
    /** Whether the event falls before the stage started, after its response, or in a stage that never started. */
    readonly where: 'before-start' | 'after-response' | 'never-started';
    /** The day the stage starts or ends, or `null` when it never started. */
    readonly boundary: string | null;
  };
  /** A second response to one stage. */
  readonly 'duplicate-response': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
    /** The earlier event the later one repeats. */
    readonly first: EventRef;
  };
  /** A second request for one stage. */
  readonly 'duplicate-stage-request': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
    /** The earlier event the later one repeats. */
    readonly first: EventRef;
  };
  /** A second event of a kind a stage has one of. */
  readonly 'duplicate-event': {
    /** The stage of the repeated event, or `null` for an event with no stage. */
    readonly stage: number | null;
    /** The earlier event the later one repeats, or `null`. */
    readonly first: EventRef | null;
  };
  /** A second withdrawal. */
  readonly 'duplicate-withdrawal': {
    /** The earlier event the later one repeats. */
    readonly first: EventRef;
  };
  /** Stage business after the complaint was withdrawn. */
  readonly 'event-after-withdrawal': Record<string, never>;
  /** A step recorded without the step it counts from. */
  readonly 'step-missing': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
    /** What is missing or must come first, in words. */
    readonly needs: string;
  };
  /** A step dated before the step it counts from. */
  readonly 'step-out-of-order': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
    /** What is missing or must come first, in words. */
    readonly needs: string;
    /** The day of the step this one must follow. */
    readonly anchorDate: string;
  };
  /** An extension of a response the procedure does not let be extended. */
  readonly 'extension-not-allowed': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
  };
  /** An extension that is not longer than the limit already in place. */
  readonly 'extension-not-longer': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
    /** The total limit the extension asked for, in working days. */
    readonly asked: number;
    /** The stage's own limit, which an extension must exceed. */
    readonly floor: number;
    /** The longest total limit an extension may set. */
    readonly cap: number;
  };
  /** A deferral under a procedure that has none. */
  readonly 'deferral-not-in-procedure': {
    /** The procedure's id. */
    readonly procedure: string;
  };
  /** A deferral begun when no stage is under way. */
  readonly 'deferral-outside-open-stage': Record<string, never>;
  /** A deferral begun while one is already running. */
  readonly 'deferral-while-deferred': {
    /** The day the deferral still in force began. */
    readonly since: string;
  };
  /** A resumption with no deferral running. */
  readonly 'resumed-without-deferral': {
    /** The event that ended the last deferral, or `null` when there was none. */
    readonly lastEndedBy: EventRef | null;
  };
  /** A second referral to the Ombudsman while the first awaits a decision. */
  readonly 'duplicate-ombudsman-referral': {
    /** The day of the referral still awaiting a decision. */
    readonly pendingSince: string;
  };
  /** An Ombudsman decision with no referral awaiting one. */
  readonly 'ombudsman-decision-without-referral': Record<string, never>;

  // ------------------------------------------------------------ records
  /** A required field is missing or blank. */
  readonly 'required': {
    /** The field that is required, in words. */
    readonly what: string;
  };
  /** A JSON key that is not a record field. */
  readonly 'unknown-field': {
    /** The nearest field names, or `null`. */
    readonly known: readonly string[] | null;
  };
  /** The same field given twice in one row. */
  readonly 'duplicate-field': Record<string, never>;
  /** A date after the `asOf` day (record wording). */
  readonly 'after-as-of': {
    /** The date at fault, `YYYY-MM-DD`. */
    readonly date: string;
    /** The assessment or report day, `YYYY-MM-DD`. */
    readonly asOf: string;
  };
  /** A date before the complaint was received (record wording). */
  readonly 'before-receipt': {
    /** The date at fault, `YYYY-MM-DD`. */
    readonly date: string;
    /** The day the complaint was received, `YYYY-MM-DD`. */
    readonly receivedOn: string;
  };
  /** Two dates in an impossible order. */
  readonly 'out-of-order': {
    /** The date that comes too early. */
    readonly date: string;
    /** The field that must come first. */
    readonly earlierField: string;
    /** That field's date. */
    readonly earlierDate: string;
  };
  /** An outcome with no response date. */
  readonly 'outcome-without-response': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
  };
  /** An outcome saying "open" beside a response date. */
  readonly 'open-with-response': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
  };
  /** An extended limit or reason with no extension date. */
  readonly 'limit-without-extension': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
  };
  /** An Ombudsman decision without its date, referral or category. */
  readonly 'ombudsman-incomplete': {
    /** The Ombudsman field that is missing. */
    readonly needs: 'decidedOn' | 'decision' | 'referredOn';
  };
  /** A later stage asked for although the stage before has no response date. */
  readonly 'previous-stage-unanswered': {
    /** The stage concerned, 1 to 3. */
    readonly stage: number;
  };
  /** A stage date after the complaint was withdrawn. */
  readonly 'after-withdrawal': {
    /** The date at fault, `YYYY-MM-DD`. */
    readonly date: string;
    /** The day the complaint was withdrawn. */
    readonly withdrawnOn: string;
  };
  /** Two deferrals that overlap. */
  readonly 'overlapping-deferrals': {
    /** The first day of this deferral. */
    readonly from: string;
    /** The first day of the deferral it overlaps. */
    readonly otherFrom: string;
  };
  /** An advocate allocated although advocacy is recorded as not provided. */
  readonly 'advocacy-contradiction': Record<string, never>;
  /** The deadline engine refuses the record's timeline for a reason no record rule names. */
  readonly 'not-assessable': {
    /** The rule the deadline engine found broken. */
    readonly engineRule: RejectionRule;
    /** The engine's message for it. */
    readonly engineMessage: string;
  };
  /** The id of an earlier row. */
  readonly 'duplicate-id': {
    /** The row that first used the id, which is kept. */
    readonly firstRow: number;
  };
  /** A JSON row that is not an object, or could not be read. */
  readonly 'not-an-object': {
    /** Why the row is not a record, where known. */
    readonly reason: string | null;
  };
  /** A CSV line the CSV parser could not read. */
  readonly 'malformed-csv': {
    /** What the CSV parser reported. */
    readonly reason: string;
  };
  /** A CSV row with more or fewer cells than the header. */
  readonly 'column-count': {
    /** The number of cells in the row. */
    readonly cells: number;
    /** The number of headings. */
    readonly headings: number;
  };
  /** A value given to the report is not a complaint record. */
  readonly 'not-a-record': Record<string, never>;
  /** A record is received after `asOf` yet has later facts on or before it. */
  readonly 'received-after-as-of': {
    /** The day the complaint was received, `YYYY-MM-DD`. */
    readonly receivedOn: string;
  };
  /** A service area that is not in the declared list. */
  readonly 'undeclared-service-area': {
    /** The declared service areas' ids, or `null` when none were declared. */
    readonly declared: readonly string[] | null;
  };

  // -------------------------------------------------- CSV column mapping
  /** A heading mapped to something that is not a record field. */
  readonly 'not-a-field': {
    /** The nearest known names, best first. */
    readonly nearest: readonly string[];
  };
  /** A heading mapped twice, or two headings mapped to one field. */
  readonly 'mapped-twice': {
    /** The heading, as written in the file or the mapping. */
    readonly heading: string;
    /** The other heading mapped to the same field, or `null`. */
    readonly other: string | null;
    /** The record field the heading is mapped to. */
    readonly target: string | null;
  };
  /** A heading with no letters or digits. */
  readonly 'blank-heading': Record<string, never>;
  /** A required field that no heading is mapped to. */
  readonly 'required-field-unmapped': {
    /** The record field the heading is mapped to. */
    readonly target: string;
  };
  /** A mapped heading for a required field that the file does not have. */
  readonly 'heading-not-in-file': {
    /** The heading, as written in the file or the mapping. */
    readonly heading: string;
    /** The record field the heading is mapped to. */
    readonly target: string;
    /** The nearest known names, best first. */
    readonly nearest: readonly string[];
  };
  /** A mapped heading the file has twice. */
  readonly 'heading-in-file-twice': {
    /** The heading, as written in the file or the mapping. */
    readonly heading: string;
  };
  /** The header line cannot be read. */
  readonly 'header-unreadable': {
    /** The line of the file. */
    readonly line: number;
    /** What made the heading row unreadable. */
    readonly reason: string;
  };
  /** The file holds no line with any content, so not even a header. */
  readonly 'empty-export': Record<string, never>;

  // ------------------------------------------------------------ reports
  /** Both or neither of `year` and `period`, or a malformed year. */
  readonly 'period-not-given': {
    /** Whether both or neither of `year` and `period` were given. */
    readonly problem: 'both' | 'neither';
  };
  /** A financial year that is malformed, or outside 2000/01 to 2098/99. */
  readonly 'invalid-year': Record<string, never>;
  /** A period that ends before it starts. */
  readonly 'period-reversed': {
    /** The first day of the range, `YYYY-MM-DD`. */
    readonly from: string;
    /** The last day of the range, `YYYY-MM-DD`. */
    readonly to: string;
  };
  /** `asOf` before the period starts. */
  readonly 'as-of-before-period': {
    /** The assessment or report day, `YYYY-MM-DD`. */
    readonly asOf: string;
    /** The first day of the report's period. */
    readonly from: string;
  };
  /** A previous report that does not end before this period. */
  readonly 'previous-not-earlier': {
    /** The period the previous report covers. */
    readonly previous: string;
    /** This report's period. */
    readonly current: string;
  };
  /** A report (or a part of one) that is not shaped like one. */
  readonly 'not-a-report': {
    /** What a report has there, in words. */
    readonly expected: string;
  };
}

/**
 * One of {@link REJECTION_RULES}.
 *
 * @example
 * ```ts
 * import type { RejectionRule } from 'children-act-complaints';
 *
 * const rule: RejectionRule = 'response-before-start';
 * ```
 */
export type RejectionRule = keyof RejectionDetails;

/**
 * One problem: the rule broken, its code and typed details, where it was
 * found, and what to do. Errors carry their issues; results that list
 * problems (such as {@link safeAssessComplaint}) return them.
 *
 * @example
 * ```ts
 * import type { Issue } from 'children-act-complaints';
 *
 * const issue: Issue<'date-after-as-of'> = {
 *   rule: 'date-after-as-of', code: 'INVALID_TIMELINE', field: 'events[0].date', value: '2024-06-03',
 *   eventIndex: 0, eventType: 'response', details: { date: '2024-06-03', asOf: '2024-06-01' },
 *   message: 'event 0 (response, stage 1, 2024-06-03) is dated after asOf (2024-06-01).',
 *   fix: 'Check the date, or assess on a later asOf: an assessment describes what had happened by asOf.',
 * };
 * ```
 *
 * @typeParam R - the rule
 */
export interface Issue<R extends RejectionRule = RejectionRule> {
  /** The rule broken. */
  readonly rule: R;
  /** The error code the rule belongs to. */
  readonly code: ErrorCode;
  /** The argument, option or field at fault, e.g. `'events[2].date'`. */
  readonly field: string;
  /** The offending value, where there is one. */
  readonly value?: unknown;
  /** For a timeline, the index of the offending event, or `null`. */
  readonly eventIndex: number | null;
  /** For a timeline, the offending event's type, or `null`. */
  readonly eventType: string | null;
  /** The rule's typed details. */
  readonly details: RejectionDetails[R];
  /** What is wrong, in a sentence. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
}

/**
 * Any {@link Issue}, discriminated by `rule`.
 *
 * @example
 * ```ts
 * import type { AnyIssue } from 'children-act-complaints';
 *
 * function stageOf(issue: AnyIssue): number | null {
 *   return issue.rule === 'duplicate-response' ? issue.details.stage : null;
 * }
 * ```
 */
export type AnyIssue = { readonly [R in RejectionRule]: Issue<R> }[RejectionRule];

interface Text<D> {
  readonly code: ErrorCode;
  /** The code the rule has when a record breaks it, where that differs. */
  readonly recordCode?: ErrorCode;
  problem(details: D, at: At): string;
  fix(details: D, at: At): string;
}

type Catalogue = { readonly [R in RejectionRule]: Text<RejectionDetails[R]> };

const DATE_HINTS: Readonly<Record<RejectionDetails['invalid-date']['hint'], string>> = {
  'not-text': 'Pass the date as a YYYY-MM-DD string.',
  'js-date': 'A JS Date is an instant, not a calendar date: pass it to toLondonDate() first.',
  whitespace: 'Remove the surrounding whitespace.',
  'uk-order': 'UK exports write DD/MM/YYYY; convert it to YYYY-MM-DD first (readComplaintsCsv does this for you).',
  'no-such-day': 'That day does not exist in that month; check the day and month.',
  unpadded: 'Pad the month and day to two digits, e.g. 2023-02-01.',
  timestamp: 'This looks like a timestamp; convert instants with toLondonDate() to get the Europe/London calendar date.',
  'two-digit-year': 'A two-digit year is ambiguous; write the year in full.',
  number: 'A number is not a date; write it as YYYY-MM-DD.',
  other: 'Write the date as YYYY-MM-DD, e.g. 2024-04-10.',
};

const READER_HINTS: Readonly<Record<RejectionDetails['invalid-date']['hint'], string>> = {
  'not-text': 'write the date as DD/MM/YYYY or YYYY-MM-DD.',
  'js-date': 'a JS Date is an instant, not a calendar date; convert it with toLondonDate() first.',
  whitespace: 'write the date as DD/MM/YYYY or YYYY-MM-DD.',
  'uk-order': 'that day does not exist in that month.',
  'no-such-day': 'that day does not exist in that month.',
  unpadded: 'write the date as DD/MM/YYYY or YYYY-MM-DD.',
  timestamp: 'it has a time; export the date alone.',
  'two-digit-year': 'a two-digit year is ambiguous; write the year in full (DD/MM/YYYY).',
  number: 'a number is not a date (a spreadsheet serial number?); export dates as DD/MM/YYYY or YYYY-MM-DD.',
  other: 'write the date as DD/MM/YYYY or YYYY-MM-DD.',
};

const TIMESTAMP_HINTS: Readonly<Record<RejectionDetails['invalid-timestamp']['hint'], string>> = {
  'plain-date': 'This is already a calendar date: use parsePlainDate() instead.',
  'no-offset': 'Add the offset the time was recorded in (e.g. "Z" or "+01:00"); without it the instant is ambiguous.',
  'no-such-time': 'The timestamp names a day or time that does not exist; check its fields.',
  invalid: 'The Date or timestamp does not name a real instant; check its fields.',
  'beyond-years': 'Use an instant between the years 0001 and 9999.',
  other: 'Pass a Date or an ISO 8601 timestamp with an offset, e.g. "2024-06-30T23:30:00Z".',
};

const RANGE = '2000-01-01 to 2099-12-31';

/** The rules an argument or option of the calendar functions can break: kept apart so that a bundle of the calendar alone carries only these. */
type ArgumentRule =
  | 'invalid-date'
  | 'invalid-timestamp'
  | 'invalid-amount'
  | 'out-of-range'
  | 'outside-official-data'
  | 'wrong-type'
  | 'unknown-option'
  | 'not-a-choice'
  | 'missing-option'
  | 'missing-as-of'
  | 'declared-twice'
  | 'closed-and-working'
  | 'too-many-days'
  | 'detached-method';

const ARGUMENT_TEXTS: { readonly [R in ArgumentRule]: Text<RejectionDetails[R]> } = {
  'invalid-date': {
    code: 'INVALID_DATE',
    problem: (d, at) =>
      d.reader === true
        ? `${at.field}: ${describeValue(at.value)} is not a date this reader accepts: ${READER_HINTS[d.hint]}`
        : d.hint === 'not-text' || d.hint === 'js-date'
        ? `Expected a YYYY-MM-DD date string but got ${describeValue(at.value)}.`
        : `${describeValue(at.value)} is not a real calendar date in the form YYYY-MM-DD.`,
    fix: (d) => (d.reader === true ? 'Correct the date in the export: DD/MM/YYYY or YYYY-MM-DD.' : DATE_HINTS[d.hint]),
  },
  'invalid-timestamp': {
    code: 'INVALID_TIMESTAMP',
    problem: (_d, at) => `${describeValue(at.value)} is not a valid instant.`,
    fix: (d) => TIMESTAMP_HINTS[d.hint],
  },
  'invalid-amount': {
    code: 'INVALID_AMOUNT',
    problem: (d, at) =>
      d.min === null || typeof at.value !== 'number' || !Number.isInteger(at.value)
        ? `${at.field} must be a whole number of working days but is ${describeValue(at.value)}.`
        : `${at.field} must be ${d.min} or more but is ${at.value}.`,
    fix: (d) => `Pass a finite whole number such as ${d.example}.`,
  },
  'out-of-range': {
    code: 'OUT_OF_RANGE',
    problem: (d, at) =>
      d.what === 'year'
        ? `The year ${describeValue(at.value)} is outside the supported range.`
        : d.what === 'result'
          ? `Stepping ${d.amount ?? 0} working days from ${describeValue(at.value)} leaves the supported range ${RANGE}.`
          : `${at.field} (${typeof at.value === 'string' ? at.value : describeValue(at.value)}) is outside the supported range ${RANGE}.`,
    fix: (d) =>
      d.what === 'year'
        ? `Ask about a year from 2000 to 2099 (${RANGE}).`
        : d.what === 'result'
          ? 'Check the amount: deadlines in this procedure are tens of working days, not thousands.'
          : 'Working days are known only from 2000 to 2099; check the year.',
  },
  'outside-official-data': {
    code: 'OUTSIDE_OFFICIAL_DATA',
    problem: (d) =>
      `${d.subject} is beyond this strict calendar's official data. ${
        d.officialFrom === null ? `This ${d.region} calendar has no official holiday list bundled.` : `Its official holiday data covers ${d.officialFrom} to ${d.officialThrough ?? ''}.`
      }`,
    fix: () => 'Use a non-strict calendar to project from the rules, or add the known holidays with extraClosedDays and update the package when new official data is published.',
  },
  'wrong-type': {
    code: 'INVALID_ARGUMENT',
    problem: (d, at) => `Expected ${d.expected} for ${at.field} but got ${describeValue(at.value)}.`,
    fix: (d) => `Pass ${d.example}.`,
  },
  'unknown-option': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `Unknown option ${describeValue(d.option)}.`,
    fix: (d) => `The options are ${d.known.join(', ')}; correct the spelling, or leave it out.`,
  },
  'not-a-choice': {
    code: 'INVALID_ARGUMENT',
    problem: (d, at) => `${describeValue(at.value)} is not a choice of ${d.what}.`,
    fix: (d) => `Use ${d.choices.length === 1 ? `'${d.choices[0] ?? ''}'` : `one of ${quoteAll(d.choices)}`}.`,
  },
  'missing-option': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `The ${d.option} option is missing.`,
    fix: (d) => `Pass ${d.example}.`,
  },
  'missing-as-of': {
    code: 'INVALID_DATE',
    problem: (_d, at) => `${at.field} is missing.`,
    fix: (d) => `Pass the day to assess on, e.g. ${d.example}; the library never reads the clock.`,
  },
  'declared-twice': {
    code: 'INVALID_ARGUMENT',
    problem: (d, at) => `The ${d.what} ${describeValue(at.value)} is declared twice.`,
    fix: (d) => `Give each ${d.what} once.`,
  },
  'closed-and-working': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `${d.date} is listed both as a closed day and as a working day.`,
    fix: () => 'Keep it in one list only.',
  },
  'too-many-days': {
    code: 'INVALID_ARGUMENT',
    problem: (_d, at) => `${at.field} lists more days than the supported range holds.`,
    fix: () => 'Remove the duplicates.',
  },
  'detached-method': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `${d.method} was called without its calendar.`,
    fix: (d) => `Call it on the calendar, as calendar.${d.method}(year), rather than as a function taken off it.`,
  },
};

const CATALOGUE: Catalogue = /* @__PURE__ */ (() => ({
  ...ARGUMENT_TEXTS,
  'alias-not-a-value': {
    code: 'INVALID_ARGUMENT',
    problem: (d, at) => `The alias ${describeValue(d.alias)} maps to ${describeValue(at.value)}, which is not a ${d.taxonomy}.`,
    fix: (d) => `Map each alias to one of: ${d.values.join(', ')}.`,
  },
  'unusable-label': {
    code: 'INVALID_ARGUMENT',
    problem: (d) =>
      d.reason === 'empty' ? `The ${d.taxonomy} label ${describeValue(d.label)} has no letters or digits.` : `The ${d.taxonomy} label ${describeValue(d.label)} maps to two values.`,
    fix: (d) => (d.reason === 'empty' ? 'Remove it, or give it some text.' : 'Give each label a single canonical value.'),
  },
  'bounds-reversed': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `${d.highField} (${d.high}) is ${d.kind === 'date' ? 'before' : 'below'} ${d.lowField} (${d.low}).`,
    fix: (d) => `Give ${d.highField} at least ${d.lowField}.`,
  },
  'no-working-day': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `There is no working day from ${d.from} to ${d.to}.`,
    fix: () => 'Widen the range.',
  },
  'matcher-misuse': {
    code: 'INVALID_ARGUMENT',
    problem: (d, at) =>
      d.problem === 'options'
        ? `${d.matcher}: expected an options object but got ${describeValue(at.value)}.`
        : d.problem === 'received'
          ? `${d.matcher} expects a complaint timeline, record or assessment but got ${describeValue(at.value)}.`
          : d.problem === 'already-assessment'
            ? `${d.matcher}: the value is already an assessment, made with its own options.`
            : d.problem === 'stage'
              ? `${d.matcher} needs the stage number, ${d.allowed.join(', ')}, but got ${describeValue(at.value)}.`
              : `${d.matcher}: the stage was not requested, so the question is whether its window is still open on a given day.`,
    fix: (d) =>
      d.problem === 'options'
        ? `Pass ${d.example}, or nothing.`
        : d.problem === 'received'
          ? 'Pass the timeline, the record or assessComplaint(...)’s result to expect().'
          : d.problem === 'already-assessment'
            ? 'Pass the timeline or record instead to assess it with these options.'
            : d.problem === 'stage'
              ? `Write e.g. ${d.example}.`
              : `Pass { asOf } to ask about that day, e.g. ${d.example}.`,
  },
  'matcher-invalid-record': {
    code: 'INVALID_RECORD',
    problem: (d) => `${d.matcher}: the record is not valid: ${d.problems.join(' ')}`,
    fix: () => 'Fix the record, or check it with parseComplaintRecords() first.',
  },
  'invalid-procedure': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `The procedure is not a valid ProcedureDefinition: ${d.problem}`,
    fix: () => 'Pass childrenAct1989England, complaintHandlingCode, or an object of the ProcedureDefinition shape (see docs/procedure.md).',
  },
  'unknown-label': {
    code: 'UNKNOWN_LABEL',
    problem: (d, at) => `${describeValue(at.value)} is not a known ${d.taxonomy}.`,
    fix: (d) =>
      d.suggestions.length === 0
        ? 'Use one of the taxonomy’s labels, or map your own wording with the `aliases` option.'
        : `The nearest known labels are ${d.suggestions.map((s) => `"${s}"`).join(', ')}; use one of them, or map your own wording with the \`aliases\` option.`,
  },
  'refused-label': {
    code: 'UNKNOWN_LABEL',
    problem: (d) =>
      d.reason === 'open-state'
        ? '"Open" (or "in progress") is a state of a stage, not an outcome.'
        : 'That label says the Ombudsman dealt with or investigated the complaint, not what it decided.',
    fix: (d) =>
      d.reason === 'open-state'
        ? 'Leave the outcome blank until the stage has a response; readComplaintsCsv and parseComplaintRecords do this for you.'
        : 'Record the decision itself, e.g. "Upheld", "Not upheld" or "Satisfactory remedy provided by the council".',
  },
  'unknown-key': {
    code: 'INVALID_ARGUMENT',
    recordCode: 'INVALID_RECORD',
    problem: (d, at) => `${at.field} has unknown ${d.keys.length === 1 ? 'key' : 'keys'} ${quoteAll(d.keys)}.`,
    fix: () => 'Remove the key or correct its spelling; unknown keys are refused so that nothing is silently ignored.',
  },
  'invalid-value': {
    code: 'INVALID_ARGUMENT',
    recordCode: 'INVALID_RECORD',
    problem: (d, at) => `${at.field} should be ${d.expected} but is ${describeValue(at.value)}.`,
    fix: (d, at) => (at.field.startsWith('events') || at.field === 'receivedOn' || at.field === 'id' ? 'Check the field against the ComplaintTimeline type.' : `Give ${d.expected}.`),
  },
  'unknown-event-type': {
    code: 'INVALID_TIMELINE',
    problem: (_d, at) => `Event ${at.event?.index ?? '?'} has an unknown type ${describeValue(at.value)}.`,
    fix: (d) => `Use one of ${quoteAll(d.types)}.`,
  },
  'unknown-stage': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) =>
      d.procedure === null
        ? `Event ${at.event?.index ?? '?'} (${at.event?.type ?? 'event'}) names an unknown stage ${describeValue(at.value)}.`
        : d.stage === 1 && at.event?.type === 'stage-requested'
          ? `${named(at.event)} asks for stage 1, which starts on receipt, not on request.`
          : `${named(at.event)} belongs to ${d.stage === null ? 'a review panel' : `a Stage ${d.stage}`}, which the procedure '${d.procedure}' does not have.`,
    fix: (d, at) =>
      d.procedure === null
        ? `A ${at.event?.type ?? 'this'} event takes stage ${d.allowed.join(', ')}.`
        : d.stage === 1 && at.event?.type === 'stage-requested'
          ? 'Stage 1 starts with the complaint itself: set receivedOn instead.'
          : `This procedure has stages 1 to ${d.allowed.length}; check the event's stage, or assess the complaint under the procedure it was handled under.`,
  },
  'date-after-as-of': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => (at.event === undefined ? `The complaint is received on ${d.date}, after asOf (${d.asOf}).` : `${named(at.event)} is dated after asOf (${d.asOf}).`),
    fix: (_d, at) =>
      at.event === undefined ? 'Check receivedOn, or assess on a later asOf.' : 'Check the date, or assess on a later asOf: an assessment describes what had happened by asOf.',
  },
  'response-before-start': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} is dated before Stage ${d.stage} started: before ${d.byReceipt ? 'the complaint was received' : `it was asked for (${d.startedOn})`}.`,
    fix: () => 'Check the date: an event of a stage falls on or after the day the stage started.',
  },
  'event-before-receipt': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} is dated before the complaint was received (${d.receivedOn}).`,
    fix: () => 'Check the date and receivedOn.',
  },
  'grounds-after-receipt': {
    code: 'INVALID_TIMELINE',
    recordCode: 'INVALID_RECORD',
    problem: (d) => `The grounds arose on ${d.groundsAroseOn}, after the complaint was received on ${d.receivedOn}.`,
    fix: () => 'Check groundsAroseOn: it is the day the matter complained of happened, on or before receipt.',
  },
  'stage-without-previous-response': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} asks for Stage ${d.stage}, but Stage ${d.stage - 1} has no response.`,
    fix: (d) => `Add the Stage ${d.stage - 1} response event, dated on or before the request.`,
  },
  'request-before-previous-response': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} asks for Stage ${d.stage} before the Stage ${d.stage - 1} response (${d.previousResponse}).`,
    fix: () => 'Check both dates: a complainant asks for the next stage after the response.',
  },
  'stage-not-started': {
    code: 'INVALID_TIMELINE',
    recordCode: 'INVALID_RECORD',
    problem: (d, at) =>
      at.event === undefined
        ? d.stage === 3 && at.field === 'stage3.requestedOn'
          ? 'Stage 3 was requested, but Stage 2 never started (stage2.requestedOn is blank).'
          : `${at.field} is given, but Stage ${d.stage} was never requested (stage${d.stage}.requestedOn is blank).`
        : `${named(at.event)} belongs to Stage ${d.stage}, which was never asked for.`,
    fix: (d, at) =>
      at.event === undefined ? `Give stage${d.stage}.requestedOn, or clear the field.` : `Add the 'stage-requested' event for Stage ${d.stage}, or correct the event's stage.`,
  },
  'event-outside-stage': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) =>
      d.where === 'never-started'
        ? `${named(at.event)} belongs to Stage ${d.stage}, which was never asked for.`
        : d.where === 'before-start'
          ? `${named(at.event)} is dated before Stage ${d.stage} started: before ${d.boundary === null ? 'the complaint was received' : `it was asked for (${d.boundary})`}.`
          : `${named(at.event)} comes after the Stage ${d.stage} response (${d.boundary ?? ''}), which closed the stage.`,
    fix: (d) =>
      d.where === 'never-started'
        ? `Add the 'stage-requested' event for Stage ${d.stage}, or correct the event's stage.`
        : d.where === 'before-start'
          ? 'Check the date: an event of a stage falls on or after the day the stage started.'
          : 'Check the date, or the stage the event belongs to.',
  },
  'duplicate-response': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} is a second response to Stage ${d.stage}; ${named(d.first)} is the first.`,
    fix: () => 'Keep one of them: a stage has one of each. Record a correction by editing the event, not by adding another.',
  },
  'duplicate-stage-request': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} is a second request for Stage ${d.stage}; ${named(d.first)} is the first.`,
    fix: () => 'Keep one of them: a stage has one of each. Record a correction by editing the event, not by adding another.',
  },
  'duplicate-event': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) =>
      d.first === null
        ? `The timeline has a second ${at.event?.type ?? 'event'} event where a record holds one.`
        : `${named(at.event)} is a second ${at.event?.type ?? ''} event${d.stage === null ? '' : ` for Stage ${d.stage}`}; ${named(d.first)} is the first.`,
    fix: (d) =>
      d.first === null
        ? 'A complaint record holds one of each event per stage, and holds that start and end in turn; correct the timeline, or keep it as a timeline.'
        : 'Keep one of them: a stage has one of each. Record a correction by editing the event, not by adding another.',
  },
  'duplicate-withdrawal': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} is a second withdrawal; ${named(d.first)} is the first.`,
    fix: () => 'Keep one of them: a complaint is withdrawn once.',
  },
  'event-after-withdrawal': {
    code: 'INVALID_TIMELINE',
    problem: (_d, at) => `${named(at.event)} comes after the complaint was withdrawn.`,
    fix: () => 'Check the dates: a withdrawn complaint has no further stages. A new complaint needs a new timeline.',
  },
  'step-missing': {
    code: 'INVALID_TIMELINE',
    recordCode: 'INVALID_RECORD',
    problem: (d, at) =>
      at.event === undefined ? `${at.field} is given, but ${d.needs}, the step it counts from, is blank.` : `${named(at.event)} is recorded, but the '${d.needs}' event it counts from is not.`,
    fix: (d, at) =>
      at.event === undefined
        ? `Give ${d.needs}, or clear ${at.field}.`
        : `Add the '${d.needs}' event for Stage ${d.stage}${d.needs === 'acknowledged' ? ' (give it the same date if the response was the first contact)' : ''}.`,
  },
  'step-out-of-order': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} comes before the '${d.needs}' event it counts from (${d.anchorDate}).`,
    fix: () => 'Check both dates.',
  },
  'extension-not-allowed': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} extends Stage ${d.stage}, whose response may not be extended.`,
    fix: () => 'Remove the extension event.',
  },
  'extension-not-longer': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} sets a limit of ${d.asked} working days, not longer than the ${d.floor} already in place.`,
    fix: (d) => `workingDays is the new total limit from the stage's start, e.g. ${d.cap} for Stage ${d.stage}; leave it out to use the maximum.`,
  },
  'deferral-not-in-procedure': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} defers the complaint, but the procedure '${d.procedure}' has no deferral.`,
    fix: () => 'Remove the deferral events, or assess the complaint under a procedure that allows deferral.',
  },
  'deferral-outside-open-stage': {
    code: 'INVALID_TIMELINE',
    problem: (_d, at) => `${named(at.event)} defers the complaint when no stage is under way.`,
    fix: () => 'A deferral stops the clock of a stage: date it between the stage starting and its response.',
  },
  'deferral-while-deferred': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} defers the complaint while it is already deferred (since ${d.since}).`,
    fix: () => "Add the 'resumed' event that ended the first deferral, or remove the second.",
  },
  'resumed-without-deferral': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} resumes a complaint that is not deferred.${d.lastEndedBy === null ? '' : ` The last deferral ended with ${named(d.lastEndedBy)}.`}`,
    fix: () => "Add the 'deferred' event it ends, or remove it.",
  },
  'duplicate-ombudsman-referral': {
    code: 'INVALID_TIMELINE',
    problem: (d, at) => `${named(at.event)} refers the complaint again while the referral of ${d.pendingSince} awaits a decision.`,
    fix: () => "Add the 'ombudsman-decision' event for the first referral, or remove the second.",
  },
  'ombudsman-decision-without-referral': {
    code: 'INVALID_TIMELINE',
    problem: (_d, at) => `${named(at.event)} is a decision with no referral awaiting one.`,
    fix: () => "Add the 'ombudsman-referred' event, dated on or before the decision.",
  },
  required: {
    code: 'INVALID_RECORD',
    problem: (d, at) => (d.what === '' ? `${at.field} is required and is missing or blank.` : d.what),
    fix: (_d, at) => `Give ${at.field}.`,
  },
  'unknown-field': {
    code: 'INVALID_RECORD',
    problem: (d, at) =>
      d.known === null ? `${describeValue(at.value)} is not a record field.` : `${at.field.replace(/\.[^.]*$/, '')} has an unknown key ${describeValue(at.value)}; expected ${d.known.join(', ')}.`,
    fix: (d) => (d.known === null ? "Correct its spelling, or pass { unknownFields: 'ignore' }." : 'Remove the key or correct its spelling.'),
  },
  'duplicate-field': {
    code: 'INVALID_RECORD',
    problem: (_d, at) => `${at.field} is given twice (nested and as a dotted key).`,
    fix: () => 'Give it once.',
  },
  'after-as-of': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `${at.field} (${d.date}) is after the asOf day (${d.asOf}).`,
    fix: () => 'Check the date, or read the file with a later asOf (the day the data was extracted).',
  },
  'before-receipt': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `${at.field} (${d.date}) is before the complaint was received (${d.receivedOn}).`,
    fix: () => 'Check the date and receivedOn.',
  },
  'out-of-order': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `${at.field} (${d.date}) is before ${d.earlierField} (${d.earlierDate}).`,
    fix: () => 'Check both dates.',
  },
  'outcome-without-response': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `${at.field} is given, but stage${d.stage}.respondedOn is blank: an outcome needs its response date.`,
    fix: (d) => `Give stage${d.stage}.respondedOn, or clear the outcome.`,
  },
  'open-with-response': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `${at.field} says the stage is still open, but stage${d.stage}.respondedOn gives a response date.`,
    fix: () => 'Give the outcome of the response, or clear the response date.',
  },
  'limit-without-extension': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `${at.field} is given, but stage${d.stage}.extensionNotifiedOn (when the extension was notified) is blank.`,
    fix: (d) => `Give stage${d.stage}.extensionNotifiedOn, or clear ${'the extension fields'}.`,
  },
  'ombudsman-incomplete': {
    code: 'INVALID_RECORD',
    problem: (d) =>
      d.needs === 'decidedOn'
        ? 'An Ombudsman decision needs its date (ombudsman.decidedOn).'
        : d.needs === 'decision'
          ? 'An Ombudsman decision date needs the decision (ombudsman.decision).'
          : 'An Ombudsman decision needs the date of the referral (ombudsman.referredOn).',
    fix: (d) => `Give ombudsman.${d.needs}.`,
  },
  'previous-stage-unanswered': {
    code: 'INVALID_RECORD',
    problem: (d) => `Stage ${d.stage} was requested, but stage${d.stage - 1}.respondedOn is blank; the deadline engine counts Stage ${d.stage} from a Stage ${d.stage - 1} response.`,
    fix: (d) => `Give stage${d.stage - 1}.respondedOn.`,
  },
  'after-withdrawal': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `${at.field} (${d.date}) comes after the complaint was withdrawn (${d.withdrawnOn}).`,
    fix: () => 'Check the dates: a withdrawn complaint has no further stages.',
  },
  'overlapping-deferrals': {
    code: 'INVALID_RECORD',
    problem: (d) => `The deferral from ${d.from} overlaps the deferral from ${d.otherFrom}.`,
    fix: () => 'Check the dates: one deferral ends before the next begins.',
  },
  'advocacy-contradiction': {
    code: 'INVALID_RECORD',
    problem: () => 'An advocate was allocated, but advocacy.provided says no.',
    fix: () => 'Correct advocacy.provided or advocacy.allocatedOn.',
  },
  'not-assessable': {
    code: 'INVALID_TIMELINE',
    problem: (d) => `The deadline engine cannot assess this record (engine rule '${d.engineRule}'): ${d.engineMessage}`,
    fix: () => 'Correct the dates the message names.',
  },
  'duplicate-id': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `Row ${d.firstRow} already has the id ${describeValue(at.value)}; the first row with an id is kept and later ones are rejected.`,
    fix: () => 'Give each complaint its own id.',
  },
  'not-an-object': {
    code: 'INVALID_RECORD',
    problem: (d, at) => (d.reason === null ? `Row ${at.row ?? '?'} should be an object but is ${describeValue(at.value)}.` : `Row ${at.row ?? '?'} could not be read: ${d.reason}.`),
    fix: () => 'Give each row as an object of record fields.',
  },
  'malformed-csv': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `Line ${at.line ?? '?'} cannot be read as CSV (${d.reason}); check its quotes: a quoted field must end with a quote, and quotes inside a field are doubled.`,
    fix: () => 'Fix the quotes in that line at source and export again.',
  },
  'column-count': {
    code: 'INVALID_RECORD',
    problem: (d, at) => `Row ${at.row ?? '?'} has ${d.cells} cells but the header has ${d.headings}; the line may be truncated or have a stray separator.`,
    fix: () => 'Check the line at source and export again.',
  },
  'not-a-record': {
    code: 'INVALID_RECORD',
    problem: (_d, at) => `Expected a complaint record but got ${describeValue(at.value)}.`,
    fix: () => 'Pass the records from parseComplaintRecords() or readComplaintsCsv() (their .records).',
  },
  'received-after-as-of': {
    code: 'INVALID_RECORD',
    problem: (d) => `The complaint is received on ${d.receivedOn}, after asOf, yet it has a Stage 2, Stage 3 or Ombudsman date on or before asOf.`,
    fix: () => 'Check receivedOn and the later dates.',
  },
  'undeclared-service-area': {
    code: 'INVALID_RECORD',
    problem: (d, at) =>
      d.declared === null
        ? `The service area ${describeValue(at.value)} is not a service area id.`
        : `The service area ${describeValue(at.value)} is not one of the declared service areas (${d.declared.join(', ')}).`,
    fix: () => 'Declare the area in serviceAreas, or correct the record.',
  },
  'not-a-field': {
    code: 'INVALID_ARGUMENT',
    problem: (_d, at) => `${describeValue(at.value)} is not a record field.`,
    fix: (d) =>
      `Map the heading to one of RECORD_FIELDS, e.g. 'stage1.respondedOn'; ${d.nearest.length === 0 ? 'there are no fields' : `the nearest fields are ${d.nearest.map((f) => describeValue(f)).join(', ')}`}.`,
  },
  'mapped-twice': {
    code: 'INVALID_ARGUMENT',
    problem: (d) =>
      d.other === null ? `The heading ${describeValue(d.heading)} is mapped twice.` : `Both ${describeValue(d.other)} and ${describeValue(d.heading)} are mapped to ${d.target ?? ''}.`,
    fix: (d) => (d.other === null ? 'Map each heading once.' : 'Map one heading to each field.'),
  },
  'blank-heading': {
    code: 'INVALID_ARGUMENT',
    problem: (_d, at) => `The heading ${describeValue(at.value)} has no letters or digits.`,
    fix: () => 'Use the heading as the file writes it.',
  },
  'required-field-unmapped': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `No heading is mapped to ${d.target}, which every record needs.`,
    fix: (d) => `Add your heading for ${d.target} to columns.`,
  },
  'heading-not-in-file': {
    code: 'INVALID_ARGUMENT',
    problem: (d) =>
      `The file has no heading ${describeValue(d.heading)}, mapped to ${d.target}, which every record needs; ${
        d.nearest.length === 0 ? 'the file has no headings' : `the nearest headings are ${d.nearest.map((h) => describeValue(h)).join(', ')}`
      }.`,
    fix: () => 'Correct the heading in columns.',
  },
  'heading-in-file-twice': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `The file has the mapped heading ${describeValue(d.heading)} twice.`,
    fix: () => 'Rename one of the columns, or map neither.',
  },
  'header-unreadable': {
    code: 'INVALID_ARGUMENT',
    problem: (d) => `The header line (line ${d.line}) cannot be read: ${d.reason}.`,
    fix: () => 'Fix the quotes in the header line.',
  },
  'empty-export': {
    code: 'INVALID_ARGUMENT',
    problem: () => 'The file is empty: it has no header line and no rows.',
    fix: () => 'Check that the right file was given and that the export finished; an export with no complaints still has its header line.',
  },
  'period-not-given': {
    code: 'INVALID_REPORT_OPTIONS',
    problem: (d) => (d.problem === 'both' ? 'Both year and period are given.' : 'Neither year nor period is given.'),
    fix: () => "Give one of them: { year: '2024/25' } for a financial year, or { period: { from, to } }.",
  },
  'invalid-year': {
    code: 'INVALID_ARGUMENT',
    problem: (_d, at) => `Expected a financial year such as '2024/25' but got ${describeValue(at.value)}.`,
    fix: () => "Write the year as 'YYYY/YY' (also 'YYYY/YYYY' or 'YYYY-YY'), e.g. '2024/25' for 1 April 2024 to 31 March 2025, from 2000/01 to 2098/99; or give an explicit period.",
  },
  'period-reversed': {
    code: 'INVALID_REPORT_OPTIONS',
    problem: (d) => `The period ends (${d.to}) before it starts (${d.from}).`,
    fix: () => 'Swap the dates.',
  },
  'as-of-before-period': {
    code: 'INVALID_REPORT_OPTIONS',
    problem: (d) => `asOf (${d.asOf}) is before the period starts (${d.from}).`,
    fix: () => 'Pass the day the records describe: on or after the first day of the period.',
  },
  'previous-not-earlier': {
    code: 'INVALID_REPORT_OPTIONS',
    problem: (d) => `The previous report covers ${d.previous}, which does not end before this period (${d.current}) starts.`,
    fix: () => 'Pass the report of an earlier year as previous.',
  },
  'not-a-report': {
    code: 'INVALID_REPORT',
    problem: (d, at) => `${at.field} should be ${d.expected} but is ${describeValue(at.value)}.`,
    fix: () => 'Pass a report built by buildAnnualReport() (or its JSON, parsed back), unchanged in shape.',
  },
}))();

/**
 * Every rule that can reject an argument, an option, a timeline, a record or
 * a report, in one list. Each is the `rule` of an {@link Issue}, with typed
 * details ({@link RejectionDetails}); docs/errors.md describes each.
 *
 * @example
 * ```ts
 * import { REJECTION_RULES } from 'children-act-complaints';
 *
 * REJECTION_RULES.includes('response-before-start'); // true
 * REJECTION_RULES.includes('duplicate-id');          // true
 * ```
 */
export const REJECTION_RULES: readonly RejectionRule[] = /* @__PURE__ */ (() => Object.freeze(Object.keys(CATALOGUE) as RejectionRule[]))();

/**
 * The details of any rule: what {@link ChildrenActComplaintsError.details}
 * holds. Narrow it by the error's `rule` to read one rule's details (see
 * {@link RejectionDetails}).
 *
 * @example
 * ```ts
 * import type { AnyRejectionDetails } from 'children-act-complaints';
 *
 * const details: AnyRejectionDetails = { stage: 1 };
 * ```
 */
export type AnyRejectionDetails = RejectionDetails[RejectionRule];

/**
 * Each rule with its code (and the code it has in a record, where that
 * differs), for the generated table in docs/errors.md.
 *
 * @internal
 */
export function ruleCodes(): readonly { readonly rule: RejectionRule; readonly code: ErrorCode; readonly recordCode: ErrorCode | undefined }[] {
  return REJECTION_RULES.map((rule) => {
    const text = CATALOGUE[rule] as Text<unknown>;
    return { rule, code: text.code, recordCode: text.recordCode };
  });
}

/**
 * Builds an issue: its code, message and fix from the catalogue.
 *
 * @internal
 */
export function issueOf<R extends RejectionRule>(rule: R, details: RejectionDetails[R], at: At, context: 'default' | 'record' = 'default'): Issue<R> {
  return issueFrom(CATALOGUE[rule] as Text<RejectionDetails[R]>, rule, details, at, context);
}

function issueFrom<R extends RejectionRule>(text: Text<RejectionDetails[R]>, rule: R, details: RejectionDetails[R], at: At, context: 'default' | 'record'): Issue<R> {
  const issue: { -readonly [K in keyof Issue<R>]: Issue<R>[K] } = {
    rule,
    code: context === 'record' ? (text.recordCode ?? text.code) : text.code,
    field: at.field,
    eventIndex: at.event?.index ?? null,
    eventType: at.event?.type ?? null,
    details,
    message: text.problem(details, at),
    fix: text.fix(details, at),
  };
  if ('value' in at) issue.value = at.value;
  return Object.freeze(issue);
}

/** The same issue about a field inside a list, e.g. `timelines[3]`, its message saying so. @internal */
export function prefixIssue(issue: AnyIssue, prefix: string): AnyIssue {
  return Object.freeze({ ...issue, field: `${prefix}.${issue.field}`, message: `In ${prefix}: ${issue.message}` });
}

/**
 * The error for one broken rule: the subclass its code belongs to.
 *
 * @internal
 */
export function fail<R extends RejectionRule>(rule: R, details: RejectionDetails[R], at: At): ChildrenActComplaintsError {
  return errorOf([issueOf(rule, details, at) as AnyIssue]);
}

/**
 * {@link fail} for the rules of the calendar's arguments. It reads only their
 * part of the catalogue, so a bundle that uses the calendar alone does not
 * carry the messages of every other rule.
 *
 * @internal
 */
export function failArgument<R extends ArgumentRule>(rule: R, details: RejectionDetails[R], at: At): ChildrenActComplaintsError {
  return errorOf([issueFrom(ARGUMENT_TEXTS[rule] as Text<RejectionDetails[R]>, rule, details, at, 'default') as AnyIssue]);
}
