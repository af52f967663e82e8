import { describe, expectTypeOf, it } from 'vitest';
import { buildAnnualReport, toCsv, toHtml, toMarkdown, type AnnualReport, type AnnualReportOptions, type AnnualReportTable, type ComplaintRecord, type CountCell, type OmbudsmanDecision, type OutcomeCell, type OutcomeColumn, type ReportCohort, type ResponseTimeColumn, type Rounding, type Share, type TimelinessColumn } from '../../src/index';

declare const records: readonly ComplaintRecord[];
declare const report: AnnualReport;

describe('report types', () => {
  it('derives the column unions from their lists', () => {
    expectTypeOf<ResponseTimeColumn>().toEqualTypeOf<'1-10' | '11-20' | '21-40' | '41-plus' | 'withdrawn' | 'open'>();
    expectTypeOf<TimelinessColumn>().toEqualTypeOf<'within-time' | 'within-extension' | 'late' | 'open' | 'overdue' | 'withdrawn'>();
    expectTypeOf<Rounding>().toEqualTypeOf<'half-up' | 'truncate'>();
    expectTypeOf<ReportCohort>().toEqualTypeOf<'stage1' | 'stage2' | 'stage3' | 'ombudsman' | 'advocacy'>();
    expectTypeOf<'outcome-not-recorded'>().toMatchTypeOf<OutcomeColumn>();
  });

  it('needs asOf, and takes records or a report as previous', () => {
    expectTypeOf(buildAnnualReport).parameter(0).toEqualTypeOf<readonly ComplaintRecord[]>();
    expectTypeOf<{ year: '2024/25' }>().not.toMatchTypeOf<AnnualReportOptions>();
    expectTypeOf<{ year: '2024/25'; asOf: '2025-05-31'; previous: AnnualReport }>().toMatchTypeOf<AnnualReportOptions>();
    expectTypeOf<{ year: '2024/25'; asOf: '2025-05-31'; previous: readonly ComplaintRecord[] }>().toMatchTypeOf<AnnualReportOptions>();
    expectTypeOf<{ year: '2024/25'; asOf: '2025-05-31'; rounding: 'nearest' }>().not.toMatchTypeOf<AnnualReportOptions>();
    expectTypeOf(buildAnnualReport(records, { year: '2024/25', asOf: '2025-05-31' })).toEqualTypeOf<AnnualReport>();
  });

  it('types every cell: counts, shares with their counts, and last year', () => {
    expectTypeOf(report.tables.responseTimes.rows[0]!.cells['41-plus']).toEqualTypeOf<CountCell>();
    expectTypeOf(report.tables.outcomes.totals.cells['not-upheld']).toEqualTypeOf<OutcomeCell>();
    expectTypeOf(report.tables.outcomes.totals.cells['not-upheld'].ofClosed).toEqualTypeOf<Share | null>();
    expectTypeOf(report.tables.stage2.escalationRate).toEqualTypeOf<Share>();
    expectTypeOf<Share['percent']>().toEqualTypeOf<number | null>();
    expectTypeOf(report.tables.stageSummary.rows[0]!.within20.numerator).toEqualTypeOf<number>();
    expectTypeOf(report.tables.responseTimes.totals.average.rounded).toEqualTypeOf<number | null>();
    expectTypeOf(report.tables.ombudsman.rows[0]!.key).toEqualTypeOf<OmbudsmanDecision>();
  });

  it('renders a report, and any one table', () => {
    expectTypeOf(toMarkdown).parameter(0).toEqualTypeOf<AnnualReport>();
    expectTypeOf(toHtml).returns.toEqualTypeOf<string>();
    expectTypeOf(toCsv).parameter(0).toEqualTypeOf<AnnualReportTable>();
    expectTypeOf(report.tables.checklist).toMatchTypeOf<AnnualReportTable>();
  });
});
