/**
 * The proof against a real report: Camden's Children's Statutory Services
 * Complaints Report 2020/2021, every published figure of its tables, from
 * case-level records (camden.fixture.ts). Where the source's own arithmetic
 * is wrong, the test expects the corrected figure and says so.
 *
 * The years are built as a council would: each year's report as at a day
 * after its year end, passed on as the next year's `previous`, so the
 * 2020/21 report carries the 2019/20 brackets and all four summary rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport, type AnnualReport, type CountCell, type ResponseTimesRow } from '../../src/index';
import { camdenAreas, camdenRecords } from './camden.fixture';

const published = JSON.parse(
  readFileSync(new URL('../../../shared/reference/published-tables/camden-2020-21.json', import.meta.url), 'utf8'),
) as {
  stage1Summary: { rows: [string, number, number, number, number, number | null][] };
  responseTimesByService: { rows: (string | number | null)[][]; previousRows: (string | number | null)[][]; totals: number[]; averageAllServices: number; percentRowAsPublished: number[] };
  outcomesByService: { rows: (string | number | null)[][]; previousRows: (string | number | null)[][]; totals: number[]; percentRowAsPublished: number[]; previousPercentRowAsPublished: number[] };
  sources: { rows: [string, number][]; total: number };
  typesByService: { rows: (string | number | null)[][]; totals: number[]; previousTotals: (number | null)[] };
  stage2: { investigations: number; previousInvestigations: number; percentOfStage1Escalated: number; percentPartlyUpheld: number; rows: (string | number | null)[][] };
  ombudsman: { rows: [string, number][]; total: number };
  advocacy: { quarters: number[]; previousQuarters: number[]; total: number; previousTotal: number };
  sourceErrors: string[];
};

const records = camdenRecords();
const build = (year: string, asOf: string, previous?: AnnualReport, extra: object = {}): AnnualReport =>
  buildAnnualReport(records, { year, asOf, serviceAreas: camdenAreas, ...(previous === undefined ? {} : { previous }), ...extra });
const report1718 = build('2017/18', '2018-05-31');
const report1819 = build('2018/19', '2019-05-31', report1718);
const report1920 = build('2019/20', '2020-05-29', report1819);
const report = build('2020/21', '2021-05-28', report1920, { childrenServed: 1919 });
const truncated = build('2020/21', '2021-05-28', report1920, { childrenServed: 1919, rounding: 'truncate', percentDecimals: 1 });

const AREAS = ['lac', 'cin', 'cypd', 'qa'] as const;
/** A blank published cell is a count of 0. */
const n = (cell: string | number | null | undefined): number => (typeof cell === 'number' ? cell : 0);
const counts = (cells: readonly CountCell[]): number[] => cells.map((cell) => cell.count);

describe('Camden 2020/21, computed from case-level records', () => {
  it('counts every record: none rejected, every Stage 1 complaint of the year counted once', () => {
    expect(report.records.rejected).toEqual([]);
    expect(report.records.given).toBe(records.length);
    expect(report.coverage.stage1.counted).toBe(49);
    const notCounted = report.coverage.stage1.notCounted.reduce((sum, gap) => sum + gap.count, 0);
    expect(report.coverage.stage1.counted + notCounted).toBe(report.records.considered);
  });

  it('4.1.5: the stage summary, four years', () => {
    const rows = report.tables.stageSummary.rows.map((row) => [row.year, row.stage1, row.upheld.numerator, row.upheld.percent, row.within10.percent, row.within20.percent]);
    const [y2021, y1920, y1819, y1718] = published.stage1Summary.rows;
    expect(rows[0]).toEqual(['2020/21', ...(y2021 as unknown[]).slice(1)]);
    // Source error: 2019/20 within 20 is printed 44%, but the 2019/20 brackets of 4.1.6 give (18 + 12) of 71 = 42%.
    expect(y1920?.[5]).toBe(44);
    expect(rows[1]).toEqual(['2019/20', 71, 6, 8, 25, 42]);
    expect(rows[2]).toEqual(['2018/19', ...(y1819 as unknown[]).slice(1)]);
    // 2017/18's within 20 is printed "N/K"; records always know it: here 40 of 45.
    expect(y1718?.[5]).toBeNull();
    expect(rows[3]).toEqual(['2017/18', 45, 5, 11, 76, 89]);
    // The year-on-year fall in 4.1.1: 71 to 49 is 31%.
    expect(Math.round(((71 - 49) / 71) * 100)).toBe(31);
  });

  it('4.1.6: response times by service area, with the 2019/20 brackets and totals', () => {
    const table = report.tables.responseTimes;
    expect(table.rows.map((row) => row.label)).toEqual(published.responseTimesByService.rows.map((row) => row[0]));
    const bands = (row: ResponseTimesRow) => counts(table.columns.map((column) => row.cells[column]));
    table.rows.forEach((row, i) => {
      const source = published.responseTimesByService.rows[i] as (string | number | null)[];
      expect(bands(row)).toEqual(source.slice(1, 7).map(n));
      expect(row.total.count).toBe(source[7]);
      expect(row.total.previous?.count).toBe(source[8]);
    });
    expect([...bands(table.totals), table.totals.total.count, table.totals.total.previous?.count]).toEqual(published.responseTimesByService.totals);
    // The brackets: 2019/20 as 4.1.6 prints them, except LAC. 4.1.6 counts 3 LAC complaints withdrawn and
    // 24 answered (9, 6, 5, 4); 4.1.7 counts 1 withdrawn and 26 with an outcome, 2 of them "no finding".
    // A computed report classes each case once, so the 2 "no finding" cases are answers in both tables.
    const previous = table.rows.map((row) => table.columns.map((column) => row.cells[column].previous?.count));
    expect(published.responseTimesByService.previousRows[0]).toEqual(['LAC & Care Leavers', 9, 6, 5, 4, 3, 2]);
    expect(previous[0]).toEqual([9, 6, 7, 4, 1, 2]);
    published.responseTimesByService.previousRows.slice(1).forEach((row, i) => expect(previous[i + 1]).toEqual(row.slice(1).map(n)));
  });

  it('4.1.6: the average working days to respond, per area and pooled', () => {
    const table = report.tables.responseTimes;
    const averages = table.rows.map((row) => row.average.rounded);
    expect(averages).toEqual(published.responseTimesByService.rows.map((row) => row[9]));
    expect(table.rows.map((row) => row.average.count)).toEqual([13, 17, 2, 0]);
    // Source error: the all-services average is printed 20, the mean of the three areas' averages
    // ((18 + 34 + 9) / 3 = 20.3). Pooled over the 32 answers it is (234 + 578 + 18) / 32 = 25.9, so 26.
    expect(published.responseTimesByService.averageAllServices).toBe(20);
    expect(table.totals.average).toEqual({ total: 830, count: 32, value: 830 / 32, rounded: 26 });
    expect(truncated.tables.responseTimes.totals.average.rounded).toBe(25);
  });

  it('4.1.6: the percentage row, corrected where the source is wrong', () => {
    const totals = report.tables.responseTimes.totals;
    const row = report.tables.responseTimes.columns.map((column) => totals.cells[column].share?.percent);
    // Source errors: withdrawn is printed 2% and open 33%; 2 of 49 is 4% and 15 of 49 is 31% (4.1.7 prints 4% and 31%).
    expect(published.responseTimesByService.percentRowAsPublished).toEqual([20, 12, 22, 10, 2, 33]);
    expect(row).toEqual([20, 12, 22, 10, 4, 31]);
  });

  it('4.1.6.1–4.1.6.3: each area within 10 and within 20 working days, against last year', () => {
    const table = report.tables.responseTimes;
    const lac = table.rows[0] as ResponseTimesRow;
    const cin = table.rows[1] as ResponseTimesRow;
    const cypd = table.rows[2] as ResponseTimesRow;
    expect([lac.within10.percent, lac.cells['11-20'].share?.percent, lac.within20.percent]).toEqual([18, 29, 47]);
    expect([lac.cells['1-10'].previous?.share?.percent, lac.cells['11-20'].previous?.share?.percent]).toEqual([31, 21]);
    expect([cin.within10.percent, cin.cells['11-20'].share?.percent, cin.within20.percent]).toEqual([19, 4, 22]);
    expect([cin.cells['1-10'].previous?.share?.percent, cin.cells['11-20'].previous?.share?.percent]).toEqual([14, 17]);
    const lastYear = report1920.tables.responseTimes.rows;
    expect([lastYear[0]?.within20.percent, lastYear[1]?.within20.percent]).toEqual([52, 31]);
    expect(cypd.within10.percent).toBe(67);
    // Source error: 4.1.6.3 says CYPD within 10 days was "maintained at 67%", but 2019/20 had 2 of 4 = 50%.
    expect(cypd.cells['1-10'].previous?.share).toEqual({ numerator: 2, denominator: 4, percent: 50 });
    // 4.1.6.4: 33% within 10 or 20 working days, against 44% printed for last year (42% computed).
    expect(report.tables.stageSummary.rows.map((row) => row.within20.percent).slice(0, 2)).toEqual([33, 42]);
  });

  it('4.1.7: outcomes by service area, with the 2019/20 counts in brackets', () => {
    const table = report.tables.outcomes;
    const columns = ['upheld', 'partly-upheld', 'not-upheld', 'no-finding', 'withdrawn', 'open'] as const;
    table.rows.forEach((row, i) => {
      const source = published.outcomesByService.rows[i] as (string | number | null)[];
      const before = published.outcomesByService.previousRows[i] as (string | number | null)[];
      expect(row.label).toBe(source[0]);
      expect([...counts(columns.map((column) => row.cells[column])), row.total.count]).toEqual(source.slice(1).map(n));
      expect([...columns.map((column) => row.cells[column].previous?.count), row.total.previous?.count]).toEqual(before.slice(1).map(n));
      // Every case has one of these outcomes: none is left without one.
      expect(row.cells['outcome-not-recorded'].count + row.cells['resolved-informally'].count + row.cells['explanation-given'].count).toBe(0);
    });
    expect([...counts(columns.map((column) => table.totals.cells[column])), table.totals.total.count]).toEqual(published.outcomesByService.totals);
    expect(columns.map((column) => table.totals.cells[column].share?.percent)).toEqual(published.outcomesByService.percentRowAsPublished);
    expect(columns.map((column) => table.totals.cells[column].previous?.share?.percent)).toEqual(published.outcomesByService.previousPercentRowAsPublished);
  });

  it('4.1.7.1–4.1.7.4: the outcome shares in the text, of all cases and of closed cases', () => {
    const { totals, rows } = report.tables.outcomes;
    const [lac, cin] = rows;
    // "59% of all cases or 85% of closed cases (29 of 34)": closed cases include the withdrawn ones.
    expect(totals.cells['not-upheld'].share?.percent).toBe(59);
    expect(totals.cells['not-upheld'].ofClosed).toEqual({ numerator: 29, denominator: 34, percent: 85 });
    // LAC: 76% not upheld (13 of 17), 100% of closed cases; none upheld or partly, against 24% (7 of 29) last year.
    expect(lac?.cells['not-upheld'].share?.percent).toBe(76);
    expect(lac?.cells['not-upheld'].ofClosed?.percent).toBe(100);
    expect(lac?.upheldOrPartly.count).toBe(0);
    expect(lac?.upheldOrPartly.previous?.share).toEqual({ numerator: 7, denominator: 29, percent: 24 });
    // CIN: upheld or partly 11% (3 of 27) against 25% (9 of 36); not upheld 52%.
    expect(cin?.upheldOrPartly.share).toEqual({ numerator: 3, denominator: 27, percent: 11 });
    expect(cin?.upheldOrPartly.previous?.share).toEqual({ numerator: 9, denominator: 36, percent: 25 });
    expect(cin?.cells['not-upheld'].share?.percent).toBe(52);
    // "77% of closed cases": 14 of 18 is 77.8%. Rounded half up that is 78%; the source truncates here,
    // as it does nowhere else in these tables (e.g. 16 of 49 is printed 33%, not 32%).
    expect(cin?.cells['not-upheld'].ofClosed).toEqual({ numerator: 14, denominator: 18, percent: 78 });
    expect(truncated.tables.outcomes.rows[1]?.cells['not-upheld'].ofClosed?.percent).toBe(77.7);
    const whole = build('2020/21', '2021-05-28', report1920, { rounding: 'truncate' });
    expect(whole.tables.outcomes.rows[1]?.cells['not-upheld'].ofClosed?.percent).toBe(77);
    expect(whole.tables.stageSummary.rows[0]?.within20.percent).toBe(32);
  });

  it('4.1.1: the complaints per children served', () => {
    // "2.5% of children and young people receiving services (49 of 1,919)": 49 / 1,919 is 2.553%,
    // which is 2.5% truncated to one decimal (2.6% rounded half up, 3% as a whole number).
    expect(report.tables.stageSummary.perChildrenServed).toEqual({ numerator: 49, denominator: 1919, percent: 3 });
    expect(truncated.tables.stageSummary.perChildrenServed?.percent).toBe(2.5);
    expect(build('2020/21', '2021-05-28', report1920, { childrenServed: 1919, percentDecimals: 1 }).tables.stageSummary.perChildrenServed?.percent).toBe(2.6);
  });

  it('4.1.8: the sources of complaints', () => {
    const table = report.tables.sources;
    const shown = table.rows.filter((row) => row.cell.count > 0).map((row) => [row.label, row.cell.count]);
    expect(shown).toEqual([
      ['Parent / guardian', 31],
      ['Advocate', 9],
      ['Child / young person', 7],
      ['Family member', 1],
      ['Friend', 1],
    ]);
    expect(shown.map(([, count]) => count)).toEqual(published.sources.rows.map(([, count]) => count));
    expect(table.total.count).toBe(published.sources.total);
  });

  it('4.1.9: complaint types by service area, with last year’s totals', () => {
    const table = report.tables.complaintTypes;
    const columns = ['staff-behaviour', 'quality-of-service', 'disagree-with-decision', 'delay-in-service', 'lack-of-information', 'lack-of-communication', 'not-recorded'] as const;
    table.rows.forEach((row, i) => {
      const source = published.typesByService.rows[i] as (string | number | null)[];
      expect([...counts(columns.map((column) => row.cells[column])), row.total.count]).toEqual(source.slice(1).map(n));
      expect(row.cells['safeguarding-and-wellbeing'].count).toBe(0);
    });
    expect([...counts(columns.map((column) => table.totals.cells[column])), table.totals.total.count]).toEqual(published.typesByService.totals);
    expect([...columns.map((column) => table.totals.cells[column].previous?.count), table.totals.total.previous?.count]).toEqual(published.typesByService.previousTotals.map(n));
  });

  it('5.3: Stage 2 investigations, the escalation rate and the outcomes', () => {
    const table = report.tables.stage2;
    expect(table.investigations.count).toBe(published.stage2.investigations);
    expect(table.investigations.previous?.count).toBe(published.stage2.previousInvestigations);
    // "Twice as many compared to 2019/2020": 9 against 5 is 1.8 times.
    expect(table.escalationRate).toEqual({ numerator: 9, denominator: 49, percent: published.stage2.percentOfStage1Escalated });
    expect(table.totals.cells['partly-upheld'].share?.percent).toBe(published.stage2.percentPartlyUpheld);
    const columns = ['upheld', 'partly-upheld', 'not-upheld', 'withdrawn', 'open'] as const;
    published.stage2.rows.forEach((source, i) => {
      const row = table.rows[i];
      expect(row?.label).toBe(source[0]);
      expect([...counts(columns.map((column) => row!.cells[column])), row?.total.count, row?.total.previous?.count]).toEqual(source.slice(1).map(n));
    });
    expect(table.rows.slice(2).map((row) => row.total.count)).toEqual([0, 0]);
    // Not published: adjudicated within 25 working days (24, 25) and within 65 (24, 40, 60, 25, 30; one took 66).
    expect(table.withinLimit).toEqual({ numerator: 2, denominator: 9, percent: 22 });
    expect(table.withinExtendedLimit).toEqual({ numerator: 5, denominator: 9, percent: 56 });
  });

  it('6.2.1: the Ombudsman’s decisions, by category, with the letter’s wording kept', () => {
    const table = report.tables.ombudsman;
    // The rows follow the canonical order; each keeps the label it was recorded with, verbatim.
    const labels = Object.fromEntries(table.rows.flatMap((row) => row.eraLabels.map((era) => [era.label, era.count])));
    expect(labels).toEqual(Object.fromEntries(published.ombudsman.rows));
    expect(table.rows.filter((row) => row.cell.count > 0).map((row) => row.key)).toEqual([
      'upheld-maladministration-and-injustice',
      'upheld-maladministration-no-injustice',
      'referred-back-for-local-resolution',
      'incomplete-or-invalid',
      'closed-court-proceedings',
    ]);
    expect(table.total.count).toBe(published.ombudsman.total);
    expect(table.upheld).toEqual({ numerator: 5, denominator: 13, percent: 38 });
  });

  it('9.1: advocacy by quarter, with last year’s', () => {
    const table = report.tables.advocacy;
    expect(table.rows.map((row) => row.cell.count)).toEqual(published.advocacy.quarters);
    expect(table.rows.map((row) => row.cell.previous?.count)).toEqual(published.advocacy.previousQuarters);
    expect([table.total.count, table.total.previous?.count]).toEqual([published.advocacy.total, published.advocacy.previousTotal]);
    expect(table.rows.map((row) => row.label)).toEqual(['Q1 (April–June 2020)', 'Q2 (July–September 2020)', 'Q3 (October–December 2020)', 'Q4 (January–March 2021)']);
  });

  it('names the three source errors the published JSON lists, each corrected above', () => {
    expect(published.sourceErrors).toHaveLength(3);
  });
});
