import { InvalidInputError } from '../errors';
import { describeValue } from '../internal/describe';
import { normaliseLabel, suggestionDistance } from '../taxonomy/labels';
import { buildRecord } from './buildRecord';
import { RecordCollector } from './collect';
import type { Cell } from './convert';
import { looseCells, readCsvLines } from './csvLines';
import { CSV_ONLY_FIELDS, isCsvField, RECORD_FIELDS, type CsvField } from './fields';
import { makeIssue, type ComplaintRecordsResult } from './issues';
import { recordContextOf, type ComplaintRecordsOptions } from './options';

/**
 * Options of {@link readComplaintsCsv}.
 *
 * @example
 * ```ts
 * import type { ReadComplaintsCsvOptions } from 'children-act-complaints';
 *
 * const options: ReadComplaintsCsvOptions = {
 *   columns: { 'Case ref': 'id', 'Date received': 'receivedOn', 'Team': 'serviceArea', 'Stage 1 outcome': 'stage1.outcome' },
 *   asOf: '2025-05-31',
 * };
 * ```
 */
export interface ReadComplaintsCsvOptions extends Omit<ComplaintRecordsOptions, 'unknownFields'> {
  /**
   * The council's own headings, mapped to record fields. Headings are matched
   * like labels (case, spaces and punctuation ignored). `id`, `receivedOn`
   * and `serviceArea` must be mapped; columns the mapping leaves out are not
   * read, and are listed in the result's `unmappedHeadings`.
   */
  readonly columns: Readonly<Record<string, CsvField>> | ReadonlyMap<string, CsvField>;
  /** The cell separator; `','` by default. */
  readonly delimiter?: string;
}

/**
 * The result of {@link readComplaintsCsv}: the records and rejected rows,
 * plus what was learnt about the file's headings.
 *
 * @example
 * ```ts
 * import type { CsvComplaintRecordsResult } from 'children-act-complaints';
 *
 * function summary(result: CsvComplaintRecordsResult): string {
 *   return `${result.records.length} read, ${result.rejected.length} rejected, ${result.unmappedHeadings.length} columns not read`;
 * }
 * ```
 */
export interface CsvComplaintRecordsResult extends ComplaintRecordsResult {
  /** The file's headings, as written. */
  readonly headings: readonly string[];
  /** Headings the mapping does not name: their cells were not read. */
  readonly unmappedHeadings: readonly string[];
  /** Headings the mapping names that the file does not have (optional fields only). */
  readonly missingHeadings: readonly string[];
}

const REQUIRED: readonly CsvField[] = ['id', 'receivedOn', 'serviceArea'];

function bad(field: string, value: unknown, problem: string, fix: string): InvalidInputError {
  return new InvalidInputError('INVALID_ARGUMENT', problem, { field, value, fix });
}

function nearest(wanted: string, candidates: readonly string[]): string {
  const key = normaliseLabel(wanted);
  // Each distance once (not once per comparison), on labels cut as the taxonomies cut them.
  const ranked = candidates
    .map((candidate) => ({ candidate, distance: suggestionDistance(key, normaliseLabel(candidate)) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ candidate }) => candidate);
  return ranked.length === 0 ? 'the file has no headings' : `the nearest headings are ${ranked.map((h) => describeValue(h)).join(', ')}`;
}

/** Checks the mapping: known targets, no target twice, the required ones present. Returns heading key -> [heading, field]. */
function checkColumns(columns: unknown): Map<string, readonly [string, CsvField]> {
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
    throw bad('columns', columns, `Expected a mapping from your headings to record fields but got ${describeValue(columns)}.`, "Pass e.g. { 'Case ref': 'id', 'Date received': 'receivedOn', 'Team': 'serviceArea' }.");
  }
  const entries: [unknown, unknown][] = columns instanceof Map ? [...(columns as Map<unknown, unknown>)] : Object.entries(columns);
  const byKey = new Map<string, readonly [string, CsvField]>();
  const byField = new Map<CsvField, string>();
  for (const [heading, field] of entries) {
    if (typeof heading !== 'string') {
      throw bad('columns', heading, `Expected each heading as text but got ${describeValue(heading)}.`, 'Use the headings as the file writes them, as strings.');
    }
    const at = `columns[${JSON.stringify(heading)}]`;
    if (!isCsvField(field)) {
      // Only a string is compared for suggestions: String() of a hostile object can throw.
      const near = nearest(typeof field === 'string' ? field : '', [...RECORD_FIELDS, ...CSV_ONLY_FIELDS]).replace('headings', 'fields');
      throw bad(at, field, `${describeValue(field)} is not a record field.`, `Map the heading to one of RECORD_FIELDS or CSV_ONLY_FIELDS, e.g. 'stage1.respondedOn'; ${near}.`);
    }
    const key = normaliseLabel(heading);
    if (key === '') throw bad(at, heading, `The heading ${describeValue(heading)} has no letters or digits.`, 'Use the heading as the file writes it.');
    if (byKey.has(key)) throw bad(at, heading, `The heading ${describeValue(heading)} is mapped twice.`, 'Map each heading once.');
    const other = byField.get(field);
    if (other !== undefined) throw bad(at, field, `Both ${describeValue(other)} and ${describeValue(heading)} are mapped to ${field}.`, 'Map one heading to each field.');
    byKey.set(key, [heading, field]);
    byField.set(field, heading);
  }
  for (const field of REQUIRED) {
    if (!byField.has(field)) throw bad('columns', columns, `No heading is mapped to ${field}, which every record needs.`, `Add your heading for ${field} to columns.`);
  }
  return byKey;
}

/**
 * Reads complaint records from a council's CSV export. `columns` maps the
 * council's own headings to record fields, so any case system's export can
 * be read without editing it. Cells hold what exports write: dates as
 * `DD/MM/YYYY` (or ISO), labels in the council's wording, "Yes"/"No".
 *
 * The file is read with csv-parse: a byte-order mark, CRLF, LF or CR line
 * ends (even mixed), quoted fields with commas or line breaks, and blank
 * lines (anywhere, including trailing) are all handled. The first non-blank
 * line is the header. Rows are numbered from 1 for the first data row after
 * the header; blank lines are not rows and are not counted. Each rejected
 * row also gives its physical `line` in the file, counting the header line.
 *
 * A line csv-parse cannot read (a broken quote) is rejected on its own, and
 * reading resumes on the next line; a row with more or fewer cells than the
 * header (a truncated last line) is rejected too; every good row is kept.
 * Each row is then checked exactly as {@link parseComplaintRecords} checks
 * it, so `records.length + rejected.length` is the number of data rows.
 *
 * @param text - the file's text (read it as UTF-8)
 * @param options - `columns` (required), `delimiter`, and the options of {@link parseComplaintRecords}: `asOf`, `serviceAreas`, `aliases`
 * @returns `{ records, rejected, headings, unmappedHeadings, missingHeadings }`, frozen
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when `text` is not a string, `columns` is malformed or leaves out `id`, `receivedOn` or `serviceArea`, the file lacks a heading for one of those, or the header line cannot be read; `INVALID_DATE` when `asOf` is not a real `YYYY-MM-DD` date
 *
 * @example
 * ```ts
 * import { readComplaintsCsv } from 'children-act-complaints';
 *
 * const csv = [
 *   'Case ref,Date received,Team,Who complained,Stage 1 response,Stage 1 outcome',
 *   'C-2024-001,02/04/2024,Children in Need,Parent/Guardian,16/04/2024,Partially Upheld',
 *   'C-2024-002,31/02/2024,LAC & Care Leavers,Advocate,,',
 * ].join('\r\n');
 * const result = readComplaintsCsv(csv, {
 *   columns: {
 *     'Case ref': 'id', 'Date received': 'receivedOn', Team: 'serviceArea', 'Who complained': 'source',
 *     'Stage 1 response': 'stage1.respondedOn', 'Stage 1 outcome': 'stage1.outcome',
 *   },
 * });
 * result.records[0]?.stage1.outcome;     // 'partly-upheld'
 * result.rejected[0]?.row;               // 2
 * result.rejected[0]?.issues[0]?.column; // 'Date received'
 * ```
 */
export function readComplaintsCsv(text: string, options: ReadComplaintsCsvOptions): CsvComplaintRecordsResult {
  if (typeof text !== 'string') {
    throw bad('text', text, `Expected the CSV file's text but got ${describeValue(text)}.`, "Read the file as UTF-8 text first, e.g. readFileSync(path, 'utf8').");
  }
  if (typeof options !== 'object' || options === null) {
    throw bad('options', options, 'readComplaintsCsv needs options with at least `columns`.', "Pass e.g. { columns: { 'Case ref': 'id', 'Date received': 'receivedOn', 'Team': 'serviceArea' } }.");
  }
  const { columns, delimiter = ',', ...recordOptions } = options;
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw bad('delimiter', delimiter, `Expected a single separator character but got ${describeValue(delimiter)}.`, "Use ',' (the default), ';' or '\\t'.");
  }
  const mapping = checkColumns(columns);
  const context = recordContextOf(recordOptions);
  const { lines, rawLine } = readCsvLines(text, delimiter);

  const isBlankLine = (cells: readonly string[] | undefined): boolean => cells !== undefined && cells.every((cell) => cell.trim() === '');
  const headerIndex = lines.findIndex((entry) => !isBlankLine(entry.cells));
  const header = lines[headerIndex];
  if (header === undefined) {
    return Object.freeze({ records: Object.freeze([]), rejected: Object.freeze([]), headings: Object.freeze([]), unmappedHeadings: Object.freeze([]), missingHeadings: Object.freeze([...mapping.values()].map(([heading]) => heading)) });
  }
  if (header.cells === undefined) {
    throw bad('text', rawLine(header.line), `The header line (line ${header.line}) cannot be read: ${header.error ?? 'malformed'}.`, 'Fix the quotes in the header line.');
  }
  const headings = header.cells.map((cell) => cell.trim());
  const targets: (readonly [string, CsvField] | undefined)[] = [];
  const seen = new Map<string, string>();
  for (const heading of headings) {
    const key = normaliseLabel(heading);
    const target = mapping.get(key);
    if (target !== undefined && seen.has(key)) {
      throw bad('text', heading, `The file has the mapped heading ${describeValue(heading)} twice.`, 'Rename one of the columns, or map neither.');
    }
    seen.set(key, heading);
    targets.push(target === undefined ? undefined : [heading, target[1]]);
  }
  const missingHeadings: string[] = [];
  for (const [key, [heading, field]] of mapping) {
    if (seen.has(key)) continue;
    if (REQUIRED.includes(field)) {
      throw bad('columns', heading, `The file has no heading ${describeValue(heading)}, mapped to ${field}, which every record needs; ${nearest(heading, headings)}.`, 'Correct the heading in columns.');
    }
    missingHeadings.push(heading);
  }
  const unmappedHeadings = headings.filter((_heading, index) => targets[index] === undefined && headings[index] !== '');
  const idIndex = targets.findIndex((target) => target?.[1] === 'id');
  const idColumn = headings[idIndex];

  const collector = new RecordCollector();
  let row = 0;
  for (const entry of lines.slice(headerIndex + 1)) {
    if (isBlankLine(entry.cells)) continue;
    row += 1;
    if (entry.cells === undefined) {
      const id = looseCells(rawLine(entry.line), delimiter)[idIndex]?.trim();
      const message = `Line ${entry.line} cannot be read as CSV (${entry.error ?? 'malformed'}); check its quotes: a quoted field must end with a quote, and quotes inside a field are doubled.`;
      collector.reject(row, [makeIssue('row', 'INVALID_RECORD', 'malformed-csv', message, { value: rawLine(entry.line) })], id === '' ? undefined : id, entry.line, idColumn);
      continue;
    }
    const id = entry.cells[idIndex]?.trim();
    if (entry.cells.length !== headings.length) {
      const message = `Row ${row} has ${entry.cells.length} cells but the header has ${headings.length}; the line may be truncated or have a stray separator.`;
      collector.reject(row, [makeIssue('row', 'INVALID_RECORD', 'column-count', message, { value: entry.cells.length })], id === '' ? undefined : id, entry.line, idColumn);
      continue;
    }
    const cells = new Map<CsvField, Cell>();
    entry.cells.forEach((value, index) => {
      const target = targets[index];
      if (target !== undefined) cells.set(target[1], { value, column: target[0] });
    });
    collector.add(row, buildRecord(cells, context), entry.line, idColumn);
  }
  return Object.freeze({
    ...collector.result(),
    headings: Object.freeze(headings),
    unmappedHeadings: Object.freeze(unmappedHeadings),
    missingHeadings: Object.freeze(missingHeadings),
  });
}
