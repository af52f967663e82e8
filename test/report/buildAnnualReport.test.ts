import { describe, expect, it } from 'vitest';
import { buildAnnualReport, ChildrenActComplaintsError, createWorkingDayCalendar, defineServiceAreas, parseComplaintRecords, type AnnualReportOptions, type ComplaintRecord } from '../../src/index';

/** A valid record: received, answered `respondedOn` (or open), with defaults for the rest. */
function record(id: string, receivedOn: string, extra: Record<string, unknown> = {}): ComplaintRecord {
  return { id, receivedOn, serviceArea: 'children-in-need', complaintType: 'quality-of-service', source: 'parent-guardian', stage1: {}, deferrals: [], ...extra } as unknown as ComplaintRecord;
}
const answered = (id: string, receivedOn: string, respondedOn: string, outcome = 'not-upheld', extra: Record<string, unknown> = {}) =>
  record(id, receivedOn, { stage1: { respondedOn, outcome }, ...extra });

const year = { year: '2024/25', asOf: '2025-05-30' } as const;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ChildrenActComplaintsError) return `${error.code} ${error.field}`;
    throw error;
  }
  return undefined;
}

describe('buildAnnualReport options', () => {
  it('reads the financial year in its usual spellings, or an explicit period', () => {
    for (const label of ['2024/25', '2024/2025', '2024-25', ' 2024 / 25 ']) {
      expect(buildAnnualReport([], { year: label, asOf: '2025-05-30' }).period).toEqual({ from: '2024-04-01', to: '2025-03-31', label: '2024/25' });
    }
    const half = buildAnnualReport([], { period: { from: '2024-04-01', to: '2024-09-30' }, asOf: '2024-10-31' });
    expect(half.period.label).toBe('2024-04-01 to 2024-09-30');
    expect(half.tables.monthly.rows.map((row) => row.key)).toEqual(['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09']);
    expect(half.tables.advocacy.rows.map((row) => row.label)).toEqual(['Q1 (April–June 2024)', 'Q2 (July–September 2024)']);
  });

  it('refuses bad and contradictory options with a code, the field and a fix', () => {
    const bad = (options: unknown) => codeOf(() => buildAnnualReport([], options as AnnualReportOptions));
    expect(bad({ year: '2024/25' })).toBe('INVALID_DATE options.asOf');
    expect(bad({ asOf: '2025-05-30' })).toBe('INVALID_REPORT_OPTIONS options.year');
    expect(bad({ year: '2024/26', asOf: '2025-05-30' })).toBe('INVALID_ARGUMENT options.year');
    expect(bad({ year: '2024/25', period: { from: '2024-04-01', to: '2025-03-31' }, asOf: '2025-05-30' })).toBe('INVALID_REPORT_OPTIONS options.period');
    expect(bad({ period: { from: '2025-03-31', to: '2024-04-01' }, asOf: '2025-05-30' })).toBe('INVALID_REPORT_OPTIONS options.period.to');
    expect(bad({ period: { from: '2024-04-31', to: '2025-03-31' }, asOf: '2025-05-30' })).toBe('INVALID_DATE options.period.from');
    expect(bad({ year: '2024/25', asOf: '2024-03-31' })).toBe('INVALID_REPORT_OPTIONS options.asOf');
    expect(bad({ ...year, rounding: 'bankers' })).toBe('INVALID_ARGUMENT options.rounding');
    expect(bad({ ...year, percentDecimals: 3 })).toBe('INVALID_ARGUMENT options.percentDecimals');
    expect(bad({ ...year, childrenServed: 0 })).toBe('INVALID_ARGUMENT options.childrenServed');
    expect(bad({ ...year, serviceAreas: ['cin'] })).toBe('INVALID_ARGUMENT options.serviceAreas');
    expect(bad({ ...year, upheldIncludesPartly: 'yes' })).toBe('INVALID_ARGUMENT options.upheldIncludesPartly');
    expect(bad({ ...year, calendar: {} })).toBe('INVALID_ARGUMENT options.calendar');
    expect(bad({ ...year, conventions: { receipt: 'whenever' } })).toBe('INVALID_ARGUMENT options.conventions.receipt');
    expect(bad({ ...year, colour: 'blue' })).toBe('INVALID_ARGUMENT options.colour');
    expect(bad({ ...year, previous: 'last year' })).toBe('INVALID_ARGUMENT options.previous');
    expect(codeOf(() => buildAnnualReport('records' as unknown as ComplaintRecord[], year))).toBe('INVALID_ARGUMENT records');
    const sameYear = buildAnnualReport([], year);
    expect(bad({ ...year, previous: sameYear })).toBe('INVALID_REPORT_OPTIONS options.previous');
    expect(bad({ ...year, previous: { kind: 'children-act-annual-report', version: 2 } })).toBe('INVALID_REPORT options.previous.version');
  });
});

describe('what a report counts', () => {
  it('places a same-day answer in 1–10 and within 10, and leaves answers of 100+ working days out of the average', () => {
    const report = buildAnnualReport(
      [
        answered('A', '2024-04-02', '2024-04-02'),
        answered('B', '2024-04-02', '2024-04-16'), // 10 working days
        answered('C', '2024-04-02', '2024-09-03'), // 107 working days
      ],
      year,
    );
    const totals = report.tables.responseTimes.totals;
    expect(totals.cells['1-10'].count).toBe(2);
    expect(totals.cells['41-plus'].count).toBe(1);
    expect(totals.within10).toEqual({ numerator: 2, denominator: 3, percent: 67 });
    expect(totals.average).toEqual({ total: 10, count: 2, value: 5, rounded: 5 });
  });

  it('shows the records as they stood on asOf: a later answer is open, and says so', () => {
    const records = [answered('A', '2025-03-10', '2025-04-30'), answered('B', '2025-03-10', '2025-03-17')];
    const atYearEnd = buildAnnualReport(records, { year: '2024/25', asOf: '2025-03-31' });
    expect(atYearEnd.tables.responseTimes.totals.cells.open.count).toBe(1);
    expect(atYearEnd.tables.timeliness.rows[0]?.cells.overdue.count).toBe(1);
    expect(atYearEnd.warnings.map((w) => w.code)).toEqual(['as-at']);
    const later = buildAnnualReport(records, year);
    expect(later.tables.responseTimes.totals.cells.open.count).toBe(0);
    expect(later.tables.responseTimes.totals.cells['21-40'].count).toBe(1);
    expect(later.warnings).toEqual([]);
  });

  it('counts a withdrawal before a response, and a response recording it, as withdrawn in every table', () => {
    const report = buildAnnualReport([record('A', '2024-05-01', { withdrawnOn: '2024-05-03' }), answered('B', '2024-05-01', '2024-05-08', 'withdrawn')], year);
    const { responseTimes, outcomes, timeliness } = report.tables;
    expect(responseTimes.totals.cells.withdrawn.count).toBe(2);
    expect(outcomes.totals.cells.withdrawn.count).toBe(2);
    expect(outcomes.totals.closed).toBe(2);
    expect(timeliness.rows[0]?.cells.withdrawn.count).toBe(2);
  });

  it('counts "upheld" without partly upheld unless the council chooses otherwise', () => {
    const records = [answered('A', '2024-05-01', '2024-05-08', 'upheld'), answered('B', '2024-05-01', '2024-05-08', 'partly-upheld')];
    expect(buildAnnualReport(records, year).tables.stageSummary.rows[0]?.upheld.numerator).toBe(1);
    expect(buildAnnualReport(records, { ...year, upheldIncludesPartly: true }).tables.stageSummary.rows[0]?.upheld.numerator).toBe(2);
  });

  it('takes time on hold off the working days taken, through the full engine', () => {
    const held = answered('A', '2024-05-01', '2024-06-12', 'upheld', { deferrals: [{ from: '2024-05-02', to: '2024-05-31' }] });
    const report = buildAnnualReport([held], year);
    // 29 working days from 1 May to 12 June 2024 (27 May a bank holiday), 20 of them on hold.
    expect(report.tables.responseTimes.totals.average.total).toBe(9);
    expect(report.tables.timeliness.rows[0]?.cells['within-time'].count).toBe(1);
  });

  it('tells within the time limit, within an agreed extension and late apart', () => {
    const report = buildAnnualReport(
      [
        answered('A', '2024-05-01', '2024-05-15'),
        record('B', '2024-05-01', { stage1: { extensionNotifiedOn: '2024-05-10', respondedOn: '2024-05-24', outcome: 'upheld' } }),
        answered('C', '2024-05-01', '2024-05-24'),
      ],
      year,
    );
    const row = report.tables.timeliness.rows[0];
    expect([row?.cells['within-time'].count, row?.cells['within-extension'].count, row?.cells.late.count]).toEqual([1, 1, 1]);
  });

  it('counts Stage 2 and Stage 3 by their requests, whatever year the complaint came in', () => {
    const stage3 = answered('A', '2023-11-01', '2023-11-15', 'not-upheld', {
      stage2: { requestedOn: '2024-01-08', respondedOn: '2024-03-01', outcome: 'partly-upheld' },
      stage3: { requestedOn: '2024-04-02', panelHeldOn: '2024-05-01', panelReportReceivedOn: '2024-05-13', respondedOn: '2024-06-20', outcome: 'upheld' },
    });
    const report = buildAnnualReport([stage3], year);
    expect(report.coverage.stage1.counted).toBe(0);
    expect(report.coverage.stage2.notCounted).toEqual([{ reason: 'before-period', count: 1 }]);
    const table = report.tables.stage3;
    expect([table.requested.count, table.panelsHeld.count, table.outcomes.upheld.count]).toEqual([1, 1, 1]);
    // Panel in 21 working days (met), report in 8 (late), response in 26 (late: a soft deadline).
    expect(table.steps.map((step) => [step.step, step.cells['within-time'].count, step.cells.late.count])).toEqual([
      ['panel', 1, 0],
      ['panel-report', 0, 1],
      ['response', 0, 1],
    ]);
  });

  it('lists every record it cannot count, with the reason, and counts the rest', () => {
    const areas = defineServiceAreas([{ id: 'cin', label: 'Children in Need' }]);
    const good = answered('OK', '2024-05-01', '2024-05-08');
    const report = buildAnnualReport(
      [
        { ...good, serviceArea: 'cin' },
        null as unknown as ComplaintRecord,
        { ...good, id: 'AREA', serviceArea: 'adoption' },
        { ...good, id: 'DATE', serviceArea: 'cin', receivedOn: '2024-02-30' },
        { ...good, id: 'BEFORE', serviceArea: 'cin', stage1: { respondedOn: '2024-04-30', outcome: 'upheld' } },
        { ...good, id: 'OUTCOME', serviceArea: 'cin', stage1: { respondedOn: '2024-05-08', outcome: 'sort of' } },
        // Outside the year: not checked, not counted, accounted for in the coverage.
        { ...good, id: 'OLD', serviceArea: 'adoption', receivedOn: '2020-05-01' },
      ] as ComplaintRecord[],
      { ...year, serviceAreas: areas },
    );
    expect(report.records.rejected.map((r) => [r.index, r.id, r.code, r.field])).toEqual([
      [1, null, 'INVALID_RECORD', 'record'],
      [2, 'AREA', 'INVALID_RECORD', 'serviceArea'],
      [3, 'DATE', 'INVALID_DATE', 'receivedOn'],
      [4, 'BEFORE', 'INVALID_TIMELINE', 'stage1.respondedOn'],
      [5, 'OUTCOME', 'INVALID_RECORD', 'stage1.outcome'],
    ]);
    expect(report.records.rejected[1]?.message).toContain('not one of the declared service areas (cin)');
    expect(report.records).toMatchObject({ given: 7, considered: 2 });
    expect(report.coverage.stage1).toMatchObject({ counted: 1, notCounted: [{ reason: 'before-period', count: 1 }] });
    expect(report.warnings.map((w) => w.code)).toEqual(['records-rejected']);
  });

  it('warns when the calendar closes days the regulations do not', () => {
    const closures = createWorkingDayCalendar({ extraClosedDays: ['2024-12-27', '2024-12-30', '2024-12-31'] });
    const report = buildAnnualReport([answered('A', '2024-12-20', '2025-01-10')], { ...year, calendar: closures });
    expect(report.warnings.map((w) => w.code)).toEqual(['local-calendar']);
    expect(report.settings.calendar.closureDays).toEqual(['2024-12-27', '2024-12-30', '2024-12-31']);
    // 12 working days from 20 December to 10 January under reg 2; 9 with the three closure days.
    expect(report.tables.responseTimes.totals.average.total).toBe(9);
    expect(buildAnnualReport([answered('A', '2024-12-20', '2025-01-10')], year).tables.responseTimes.totals.average.total).toBe(12);
  });

  it('gives the same figures on a strict calendar, through the full engine, and rejects what it cannot check', () => {
    const records = [answered('A', '2024-12-20', '2025-01-10'), record('B', '2025-03-03'), answered('C', '2024-05-01', '2024-05-08', 'withdrawn')];
    const strict = createWorkingDayCalendar({ strict: true });
    const report = buildAnnualReport(records, { ...year, calendar: strict });
    expect(report.tables).toEqual(buildAnnualReport(records, year).tables);
    // A deadline beyond the official holiday data cannot be checked: the record is rejected, with the reason.
    const beyond = buildAnnualReport([record('D', '2027-12-20')], { period: { from: '2027-04-01', to: '2027-12-31' }, asOf: '2027-12-31', calendar: strict });
    expect(beyond.records.rejected.map((r) => [r.id, r.code])).toEqual([['D', 'OUTSIDE_OFFICIAL_DATA']]);
    expect(codeOf(() => buildAnnualReport([], { year: '2028/29', asOf: '2028-06-30', calendar: strict }))).toBe('OUTSIDE_OFFICIAL_DATA options.asOf');
  });

  it('names the rows by the areas the records use when none are declared, the common ones first', () => {
    const report = buildAnnualReport(
      [answered('A', '2024-05-01', '2024-05-08', 'upheld', { serviceArea: 'zz-adoption' }), answered('B', '2024-05-01', '2024-05-08', 'upheld', { serviceArea: 'looked-after-children' })],
      year,
    );
    expect(report.tables.outcomes.rows.map((row) => [row.serviceArea, row.label])).toEqual([
      ['looked-after-children', 'Looked After Children and Care Leavers'],
      ['zz-adoption', 'zz-adoption'],
    ]);
  });

  it('tells the checklist which fields are missing, in words', () => {
    const rows = Array.from({ length: 63 }, (_, i) => ({
      id: `C-${i}`,
      receivedOn: '2024-06-03',
      serviceArea: 'CIN',
      source: 'Parent',
      complaintType: 'Quality of service',
      'complainant.ethnicity': i < 22 ? 'White British' : undefined,
      'complainant.ageBand': '35-44',
      'complainant.gender': 'Female',
      'complainant.disability': 'No',
      'complainant.sexualOrientation': 'Prefer not to say',
      'advocacy.offered': 'Yes',
    }));
    const { records, rejected } = parseComplaintRecords(rows);
    expect(rejected).toEqual([]);
    const checklist = buildAnnualReport(records, year).tables.checklist;
    const statistics = checklist.items.find((item) => item.id === 'complainant-statistics');
    expect(statistics?.status).toBe('partly-supported');
    expect(statistics?.gaps.map((gap) => gap.description)).toEqual(['no ethnicity recorded for 41 of 63 complainants']);
    expect(checklist.items.find((item) => item.id === 'learning-and-improvement')?.status).toBe('not-supported');
    expect(checklist.items.find((item) => item.id === 'advocacy')?.status).toBe('supported');
  });
});
