/**
 * Splitting CSV text into records with csv-parse, recovering from broken
 * lines: a line csv-parse cannot read is reported on its own, and reading
 * resumes on the next line, so one broken quote never swallows the rows
 * after it.
 *
 * @internal
 * @module
 */
import { parse } from 'csv-parse/sync';

/** One record of the file, or one line that could not be read. */
export interface CsvLine {
  /** The 1-based physical line where the record starts. */
  readonly line: number;
  /** The cells, or `undefined` when the line could not be read. */
  readonly cells: readonly string[] | undefined;
  /** Why the line could not be read. */
  readonly error?: string;
}

const LINE_BREAK = /\r\n|\r|\n/g;
/**
 * Lines parsed per attempt. The window doubles after each clean attempt (up
 * to {@link MAX_WINDOW}) and shrinks back after a broken line, so a file with
 * many broken lines is not re-read from each one to its end.
 */
const MIN_WINDOW = 32;
const MAX_WINDOW = 8192;

/** Offsets of the start of every physical line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  if (starts.length > 1 && starts[starts.length - 1] === text.length) starts.pop();
  return starts;
}

/** Physical lines a record spans: one, plus the line breaks inside its quoted fields. */
function spanOf(cells: readonly string[]): number {
  let span = 1;
  for (const cell of cells) {
    if (cell.includes('\n') || cell.includes('\r')) span += cell.match(LINE_BREAK)?.length ?? 0;
  }
  return span;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : '';
}

/** Reads the text of one broken line without quoting (stray quotes trimmed from each cell), to recover what can be seen of it, e.g. its id. */
export function looseCells(text: string, delimiter: string): readonly string[] {
  try {
    const [record] = parse(text, { delimiter, quote: false, relax_column_count: true }) as string[][];
    return (record ?? []).map((cell) => cell.trim().replace(/^"+|"+$/g, ''));
  } catch {
    return [];
  }
}

/** Thrown from `on_record` to stop at a record that swallowed lines. */
class SwallowedLines extends Error {
  constructor(readonly cells: number) {
    super('swallowed');
  }
}

/**
 * Reads every record of the text. A BOM is dropped; CRLF, LF and CR line
 * ends are all accepted, mixed or not; blank lines come back as one empty
 * cell. The first non-blank record is the header: a later record that spans
 * several lines but has a different number of cells is taken to be a broken
 * quote that swallowed the lines after it, so its first line is reported
 * and reading resumes on its second.
 */
export function readCsvLines(text: string, delimiter: string): { lines: CsvLine[]; rawLine(line: number): string } {
  const starts = lineStarts(text);
  const total = text.length === 0 ? 0 : starts.length;
  const rawLine = (line: number): string => {
    const start = starts[line - 1] ?? text.length;
    const end = starts[line] ?? text.length;
    return text.slice(start, end).replace(/(\r\n|\r|\n)$/, '');
  };
  const lines: CsvLine[] = [];
  let expected: number | undefined;
  let line = 1;
  let window = MIN_WINDOW;
  while (line <= total) {
    const end = Math.min(total + 1, line + window);
    const chunk = text.slice(starts[line - 1], end <= total ? starts[end - 1] : text.length);
    let next = line;
    try {
      parse(chunk, {
        bom: line === 1,
        delimiter,
        relax_column_count: true,
        record_delimiter: ['\r\n', '\n', '\r'],
        on_record: (cells: string[]) => {
          const span = spanOf(cells);
          const blank = cells.every((cell) => cell.trim() === '');
          if (expected !== undefined && span > 1 && cells.length !== expected) throw new SwallowedLines(cells.length);
          if (expected === undefined && !blank) expected = cells.length;
          lines.push({ line: next, cells });
          next += span;
          return null;
        },
      });
      line = end;
      window = Math.min(window * 2, MAX_WINDOW);
    } catch (caught) {
      const error = caught instanceof Error && caught.cause instanceof SwallowedLines ? caught.cause : caught;
      if (errorCode(error) === 'CSV_QUOTE_NOT_CLOSED' && end <= total) {
        // The window may have cut a multi-line quoted field: read again from that record, further.
        line = next;
        window *= 2;
        continue;
      }
      const message =
        error instanceof SwallowedLines
          ? `a quoted field runs on over several lines and leaves ${error.cells} cells where the header has ${expected ?? 0}, so the quote is probably broken`
          : error instanceof Error
            ? error.message.replace(/ at line \d+/g, '')
            : 'the CSV parser could not read it';
      lines.push({ line: next, cells: undefined, error: message });
      line = next + 1;
      window = MIN_WINDOW;
    }
  }
  return { lines, rawLine };
}
