import { fail } from '../rules';
import { normaliseLabel, suggestionDistance } from '../taxonomy/labels';
import { buildRecord } from './buildRecord';
import { RecordCollector } from './collect';
import type { Cell } from './convert';
import { looseCells, readCsvLines } from './csvLines';
import { decodeExport, detectDelimiter, type ExportEncoding } from './decode';
import { DEFERRAL_COLUMNS, isCsvField, RECORD_FIELDS, type CsvField } from './fields';
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
  /** The cell separator; found from the header line when left out (a tab, a semicolon or, by default, a comma). */
  readonly delimiter?: string;
}

/**
 * Something about how a file was read that is not an error but that a
 * person should know, with its code.
 *
 * - `'read-as-windows-1252'`: the bytes were not UTF-8, so they were read as
 *   Windows-1252, the code page Excel's "CSV (Comma delimited)" writes; check
 *   that accented letters and symbols (é, £, ’) look right.
 * - `'replacement-characters'`: the text holds U+FFFD, the character that
 *   stands in for bytes a decoder could not read: it was decoded in the wrong
 *   encoding before it arrived. Pass the file's bytes instead of its text.
 *
 * @example
 * ```ts
 * import type { CsvReadWarning } from 'children-act-complaints';
 *
 * const warning: CsvReadWarning = { code: 'read-as-windows-1252', message: 'The file is not UTF-8; it was read as Windows-1252.' };
 * ```
 */
export interface CsvReadWarning {
  /** What it is about. */
  readonly code: 'read-as-windows-1252' | 'replacement-characters';
  /** What happened and what to check, in a sentence or two. */
  readonly message: string;
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
  /** The encoding the bytes were read in, or `null` when text was given. */
  readonly encoding: ExportEncoding | null;
  /** The cell separator used. */
  readonly delimiter: string;
  /** What is worth knowing about how the file was read, e.g. that it was read as Windows-1252. */
  readonly warnings: readonly CsvReadWarning[];
}

const REQUIRED: readonly CsvField[] = ['id', 'receivedOn', 'serviceArea'];

/** The three nearest of some names to a wanted one, as labels are compared. */
function nearest(wanted: string, candidates: readonly string[]): string[] {
  const key = normaliseLabel(wanted);
  // Each distance once (not once per comparison), on labels cut as the taxonomies cut them.
  return candidates
    .map((candidate) => ({ candidate, distance: suggestionDistance(key, normaliseLabel(candidate)) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/** Checks the mapping: known targets, no target twice, the required ones present. Returns heading key -> [heading, field]. */
function checkColumns(columns: unknown): Map<string, readonly [string, CsvField]> {
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
    throw fail('wrong-type', { expected: 'a mapping from your headings to record fields', example: "e.g. { 'Case ref': 'id', 'Date received': 'receivedOn', 'Team': 'serviceArea' }" }, { field: 'columns', value: columns });
  }
  const entries: [unknown, unknown][] = columns instanceof Map ? [...(columns as Map<unknown, unknown>)] : Object.entries(columns);
  const byKey = new Map<string, readonly [string, CsvField]>();
  const byField = new Map<CsvField, string>();
  for (const [heading, field] of entries) {
    if (typeof heading !== 'string') {
      throw fail('wrong-type', { expected: 'a heading as text', example: 'the headings as the file writes them, as strings' }, { field: 'columns', value: heading });
    }
    const at = `columns[${JSON.stringify(heading)}]`;
    if (!isCsvField(field)) {
      // Only a string is compared for suggestions: String() of a hostile object can throw.
      throw fail('not-a-field', { nearest: nearest(typeof field === 'string' ? field : '', [...RECORD_FIELDS, ...DEFERRAL_COLUMNS]) }, { field: at, value: field });
    }
    const key = normaliseLabel(heading);
    if (key === '') throw fail('blank-heading', {}, { field: at, value: heading });
    if (byKey.has(key)) throw fail('mapped-twice', { heading, other: null, target: null }, { field: at, value: heading });
    const other = byField.get(field);
    if (other !== undefined) throw fail('mapped-twice', { heading, other, target: field }, { field: at, value: field });
    byKey.set(key, [heading, field]);
    byField.set(field, heading);
  }
  for (const field of REQUIRED) {
    if (!byField.has(field)) throw fail('required-field-unmapped', { target: field }, { field: 'columns', value: columns });
  }
  return byKey;
}

/**
 * Reads complaint records from a council's CSV export. `columns` maps the
 * council's own headings to record fields, so any case system's export can
 * be read without editing it. Cells hold what exports write: dates as
 * `DD/MM/YYYY` (or ISO), labels in the council's wording, "Yes"/"No".
 *
 * Pass the file's bytes (a `Uint8Array` or `Buffer`) rather than its text
 * where you can: UTF-8 with or without a byte-order mark and UTF-16 with one
 * are read as such, and bytes that are not valid UTF-8 as Windows-1252 (as
 * Excel's "CSV (Comma delimited)" saves), which `warnings` then says. The
 * separator is found from the header line unless `delimiter` is given, so a
 * tab-separated "Unicode Text" export is read too.
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
 * @param file - the file's bytes, or its text
 * @param options - `columns` (required), `delimiter`, and the options of {@link parseComplaintRecords}: `asOf`, `serviceAreas`, `aliases`
 * @returns `{ records, rejected, headings, unmappedHeadings, missingHeadings, encoding, delimiter, warnings }`, frozen
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when `file` is neither bytes nor a string, the file has no header line, `columns` is malformed or leaves out `id`, `receivedOn` or `serviceArea`, the file lacks a heading for one of those, or the header line cannot be read; `INVALID_DATE` when `asOf` is not a real `YYYY-MM-DD` date
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
export function readComplaintsCsv(file: string | Uint8Array, options: ReadComplaintsCsvOptions): CsvComplaintRecordsResult {
  if (typeof file !== 'string' && !(file instanceof Uint8Array)) {
    throw fail('wrong-type', { expected: "the CSV file's bytes or text", example: 'the file as read, e.g. readFileSync(path)' }, { field: 'file', value: file });
  }
  if (typeof options !== 'object' || options === null) {
    throw fail('wrong-type', { expected: 'options with at least `columns`', example: "e.g. { columns: { 'Case ref': 'id', 'Date received': 'receivedOn', 'Team': 'serviceArea' } }" }, { field: 'options', value: options });
  }
  const decoded = typeof file === 'string' ? null : decodeExport(file);
  const text = decoded === null ? file as string : decoded.text;
  const { columns, delimiter = detectDelimiter(text), ...recordOptions } = options;
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw fail('wrong-type', { expected: 'a single separator character', example: "',' (the default), ';' or '\\t'" }, { field: 'delimiter', value: delimiter });
  }
  const mapping = checkColumns(columns);
  const context = recordContextOf(recordOptions);
  const { lines, rawLine } = readCsvLines(text, delimiter);

  const isBlankLine = (cells: readonly string[] | undefined): boolean => cells !== undefined && cells.every((cell) => cell.trim() === '');
  const headerIndex = lines.findIndex((entry) => !isBlankLine(entry.cells));
  const header = lines[headerIndex];
  if (header === undefined) throw fail('empty-export', {}, { field: 'file', value: text.length });
  if (header.cells === undefined) {
    throw fail('header-unreadable', { line: header.line, reason: header.error ?? 'malformed' }, { field: 'text', value: rawLine(header.line) });
  }
  const headings = header.cells.map((cell) => cell.trim());
  const targets: (readonly [string, CsvField] | undefined)[] = [];
  const seen = new Map<string, string>();
  for (const heading of headings) {
    const key = normaliseLabel(heading);
    const target = mapping.get(key);
    if (target !== undefined && seen.has(key)) {
      throw fail('heading-in-file-twice', { heading }, { field: 'text', value: heading });
    }
    seen.set(key, heading);
    targets.push(target === undefined ? undefined : [heading, target[1]]);
  }
  const missingHeadings: string[] = [];
  for (const [key, [heading, field]] of mapping) {
    if (seen.has(key)) continue;
    if (REQUIRED.includes(field)) {
      throw fail('heading-not-in-file', { heading, target: field, nearest: nearest(heading, headings) }, { field: 'columns', value: heading });
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
      collector.reject(row, [makeIssue('row', 'malformed-csv', { reason: entry.error ?? 'malformed' }, { value: rawLine(entry.line), line: entry.line })], id === '' ? undefined : id, entry.line, idColumn);
      continue;
    }
    const id = entry.cells[idIndex]?.trim();
    if (entry.cells.length !== headings.length) {
      collector.reject(row, [makeIssue('row', 'column-count', { cells: entry.cells.length, headings: headings.length }, { value: entry.cells.length, row })], id === '' ? undefined : id, entry.line, idColumn);
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
    encoding: decoded === null ? null : decoded.encoding,
    delimiter,
    warnings: Object.freeze(readWarnings(text, decoded?.encoding ?? null)),
  });
}

function readWarnings(text: string, encoding: ExportEncoding | null): CsvReadWarning[] {
  const warnings: CsvReadWarning[] = [];
  if (encoding === 'windows-1252') {
    warnings.push(Object.freeze({ code: 'read-as-windows-1252', message: 'The file is not UTF-8, so it was read as Windows-1252, the encoding of Excel’s “CSV (Comma delimited)”. Check that accented letters and symbols such as é, £ and ’ look right; if they do not, save the export as “CSV UTF-8” and read it again.' }));
  }
  if (text.includes('\uFFFD')) {
    warnings.push(Object.freeze({ code: 'replacement-characters', message: 'The text holds U+FFFD (�), which stands in for characters that could not be decoded: it was read in the wrong encoding before it reached the reader. Pass the file’s bytes (readFileSync(path) without an encoding) so that the reader can choose the encoding itself.' }));
  }
  return warnings;
}
