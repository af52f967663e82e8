import { checkSeal, sealed } from './internal/seal';
import { InvalidInputError } from '../errors';
import { describeValue } from '../internal/describe';
import { deepFreeze } from '../procedure/internal/freeze';
import type { ComplaintRecord } from '../records/record';
import { commonServiceAreas } from '../taxonomy/serviceAreas';
import { coverageOf, type TableInput } from './internal/cells';
import { buildChecklist } from './internal/checklist';
import { buildAdvocacy, buildOmbudsman, buildStage2, buildStage3, buildTimeliness } from './internal/laterTables';
import { buildComplainants, buildComplaintTypes, buildMonthly, buildOutcomes, buildResponseTimes, buildSources, buildStageSummary } from './internal/stage1Tables';
import { tallyYear, type ServiceAreaRows } from './internal/tally';
import { inconsistent, periodOf, readReportOptions, yearEarlier, type AnnualReportOptions, type ReportContext } from './options';
import type { AnnualReport, AnnualReportTables, ReportWarning } from './types';

/** The rows' service areas: the declared ones, or those the records of both years use. */
function serviceAreaRows(context: ReportContext, lists: readonly (readonly unknown[])[]): ServiceAreaRows {
  const declared = context.serviceAreas;
  if (declared !== null) return { ids: [...declared.ids], labels: declared.ids.map((id) => declared.labelOf(id)) };
  const seen = new Set<string>();
  for (const list of lists) {
    for (let i = 0; i < list.length; i += 1) {
      const record = list[i] as { serviceArea?: unknown } | null;
      const area = typeof record === 'object' && record !== null ? record.serviceArea : undefined;
      if (typeof area === 'string' && area !== '') seen.add(area);
    }
  }
  const common = commonServiceAreas.ids;
  const rank = (id: string): number => {
    const index = common.indexOf(id);
    return index < 0 ? common.length : index;
  };
  const ids = [...seen].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return { ids, labels: ids.map((id) => (common.includes(id) ? commonServiceAreas.labelOf(id) : id)) };
}

function checkRecords(records: unknown, field: string): readonly ComplaintRecord[] {
  if (!Array.isArray(records)) {
    throw new InvalidInputError('INVALID_ARGUMENT', `Expected an array of complaint records but got ${describeValue(records)}.`, {
      field,
      value: records,
      fix: 'Pass the records from parseComplaintRecords() or readComplaintsCsv() (their .records).',
    });
  }
  return records as readonly ComplaintRecord[];
}

function isReport(value: unknown): value is AnnualReport {
  return typeof value === 'object' && value !== null && (value as AnnualReport).kind === 'children-act-annual-report';
}

/**
 * A private copy of last year's report. The new report is deeply frozen and
 * carries last year's figures, so working from the caller's own objects
 * would freeze them (a report parsed from JSON is not frozen) and share them.
 */
function copyOfPreviousReport(previous: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(previous)) as unknown;
  } catch {
    throw new InvalidInputError('INVALID_ARGUMENT', 'options.previous cannot be read as report data.', {
      field: 'options.previous',
      value: previous,
      fix: 'Pass a report built by buildAnnualReport() (or its JSON, parsed), or last year’s records.',
    });
  }
}

function checkPreviousReport(previous: unknown, context: ReportContext): AnnualReport {
  checkSeal(previous, 'options.previous', 'a report', 'Pass a report built by buildAnnualReport() (or its JSON, parsed) unchanged, or last year’s records.');
  const report = previous as AnnualReport;
  if (report.version !== 1 || typeof report.tables !== 'object' || report.tables === null || typeof report.period?.to !== 'string') {
    throw new InvalidInputError('INVALID_ARGUMENT', 'options.previous looks like an annual report but is not one this version can read.', {
      field: 'options.previous',
      value: report.version,
      fix: 'Pass a report built by buildAnnualReport() (or its JSON, parsed), or last year’s records.',
    });
  }
  if (!(report.period.to < context.period.from)) {
    throw inconsistent(
      'options.previous',
      report.period.label,
      `The previous report covers ${report.period.label}, which does not end before this period (${context.period.label}) starts.`,
      'Pass the report of an earlier year as previous.',
    );
  }
  return report;
}

interface YearInput {
  readonly records: readonly ComplaintRecord[];
  readonly context: ReportContext;
  readonly areas: ServiceAreaRows;
  readonly previous: AnnualReport | null;
  readonly warnings: ReportWarning[];
}

function buildYear({ records, context, areas, previous, warnings }: YearInput): AnnualReport {
  const tally = tallyYear(records, context, areas);
  const coverage = coverageOf(tally);
  const input: TableInput = { context, tally, previous, coverage };
  const stageSummary = buildStageSummary(input);
  const partial = {
    stageSummary,
    responseTimes: buildResponseTimes(input),
    outcomes: buildOutcomes(input),
    sources: buildSources(input),
    complaintTypes: buildComplaintTypes(input),
    stage2: buildStage2(input),
    stage3: buildStage3(input),
    ombudsman: buildOmbudsman(input),
    monthly: buildMonthly(input),
    advocacy: buildAdvocacy(input),
    complainants: buildComplainants(input),
    timeliness: buildTimeliness(input),
  };
  const unsealed = { ...partial, checklist: buildChecklist(input, partial) };
  const tables = Object.fromEntries(Object.entries(unsealed).map(([name, table]) => [name, sealed(table)])) as unknown as AnnualReportTables;
  const calendar = context.engine.calendar;
  const allWarnings: ReportWarning[] = [];
  const closures = calendar.extraClosedDays.map((holiday) => holiday.date);
  if (calendar.region !== context.engine.procedure.workingDays.region || closures.length > 0 || calendar.extraWorkingDays.length > 0) {
    allWarnings.push({
      code: 'local-calendar',
      message:
        'The calendar differs from the working days of SI 2006/1738 reg 2 (another region, closure days or extra working days), so the working days taken and the timeliness figures reflect local practice, not the statutory minimum.',
    });
  }
  if (tally.asAt > 0) {
    allWarnings.push({
      code: 'as-at',
      message: `${tally.asAt} of the records counted have facts dated after ${context.asOf}; the report shows them as they stood on that day (a later response counts as open).`,
    });
  }
  if (tally.rejected.length > 0) {
    allWarnings.push({
      code: 'records-rejected',
      message: `${tally.rejected.length} of ${records.length} records could not be counted; records.rejected lists each with its reason.`,
    });
  }
  allWarnings.push(...warnings);
  return deepFreeze(sealed({
    kind: 'children-act-annual-report' as const,
    version: 1,
    title: context.title,
    period: context.period,
    asOf: context.asOf,
    previousPeriod: previous?.period ?? null,
    settings: {
      rounding: context.rounding,
      percentDecimals: context.percentDecimals,
      upheldIncludesPartly: context.upheldIncludesPartly,
      childrenServed: context.childrenServed,
      conventions: { ...context.engine.conventions },
      calendar: { region: calendar.region, closureDays: closures, extraWorkingDays: [...calendar.extraWorkingDays] },
      serviceAreas: areas.ids.map((id, index) => ({ id, label: areas.labels[index] as string })),
    },
    records: { given: records.length, considered: records.length - tally.rejected.length, rejected: tally.rejected },
    coverage,
    tables,
    warnings: allWarnings,
  }));
}

/**
 * Builds the statutory annual report on children's social care complaints
 * from case-level records: thirteen typed tables, each cell keeping its
 * count, its share's numerator and denominator, and last year's figure.
 *
 * How records are placed in the year, per cohort (see {@link REPORT_COHORTS}):
 * Stage 1 tables count complaints *received* in the period; Stage 2 and
 * Stage 3, those *requested* in it; the Ombudsman table, decisions *made* in
 * it; advocacy, advocates *allocated* in it. The report describes the records
 * as they stood on `asOf`: anything dated later had not happened, so a
 * complaint is "open" when it had no response by `asOf` (not by the period
 * end), consistently in every table.
 *
 * Each record is checked and assessed once, by the deadline engine (its
 * batch fast path, or {@link assessComplaint} itself for records with holds
 * and anything unusual), and that one assessment feeds every table, so the
 * report and the engine always agree. Every record given is either counted
 * in each cohort it belongs to, counted as outside it (`coverage`), or
 * listed in `records.rejected` with its reason; only records the period's
 * tables use are checked. Totals equal the sums of their rows. Shuffling
 * the records changes nothing.
 *
 * @param records - the complaint records, e.g. `parseComplaintRecords(rows).records`; several years' records may be given together
 * @param options - `year` or `period`, `asOf` (required), and optionally `previous`, `rounding`, `percentDecimals`, `serviceAreas`, `calendar`, `conventions`, `upheldIncludesPartly`, `childrenServed`, `title`
 * @returns the report, deeply frozen and JSON-serialisable (pass it, or its parsed JSON, as next year's `previous`)
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when `records` (or `previous` records) is not an array or an option is malformed; `INVALID_DATE` when `asOf` or a period date is not a real `YYYY-MM-DD` date
 * @throws {@link OutOfRangeError} `OUT_OF_RANGE` when `asOf` is outside 2000-01-01 to 2099-12-31
 * @throws {@link CoverageError} `OUTSIDE_OFFICIAL_DATA` when `asOf` is beyond the official data of a `strict` calendar (records whose dates or deadlines are beyond it are rejected, not thrown)
 * @throws {@link ChildrenActComplaintsError} `INVALID_REPORT_OPTIONS` when options contradict each other: both or neither of `year` and `period`, a period that ends before it starts, `asOf` before the period, or a `previous` report that does not end before the period
 *
 * @example
 * ```ts
 * import { buildAnnualReport, parseComplaintRecords } from 'children-act-complaints';
 *
 * const { records } = parseComplaintRecords([
 *   { id: 'C-1', receivedOn: '2024-04-02', serviceArea: 'CIN', source: 'Parent/Guardian', complaintType: 'Quality of service',
 *     stage1: { respondedOn: '2024-04-12', outcome: 'Partly upheld' } },
 *   { id: 'C-2', receivedOn: '2024-05-07', serviceArea: 'LAC', source: 'Advocate', complaintType: 'Staff behaviour',
 *     stage1: { respondedOn: '2024-06-20', outcome: 'Not upheld' } },
 *   { id: 'C-3', receivedOn: '2025-03-28', serviceArea: 'LAC', source: 'Child/Young Person' },
 * ]);
 * const report = buildAnnualReport(records, { year: '2024/25', asOf: '2025-04-30' });
 * const [year] = report.tables.stageSummary.rows;
 * year.stage1;                                              // 3
 * year.within10;                                            // { numerator: 1, denominator: 3, percent: 33 }
 * report.tables.responseTimes.totals.cells['41-plus'].count; // 0
 * report.tables.responseTimes.totals.cells.open.count;      // 1
 * report.tables.outcomes.totals.cells['not-upheld'].ofClosed; // { numerator: 1, denominator: 2, percent: 50 }
 * ```
 */
export function buildAnnualReport(records: readonly ComplaintRecord[], options: AnnualReportOptions): AnnualReport {
  const current = checkRecords(records, 'records');
  const context = readReportOptions(options);
  const given = options.previous;
  const warnings: ReportWarning[] = [];
  if (given !== undefined && !Array.isArray(given) && !isReport(given)) {
    throw new InvalidInputError('INVALID_ARGUMENT', `options.previous should be last year’s records or report but is ${describeValue(given)}.`, {
      field: 'options.previous',
      value: given,
      fix: 'Pass last year’s records (an array) or the report built from them, or leave it out.',
    });
  }
  const previousRecords = Array.isArray(given) ? checkRecords(given, 'options.previous') : null;
  const areas = serviceAreaRows(context, previousRecords === null ? [current] : [current, previousRecords]);
  let previous: AnnualReport | null = null;
  if (previousRecords !== null) {
    const fromDay = yearEarlier(context.fromDay);
    const toDay = yearEarlier(context.toDay);
    const period = periodOf(fromDay, toDay);
    const previousContext: ReportContext = { ...context, period, fromDay, toDay, title: context.title.replace(context.period.label, period.label) };
    previous = buildYear({ records: previousRecords, context: previousContext, areas, previous: null, warnings: [] });
  } else if (given !== undefined) {
    previous = checkPreviousReport(copyOfPreviousReport(given), context);
    const unknown = (previous.settings?.serviceAreas ?? []).filter((area) => !areas.ids.includes(area.id));
    if (unknown.length > 0) {
      warnings.push({
        code: 'previous-service-areas',
        message: `Last year’s report has service areas this report does not (${unknown.map((area) => area.label).join(', ')}); their brackets are not shown, though the totals include them.`,
      });
    }
  }
  return buildYear({ records: current, context, areas, previous, warnings });
}
