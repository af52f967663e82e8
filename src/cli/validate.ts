/**
 * `children-act-complaints validate <file>`: checks every row of a records
 * file and lists the rejected ones with their row, line, column, field and
 * reason.
 *
 * @internal
 * @module
 */
import type { PlainDate, RejectedRow } from '../index';
import { parseInputText, type InputFile } from './input';
import { EXIT_CODES, readInput, type CliIo } from './io';
import { describeRejectedRow, plural } from './messages';
import { progressFor } from './progress';

/** The options of `validate`, as parsed. @internal */
export interface ValidateOptions {
  readonly columns: string | undefined;
  readonly asOf: PlainDate | undefined;
  readonly json: boolean;
  readonly progress: boolean | undefined;
}

/** The rejected rows of a file, one issue per line. @internal */
export function listRejectedRows(rejected: readonly RejectedRow[]): string {
  return rejected.flatMap(describeRejectedRow).map((line) => `${line}\n`).join('');
}

/** Runs `validate`. Returns the exit code: 0 when every row is accepted, 1 otherwise. @internal */
export function runValidate(io: CliIo, path: string, options: ValidateOptions): number {
  const text = readInput(io, path, 'the records file');
  const progress = progressFor(io, options.progress, text.size);
  let input: InputFile;
  try {
    input = parseInputText(io, text, path, { what: 'records file', columnsPath: options.columns, asOf: options.asOf, allowReport: false, progress });
  } finally {
    progress.done();
  }
  if (input.kind !== 'records') return EXIT_CODES.invalidData; // not reached: reports are refused above
  const { records, rejected } = input.result;
  const rows = records.length + rejected.length;
  for (const note of input.notes) io.stderr(`Note: ${note}\n`);
  if (options.json) {
    io.stdout(`${JSON.stringify({ file: path, format: input.format, rows, accepted: records.length, rejected }, null, 2)}\n`);
  } else {
    io.stdout(listRejectedRows(rejected));
    const asOf = options.asOf === undefined ? ' (no --as-of given, so dates in the future were not checked)' : ` as of ${options.asOf}`;
    io.stdout(`${path}: ${plural(rows, 'row')}, ${records.length.toLocaleString('en-GB')} accepted, ${rejected.length.toLocaleString('en-GB')} rejected${asOf}.\n`);
  }
  return rejected.length === 0 ? EXIT_CODES.ok : EXIT_CODES.invalidData;
}
