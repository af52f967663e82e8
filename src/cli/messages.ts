/**
 * How the command line words what went wrong: rejected rows one issue per
 * line (row, line, id, column, field, reason), and library errors without
 * their stack.
 *
 * @internal
 * @module
 */
import type { RejectedReportRecord, RejectedRow } from '../index';
import { ChildrenActComplaintsError } from '../index';

const PREFIX = '[children-act-complaints] ';

/** A library error as one line: its code, problem, field and fix; never a stack. @internal */
export function describeError(error: unknown): string {
  if (error instanceof ChildrenActComplaintsError) return error.message.startsWith(PREFIX) ? error.message.slice(PREFIX.length) : error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Where a row is: `row 12, line 13 (C-2023-014)`. */
function placeOf(row: RejectedRow): string {
  const line = row.line === undefined ? '' : `, line ${row.line}`;
  const id = row.id === undefined ? '' : ` (${row.id})`;
  return `row ${row.row}${line}${id}`;
}

/**
 * A rejected row as lines, one per issue, each naming the row, its line in
 * the file, its id, the council's column and the record field, then the
 * reason.
 *
 * @internal
 */
export function describeRejectedRow(row: RejectedRow): string[] {
  const place = placeOf(row);
  return row.issues.map((issue) => {
    const column = issue.column === undefined ? '' : `, column "${issue.column}"`;
    const field = issue.field === 'row' || issue.message.startsWith(issue.field) ? '' : `${issue.field}: `;
    return `${place}${column}: ${field}${issue.message} ${issue.fix}`;
  });
}

/** A record the report could not count, as one line. @internal */
export function describeReportRejection(rejected: RejectedReportRecord): string {
  const id = rejected.id === null ? '' : ` (${rejected.id})`;
  return `record ${rejected.index + 1}${id}: ${rejected.field}: ${rejected.message}`;
}

/** "1 row", "2 rows". @internal */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
