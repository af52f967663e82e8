import type { ErrorCode } from '../errors';
import { issueOf, type RejectionDetails, type RejectionRule } from '../rules';
import type { ComplaintRecord } from './fields';

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
 *   message: 'stage1.respondedOn: "31/02/2024" is not a date this reader accepts: that day does not exist in that month.',
 *   fix: 'Correct the date in the export: DD/MM/YYYY or YYYY-MM-DD.',
 *   details: { hint: 'no-such-day', reader: true },
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
  readonly rule: RejectionRule;
  /** What is wrong, in a sentence. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  /** The rule's typed details (see {@link RejectionDetails}). */
  readonly details: unknown;
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
 *   issues: [{
 *     field: 'id', code: 'INVALID_RECORD', rule: 'duplicate-id', details: { firstRow: 1 }, value: 'C-2024-003',
 *     message: 'Row 1 already has the id "C-2024-003"; the first row with an id is kept and later ones are rejected.',
 *     fix: 'Give each complaint its own id.',
 *   }],
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

/** @internal Builds a record's issue from the catalogue, leaving out absent optional parts. */
export function makeIssue<R extends RejectionRule>(
  field: string,
  rule: R,
  details: RejectionDetails[R],
  extra: { readonly value?: unknown; readonly suggestions?: readonly string[]; readonly column?: string | undefined; readonly row?: number; readonly line?: number } = {},
): RecordIssue {
  const at = { field, row: extra.row, line: extra.line };
  const built = issueOf(rule, details, 'value' in extra ? { ...at, value: extra.value } : at, 'record');
  const issue: { -readonly [K in keyof RecordIssue]: RecordIssue[K] } = { field, code: built.code, rule, message: built.message, fix: built.fix, details };
  if (extra.column !== undefined) issue.column = extra.column;
  if ('value' in extra) issue.value = extra.value;
  if (extra.suggestions !== undefined) issue.suggestions = Object.freeze([...extra.suggestions]);
  return Object.freeze(issue);
}
