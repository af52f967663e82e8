/**
 * `children-act-complaints report <file> --year 2024/25`: the annual
 * report's tables from a records file, as Markdown, HTML, CSV or JSON.
 *
 * @internal
 * @module
 */
import {
  buildAnnualReport,
  ChildrenActComplaintsError,
  toCsv,
  toHtml,
  toMarkdown,
  type AnnualReport,
  type AnnualReportOptions,
  type AnnualReportTable,
  type ComplaintRecord,
  type PlainDate,
  type RejectedRow,
} from '../index';
import { latestDateIn } from '../internal/latestDate';
import { csvField } from '../report/render/format';
import { parseInputText, type InputFile } from './input';
import { CliFailure, EXIT_CODES, readInput, writeText, type CliIo } from './io';
import { describeError, describeReportRejection, plural } from './messages';
import { progressFor, type Progress } from './progress';
import { listRejectedRows } from './validate';

/** The output formats. @internal */
export const REPORT_FORMATS = ['md', 'html', 'csv', 'json'] as const;

/** One of {@link REPORT_FORMATS}. @internal */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The options of `report`, as parsed. @internal */
export interface ReportOptions {
  readonly year: string;
  readonly previous: string | undefined;
  readonly columns: string | undefined;
  readonly format: ReportFormat | undefined;
  readonly out: string | undefined;
  readonly asOf: PlainDate | undefined;
  readonly table: string | undefined;
  readonly title: string | undefined;
  readonly allowRejected: boolean;
  readonly progress: boolean | undefined;
}

/** The format: `--format`, else the extension of `--out`, else Markdown. */
function formatOf(options: ReportOptions): ReportFormat {
  if (options.format !== undefined) return options.format;
  const extension = options.out?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'csv') return 'csv';
  if (extension === 'json') return 'json';
  return 'md';
}

/** Options the command line supplied are usage errors (exit 2); the rest are about the data (exit 1). */
function failureOf(error: unknown): never {
  if (!(error instanceof ChildrenActComplaintsError)) throw error;
  const usage = ['options.year', 'options.asOf', 'options.title'].includes(error.field);
  throw new CliFailure(usage ? EXIT_CODES.usage : EXIT_CODES.invalidData, describeError(error));
}

/** The last day of the report year, checked by the report builder itself. */
function lastDayOfYear(year: string): PlainDate {
  try {
    return buildAnnualReport([], { year, asOf: '2099-12-31' }).period.to;
  } catch (error) {
    return failureOf(error);
  }
}

/**
 * The day the report describes when `--as-of` is not given: the later of the
 * report year's last day and the latest date in the records. It never comes
 * from the clock, so the same files always give the same report; it is never
 * before a date in the file, so nothing is shown as it stood before it
 * happened. When the file was extracted later than its latest date, pass the
 * extraction day with `--as-of`.
 *
 * @internal
 */
export function defaultAsOf(yearEnd: PlainDate, records: readonly (readonly ComplaintRecord[])[]): PlainDate {
  return latestDateIn(records, yearEnd) as PlainDate;
}

function readRecords(io: CliIo, path: string, what: string, options: ReportOptions, allowReport: boolean, progress: Progress | null): { input: InputFile; progress: Progress } {
  const text = readInput(io, path, `the ${what}`);
  const shown = progress ?? progressFor(io, options.progress, text.size);
  try {
    return { input: parseInputText(io, text, path, { what, columnsPath: options.columns, asOf: undefined, allowReport, progress: shown }), progress: shown };
  } catch (error) {
    shown.done();
    throw error;
  }
}

/** Every table as CSV, each after a line with its number and title; or the one `--table` names. */
function reportAsCsv(report: AnnualReport, only: string | undefined): string {
  const tables: AnnualReportTable[] = Object.values(report.tables);
  if (only !== undefined) {
    const table = tables.find((candidate) => candidate.id === only);
    if (table === undefined) throw new CliFailure(EXIT_CODES.usage, `There is no table "${only}"; the tables are ${tables.map((t) => t.id).join(', ')}.`);
    return toCsv(table);
  }
  return tables.map((table) => `${csvField(`${table.number}. ${table.title}`)}\r\n${toCsv(table)}`).join('\r\n');
}

function render(report: AnnualReport, format: ReportFormat, table: string | undefined): string {
  if (table !== undefined && format !== 'csv') throw new CliFailure(EXIT_CODES.usage, '--table picks one table for --format csv; leave it out for the other formats.');
  switch (format) {
    case 'html':
      return toHtml(report);
    case 'csv':
      return reportAsCsv(report, table);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'md':
      return toMarkdown(report);
  }
}

/** Runs `report`. Returns the exit code: 0, or 1 when rows were rejected (the report is written all the same). @internal */
export function runReport(io: CliIo, path: string, options: ReportOptions): number {
  const format = formatOf(options);
  const yearEnd = lastDayOfYear(options.year);
  const { input, progress } = readRecords(io, path, 'records file', options, false, null);
  const previousInput = options.previous === undefined ? null : readRecords(io, options.previous, 'previous file', options, true, progress).input;
  const current = input.kind === 'records' ? input.result.records : [];
  const previous = previousInput === null ? undefined : previousInput.kind === 'report' ? previousInput.report : previousInput.result.records;
  const asOf = options.asOf ?? defaultAsOf(yearEnd, Array.isArray(previous) ? [current, previous] : [current]);

  progress.step(`building the ${options.year} report from ${plural(current.length, 'record')}…`);
  let report: AnnualReport;
  let text: string;
  try {
    const reportOptions: AnnualReportOptions = { year: options.year, asOf, previous, title: options.title };
    report = buildAnnualReport(current, reportOptions);
    progress.step(`writing the report as ${format}…`);
    text = render(report, format, options.table);
  } catch (error) {
    return failureOf(error);
  } finally {
    progress.done();
  }

  const rejectedRows: { path: string; rows: readonly RejectedRow[] }[] = [];
  for (const file of [input, previousInput]) {
    if (file === null) continue;
    for (const note of file.kind === 'records' ? file.notes : []) io.stderr(`Note: ${note}\n`);
    if (file.kind === 'records' && file.result.rejected.length > 0) rejectedRows.push({ path: file.path, rows: file.result.rejected });
  }
  for (const { path: file, rows } of rejectedRows) io.stderr(`Rejected rows of ${file} (not in the report):\n${listRejectedRows(rows)}`);
  for (const rejected of report.records.rejected) io.stderr(`Not counted: ${describeReportRejection(rejected)}\n`);
  for (const warning of report.warnings) io.stderr(`Warning: ${warning.message}\n`);
  if (options.asOf === undefined) {
    io.stderr(`As of ${asOf}: the later of the year's last day and the latest date in the records (pass --as-of with the day the data was extracted to change it).\n`);
  }

  if (options.out === undefined) io.stdout(text);
  else writeText(io, options.out, text);

  const rejectedCount = rejectedRows.reduce((sum, file) => sum + file.rows.length, 0) + report.records.rejected.length;
  if (rejectedCount > 0) {
    io.stderr(`${plural(rejectedCount, 'row')} rejected; the report leaves ${rejectedCount === 1 ? 'it' : 'them'} out${options.allowRejected ? '' : ' (exit code 1; --allow-rejected exits 0)'}.\n`);
  }
  return rejectedCount > 0 && !options.allowRejected ? EXIT_CODES.invalidData : EXIT_CODES.ok;
}
