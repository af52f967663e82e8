import { fail } from '../rules';
import { deepFreeze } from '../internal/freeze';
import type { ComplaintRecord } from '../records/fields';
import { commonServiceAreas } from '../taxonomy/serviceAreas';
import { coverageOf, type TableInput } from './internal/cells';
import { buildChecklist } from './internal/checklist';
import { buildAdvocacy, buildOmbudsman, buildStage2, buildStage3, buildTimeliness } from './internal/laterTables';
import { buildComplainants, buildComplaintTypes, buildMonthly, buildOutcomes, buildResponseTimes, buildSources, buildStageSummary } from './internal/stage1Tables';
import { tallyYear, type ServiceAreaRows } from './internal/tally';
import { periodOf, readReportOptions, yearEarlier, type AnnualReportOptions, type ReportContext } from './options';
import { checkReportStructure, markReport } from './reportShape';
import type { AnnualReport, AnnualReportTables, ReportWarning } from './types';

/** The rows' service areas: the declared ones, or those the records of both years use. */
function serviceAreaRows(context: ReportContext, lists: readonly (readonly unknown[])[]): ServiceAreaRows {
  const declared = context.serviceAreas;
  if (declared !== null) return { ids: [...declared.values], labels: declared.values.map((id) => declared.labels[id] as string) };
  const seen = new Set<string>();
  for (const list of lists) {
    for (let i = 0; i < list.length; i += 1) {
      const record = list[i] as { serviceArea?: unknown } | null;
      const area = typeof record === 'object' && record !== null ? record.serviceArea : undefined;
      if (typeof area === 'string' && area !== '') seen.add(area);
    }
  }
  const common = commonServiceAreas.values;
  const rank = (id: string): number => {
    const index = common.indexOf(id);
    return index < 0 ? common.length : index;
  };
  const ids = [...seen].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return { ids, labels: ids.map((id) => commonServiceAreas.labels[id] ?? id) };
}

function checkRecords(records: unknown, field: string): readonly ComplaintRecord[] {
  if (!Array.isArray(records)) {
    throw fail('wrong-type', { expected: 'an array of complaint records', example: 'the records from parseComplaintRecords() or readComplaintsCsv() (their .records)' }, { field, value: records });
  }
  return records as readonly ComplaintRecord[];
}

function isReport(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { kind?: unknown }).kind === 'children-act-annual-report';
}

/**
 * Last year's report, checked once: its structure (every count a whole
 * number, every label text), and its period before this one. A report made
 * or edited by hand is read as long as it has that structure.
 */
function checkPreviousReport(previous: unknown, context: ReportContext): AnnualReport {
  let copy: unknown;
  try {
    // A private copy: the new report is frozen and carries last year's figures, and must neither freeze nor share the caller's objects.
    copy = JSON.parse(JSON.stringify(previous)) as unknown;
  } catch {
    throw fail('not-a-report', { expected: 'an annual report that can be read as data' }, { field: 'options.previous', value: previous });
  }
  const report = checkReportStructure(copy, 'options.previous');
  if (!(report.period.to < context.period.from)) {
    throw fail('previous-not-earlier', { previous: report.period.label, current: context.period.label }, { field: 'options.previous', value: report.period.label });
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
  const tables: AnnualReportTables = { ...partial, checklist: buildChecklist(input, partial) };
  const { plan } = context.engine;
  const calendar = plan.calendar;
  const allWarnings: ReportWarning[] = [];
  const closures = calendar.extraClosedDays.map((holiday) => holiday.date);
  if (plan.regionDiffers || closures.length > 0 || calendar.extraWorkingDays.length > 0) {
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
  return markReport(deepFreeze({
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
      conventions: plan.conventions,
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
 * How records are placed in the year, per cohort (see `REPORT_COLUMNS.cohorts`):
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
    throw fail('wrong-type', { expected: 'last year’s records or report', example: 'last year’s records (an array) or the report built from them, or leave it out' }, { field: 'options.previous', value: given });
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
    previous = checkPreviousReport(given, context);
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
