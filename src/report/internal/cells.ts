/**
 * Building cells, coverage and rows from a year's counts, with last year's
 * figures beside them.
 *
 * @internal
 * @module
 */
import { COVERAGE_REASONS, REPORT_COHORTS, type ReportCohort } from '../columns';
import type { ReportContext } from '../options';
import { shareOf, type Share } from '../share';
import type { AnnualReport, CountCell, Coverage, CoverageGap, GroupRow, PreviousFigure } from '../types';
import type { YearTally } from './tally';

/** What every table builder needs. */
export interface TableInput {
  readonly context: ReportContext;
  readonly tally: YearTally;
  /** Last year's report, or `null`. */
  readonly previous: AnnualReport | null;
  /** Each cohort's coverage. */
  readonly coverage: Readonly<Record<ReportCohort, Coverage>>;
}

/** A share, rounded the report's way. */
export function share(input: TableInput, numerator: number, denominator: number): Share {
  return shareOf(numerator, denominator, input.context.rounding, input.context.percentDecimals);
}

/** Last year's figure from last year's cell; `null` when there is no previous year or no such cell. */
export function previousOf(cell: CountCell | undefined | null): PreviousFigure | null {
  return cell === undefined || cell === null ? null : { count: cell.count, share: cell.share };
}

/** A count cell: its share of `base` (none when `base` is `null`) and last year's figure. */
export function countCell(input: TableInput, count: number, base: number | null, previous: CountCell | undefined | null): CountCell {
  return { count, share: base === null ? null : share(input, count, base), previous: previousOf(previous) };
}

/** Sums a slice of counts: `counts[offset + k * stride]` for each row `k`. */
export function sumColumn(counts: Int32Array, rows: number, stride: number, offset: number): number {
  let total = 0;
  for (let k = 0; k < rows; k += 1) total += counts[k * stride + offset] as number;
  return total;
}

/** The sum of all counts. */
export function sum(counts: Int32Array | Float64Array): number {
  let total = 0;
  for (let k = 0; k < counts.length; k += 1) total += counts[k] as number;
  return total;
}

/** Rows of a table counted by one grouping, each with its share of the total and last year's figure. */
export function groupRows<K extends string>(
  input: TableInput,
  keys: readonly K[],
  labels: (key: K) => string,
  counts: Int32Array,
  previousRows: readonly GroupRow<string>[] | null,
  previousKey: (key: K) => string = (key) => key,
): GroupRow<K>[] {
  const total = sum(counts);
  return keys.map((key, index) => ({
    key,
    label: labels(key),
    cell: countCell(input, counts[index] as number, total, previousRows?.find((row) => row.key === previousKey(key))?.cell),
  }));
}

const COHORT_RULES: Readonly<Record<ReportCohort, string>> = {
  stage1: 'received in the period',
  stage2: 'Stage 2 requested in the period',
  stage3: 'Stage 3 review panel requested in the period',
  ombudsman: 'Ombudsman decision made in the period',
  advocacy: 'advocate allocated in the period',
};

/** Each cohort's coverage from the year's counts. */
export function coverageOf(tally: YearTally): Record<ReportCohort, Coverage> {
  const width = COVERAGE_REASONS.length + 1;
  const result = {} as Record<ReportCohort, Coverage>;
  REPORT_COHORTS.forEach((cohort, c) => {
    const notCounted: CoverageGap[] = [];
    COVERAGE_REASONS.forEach((reason, r) => {
      const count = tally.coverage[c * width + r + 1] as number;
      if (count > 0) notCounted.push({ reason, count });
    });
    result[cohort] = { cohort, rule: COHORT_RULES[cohort], counted: tally.coverage[c * width] as number, notCounted };
  });
  return result;
}
