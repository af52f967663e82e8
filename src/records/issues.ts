import type { ErrorCode } from '../errors';
import type { ComplaintRecord } from './record';

/**
 * The rule a rejected row broke:
 * - `'required'`: `id`, `receivedOn` or `serviceArea` is missing;
 * - `'invalid-date'`: not a real date in `DD/MM/YYYY` or `YYYY-MM-DD` (e.g. 31/02/2024);
 * - `'out-of-range'`: a real date outside 2000-01-01 to 2099-12-31;
 * - `'unknown-label'`: a label no taxonomy or service area knows;
 * - `'invalid-value'`: a value of the wrong kind (a yes/no, a number of working days, a list);
 * - `'unknown-field'`: a JSON key that is not a record field;
 * - `'duplicate-field'`: the same field given twice in one row;
 * - `'after-as-of'`: a date after the `asOf` day;
 * - `'before-receipt'`: a stage or event date before the complaint was received (e.g. a response before receipt);
 * - `'grounds-after-receipt'`: the grounds arose after the complaint was received;
 * - `'out-of-order'`: two dates in an impossible order (a Stage 2 response before its request, a hold that ends before it starts);
 * - `'stage-not-started'`: facts or an outcome for a stage that was never requested;
 * - `'outcome-without-response'`: an outcome with no response date;
 * - `'open-with-response'`: an outcome saying "open" beside a response date;
 * - `'limit-without-extension'`: an extended limit with no extension date;
 * - `'ombudsman-incomplete'`: an Ombudsman decision without its date, or a date without the decision;
 * - `'previous-stage-unanswered'`: Stage 2 (or 3) requested although the stage before has no response date;
 * - `'step-missing'`: a Stage 3 step recorded without the step it counts from (a panel report without the panel, a response without the report);
 * - `'after-withdrawal'`: a stage event after the complaint was withdrawn (by `withdrawnOn`, or a response whose outcome is "withdrawn");
 * - `'overlapping-holds'`: two holds that overlap;
 * - `'advocacy-contradiction'`: an advocate allocated although advocacy is recorded as not provided;
 * - `'not-assessable'`: the deadline engine ({@link assessComplaint}) refuses the record's timeline for a reason the rules above do not name (code `INVALID_TIMELINE`; the message gives the engine's rule), e.g. a hold that starts between stages;
 * - `'duplicate-id'`: the id of an earlier row (the first row with an id is the one kept);
 * - `'not-an-object'`: a JSON row that is not an object;
 * - `'malformed-csv'`: a CSV line the CSV parser could not read (a broken quote);
 * - `'column-count'`: a CSV row with more or fewer cells than the header (e.g. a truncated last line).
 *
 * @example
 * ```ts
 * import type { RecordRule } from 'children-act-complaints';
 *
 * const rule: RecordRule = 'before-receipt';
 * ```
 */
export type RecordRule =
  | 'required'
  | 'invalid-date'
  | 'out-of-range'
  | 'unknown-label'
  | 'invalid-value'
  | 'unknown-field'
  | 'duplicate-field'
  | 'after-as-of'
  | 'before-receipt'
  | 'grounds-after-receipt'
  | 'out-of-order'
  | 'stage-not-started'
  | 'outcome-without-response'
  | 'open-with-response'
  | 'limit-without-extension'
  | 'ombudsman-incomplete'
  | 'previous-stage-unanswered'
  | 'step-missing'
  | 'after-withdrawal'
  | 'overlapping-holds'
  | 'advocacy-contradiction'
  | 'not-assessable'
  | 'duplicate-id'
  | 'not-an-object'
  | 'malformed-csv'
  | 'column-count';

/**
 * One problem with one row.
 *
 * @example
 * ```ts
 * import type { RecordIssue } from 'children-act-complaints';
 *
 * const issue: RecordIssue = {
 *   field: 'stage1.respondedOn',
 *   column: 'Date responded',
 *   code: 'INVALID_DATE',
 *   rule: 'invalid-date',
 *   message: '"31/02/2024" is not a real date.',
 *   value: '31/02/2024',
 * };
 * ```
 */
export interface RecordIssue {
  /** The record field at fault, e.g. `'stage1.respondedOn'` or `'holds[1].to'`; `'row'` for the row as a whole. */
  readonly field: string;
  /** For CSV input, the council's own heading of the column at fault. */
  readonly column?: string;
  /** The library error code: `INVALID_DATE`, `OUT_OF_RANGE`, `UNKNOWN_LABEL`, `INVALID_TIMELINE` (rule `'not-assessable'`) or `INVALID_RECORD`. */
  readonly code: ErrorCode;
  /** The rule broken. */
  readonly rule: RecordRule;
  /** What is wrong and what to do, in a sentence or two. */
  readonly message: string;
  /** The offending value, where there is one. */
  readonly value?: unknown;
  /** For unknown labels, the nearest known labels, best first. */
  readonly suggestions?: readonly string[];
}

/**
 * A row that did not become a record, with every problem found in it.
 *
 * @example
 * ```ts
 * import type { RejectedRow } from 'children-act-complaints';
 *
 * const rejected: RejectedRow = {
 *   row: 3,
 *   line: 4,
 *   id: 'C-2024-003',
 *   issues: [{ field: 'id', code: 'INVALID_RECORD', rule: 'duplicate-id', message: 'Row 1 already has the id "C-2024-003".' }],
 * };
 * ```
 */
export interface RejectedRow {
  /** The 1-based data row: for JSON the array index plus one; for CSV the n-th data row after the header, blank rows not counted. */
  readonly row: number;
  /** For CSV, the 1-based physical line where the row starts in the file (the header is line 1 when it is the first line). */
  readonly line?: number;
  /** The row's id, where it could be read. */
  readonly id?: string;
  /** Every problem found, in field order. */
  readonly issues: readonly RecordIssue[];
}

/**
 * The result of {@link parseComplaintRecords} and {@link readComplaintsCsv}:
 * every input row is either a record or a rejected row, never both, never
 * neither, so `records.length + rejected.length` is the number of rows.
 *
 * @example
 * ```ts
 * import { parseComplaintRecords, type ComplaintRecordsResult } from 'children-act-complaints';
 *
 * const result: ComplaintRecordsResult = parseComplaintRecords([]);
 * result.records.length + result.rejected.length; // 0
 * ```
 */
export interface ComplaintRecordsResult {
  /** The valid records, frozen, in input order. */
  readonly records: readonly ComplaintRecord[];
  /** The rows that were not accepted, in input order. */
  readonly rejected: readonly RejectedRow[];
}

/** @internal Builds an issue, leaving out absent optional parts. */
export function makeIssue(
  field: string,
  code: ErrorCode,
  rule: RecordRule,
  message: string,
  extra: { readonly value?: unknown; readonly suggestions?: readonly string[]; readonly column?: string | undefined } = {},
): RecordIssue {
  const issue: { -readonly [K in keyof RecordIssue]: RecordIssue[K] } = { field, code, rule, message };
  if (extra.column !== undefined) issue.column = extra.column;
  if ('value' in extra) issue.value = extra.value;
  if (extra.suggestions !== undefined) issue.suggestions = Object.freeze([...extra.suggestions]);
  return Object.freeze(issue);
}
