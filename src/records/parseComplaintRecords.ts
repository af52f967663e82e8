import { fail } from '../rules';
import { buildRecord } from './buildRecord';
import { RecordCollector } from './collect';
import { isBlank, ownEntries, type Cell } from './convert';
import { RECORD_FIELDS, type CsvField, type RecordField } from './fields';
import { makeIssue, type ComplaintRecordsResult, type RecordIssue } from './issues';
import { recordContextOf, type ComplaintRecordsOptions, type RecordContext } from './options';

const FIELD_SET: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(RECORD_FIELDS);

let groups: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** The nested objects of a record and their fields, e.g. `stage1` -> `respondedOn`, … */
function groupsOf(): ReadonlyMap<string, ReadonlySet<string>> {
  if (groups !== undefined) return groups;
  const built = new Map<string, Set<string>>();
  for (const field of RECORD_FIELDS) {
    const dot = field.indexOf('.');
    if (dot < 0) continue;
    const group = field.slice(0, dot);
    if (!built.has(group)) built.set(group, new Set());
    built.get(group)?.add(field.slice(dot + 1));
  }
  return (groups = built);
}

function cellsOfJsonRow(row: object, context: RecordContext): { cells: Map<CsvField, Cell>; issues: RecordIssue[] } {
  const cells = new Map<CsvField, Cell>();
  const issues: RecordIssue[] = [];
  const unknown = (field: string): void => {
    if (context.unknownFields === 'reject') {
      issues.push(makeIssue(field, 'unknown-field', { known: null }, { value: field }));
    }
  };
  const set = (field: RecordField, value: unknown): void => {
    if (cells.has(field)) {
      issues.push(makeIssue(field, 'duplicate-field', {}, { value }));
      return;
    }
    cells.set(field, { value });
  };
  for (const [key, value] of ownEntries(row)) {
    const group = groupsOf().get(key);
    if (group !== undefined) {
      if (isBlank(value)) continue;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push(makeIssue(key, 'invalid-value', { expected: 'an object' }, { value }));
        continue;
      }
      for (const [sub, subValue] of ownEntries(value)) {
        if (group.has(sub)) set(`${key}.${sub}` as RecordField, subValue);
        else unknown(`${key}.${sub}`);
      }
    } else if (FIELD_SET.has(key)) {
      set(key as RecordField, value);
    } else {
      unknown(key);
    }
  }
  return { cells, issues };
}

/**
 * Reads complaint records from JSON rows, such as a case system's export or
 * an API body. Each row is an object shaped like a {@link ComplaintRecord}
 * (nested `stage1`, `stage2`, … objects, or dotted keys such as
 * `'stage1.respondedOn'`), whose values may be the labels and dates an
 * export writes: "Partly Upheld", "Parent/Guardian", `'31/01/2024'`, "Yes".
 *
 * Every row comes out either as a record or as a rejected row listing every
 * problem found (field, code, rule, message), so
 * `records.length + rejected.length === rows.length`. Rejected: impossible
 * dates, dates after `asOf`, a response before receipt and other dates out
 * of order, outcomes for stages never requested, unknown labels and fields,
 * and duplicate ids (the first row with an id is kept; later ones are
 * rejected). Keys such as `__proto__` are only ever read as data. The input
 * is never changed.
 *
 * @param rows - the rows, an array of anything
 * @param options - `asOf`, `serviceAreas` (defaults to {@link commonServiceAreas}), `aliases`, `unknownFields`
 * @returns `{ records, rejected }`, frozen
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when `rows` is not an array or an option is malformed; `INVALID_DATE` when `asOf` is not a real `YYYY-MM-DD` date
 *
 * @example
 * ```ts
 * import { parseComplaintRecords } from 'children-act-complaints';
 *
 * const { records, rejected } = parseComplaintRecords(
 *   [
 *     { id: 'C-1', receivedOn: '02/04/2024', serviceArea: 'Children in Need', source: 'Parent/Guardian',
 *       stage1: { respondedOn: '16/04/2024', outcome: 'Partially Upheld' } },
 *     { id: 'C-2', receivedOn: '31/02/2024', serviceArea: 'LAC' },
 *   ],
 *   { asOf: '2024-06-30' },
 * );
 * records[0]?.stage1; // { respondedOn: '2024-04-16', outcome: 'partly-upheld' }
 * rejected[0]?.issues[0]?.rule; // 'invalid-date'
 * ```
 */
export function parseComplaintRecords(rows: readonly unknown[], options?: ComplaintRecordsOptions): ComplaintRecordsResult {
  if (!Array.isArray(rows)) {
    throw fail('wrong-type', { expected: 'an array of rows', example: 'the parsed JSON array; for CSV text use readComplaintsCsv()' }, { field: 'rows', value: rows });
  }
  const context = recordContextOf(options);
  const collector = new RecordCollector();
  for (let index = 0; index < rows.length; index += 1) {
    const row = index + 1;
    try {
      const value: unknown = rows[index];
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        collector.reject(row, [makeIssue('row', 'not-an-object', { reason: null }, { value, row })]);
        continue;
      }
      const { cells, issues } = cellsOfJsonRow(value, context);
      collector.add(row, buildRecord(cells, context, issues));
    } catch (error) {
      // A hostile row (a throwing getter, a revoked proxy) is rejected, never lost.
      collector.reject(row, [makeIssue('row', 'not-an-object', { reason: error instanceof Error ? error.message : 'reading it threw' }, { row })]);
    }
  }
  return collector.result();
}
