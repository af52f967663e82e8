/**
 * The words around the tables, shared by the Markdown and HTML pages: the
 * period, what became of the records, and each cohort's coverage.
 *
 * @internal
 * @module
 */
import { COVERAGE_REASONS, REPORT_COHORTS, type CoverageReason, type ReportCohort } from '../columns';
import type { AnnualReport, AnnualReportTable } from '../types';
import { groupThousands, longDate } from './format';

/** The report's tables, in their numbered order. */
export function tablesOf(report: AnnualReport): AnnualReportTable[] {
  return Object.values(report.tables).sort((a, b) => a.number - b.number);
}

/** The sentence under the title. */
export function periodLine(report: AnnualReport): string {
  const previous = report.previousPeriod === null ? '' : ` Figures in brackets are ${report.previousPeriod.label}’s.`;
  return `${longDate(report.period.from)} to ${longDate(report.period.to)}, as the records stood on ${longDate(report.asOf)}.${previous}`;
}

/** What became of the records given. */
export function recordsLine(report: AnnualReport): string {
  const { given, considered, rejected } = report.records;
  return `${groupThousands(given)} records given; ${groupThousands(considered)} considered; ${groupThousands(rejected.length)} could not be counted${rejected.length === 0 ? '' : ' (listed at the end, with the reason)'}.`;
}

const REASON_WORDS: Readonly<Record<CoverageReason, string>> = {
  'before-period': 'before the period',
  'after-period': 'after the period',
  'after-as-of': 'in the period but after the report’s day',
  'not-reached': 'never reached',
};

const COHORT_NAMES: Readonly<Record<ReportCohort, string>> = {
  stage1: 'Stage 1 complaints (tables 1–5, 9, 11–13)',
  stage2: 'Stage 2 investigations (tables 6, 12)',
  stage3: 'Stage 3 review panels (tables 7, 12)',
  ombudsman: 'Ombudsman decisions (table 8)',
  advocacy: 'Advocacy (table 10)',
};

/** One line per cohort: how many were counted, and why the others were not. */
export function coverageLines(report: AnnualReport): string[] {
  return REPORT_COHORTS.map((cohort) => {
    const coverage = report.coverage[cohort];
    const gaps = COVERAGE_REASONS.map((reason) => [reason, coverage.notCounted.find((gap) => gap.reason === reason)?.count ?? 0] as const)
      .filter(([, count]) => count > 0)
      .map(([reason, count]) => `${groupThousands(count)} ${REASON_WORDS[reason]}`);
    return `${COHORT_NAMES[cohort]}, ${coverage.rule}: ${groupThousands(coverage.counted)} counted${gaps.length === 0 ? '' : `; not counted: ${gaps.join(', ')}`}.`;
  });
}
