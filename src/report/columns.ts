/**
 * The fixed columns and groupings of the annual report's tables, written
 * once, with their heading labels.
 *
 * @module
 */
import { stageOutcomes } from '../taxonomy/outcomes';

const outcomeColumns = ['upheld', 'partly-upheld', 'not-upheld', 'no-finding', 'resolved-informally', 'explanation-given', 'outcome-not-recorded', 'withdrawn', 'open'] as const;

/**
 * The report's fixed lists, each with its values in table order (and, for
 * columns, the heading of each):
 * - `responseTimes`: the columns of table 2: the four bands of working days
 *   taken by the Stage 1 response (`'1-10'` includes a same-day response),
 *   then withdrawn and open;
 * - `outcomes`: the columns of tables 3 and 6 and of Stage 3's outcomes: each
 *   canonical outcome, a response recorded without an outcome, withdrawn and open;
 * - `timeliness`: the columns of the timeliness tables (7 and 12): how each
 *   deadline stood;
 * - `cohorts`: how records are placed in the year: Stage 1 by receipt,
 *   Stages 2 and 3 by request, the Ombudsman by decision, advocacy by allocation;
 * - `coverageReasons`: why a record is not counted in a cohort's tables;
 * - `complainantCharacteristics`: the sections of table 11;
 * - `checklistItems`: the items the statutory guidance asks the report to cover (table 13).
 *
 * @example
 * ```ts
 * import { REPORT_COLUMNS } from 'children-act-complaints';
 *
 * REPORT_COLUMNS.responseTimes.values;           // ['1-10', '11-20', '21-40', '41-plus', 'withdrawn', 'open']
 * REPORT_COLUMNS.responseTimes.labels['41-plus']; // '41+ working days'
 * REPORT_COLUMNS.cohorts;                        // ['stage1', 'stage2', 'stage3', 'ombudsman', 'advocacy']
 * REPORT_COLUMNS.checklistItems.length;          // 10
 * ```
 */
export const REPORT_COLUMNS = /* @__PURE__ */ Object.freeze({
  /** The response-times table's bands, by Stage 1 working days taken. */
  responseTimes: Object.freeze({
    /** The columns, in order. */
    values: Object.freeze(['1-10', '11-20', '21-40', '41-plus', 'withdrawn', 'open'] as const),
    /** Each column's heading. */
    labels: Object.freeze({
      '1-10': '1–10 working days',
      '11-20': '11–20 working days',
      '21-40': '21–40 working days',
      '41-plus': '41+ working days',
      withdrawn: 'Withdrawn',
      open: 'Open',
    }),
  }),
  /** The outcome tables' columns. */
  outcomes: Object.freeze({
    /** The columns, in order. */
    values: Object.freeze(outcomeColumns),
    /** Each column's heading. */
    labels: Object.freeze({
      upheld: stageOutcomes.labels.upheld,
      'partly-upheld': stageOutcomes.labels['partly-upheld'],
      'not-upheld': stageOutcomes.labels['not-upheld'],
      'no-finding': stageOutcomes.labels['no-finding'],
      'resolved-informally': stageOutcomes.labels['resolved-informally'],
      'explanation-given': stageOutcomes.labels['explanation-given'],
      'outcome-not-recorded': 'Outcome not recorded',
      withdrawn: stageOutcomes.labels.withdrawn,
      open: 'Open',
    } as Readonly<Record<(typeof outcomeColumns)[number], string>>),
  }),
  /** The timeliness tables' columns. */
  timeliness: Object.freeze({
    /** The columns, in order. */
    values: Object.freeze(['within-time', 'within-extension', 'late', 'open', 'overdue', 'withdrawn'] as const),
    /** Each column's heading. */
    labels: Object.freeze({
      'within-time': 'Within the statutory time',
      'within-extension': 'Within an agreed extension',
      late: 'Late',
      open: 'Open, not yet due',
      overdue: 'Open and overdue',
      withdrawn: 'Withdrawn',
    }),
  }),
  /** The groups of records the report counts separately, each by the day it belongs to a year. */
  cohorts: Object.freeze(['stage1', 'stage2', 'stage3', 'ombudsman', 'advocacy'] as const),
  /** Why a record given to the report is not counted in a table: outside the period, after `asOf`, or not reaching that stage. */
  coverageReasons: Object.freeze(['before-period', 'after-period', 'after-as-of', 'not-reached'] as const),
  /** The complainant characteristics the complainants table counts. */
  complainantCharacteristics: Object.freeze(['ageBand', 'gender', 'ethnicity', 'disability', 'sexualOrientation'] as const),
  /** The items of the statutory content checklist. */
  checklistItems: Object.freeze([
    'representations-made',
    'complaints-by-stage-and-ombudsman',
    'customer-groups',
    'complaint-types',
    'outcomes',
    'advocacy',
    'time-limits',
    'learning-and-improvement',
    'complainant-statistics',
    'procedure-review',
  ] as const),
});

/**
 * A column of the response-times table.
 *
 * @example
 * ```ts
 * import type { ResponseTimeColumn } from 'children-act-complaints';
 *
 * const band: ResponseTimeColumn = '21-40';
 * ```
 *
 * @useDeclaredType
 */
export type ResponseTimeColumn = (typeof REPORT_COLUMNS.responseTimes.values)[number];

/**
 * A column of the outcome tables.
 *
 * @example
 * ```ts
 * import type { OutcomeColumn } from 'children-act-complaints';
 *
 * const column: OutcomeColumn = 'outcome-not-recorded';
 * ```
 *
 * @useDeclaredType
 */
export type OutcomeColumn = (typeof REPORT_COLUMNS.outcomes.values)[number];

/**
 * A column of the timeliness tables.
 *
 * @example
 * ```ts
 * import type { TimelinessColumn } from 'children-act-complaints';
 *
 * const column: TimelinessColumn = 'within-extension';
 * ```
 *
 * @useDeclaredType
 */
export type TimelinessColumn = (typeof REPORT_COLUMNS.timeliness.values)[number];

/**
 * A cohort: how a table places records in the year.
 *
 * @example
 * ```ts
 * import type { ReportCohort } from 'children-act-complaints';
 *
 * const cohort: ReportCohort = 'stage2';
 * ```
 *
 * @useDeclaredType
 */
export type ReportCohort = (typeof REPORT_COLUMNS.cohorts)[number];

/**
 * Why a record is not counted in a cohort.
 *
 * @example
 * ```ts
 * import type { CoverageReason } from 'children-act-complaints';
 *
 * const reason: CoverageReason = 'after-as-of';
 * ```
 *
 * @useDeclaredType
 */
export type CoverageReason = (typeof REPORT_COLUMNS.coverageReasons)[number];

/**
 * A section of the complainants table.
 *
 * @example
 * ```ts
 * import type { ComplainantCharacteristic } from 'children-act-complaints';
 *
 * const section: ComplainantCharacteristic = 'ethnicity';
 * ```
 *
 * @useDeclaredType
 */
export type ComplainantCharacteristic = (typeof REPORT_COLUMNS.complainantCharacteristics)[number];

/** @internal */
export const RESPONSE_TIME_COLUMNS = REPORT_COLUMNS.responseTimes.values;
/** @internal */
export const RESPONSE_TIME_COLUMN_LABELS = REPORT_COLUMNS.responseTimes.labels;
/** @internal */
export const OUTCOME_COLUMNS = REPORT_COLUMNS.outcomes.values;
/** @internal */
export const OUTCOME_COLUMN_LABELS = REPORT_COLUMNS.outcomes.labels;
/** @internal */
export const TIMELINESS_COLUMNS = REPORT_COLUMNS.timeliness.values;
/** @internal */
export const TIMELINESS_COLUMN_LABELS = REPORT_COLUMNS.timeliness.labels;
/** @internal */
export const REPORT_COHORTS = REPORT_COLUMNS.cohorts;
/** @internal */
export const COVERAGE_REASONS = REPORT_COLUMNS.coverageReasons;
/** @internal */
export const COMPLAINANT_CHARACTERISTICS = REPORT_COLUMNS.complainantCharacteristics;
/** @internal */
export const CHECKLIST_ITEMS = REPORT_COLUMNS.checklistItems;

/**
 * The reporting convention for averages: responses that took this many
 * working days or more are left out of the average working days to respond,
 * as published reports do, and open cases are left out too.
 *
 * @internal
 */
export const AVERAGE_EXCLUDES_FROM = 100;

/**
 * The upper edges of the first three response-time bands, in working days
 * (1–10, 11–20, 21–40; the fourth is 41 and over): the bands councils'
 * published tables use, a reporting convention rather than a deadline.
 *
 * @internal
 */
export const RESPONSE_TIME_BAND_EDGES = [10, 20, 40] as const;
