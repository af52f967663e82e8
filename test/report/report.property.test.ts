/**
 * The report's laws, over arbitrary valid records: totals are the sums of
 * their rows; every record is counted exactly once in each table that covers
 * it; every percentage comes from its own counts, for both roundings;
 * shuffling the records changes nothing; and a year built with last year's
 * records agrees with last year built on its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport, complaintTypes, REPORT_COLUMNS, type AnnualReport, type AnnualReportOptions, type ComplaintRecord, type CountCell, type Rounding, type Share } from '../../src/index';
import { complaintRecordsArbitrary } from './arbitraries';

const YEAR = { from: '2023-04-01', to: '2024-03-31' };
const records = complaintRecordsArbitrary({ receivedFrom: '2022-10-01', receivedTo: '2024-06-30', maxLength: 60 });
const asOf = fc.constantFrom('2024-03-31', '2024-05-31', '2025-01-15');
const rounding = fc.constantFrom<Rounding>('half-up', 'truncate');
const decimals = fc.constantFrom(0, 1);

function build(list: readonly ComplaintRecord[], options: Partial<AnnualReportOptions> & { asOf: string }): AnnualReport {
  return buildAnnualReport(list, { year: '2023/24', ...options });
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const total = (cells: readonly CountCell[]): number => sum(cells.map((cell) => cell.count));

/** Every share in a value, wherever it sits. */
function shares(value: unknown, found: Share[] = []): Share[] {
  if (typeof value !== 'object' || value === null) return found;
  const object = value as Record<string, unknown>;
  if (typeof object['numerator'] === 'number' && typeof object['denominator'] === 'number' && 'percent' in object) found.push(object as unknown as Share);
  for (const inner of Object.values(object)) shares(inner, found);
  return found;
}

/** The rounding the report promises, computed the slow way with exact fractions. */
function expectedPercent(share: Share, mode: Rounding, places: number): number | null {
  if (share.denominator === 0) return null;
  const scaled = (BigInt(share.numerator) * 100n * 10n ** BigInt(places)) / BigInt(share.denominator);
  const rest = BigInt(share.numerator) * 100n * 10n ** BigInt(places) - scaled * BigInt(share.denominator);
  const up = mode === 'half-up' && 2n * rest >= BigInt(share.denominator) ? 1n : 0n;
  return Number(scaled + up) / 10 ** places;
}

const inYear = (date: string | undefined, asOfDay: string): boolean => date !== undefined && date >= YEAR.from && date <= YEAR.to && date <= asOfDay;

describe('the annual report’s laws', () => {
  it('totals equal the sums of their rows, and rows the sums of their cells', () => {
    fc.assert(
      fc.property(records, asOf, (list, day) => {
        const { tables } = build(list, { asOf: day });
        const rt = tables.responseTimes;
        for (const row of [...rt.rows, rt.totals]) expect(total(REPORT_COLUMNS.responseTimes.values.map((c) => row.cells[c]))).toBe(row.total.count);
        for (const column of REPORT_COLUMNS.responseTimes.values) expect(total(rt.rows.map((row) => row.cells[column]))).toBe(rt.totals.cells[column].count);
        expect(sum(rt.rows.map((row) => row.average.total))).toBe(rt.totals.average.total);
        expect(sum(rt.rows.map((row) => row.average.count))).toBe(rt.totals.average.count);
        for (const table of [tables.outcomes, tables.stage2]) {
          for (const row of [...table.rows, table.totals]) expect(total(REPORT_COLUMNS.outcomes.values.map((c) => row.cells[c]))).toBe(row.total.count);
          for (const column of REPORT_COLUMNS.outcomes.values) expect(total(table.rows.map((row) => row.cells[column]))).toBe(table.totals.cells[column].count);
        }
        const types = tables.complaintTypes;
        for (const row of [...types.rows, types.totals]) expect(total(complaintTypes.values.map((t) => row.cells[t]))).toBe(row.total.count);
        for (const type of complaintTypes.values) expect(total(types.rows.map((row) => row.cells[type]))).toBe(types.totals.cells[type].count);
        for (const table of [tables.sources, tables.monthly, tables.advocacy, tables.ombudsman]) expect(total(table.rows.map((row) => row.cell))).toBe(table.total.count);
        for (const section of tables.complainants.sections) expect(total(section.rows.map((row) => row.cell))).toBe(section.total.count);
        for (const row of [...tables.timeliness.rows, ...tables.stage3.steps]) expect(total(REPORT_COLUMNS.timeliness.values.map((c) => row.cells[c]))).toBe(row.total.count);
        expect(total(REPORT_COLUMNS.outcomes.values.map((c) => tables.stage3.outcomes[c]))).toBe(tables.stage3.requested.count);
      }),
      { numRuns: 60 },
    );
  });

  it('counts every record exactly once in each table that covers it, and accounts for the rest', () => {
    fc.assert(
      fc.property(records, asOf, (list, day) => {
        const report = build(list, { asOf: day });
        expect(report.records.rejected).toEqual([]);
        expect(report.records.considered).toBe(list.length);
        for (const coverage of Object.values(report.coverage)) {
          expect(coverage.counted + sum(coverage.notCounted.map((gap) => gap.count))).toBe(list.length);
        }
        // Counted independently from the records, by each cohort's own date.
        const stage1 = list.filter((r) => inYear(r.receivedOn, day)).length;
        const stage2 = list.filter((r) => inYear(r.stage2?.requestedOn, day)).length;
        const stage3 = list.filter((r) => inYear(r.stage3?.requestedOn, day)).length;
        const ombudsman = list.filter((r) => inYear(r.ombudsman?.decidedOn, day)).length;
        const advocacy = list.filter((r) => inYear(r.advocacy?.allocatedOn, day)).length;
        const { tables, coverage } = report;
        expect([coverage.stage1.counted, coverage.stage2.counted, coverage.stage3.counted, coverage.ombudsman.counted, coverage.advocacy.counted]).toEqual([stage1, stage2, stage3, ombudsman, advocacy]);
        for (const count of [
          tables.stageSummary.rows[0]?.stage1,
          tables.responseTimes.totals.total.count,
          tables.outcomes.totals.total.count,
          tables.sources.total.count,
          tables.complaintTypes.totals.total.count,
          tables.monthly.total.count,
          tables.timeliness.rows[0]?.total.count,
          ...tables.complainants.sections.map((section) => section.total.count),
        ]) {
          expect(count).toBe(stage1);
        }
        expect(tables.stage2.investigations.count).toBe(stage2);
        expect(tables.stage2.totals.total.count).toBe(stage2);
        expect(tables.stage3.requested.count).toBe(stage3);
        expect(tables.ombudsman.total.count).toBe(ombudsman);
        expect(tables.advocacy.total.count).toBe(advocacy);
        // Each service area's row counts that area's records.
        for (const row of tables.responseTimes.rows) {
          expect(row.total.count).toBe(list.filter((r) => r.serviceArea === row.serviceArea && inYear(r.receivedOn, day)).length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('takes every percentage from its own counts, for both roundings', () => {
    fc.assert(
      fc.property(records, asOf, rounding, decimals, (list, day, mode, places) => {
        const report = build(list, { asOf: day, rounding: mode, percentDecimals: places, childrenServed: 977 });
        const found = shares(report.tables);
        expect(found.length).toBeGreaterThan(50);
        for (const share of found) {
          expect(share.numerator).toBeLessThanOrEqual(Math.max(share.denominator, share.numerator));
          expect(share.percent).toBe(expectedPercent(share, mode, places));
        }
        for (const row of [...report.tables.responseTimes.rows, report.tables.responseTimes.totals]) {
          const { total: days, count, rounded } = row.average;
          expect(rounded).toBe(count === 0 ? null : mode === 'truncate' ? Math.floor(days / count) : Math.floor((2 * days + count) / (2 * count)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(records, asOf, fc.infiniteStream(fc.nat()), (list, day, stream) => {
        const shuffled = [...list];
        const keys = [...stream.take(shuffled.length)];
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = (keys[i] as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as ComplaintRecord, shuffled[i] as ComplaintRecord];
        }
        expect(build(shuffled, { asOf: day })).toEqual(build(list, { asOf: day }));
      }),
      { numRuns: 40 },
    );
  });

  it('agrees across years: last year’s brackets are last year’s report, from its records or the report itself', () => {
    fc.assert(
      fc.property(records, records, (earlier, later) => {
        // Two years' records in one list and in two; the ids differ so that no record is both.
        const before = earlier.map((r) => ({ ...r, id: `A-${r.id}` }) as ComplaintRecord);
        const all = [...before, ...later];
        const day = '2024-05-31';
        const lastYear = buildAnnualReport(all, { year: '2022/23', asOf: day });
        const fromRecords = buildAnnualReport(all, { year: '2023/24', asOf: day, previous: all });
        const fromReport = buildAnnualReport(all, { year: '2023/24', asOf: day, previous: lastYear });
        const tables = fromRecords.tables;
        expect(tables.stageSummary.rows[1]).toEqual(lastYear.tables.stageSummary.rows[0]);
        expect(tables.responseTimes.totals.total.previous?.count).toBe(lastYear.tables.responseTimes.totals.total.count);
        for (const column of REPORT_COLUMNS.outcomes.values) {
          expect(tables.outcomes.totals.cells[column].previous).toEqual({ count: lastYear.tables.outcomes.totals.cells[column].count, share: lastYear.tables.outcomes.totals.cells[column].share });
        }
        expect(tables.monthly.rows.map((row) => row.cell.previous?.count)).toEqual(lastYear.tables.monthly.rows.map((row) => row.cell.count));
        expect(tables.stage2.investigations.previous?.count).toBe(lastYear.tables.stage2.investigations.count);
        // The same brackets whether last year came as records or as its report.
        expect(fromReport.tables).toEqual(fromRecords.tables);
        // And its JSON, as a council would keep it, does as well.
        const kept = JSON.parse(JSON.stringify(lastYear)) as AnnualReport;
        expect(buildAnnualReport(all, { year: '2023/24', asOf: day, previous: kept }).tables).toEqual(fromRecords.tables);
        // The later year's own figures do not depend on having a previous year.
        const alone = buildAnnualReport(all, { year: '2023/24', asOf: day });
        expect(alone.tables.responseTimes.totals.total.count).toBe(tables.responseTimes.totals.total.count);
        expect(alone.coverage).toEqual(fromRecords.coverage);
      }),
      { numRuns: 30 },
    );
  });
});
