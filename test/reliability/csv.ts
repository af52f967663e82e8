/**
 * CSV exports for the reliability suite: a council's headings, rows written
 * the way case systems write them, and the ways files break.
 */
import fc from 'fast-check';
import { DOCUMENTED_CODES } from '../support/hostile';
import type { ComplaintRecordsResult, CsvField } from '../../src/index';

/** A council's own headings, mapped to record fields. */
export const COLUMNS: Readonly<Record<string, CsvField>> = Object.freeze({
  'Case ref': 'id',
  'Date received': 'receivedOn',
  Team: 'serviceArea',
  'Complaint type': 'complaintType',
  'Who complained': 'source',
  'Stage 1 response': 'stage1.respondedOn',
  'Stage 1 outcome': 'stage1.outcome',
  'Withdrawn on': 'withdrawnOn',
});

export const HEADER = Object.keys(COLUMNS);

/** One data row's cells, in {@link HEADER} order. */
export type Cells = readonly [id: string, received: string, team: string, type: string, source: string, respondedOn: string, outcome: string, withdrawnOn: string];

const TEAMS = ['Children in Need', 'LAC & Care Leavers', 'CYPDS', "Children's Quality Assurance"] as const;
const TYPES = ['Quality of service', 'Staff behaviour', 'Delay in service', 'Disagree with decision'] as const;
const SOURCES = ['Parent/Guardian', 'Advocate', 'Child/Young Person', 'Foster carer'] as const;
const OUTCOMES = ['Upheld', 'Partially Upheld', 'Not Upheld', 'Explanation given'] as const;

/** `DD/MM/YYYY` for a day of 2024 (1 to 300). */
export function ukDay2024(dayOfYear: number): string {
  const date = new Date(Date.UTC(2024, 0, dayOfYear));
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/2024`;
}

/** A valid row, deterministic in `n`: every `CsvRowPlan` choice comes from `n`. */
export function goodCells(n: number, id = `C-${n}`): Cells {
  const received = 1 + (n % 250);
  const answered = n % 3 !== 0;
  return [
    id,
    ukDay2024(received),
    TEAMS[n % TEAMS.length] as string,
    TYPES[(n >> 2) % TYPES.length] as string,
    SOURCES[(n >> 4) % SOURCES.length] as string,
    answered ? ukDay2024(received + 5 + (n % 40)) : '',
    answered ? (OUTCOMES[(n >> 3) % OUTCOMES.length] as string) : '',
    '',
  ];
}

/** Quotes a cell when it must be. */
export function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(quote).join(',');
}

/** The ways one row can be broken, each caught on its own row. */
export const BREAKS = ['bad-date', 'unknown-label', 'broken-quote', 'truncated', 'extra-cell', 'response-before-receipt'] as const;
export type Break = (typeof BREAKS)[number];

/** Writes a row broken in the given way. */
export function brokenLine(cells: Cells, how: Break): string {
  switch (how) {
    case 'bad-date':
      return csvLine([cells[0], '31/02/2024', ...cells.slice(2)]);
    case 'unknown-label':
      return csvLine([...cells.slice(0, 2), 'Highways and Parking', ...cells.slice(3)]);
    case 'broken-quote':
      return `${cells[0]},"${cells[1]},${cells.slice(2).map(quote).join(',')}`;
    case 'truncated':
      return csvLine(cells.slice(0, 4));
    case 'extra-cell':
      return `${csvLine(cells)},surplus`;
    case 'response-before-receipt':
      return csvLine([cells[0], '20/06/2024', cells[2], cells[3], cells[4], '01/06/2024', 'Upheld', '']);
  }
}

/** A CSV file's rows, some broken, with the line ends to write after each. */
export const csvPlan = fc.array(
  fc.record({
    n: fc.nat(10_000),
    broken: fc.option(fc.constantFrom(...BREAKS), { freq: 3, nil: null }),
    eol: fc.constantFrom('\r\n', '\n', '\r'),
    blankAfter: fc.boolean(),
  }),
  { maxLength: 12 },
);

export type CsvPlan = typeof csvPlan extends fc.Arbitrary<infer T> ? T : never;

/** Writes a plan as a file; row `i` gets id `C-i`, so ids never clash. */
export function writeCsv(plan: CsvPlan, bom = false): string {
  let text = (bom ? '\uFEFF' : '') + csvLine(HEADER) + '\r\n';
  plan.forEach(({ n, broken, eol, blankAfter }, index) => {
    const cells = goodCells(n, `C-${index}`);
    text += (broken === null ? csvLine(cells) : brokenLine(cells, broken)) + eol;
    if (blankAfter) text += eol;
  });
  return text;
}

/** Damage done to a file's text: a character inserted, a stretch cut out, the end cut off. */
const textDamage = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('insert', 'cut', 'truncate'),
  text: fc.oneof(fc.constantFrom('"', ',', '\r', '\n', '\r\n', '\uFEFF', ';', '""', '\u0000', '\u2028'), fc.string({ maxLength: 4 })),
  length: fc.nat(20),
});

/** A CSV file, damaged in up to three places, or now and then a hostile string. */
export const damagedCsv: fc.Arbitrary<string> = fc.tuple(csvPlan, fc.boolean(), fc.array(textDamage, { maxLength: 3 })).map(([plan, bom, damage]) =>
  damage.reduce((text, { at, action, text: inserted, length }) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (action === 'insert') return text.slice(0, i) + inserted + text.slice(i);
    if (action === 'cut') return text.slice(0, i) + text.slice(i + length);
    return text.slice(0, i);
  }, writeCsv(plan, bom)),
);

/**
 * Checks a reader's result accounts for every row: each rejected row has a
 * distinct row number inside the input, in order, and at least one issue
 * with a documented code; no row is both a record and rejected.
 *
 * @param expectedRows - the number of rows given, where known
 */
export function expectEveryRowAccounted(result: ComplaintRecordsResult, expectedRows?: number): void {
  const total = result.records.length + result.rejected.length;
  if (expectedRows !== undefined && total !== expectedRows) {
    throw new Error(`${result.records.length} records + ${result.rejected.length} rejected = ${total}, but ${expectedRows} rows were given`);
  }
  let previous = 0;
  for (const rejected of result.rejected) {
    if (!Number.isInteger(rejected.row) || rejected.row <= previous || rejected.row > total) {
      throw new Error(`rejected row numbers are not distinct rows of the input in order: ${rejected.row} after ${previous} of ${total}`);
    }
    previous = rejected.row;
    if (rejected.issues.length === 0) throw new Error(`row ${rejected.row} is rejected without a reason`);
    for (const issue of rejected.issues) {
      if (!DOCUMENTED_CODES.includes(issue.code)) throw new Error(`row ${rejected.row} has an undocumented code ${String(issue.code)}`);
      if (typeof issue.message !== 'string' || issue.message === '') throw new Error(`row ${rejected.row} has an issue without a message`);
    }
  }
}
