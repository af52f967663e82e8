import fc from 'fast-check';
import { complaintRecordSchema } from '../../src/schemas/index';
import { describe, expect, it } from 'vitest';
import { assessComplaint, parseComplaintRecords, readComplaintsCsv, RECORD_FIELDS, recordToTimeline, stageOutcomes, timelineToRecordFacts, type ComplaintRecord, type CsvField } from '../../src/index';
import { asExportRow, latestDateOf, ukDate, validRecord } from './arbitraries';

/** The timeline facts of a record: everything but the fields a timeline does not hold. */
function factsOf(record: ComplaintRecord): unknown {
  const { serviceArea: _a, complaintType: _t, source: _s, channel: _c, advocacy: _v, complainant: _p, stage2, ...facts } = record;
  if (stage2 === undefined) return facts;
  const { findings: _f, ...rest } = stage2;
  return { ...facts, stage2: rest };
}

describe('records: laws', () => {
  it('a valid record reads back as itself, written canonically or as an export writes it', () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        const options = { asOf: latestDateOf(record) };
        expect(parseComplaintRecords([record], options)).toEqual({ records: [record], rejected: [] });
        expect(parseComplaintRecords([asExportRow(record)], options).records).toEqual([record]);
        expect(complaintRecordSchema.safeParse(record).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('recordToTimeline loses no dated fact: timelineToRecordFacts gives the record’s facts back', () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        const timeline = recordToTimeline(record);
        expect(timelineToRecordFacts(timeline)).toEqual(factsOf(record));
        const dates = (value: unknown) => (JSON.stringify(value).match(/\d{4}-\d{2}-\d{2}/g) ?? []).sort();
        expect(dates(timeline)).toEqual(dates(factsOf(record)));
        expect(() => assessComplaint(timeline, { asOf: latestDateOf(record) })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

type Corruption = 'bad-date' | 'unknown-label' | 'before-receipt' | 'stage-not-started' | 'not-an-object' | 'duplicate';

const jsonRows = fc.array(fc.tuple(validRecord, fc.option(fc.constantFrom<Corruption>('bad-date', 'unknown-label', 'before-receipt', 'stage-not-started', 'not-an-object', 'duplicate'), { freq: 2, nil: null })), {
  maxLength: 25,
});

describe('records: nothing is lost, nothing is invented (JSON)', () => {
  it('every row is a record or a rejected row; exactly the clean rows with new ids are records', () => {
    fc.assert(
      fc.property(jsonRows, (plan) => {
        const rows: unknown[] = [];
        const expectedIds: string[] = [];
        const expectedRejected: number[] = [];
        const readableIds: string[] = [];
        plan.forEach(([record, corruption], index) => {
          const id = `C-${index}`;
          const row: Record<string, unknown> = { ...(asExportRow(record) as Record<string, unknown>), id };
          const earlier = readableIds[0];
          if (corruption !== 'not-an-object') readableIds.push(id);
          if (corruption === null || (corruption === 'duplicate' && earlier === undefined)) {
            rows.push(row);
            expectedIds.push(id);
            return;
          }
          expectedRejected.push(index + 1);
          if (corruption === 'bad-date') rows.push({ ...row, receivedOn: '31/02/2024' });
          else if (corruption === 'unknown-label') rows.push({ ...row, serviceArea: 'Highways' });
          else if (corruption === 'before-receipt') rows.push({ ...row, stage1: { respondedOn: '01/01/2001' } });
          else if (corruption === 'stage-not-started') rows.push({ ...row, stage2: undefined, stage3: undefined, 'stage2.outcome': 'Upheld' });
          else if (corruption === 'not-an-object') rows.push([row]);
          else rows.push({ ...row, id: earlier });
        });
        const result = parseComplaintRecords(rows);
        expect(result.records.length + result.rejected.length).toBe(rows.length);
        expect(result.records.map((r) => r.id)).toEqual(expectedIds);
        expect(result.rejected.map((r) => r.row)).toEqual(expectedRejected);
        for (const rejected of result.rejected) expect(rejected.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

/** Every CSV target, headed by its own path; one hold goes in the hold.* columns. */
const CSV_COLUMNS: readonly CsvField[] = [...RECORD_FIELDS.filter((field) => field !== 'deferrals'), 'deferral.from', 'deferral.to', 'deferral.reason'];

function cellsOf(record: ComplaintRecord): string[] {
  const flat = new Map<string, unknown>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, path === '' ? key : `${path}.${key}`);
    } else flat.set(path, value);
  };
  walk(record, '');
  const hold = record.deferrals[0];
  if (hold !== undefined) {
    flat.set('deferral.from', hold.from);
    flat.set('deferral.to', hold.to);
    flat.set('deferral.reason', hold.reason);
  }
  return CSV_COLUMNS.map((field) => {
    const value = flat.get(field);
    if (value === undefined) return '';
    if (field === 'stage2.findings') {
      return (value as { point: string; outcome: keyof typeof stageOutcomes.labels }[]).map((f) => `${f.point}: ${stageOutcomes.labels[f.outcome]}`).join('; ');
    }
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return ukDate(value);
    return String(value);
  });
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

type CsvCorruption = 'bad-date' | 'unknown-label' | 'broken-quote' | 'truncated' | 'duplicate';

const csvRows = fc.array(
  fc.tuple(
    validRecord,
    fc.option(fc.constantFrom<CsvCorruption>('bad-date', 'unknown-label', 'broken-quote', 'truncated', 'duplicate'), { freq: 2, nil: null }),
    fc.constantFrom('\r\n', '\n', '\r'),
    fc.boolean(),
  ),
  { maxLength: 25 },
);

describe('records: nothing is lost, nothing is invented (CSV)', () => {
  it('every data row of a partly broken file is a record or a rejected row, and every good row is kept', () => {
    fc.assert(
      fc.property(csvRows, fc.boolean(), (plan, bom) => {
        const lines = [CSV_COLUMNS.join(',')];
        const eols: string[] = [];
        const expected: ComplaintRecord[] = [];
        const expectedRejected: number[] = [];
        plan.forEach(([record, corruption, eol, blankAfter], index) => {
          const id = `C-${index}`;
          const cells = cellsOf({ ...record, id });
          const clean = corruption === null || (corruption === 'duplicate' && index === 0);
          if (clean) expected.push({ ...record, id });
          else expectedRejected.push(index + 1);
          if (corruption === 'bad-date') cells[1] = '31/02/2024';
          if (corruption === 'unknown-label') cells[3] = 'Highways';
          if (corruption === 'duplicate' && index > 0) cells[0] = 'C-0';
          let line = cells.map(quote).join(',');
          if (corruption === 'broken-quote') line = `"${line}`;
          if (corruption === 'truncated') line = cells.slice(0, 5).join(',');
          lines.push(line);
          eols.push(eol);
          if (blankAfter) {
            lines.push('');
            eols.push(eol);
          }
        });
        const text = (bom ? '\uFEFF' : '') + lines.map((line, i) => line + (i === 0 ? '\r\n' : (eols[i - 1] as string))).join('');
        const result = readComplaintsCsv(text, { columns: Object.fromEntries(CSV_COLUMNS.map((field) => [field, field])) });
        expect(result.records.length + result.rejected.length).toBe(plan.length);
        expect(result.records).toEqual(expected);
        expect(result.rejected.map((r) => r.row)).toEqual(expectedRejected);
      }),
      { numRuns: 60 },
    );
  });
});
