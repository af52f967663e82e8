/**
 * The tables of Stage 1 complaints received in the period: the summary,
 * response times, outcomes, sources, types, months and complainants.
 *
 * @internal
 * @module
 */
import { ageBands, disabilityStatuses, ethnicGroups, genders, sexualOrientations } from '../../taxonomy/characteristics';
import { complaintTypes, type ComplaintType } from '../../taxonomy/complaintTypes';
import { complainantSources } from '../../taxonomy/sources';
import {
  COMPLAINANT_CHARACTERISTICS,
  OUTCOME_COLUMNS,
  RESPONSE_TIME_COLUMNS,
  type ComplainantCharacteristic,
  type OutcomeColumn,
  type ResponseTimeColumn,
} from '../columns';
import { averageOf } from '../share';
import type {
  ComplainantSection,
  ComplainantsTable,
  ComplaintTypesRow,
  ComplaintTypesTable,
  CountCell,
  MonthlyTable,
  OutcomeCell,
  OutcomesRow,
  OutcomesTable,
  ResponseTimesRow,
  ResponseTimesTable,
  SourcesTable,
  StageSummaryRow,
  StageSummaryTable,
} from '../types';
import { countCell, groupRows, share, sum, sumColumn, type TableInput } from './cells';
import { CHARACTERISTIC_VALUES } from './tally';

const R = RESPONSE_TIME_COLUMNS.length;
const O = OUTCOME_COLUMNS.length;
const T = complaintTypes.values.length;
const UPHELD = OUTCOME_COLUMNS.indexOf('upheld');
const PARTLY = OUTCOME_COLUMNS.indexOf('partly-upheld');
const OPEN = OUTCOME_COLUMNS.indexOf('open');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `'2020-04'` → `'April 2020'`. */
export function monthLabel(key: string): string {
  return `${MONTHS[Number(key.slice(5, 7)) - 1] ?? key} ${key.slice(0, 4)}`;
}

/** The same month a year earlier: `'2020-04'` → `'2019-04'`. */
export function monthYearEarlier(key: string): string {
  return `${Number(key.slice(0, 4)) - 1}${key.slice(4)}`;
}

/** Stage 1 complaints, all service areas. */
export function stage1Count(input: TableInput): number {
  return sum(input.tally.s1Total);
}

/** Table 1. */
export function buildStageSummary(input: TableInput): StageSummaryTable {
  const { tally, context, previous } = input;
  const total = stage1Count(input);
  const upheld = sumColumn(tally.s1Outcome, tally.areaIds.length, O, UPHELD) + (context.upheldIncludesPartly ? sumColumn(tally.s1Outcome, tally.areaIds.length, O, PARTLY) : 0);
  const current: StageSummaryRow = {
    year: context.period.label,
    from: context.period.from,
    to: context.period.to,
    stage1: total,
    upheld: share(input, upheld, total),
    within10: share(input, sum(tally.s1Within10), total),
    within20: share(input, sum(tally.s1Within20), total),
  };
  // Earlier years keep their counts; their percentages are re-rounded this report's way.
  const earlier = (previous?.tables.stageSummary.rows ?? []).map(
    (row): StageSummaryRow => ({
      ...row,
      upheld: share(input, row.upheld.numerator, row.upheld.denominator),
      within10: share(input, row.within10.numerator, row.within10.denominator),
      within20: share(input, row.within20.numerator, row.within20.denominator),
    }),
  );
  return {
    id: 'stage-summary',
    number: 1,
    title: 'Stage 1 complaints: volume, outcome and timeliness by year',
    coverage: input.coverage.stage1,
    notes: [
      `Upheld counts complaints upheld${context.upheldIncludesPartly ? ' or partly upheld' : ' in full (not partly upheld)'}; its share, and both timeliness shares, are of all Stage 1 complaints received in the year, open and withdrawn ones included.`,
      'Within 10 and within 20 count the answers given in at most 10 and 20 working days after receipt, a same-day answer included; within 20 includes within 10.',
    ],
    rows: [current, ...earlier],
    upheldIncludesPartly: context.upheldIncludesPartly,
    perChildrenServed: context.childrenServed === null ? null : share(input, total, context.childrenServed),
  };
}

function responseRow(
  input: TableInput,
  serviceArea: string | null,
  label: string,
  counts: (column: number) => number,
  figures: { total: number; base: number; within10: number; within20: number; takenSum: number; takenCount: number },
  previous: ResponseTimesRow | null | undefined,
): ResponseTimesRow {
  const cells = {} as Record<ResponseTimeColumn, CountCell>;
  RESPONSE_TIME_COLUMNS.forEach((column, c) => {
    cells[column] = countCell(input, counts(c), figures.total, previous?.cells[column]);
  });
  return {
    serviceArea,
    label,
    cells,
    total: countCell(input, figures.total, figures.base, previous?.total),
    within10: share(input, figures.within10, figures.total),
    within20: share(input, figures.within20, figures.total),
    average: averageOf(figures.takenSum, figures.takenCount, input.context.rounding),
  };
}

/** Table 2. */
export function buildResponseTimes(input: TableInput): ResponseTimesTable {
  const { tally, previous } = input;
  const A = tally.areaIds.length;
  const all = stage1Count(input);
  const before = previous?.tables.responseTimes;
  const rows = tally.areaIds.map((id, a) =>
    responseRow(
      input,
      id,
      tally.areaLabels[a] as string,
      (c) => tally.s1Response[a * R + c] as number,
      {
        total: tally.s1Total[a] as number,
        base: all,
        within10: tally.s1Within10[a] as number,
        within20: tally.s1Within20[a] as number,
        takenSum: tally.s1TakenSum[a] as number,
        takenCount: tally.s1TakenCount[a] as number,
      },
      before === undefined ? null : before.rows.find((row) => row.serviceArea === id),
    ),
  );
  const totals = responseRow(
    input,
    null,
    'All service areas',
    (c) => sumColumn(tally.s1Response, A, R, c),
    {
      total: all,
      base: all,
      within10: sum(tally.s1Within10),
      within20: sum(tally.s1Within20),
      takenSum: sum(tally.s1TakenSum),
      takenCount: sum(tally.s1TakenCount),
    },
    before?.totals,
  );
  return {
    id: 'response-times',
    number: 2,
    title: 'Stage 1 response times by service area',
    coverage: input.coverage.stage1,
    notes: [
      'Working days taken are counted by the deadline engine: the working days after receipt up to and including the response, less any time on hold; a response on a non-working day counts as given on the next working day.',
      'The 1–10 band includes a response on the day of receipt (0 working days): it met the 10-day limit, and published tables have no 0 column.',
      'Open means no response by the asOf day. Withdrawn means withdrawn before a response, or a response recording the withdrawal.',
      'Each share is of the row’s total; in the totals row, of all Stage 1 complaints. Brackets are last year’s counts.',
      'The average leaves out open and withdrawn complaints and responses of 100 or more working days; the all-areas average is pooled over every response counted, not the mean of the areas’ averages.',
    ],
    columns: RESPONSE_TIME_COLUMNS,
    rows,
    totals,
  };
}

/** An outcomes row from per-column counts. @internal */
export function outcomesRow(
  input: TableInput,
  serviceArea: string | null,
  label: string,
  counts: (column: number) => number,
  base: number,
  previous: OutcomesRow | null | undefined,
): OutcomesRow {
  let total = 0;
  for (let c = 0; c < O; c += 1) total += counts(c);
  const closed = total - counts(OPEN);
  const cells = {} as Record<OutcomeColumn, OutcomeCell>;
  OUTCOME_COLUMNS.forEach((column, c) => {
    cells[column] = { ...countCell(input, counts(c), total, previous?.cells[column]), ofClosed: column === 'open' ? null : share(input, counts(c), closed) };
  });
  return {
    serviceArea,
    label,
    cells,
    upheldOrPartly: countCell(input, counts(UPHELD) + counts(PARTLY), total, previous?.upheldOrPartly),
    total: countCell(input, total, base, previous?.total),
    closed,
  };
}

/** The rows and totals of an outcomes table from per-area × column counts. @internal */
export function outcomeRows(input: TableInput, counts: Int32Array, previous: { readonly rows: readonly OutcomesRow[]; readonly totals: OutcomesRow } | undefined) {
  const { tally } = input;
  const A = tally.areaIds.length;
  const all = sum(counts);
  const rows = tally.areaIds.map((id, a) =>
    outcomesRow(input, id, tally.areaLabels[a] as string, (c) => counts[a * O + c] as number, all, previous?.rows.find((row) => row.serviceArea === id)),
  );
  const totals = outcomesRow(input, null, 'All service areas', (c) => sumColumn(counts, A, O, c), all, previous?.totals);
  return { rows, totals };
}

/** Table 3. */
export function buildOutcomes(input: TableInput): OutcomesTable {
  const { rows, totals } = outcomeRows(input, input.tally.s1Outcome, input.previous?.tables.outcomes);
  return {
    id: 'outcomes',
    number: 3,
    title: 'Stage 1 outcomes by service area',
    coverage: input.coverage.stage1,
    notes: [
      'Each count’s first share is of all the row’s cases; the second, of its closed cases (all but the open ones, withdrawn ones included). Brackets are last year’s count and share of all cases.',
      'Outcome not recorded counts responses given without an outcome.',
    ],
    columns: OUTCOME_COLUMNS,
    rows,
    totals,
  };
}

/** Table 4. */
export function buildSources(input: TableInput): SourcesTable {
  const before = input.previous?.tables.sources;
  const total = stage1Count(input);
  return {
    id: 'sources',
    number: 4,
    title: 'Who made the Stage 1 complaints',
    coverage: input.coverage.stage1,
    notes: ['Each share is of all Stage 1 complaints. Brackets are last year’s counts.'],
    rows: groupRows(input, complainantSources.values, (key) => complainantSources.labels[key], input.tally.sources, before?.rows ?? null),
    total: countCell(input, total, null, before?.total),
  };
}

function typesRow(input: TableInput, serviceArea: string | null, label: string, counts: (type: number) => number, base: number | null, previous: ComplaintTypesRow | undefined): ComplaintTypesRow {
  let total = 0;
  for (let t = 0; t < T; t += 1) total += counts(t);
  const cells = {} as Record<ComplaintType, CountCell>;
  complaintTypes.values.forEach((type, t) => {
    cells[type] = countCell(input, counts(t), total, previous?.cells[type]);
  });
  return { serviceArea, label, cells, total: countCell(input, total, base, previous?.total) };
}

/** Table 5. */
export function buildComplaintTypes(input: TableInput): ComplaintTypesTable {
  const { tally } = input;
  const A = tally.areaIds.length;
  const before = input.previous?.tables.complaintTypes;
  const all = stage1Count(input);
  return {
    id: 'complaint-types',
    number: 5,
    title: 'Complaint types by service area',
    coverage: input.coverage.stage1,
    notes: [
      'One type per complaint: the primary reason the complainant gave. The types follow the Ombudsman’s headings.',
      'Each share is of the row’s total. Brackets, in the totals row, are last year’s totals.',
    ],
    columns: complaintTypes.values,
    rows: tally.areaIds.map((id, a) =>
      typesRow(input, id, tally.areaLabels[a] as string, (t) => tally.types[a * T + t] as number, all, before?.rows.find((row) => row.serviceArea === id)),
    ),
    totals: typesRow(input, null, 'All service areas', (t) => sumColumn(tally.types, A, T, t), all, before?.totals),
  };
}

/** Table 9. */
export function buildMonthly(input: TableInput): MonthlyTable {
  const before = input.previous?.tables.monthly;
  return {
    id: 'monthly',
    number: 9,
    title: 'Stage 1 complaints received by month',
    coverage: input.coverage.stage1,
    notes: ['Brackets are the same month a year earlier.'],
    rows: groupRows(input, input.tally.months, monthLabel, input.tally.byMonth, before?.rows ?? null, monthYearEarlier),
    total: countCell(input, stage1Count(input), null, before?.total),
  };
}

const CHARACTERISTIC_TITLES: Readonly<Record<ComplainantCharacteristic, string>> = {
  ageBand: 'Age band',
  gender: 'Gender',
  ethnicity: 'Ethnicity',
  disability: 'Disability',
  sexualOrientation: 'Sexual orientation',
};

const CHARACTERISTIC_LABELS: Readonly<Record<ComplainantCharacteristic, Readonly<Record<string, string>>>> = {
  ageBand: ageBands.labels,
  gender: genders.labels,
  ethnicity: ethnicGroups.labels,
  disability: disabilityStatuses.labels,
  sexualOrientation: sexualOrientations.labels,
};

/** Table 11. */
export function buildComplainants(input: TableInput): ComplainantsTable {
  const before = input.previous?.tables.complainants;
  const total = stage1Count(input);
  const sections = COMPLAINANT_CHARACTERISTICS.map((characteristic): ComplainantSection => {
    const values = CHARACTERISTIC_VALUES[characteristic];
    const counts = input.tally.characteristics[characteristic];
    const previousSection = before?.sections.find((section) => section.characteristic === characteristic);
    const notRecorded = counts[values.indexOf('not-recorded')] as number;
    return {
      characteristic,
      title: CHARACTERISTIC_TITLES[characteristic],
      rows: groupRows(input, values, (value) => CHARACTERISTIC_LABELS[characteristic][value] ?? value, counts, previousSection?.rows ?? null),
      total: countCell(input, total, null, previousSection?.total),
      notRecorded: share(input, notRecorded, total),
    };
  });
  return {
    id: 'complainants',
    number: 11,
    title: 'Complainants by age band, gender, ethnicity, disability and sexual orientation',
    coverage: input.coverage.stage1,
    notes: [
      'One complainant per Stage 1 complaint. "Not recorded" counts complaints where nothing was recorded (the field absent or recorded as not known); "prefers not to say" is a recorded answer. Both are always shown.',
      'Each share is of all Stage 1 complaints. Brackets are last year’s counts.',
    ],
    sections,
  };
}
