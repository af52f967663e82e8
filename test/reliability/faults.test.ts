/**
 * Fault tests: files and timelines as they break in practice. A CSV file
 * with a broken quote, mixed line ends or a truncated last line, and a file
 * of 10,000 rows of which a third are broken: each bad row is reported, each
 * good one kept, and the counts are exact. A timeline of 10,000 events is
 * assessed without trouble. Rows whose labels are all unknown are all
 * rejected, each for every label it gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { assessComplaint, buildAnnualReport, commonServiceAreas, parseComplaintRecords, readComplaintsCsv, REPORT_COLUMNS, upcomingDeadlines, type ComplaintRecord, type CsvComplaintRecordsResult, type TimelineError, type TimelineEvent } from '../../src/index';
import { dayNumberOfIso, formatDayNumber } from '../../src/internal/days';
import { expectReturns, expectTypedError } from '../support/hostile';
import { BREAKS, COLUMNS, HEADER, brokenLine, csvLine, expectEveryRowAccounted, goodCells, type Break } from './csv';

/** A generous bound for the big inputs: a hang or a quadratic path fails, an ordinary slow machine does not. */
const HANG_GUARD_MS = 20_000;

function read(text: string): CsvComplaintRecordsResult {
  const result = expectReturns(() => readComplaintsCsv(text, { columns: COLUMNS, asOf: '2024-12-31' }), HANG_GUARD_MS);
  expectEveryRowAccounted(result);
  return result;
}

const rulesOf = (result: CsvComplaintRecordsResult) => result.rejected.map((row) => [row.row, row.line, row.id, row.issues.map((issue) => issue.rule)]);

describe('a CSV file with a broken quote', () => {
  it('rejects the broken line alone and keeps every row around it', () => {
    const text = [csvLine(HEADER), csvLine(goodCells(1)), brokenLine(goodCells(2), 'broken-quote'), csvLine(goodCells(3)), csvLine(goodCells(4)), ''].join('\r\n');
    const result = read(text);
    expect(result.records.map((r) => r.id)).toEqual(['C-1', 'C-3', 'C-4']);
    expect(rulesOf(result)).toEqual([[2, 3, 'C-2', ['malformed-csv']]]);
  });

  it('keeps every row when two broken quotes would pair up across the lines between them', () => {
    const lines = [csvLine(HEADER), brokenLine(goodCells(1), 'broken-quote'), csvLine(goodCells(2)), brokenLine(goodCells(3), 'broken-quote'), csvLine(goodCells(4))];
    const result = read(lines.join('\n'));
    expect(result.records.map((r) => r.id)).toEqual(['C-2', 'C-4']);
    expect(rulesOf(result)).toEqual([
      [1, 2, 'C-1', ['malformed-csv']],
      [3, 4, 'C-3', ['malformed-csv']],
    ]);
  });
});

describe('a CSV file with mixed line ends', () => {
  it('reads CRLF, LF and CR in one file, with blank lines of each kind and a byte-order mark, numbering lines physically', () => {
    const text = `\uFEFF${csvLine(HEADER)}\r\n${csvLine(goodCells(1))}\n\n${csvLine(goodCells(2))}\r\r${csvLine(goodCells(3))}\r\n\r\n${brokenLine(goodCells(4), 'bad-date')}\n${csvLine(goodCells(5))}\r`;
    const result = read(text);
    expect(result.records.map((r) => r.id)).toEqual(['C-1', 'C-2', 'C-3', 'C-5']);
    expect(rulesOf(result)).toEqual([[4, 8, 'C-4', ['invalid-date']]]);
    expect(result.headings).toEqual(HEADER);
  });
});

describe('a CSV file with a truncated last line', () => {
  it.each([
    ['mid-cell, with no line end', `${csvLine(goodCells(3)).slice(0, 25)}`, 'column-count'],
    ['inside a quoted cell', `C-3,"01/01/2024,Children`, 'malformed-csv'],
    ['after a separator', `C-3,01/01/2024,`, 'column-count'],
  ])('keeps the rows before a last line cut %s, and rejects that line', (_how, last, rule) => {
    const result = read([csvLine(HEADER), csvLine(goodCells(1)), csvLine(goodCells(2)), last].join('\r\n'));
    expect(result.records.map((r) => r.id)).toEqual(['C-1', 'C-2']);
    expect(rulesOf(result)).toEqual([[3, 4, 'C-3', [rule]]]);
  });
});

describe('10,000 rows of which a third are broken', () => {
  const ROWS = 10_000;
  /** Row i (from 1) is broken when i is a multiple of 3, in each of the ways in turn; line ends cycle CRLF, LF, CR. */
  const breakOf = (i: number): Break | null => (i % 3 === 0 ? (BREAKS[(i / 3) % BREAKS.length] as Break) : null);
  // Generated once, for the file: every row is a pure function of its number.
  const text = (() => {
    const lines = [csvLine(HEADER), '\r\n'];
    for (let i = 1; i <= ROWS; i += 1) {
      const broken = breakOf(i);
      lines.push(broken === null ? csvLine(goodCells(i)) : brokenLine(goodCells(i), broken), ['\r\n', '\n', '\r'][i % 3] as string);
    }
    return lines.join('');
  })();

  it('reports each bad row and keeps every good one, with exact counts', () => {
    const result = read(text);
    const broken = [...Array(ROWS).keys()].map((k) => k + 1).filter((i) => breakOf(i) !== null);
    expect(broken.length).toBe(3_333);
    expect(result.records.length).toBe(ROWS - 3_333);
    expect(result.rejected.length).toBe(3_333);
    expect(result.rejected.map((row) => row.row)).toEqual(broken);
    expect(result.rejected.map((row) => row.id)).toEqual(broken.map((i) => `C-${i}`));
    expect(result.records.map((record) => record.id)).toEqual(
      [...Array(ROWS).keys()].map((k) => k + 1).filter((i) => breakOf(i) === null).map((i) => `C-${i}`),
    );
    const expectedRule: Record<Break, string> = {
      'bad-date': 'invalid-date',
      'unknown-label': 'unknown-label',
      'broken-quote': 'malformed-csv',
      truncated: 'column-count',
      'extra-cell': 'column-count',
      'response-before-receipt': 'before-receipt',
    };
    for (const row of result.rejected) expect(row.issues.map((issue) => issue.rule)).toContain(expectedRule[breakOf(row.row) as Break]);
  });
});

describe('a timeline of 10,000 events', () => {
  /** 5,000 holds of a day each, back to back, while Stage 1 waits for its response. */
  function holdsOnly(count: number): TimelineEvent[] {
    const start = dayNumberOfIso('2001-01-02');
    const events: TimelineEvent[] = [];
    for (let i = 0; i < count / 2; i += 1) {
      events.push({ type: 'deferred', date: formatDayNumber(start + 1 + i) }, { type: 'resumed', date: formatDayNumber(start + 2 + i) });
    }
    return events;
  }

  it('is assessed, with every hold counted', () => {
    const events = holdsOnly(10_000);
    const [stage1] = expectReturns(() => assessComplaint({ receivedOn: '2001-01-02', events }, { asOf: '2020-01-01' }), HANG_GUARD_MS).stages;
    expect(stage1?.deferrals.length).toBe(5_000);
    expect(stage1?.status).toBe('overdue');
  });

  it('shuffled and on a dashboard, gives the same deadline', () => {
    const events = holdsOnly(10_000);
    const shuffled = events.map((_, i) => events[(i * 7_919) % events.length] as TimelineEvent);
    const timelines = [{ receivedOn: '2001-01-02', events }, { receivedOn: '2001-01-02', events: shuffled }];
    const [first, second] = expectReturns(() => upcomingDeadlines(timelines, { asOf: '2020-01-01', withinWorkingDays: 0 }), HANG_GUARD_MS);
    expect(second?.dueOn).toBe(first?.dueOn);
  });

  it('with an impossible event at the end, fails promptly naming it', () => {
    const events = [...holdsOnly(10_000), { type: 'response', stage: 2, date: '2019-01-02', outcome: 'upheld' } as TimelineEvent];
    const error = expectTypedError(() => assessComplaint({ receivedOn: '2001-01-02', events }, { asOf: '2020-01-01' }), HANG_GUARD_MS) as TimelineError;
    expect([error.code, error.rule, error.eventIndex]).toEqual(['INVALID_TIMELINE', 'stage-not-started', 10_000]);
  });
});

describe('rows whose labels are all unknown', () => {
  it('are all rejected, each with an unknown-label issue for every label field', () => {
    const rows = [...Array(50).keys()].map((i) => ({
      id: `U-${i}`,
      receivedOn: '2024-05-01',
      serviceArea: `Directorate ${i}`,
      complaintType: `Grievance ${i}`,
      source: `Someone ${i}`,
      channel: 'Carrier pigeon',
      stage1: { respondedOn: '2024-05-10', outcome: 'Sort of upheld' },
      complainant: { ageBand: 'Ancient', gender: 'Zebra', ethnicity: 'Martian', disability: 'Perhaps', sexualOrientation: '?!' },
    }));
    const result = parseComplaintRecords(rows);
    expectEveryRowAccounted(result, rows.length);
    expect(result.records).toEqual([]);
    expect(result.rejected.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    for (const rejected of result.rejected) {
      expect(rejected.issues.filter((issue) => issue.rule === 'unknown-label').map((issue) => issue.field).sort()).toEqual(
        [
          'channel',
          'complainant.ageBand',
          'complainant.disability',
          'complainant.ethnicity',
          'complainant.gender',
          'complainant.sexualOrientation',
          'complaintType',
          'serviceArea',
          'source',
          'stage1.outcome',
        ].sort(),
      );
    }
  });
});

describe('rows that throw when they are read', () => {
  it('are rejected one by one, never lost, and the rows around them are kept', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const hostileRows: unknown[] = [
      Object.defineProperty({ id: 'G-1', receivedOn: '2024-05-01' }, 'serviceArea', { enumerable: true, get: () => { throw new Error('getter'); } }),
      revoked.proxy,
      new Proxy({}, { ownKeys: () => { throw new RangeError('keys'); } }),
      new Proxy({ id: 'G-4' }, { get: () => { throw new TypeError('get'); } }),
    ];
    const good = (i: number) => ({ id: `OK-${i}`, receivedOn: '2024-05-01', serviceArea: 'CIN', stage1: {} });
    const rows = [good(0), ...hostileRows, good(1)];
    const result = expectReturns(() => parseComplaintRecords(rows));
    expectEveryRowAccounted(result, rows.length);
    expect(result.records.map((record) => record.id)).toEqual(['OK-0', 'OK-1']);
    expect(result.rejected.map((row) => row.row)).toEqual([2, 3, 4, 5]);
  });
});

describe('a report over records whose labels are all unknown', () => {
  /** A record of 2023/24 that reaches every table: all three stages, the Ombudsman, a complainant and an advocate. */
  const complete = {
    id: 'FULL',
    receivedOn: '2023-05-01',
    serviceArea: 'children-in-need',
    complaintType: 'quality-of-service',
    source: 'advocate',
    stage1: { respondedOn: '2023-05-10', outcome: 'partly-upheld' },
    stage2: { requestedOn: '2023-05-20', respondedOn: '2023-06-20', outcome: 'upheld' },
    stage3: { requestedOn: '2023-07-01', panelHeldOn: '2023-07-20', panelReportReceivedOn: '2023-07-25', respondedOn: '2023-08-01', outcome: 'not-upheld' },
    deferrals: [],
    ombudsman: { referredOn: '2023-09-01', decidedOn: '2023-10-01', decision: 'not-upheld' },
    complainant: { ageBand: '11-15', gender: 'female', ethnicity: 'white', disability: 'not-disabled', sexualOrientation: 'not-recorded' },
    advocacy: { offered: true, provided: true, allocatedOn: '2023-05-02' },
  };
  /** Every label a table reads, as a path into the record. */
  const LABELS = [
    'serviceArea',
    'complaintType',
    'source',
    'stage1.outcome',
    'stage2.outcome',
    'stage3.outcome',
    'ombudsman.decision',
    'complainant.ageBand',
    'complainant.gender',
    'complainant.ethnicity',
    'complainant.disability',
    'complainant.sexualOrientation',
  ];
  function withLabel(path: string, label: string, id: string): ComplaintRecord {
    const record = JSON.parse(JSON.stringify({ ...complete, id })) as Record<string, Record<string, unknown>>;
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail === undefined) (record as Record<string, unknown>)[head] = label;
    else (record[head] as Record<string, unknown>)[tail] = label;
    return record as unknown as ComplaintRecord;
  }
  const options = { year: '2023/24', asOf: '2024-05-31', serviceAreas: commonServiceAreas };

  it('accepts the complete record, so each refusal below is the label’s doing', () => {
    expect(buildAnnualReport([complete as unknown as ComplaintRecord], options).records).toEqual({ given: 1, considered: 1, rejected: [] });
  });

  it('rejects every record, each naming the unknown label, with nothing counted and nothing dropped', () => {
    const records = LABELS.map((path, i) => withLabel(path, `Unheard-of ${i}`, `U-${i}`));
    const allUnknown = LABELS.reduce((record, path) => withLabel(path, 'Unheard-of', 'U-ALL') as unknown as typeof complete, complete) as unknown as ComplaintRecord;
    const report = buildAnnualReport([...records, allUnknown], options);
    expect(report.records.given).toBe(LABELS.length + 1);
    expect(report.records.considered).toBe(0);
    expect(report.records.rejected.map((rejected) => [rejected.index, rejected.id, rejected.field])).toEqual([
      ...LABELS.map((path, i) => [i, `U-${i}`, path]),
      [LABELS.length, 'U-ALL', expect.any(String)],
    ]);
    for (const cohort of REPORT_COLUMNS.cohorts) expect([report.coverage[cohort].counted, report.coverage[cohort].notCounted]).toEqual([0, []]);
    expect(report.tables.stageSummary.rows.at(-1)?.stage1).toBe(0);
    expect(report.warnings.map((warning) => warning.code)).toContain('records-rejected');
  });

  it('checks every record given against the field table, whatever its year, and accounts in the coverage for the valid ones of other years', () => {
    // The same records two years earlier: every date moved from 2023 to 2021.
    const moved = (record: ComplaintRecord): ComplaintRecord => JSON.parse(JSON.stringify(record).replace(/"2023-/g, '"2021-')) as ComplaintRecord;
    const elsewhere = LABELS.map((path, i) => moved(withLabel(path, 'Unheard-of', `E-${i}`)));
    const report = buildAnnualReport([...elsewhere, moved({ ...complete, id: 'E-OK' } as unknown as ComplaintRecord), withLabel('complaintType', 'Unheard-of', 'IN')], options);
    // A service area outside the declared list matters only to the year's tables; any other unknown value means the value is not a record at all.
    expect(report.records.rejected.map((rejected) => [rejected.id, rejected.field])).toEqual([...LABELS.slice(1).map((path, i) => [`E-${i + 1}`, path]), ['IN', 'complaintType']]);
    expect([report.records.given, report.records.considered]).toEqual([LABELS.length + 2, 2]);
    for (const cohort of REPORT_COLUMNS.cohorts) {
      const coverage = report.coverage[cohort];
      expect(coverage.counted + coverage.notCounted.reduce((sum, gap) => sum + gap.count, 0)).toBe(2);
    }
  });
});
