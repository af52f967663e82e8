/**
 * Gathering rows into `{ records, rejected }`, with duplicate ids rejected.
 *
 * @internal
 * @module
 */
import type { BuiltRow } from './buildRecord';
import { makeIssue, type ComplaintRecordsResult, type RecordIssue, type RejectedRow } from './issues';
import type { ComplaintRecord } from './fields';

/**
 * Collects rows in input order. The first row with an id keeps it; every
 * later row with that id is rejected, whether or not the first was valid.
 */
export class RecordCollector {
  readonly records: ComplaintRecord[] = [];
  readonly rejected: RejectedRow[] = [];
  private readonly firstRowOf = new Map<string, number>();

  /** Adds a row that was read: its record if it has no issues, else a rejected row. */
  add(row: number, built: BuiltRow, line?: number, column?: string): void {
    const issues = [...this.duplicateIssue(row, built.id, column), ...built.issues];
    if (issues.length === 0 && built.record !== undefined) this.records.push(built.record);
    else this.push(row, issues, built.id, line);
  }

  /** Adds a row that could not be read at all; its id, where seen, still counts. */
  reject(row: number, issues: readonly RecordIssue[], id?: string, line?: number, column?: string): void {
    this.push(row, [...this.duplicateIssue(row, id, column), ...issues], id, line);
  }

  result(): ComplaintRecordsResult {
    return Object.freeze({ records: Object.freeze(this.records), rejected: Object.freeze(this.rejected) });
  }

  private duplicateIssue(row: number, id: string | undefined, column: string | undefined): RecordIssue[] {
    if (id === undefined) return [];
    const first = this.firstRowOf.get(id);
    if (first === undefined) {
      this.firstRowOf.set(id, row);
      return [];
    }
    return [makeIssue('id', 'duplicate-id', { firstRow: first }, { value: id, column })];
  }

  private push(row: number, issues: readonly RecordIssue[], id: string | undefined, line: number | undefined): void {
    this.rejected.push(
      Object.freeze({
        row,
        ...(line === undefined ? {} : { line }),
        ...(id === undefined ? {} : { id }),
        issues: Object.freeze([...issues]),
      }),
    );
  }
}
