/** Hostile-input entries for the report module: the builder and the three renderers. */
import fc from 'fast-check';
import { buildAnnualReport, commonServiceAreas, defineServiceAreas, REPORT_COLUMNS, toCsv, toHtml, toMarkdown, type AnnualReport, type ComplaintRecord } from '../../../src/index';
import { complaintRecordsArbitrary } from '../../report/arbitraries';
import { hostileValue, nearly, spoiled } from '../../support/hostile';
import { calendarLike, expectFrozenData, target, targetOf, type HostileTarget } from '../registry';

/** Records around the 2023/24 year, some outside it, so every cohort and coverage reason shows up. */
const records = complaintRecordsArbitrary({ receivedFrom: '2022-10-01', receivedTo: '2024-06-30', maxLength: 8 });

let sample: { readonly records: readonly ComplaintRecord[]; readonly report: AnnualReport } | undefined;

/** A real report, built once from a fixed sample of records, with last year's figures. */
export function sampleReport(): { readonly records: readonly ComplaintRecord[]; readonly report: AnnualReport } {
  if (sample !== undefined) return sample;
  const [list = []] = fc.sample(complaintRecordsArbitrary({ receivedFrom: '2022-04-01', receivedTo: '2024-05-31', minLength: 40, maxLength: 40 }), { numRuns: 1, seed: 23 });
  const report = buildAnnualReport(list, { year: '2023/24', asOf: '2024-05-31', previous: list });
  return (sample = { records: list, report });
}

/** Options for 2023/24, mostly sensible, each now and then spoiled. */
const reportOptions = fc.record(
  {
    year: nearly(fc.constantFrom('2023/24', '2023/2024', '2023-24')),
    asOf: nearly(fc.constantFrom('2024-03-31', '2024-05-31', '2025-01-15')),
    rounding: nearly(fc.constantFrom('half-up', 'truncate')),
    percentDecimals: nearly(fc.constantFrom(0, 1, 2)),
    serviceAreas: nearly(fc.constantFrom(commonServiceAreas, defineServiceAreas([{ id: 'children-in-need', label: 'Children in Need' }]))),
    calendar: calendarLike,
    conventions: fc.constantFrom({ receipt: 'next-working-day' }, { stage2ClockStartsOn: 'statement-agreed' }),
    upheldIncludesPartly: nearly(fc.boolean()),
    childrenServed: nearly(fc.integer({ min: 1, max: 5_000 })),
    title: nearly(fc.constantFrom('Annual report', '<script>alert(1)</script> | # *')),
  },
  { requiredKeys: ['year', 'asOf'] },
);

/** Last year: its records, its report (or the report's JSON), either spoiled, or nothing. */
const previousLike = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  { arbitrary: fc.constant(null).map(() => sampleReport().records), weight: 1 },
  { arbitrary: fc.constant(null).map(() => JSON.parse(JSON.stringify(sampleReport().report)) as unknown), weight: 1 },
  { arbitrary: spoiled(fc.constant(null).map(() => JSON.parse(JSON.stringify(sampleReport().report)) as unknown), 3), weight: 2 },
);

/** `[records, options]`, then spoiled anywhere. */
const buildArgs = spoiled(
  fc.tuple(records, reportOptions, previousLike).map(([list, options, previous]) => [
    list,
    // A report a year later than the sample, so the sample can be its previous year.
    previous === undefined ? options : { ...options, year: '2024/25', asOf: '2025-05-31', previous },
  ]),
  2,
);

/** A returned report accounts for every record, and is frozen plain data. */
function accountsForRecords(result: unknown, args: readonly unknown[]): void {
  const report = result as AnnualReport;
  const given = args[0];
  if (Array.isArray(given) && report.records.given !== given.length) throw new Error(`the report says ${report.records.given} records were given, not ${given.length}`);
  if (report.records.considered + report.records.rejected.length !== report.records.given) throw new Error('considered plus rejected is not the records given');
  const indexes = report.records.rejected.map((rejected) => rejected.index);
  if (new Set(indexes).size !== indexes.length || indexes.some((i) => !Number.isInteger(i) || i < 0 || i >= report.records.given)) throw new Error('rejected records are not distinct records of the input');
  for (const cohort of REPORT_COLUMNS.cohorts) {
    const coverage = report.coverage[cohort];
    const accounted = coverage.counted + coverage.notCounted.reduce((sum, gap) => sum + gap.count, 0);
    if (accounted !== report.records.considered) throw new Error(`the ${cohort} coverage accounts for ${accounted} of ${report.records.considered} records`);
  }
  expectFrozenData(result);
}

/** A report, its JSON, or either spoiled deep inside, or not a report at all. */
const reportLike = fc.oneof(
  { arbitrary: fc.constant(null).map(() => sampleReport().report), weight: 1 },
  { arbitrary: spoiled(fc.constant(null).map(() => JSON.parse(JSON.stringify(sampleReport().report)) as unknown), 3), weight: 5 },
  { arbitrary: hostileValue(), weight: 1 },
);

/** One table of a report, spoiled now and then, or not a table at all. */
const tableLike = fc.oneof(
  { arbitrary: fc.nat().map((n) => Object.values(sampleReport().report.tables)[n % 13] as unknown), weight: 1 },
  { arbitrary: spoiled(fc.nat().map((n) => JSON.parse(JSON.stringify(Object.values(sampleReport().report.tables)[n % 13])) as unknown), 3), weight: 5 },
  { arbitrary: hostileValue(), weight: 1 },
);

const isText = (result: unknown): void => {
  if (typeof result !== 'string' || result.length === 0) throw new Error('a renderer returned no text');
};

export const reportTargets: readonly HostileTarget[] = [
  targetOf('buildAnnualReport', buildAnnualReport, buildArgs, { numRuns: 120, onReturn: accountsForRecords }),
  target('toMarkdown', toMarkdown, [reportLike], { numRuns: 60, onReturn: isText }),
  target('toCsv', toCsv, [tableLike], { numRuns: 60, onReturn: isText }),
  target('toHtml', toHtml, [reportLike], { numRuns: 60, onReturn: isText }),
];

