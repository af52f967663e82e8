/**
 * Reading the command line's input files: complaint records as CSV or JSON,
 * a CSV column mapping, and last year's report.
 *
 * @internal
 * @module
 */
import {
  ChildrenActComplaintsError,
  parseComplaintRecords,
  readComplaintsCsv,
  RECORD_FIELDS,
  type AnnualReport,
  type ComplaintRecordsResult,
  type CsvField,
  type PlainDate,
} from '../index';
import { CliFailure, EXIT_CODES, readText, type CliIo, type InputBytes } from './io';
import { describeError, plural } from './messages';
import { describeSize, type Progress } from './progress';

/** What a file turned out to hold. @internal */
export type InputFile =
  | {
      readonly kind: 'records';
      readonly path: string;
      readonly format: 'csv' | 'json';
      readonly result: ComplaintRecordsResult;
      /** Things worth knowing that are not errors, e.g. columns the mapping does not read. */
      readonly notes: readonly string[];
    }
  | { readonly kind: 'report'; readonly path: string; readonly report: AnnualReport };

/** How to read one input file. @internal */
export interface ReadInputOptions {
  /** What the file is, for messages: `'records file'`, `'previous file'`. */
  readonly what: string;
  /** The path of the CSV column mapping, if given. */
  readonly columnsPath: string | undefined;
  /** The day the records describe: rows dated later are rejected. */
  readonly asOf: PlainDate | undefined;
  /** Whether the file may be a report built by `report --format json` (for `--previous`). */
  readonly allowReport: boolean;
  /** Where to show the steps. */
  readonly progress: Progress;
}

/** CSV or JSON, by the extension, or by the first character when there is none. */
function formatOf(path: string, text: string): 'csv' | 'json' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

function parseJson(text: string, path: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliFailure(EXIT_CODES.invalidData, `The ${what} "${path}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** The identity mapping: a CSV whose headings are the record fields themselves. */
function fieldNamesMapping(): Record<string, CsvField> {
  const mapping: Record<string, CsvField> = {};
  for (const field of [...RECORD_FIELDS, 'deferral.from', 'deferral.to', 'deferral.reason'] as const) mapping[field] = field;
  return mapping;
}

/**
 * Reads a CSV column mapping: a JSON object from the council's headings to
 * record fields. Whether the fields exist is checked by the CSV reader.
 *
 * @internal
 */
export function readColumns(io: CliIo, path: string): Record<string, CsvField> {
  const value = parseJson(readText(io, path, 'the column mapping'), path, 'column mapping');
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((field) => typeof field !== 'string')) {
    throw new CliFailure(
      EXIT_CODES.invalidData,
      `The column mapping "${path}" should be a JSON object from your headings to record fields, e.g. { "Case Ref": "id", "Date Received": "receivedOn", "Service Area": "serviceArea" }.`,
    );
  }
  return value as Record<string, CsvField>;
}

function isReport(value: unknown): value is AnnualReport {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'children-act-annual-report';
}

function readCsv(io: CliIo, file: InputBytes, path: string, options: ReadInputOptions): InputFile {
  const given = options.columnsPath !== undefined;
  const columns = given ? readColumns(io, options.columnsPath as string) : fieldNamesMapping();
  let result;
  try {
    result = readComplaintsCsv(file.bytes ?? file.text, options.asOf === undefined ? { columns } : { columns, asOf: options.asOf });
  } catch (error) {
    if (!(error instanceof ChildrenActComplaintsError)) throw error;
    const hint = given ? '' : ' Without --columns the headings must be the record fields themselves (id, receivedOn, serviceArea, stage1.respondedOn, …); pass --columns <mapping.json> to map your own headings.';
    throw new CliFailure(EXIT_CODES.invalidData, `The ${options.what} "${path}" cannot be read: ${describeError(error)}${hint}`);
  }
  const notes: string[] = result.warnings.map((warning) => warning.message);
  if (given && result.unmappedHeadings.length > 0) {
    notes.push(`${plural(result.unmappedHeadings.length, 'column')} of "${path}" not read (not in the mapping): ${result.unmappedHeadings.join(', ')}.`);
  }
  if (given && result.missingHeadings.length > 0) {
    notes.push(`${plural(result.missingHeadings.length, 'mapped heading')} not in "${path}": ${result.missingHeadings.join(', ')}.`);
  }
  return { kind: 'records', path, format: 'csv', result, notes };
}

function readJson(text: string, path: string, options: ReadInputOptions): InputFile {
  // --columns is for CSV; last year's file may well be a saved JSON report beside this year's CSV export.
  if (options.columnsPath !== undefined && !options.allowReport) {
    throw new CliFailure(EXIT_CODES.usage, `--columns maps the headings of a CSV file, but "${path}" is JSON; leave --columns out (JSON rows use the record fields as keys).`);
  }
  const value = parseJson(text, path, options.what);
  if (isReport(value)) {
    if (options.allowReport) return { kind: 'report', path, report: value };
    throw new CliFailure(EXIT_CODES.invalidData, `"${path}" is an annual report, not complaint records; give the records it was built from.`);
  }
  if (!Array.isArray(value)) {
    throw new CliFailure(EXIT_CODES.invalidData, `The ${options.what} "${path}" should hold a JSON array of complaint records (one object per complaint), but it holds ${typeof value === 'object' && value !== null ? 'an object' : typeof value}.`);
  }
  options.progress.step(`checking ${plural(value.length, 'row')} of ${path}…`);
  const result = parseComplaintRecords(value, options.asOf === undefined ? {} : { asOf: options.asOf });
  return { kind: 'records', path, format: 'json', result, notes: [] };
}

/**
 * Reads complaint records from the text of a CSV or JSON file (or, where
 * allowed, a report written by `report --format json`). Exit code 1 when its
 * content cannot be used at all.
 *
 * @internal
 */
export function parseInputText(io: CliIo, file: InputBytes, path: string, options: ReadInputOptions): InputFile {
  const format = formatOf(path, file.text);
  options.progress.step(`checking ${path} (${describeSize(file.size)})…`);
  return format === 'json' ? readJson(file.text, path, options) : readCsv(io, file, path, options);
}
