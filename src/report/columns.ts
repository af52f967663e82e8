/**
 * The fixed columns and groupings of the annual report's tables, as
 * `as const` lists with their heading labels.
 *
 * @module
 */
import { STAGE_OUTCOME_LABELS, type StageOutcome } from '../taxonomy/outcomes';

/**
 * The columns of the response-times table (table 2): the four bands of
 * working days taken by the Stage 1 response, then the complaints withdrawn
 * and those still open. `'1-10'` holds every response within 10 working
 * days, including a same-day response (0 working days).
 *
 * @example
 * ```ts
 * import { RESPONSE_TIME_COLUMNS } from 'children-act-complaints';
 *
 * RESPONSE_TIME_COLUMNS; // ['1-10', '11-20', '21-40', '41-plus', 'withdrawn', 'open']
 * ```
 */
export const RESPONSE_TIME_COLUMNS = ['1-10', '11-20', '21-40', '41-plus', 'withdrawn', 'open'] as const;

/**
 * One of {@link RESPONSE_TIME_COLUMNS}.
 *
 * @example
 * ```ts
 * import type { ResponseTimeColumn } from 'children-act-complaints';
 *
 * const band: ResponseTimeColumn = '21-40';
 * ```
 */
export type ResponseTimeColumn = (typeof RESPONSE_TIME_COLUMNS)[number];

/**
 * The heading of each {@link ResponseTimeColumn}.
 *
 * @example
 * ```ts
 * import { RESPONSE_TIME_COLUMN_LABELS } from 'children-act-complaints';
 *
 * RESPONSE_TIME_COLUMN_LABELS['41-plus']; // '41+ working days'
 * ```
 */
export const RESPONSE_TIME_COLUMN_LABELS: Readonly<Record<ResponseTimeColumn, string>> = /* @__PURE__ */ Object.freeze({
  '1-10': '1–10 working days',
  '11-20': '11–20 working days',
  '21-40': '21–40 working days',
  '41-plus': '41+ working days',
  withdrawn: 'Withdrawn',
  open: 'Open',
});

/**
 * The columns of the outcome tables (tables 3 and 6, and Stage 3's
 * outcomes): each canonical outcome of a response, a response recorded
 * without an outcome, the complaints withdrawn, and those still open.
 *
 * @example
 * ```ts
 * import { OUTCOME_COLUMNS } from 'children-act-complaints';
 *
 * OUTCOME_COLUMNS.includes('outcome-not-recorded'); // true
 * ```
 */
export const OUTCOME_COLUMNS = [
  'upheld',
  'partly-upheld',
  'not-upheld',
  'no-finding',
  'resolved-informally',
  'explanation-given',
  'outcome-not-recorded',
  'withdrawn',
  'open',
] as const satisfies readonly (StageOutcome | 'outcome-not-recorded' | 'open')[];

/**
 * One of {@link OUTCOME_COLUMNS}.
 *
 * @example
 * ```ts
 * import type { OutcomeColumn } from 'children-act-complaints';
 *
 * const column: OutcomeColumn = 'partly-upheld';
 * ```
 */
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];

/**
 * The heading of each {@link OutcomeColumn}.
 *
 * @example
 * ```ts
 * import { OUTCOME_COLUMN_LABELS } from 'children-act-complaints';
 *
 * OUTCOME_COLUMN_LABELS['outcome-not-recorded']; // 'Outcome not recorded'
 * ```
 */
export const OUTCOME_COLUMN_LABELS: Readonly<Record<OutcomeColumn, string>> = /* @__PURE__ */ Object.freeze({
  upheld: STAGE_OUTCOME_LABELS.upheld,
  'partly-upheld': STAGE_OUTCOME_LABELS['partly-upheld'],
  'not-upheld': STAGE_OUTCOME_LABELS['not-upheld'],
  'no-finding': STAGE_OUTCOME_LABELS['no-finding'],
  'resolved-informally': STAGE_OUTCOME_LABELS['resolved-informally'],
  'explanation-given': STAGE_OUTCOME_LABELS['explanation-given'],
  'outcome-not-recorded': 'Outcome not recorded',
  withdrawn: STAGE_OUTCOME_LABELS.withdrawn,
  open: 'Open',
});

/**
 * The columns of the timeliness rows (tables 7 and 12), from the deadline
 * engine's status of each step:
 * - `'within-time'`: done within the statutory limit (`'met'`);
 * - `'within-extension'`: done after it but within a notified extension (`'met-within-extension'`);
 * - `'late'`: done after every limit that applied;
 * - `'open'`: not done yet and not yet due (including time on hold);
 * - `'overdue'`: not done and past its deadline on the `asOf` day;
 * - `'withdrawn'`: withdrawn before it was done.
 *
 * @example
 * ```ts
 * import { TIMELINESS_COLUMNS } from 'children-act-complaints';
 *
 * TIMELINESS_COLUMNS[1]; // 'within-extension'
 * ```
 */
export const TIMELINESS_COLUMNS = ['within-time', 'within-extension', 'late', 'open', 'overdue', 'withdrawn'] as const;

/**
 * One of {@link TIMELINESS_COLUMNS}.
 *
 * @example
 * ```ts
 * import type { TimelinessColumn } from 'children-act-complaints';
 *
 * const column: TimelinessColumn = 'late';
 * ```
 */
export type TimelinessColumn = (typeof TIMELINESS_COLUMNS)[number];

/**
 * The heading of each {@link TimelinessColumn}.
 *
 * @example
 * ```ts
 * import { TIMELINESS_COLUMN_LABELS } from 'children-act-complaints';
 *
 * TIMELINESS_COLUMN_LABELS['within-extension']; // 'Within an agreed extension'
 * ```
 */
export const TIMELINESS_COLUMN_LABELS: Readonly<Record<TimelinessColumn, string>> = /* @__PURE__ */ Object.freeze({
  'within-time': 'Within the statutory time',
  'within-extension': 'Within an agreed extension',
  late: 'Late',
  open: 'Open, not yet due',
  overdue: 'Open and overdue',
  withdrawn: 'Withdrawn',
});

/**
 * The groups of records the tables count, each placed in a year by one date:
 * - `'stage1'`: complaints received in the period (tables 1–5, 9, 11, 13 and Stage 1 of table 12);
 * - `'stage2'`: Stage 2 investigations requested in the period (table 6, Stage 2 of table 12);
 * - `'stage3'`: review panels requested in the period (table 7, Stage 3 of table 12);
 * - `'ombudsman'`: Ombudsman decisions made in the period (table 8);
 * - `'advocacy'`: advocates allocated in the period (table 10).
 *
 * @example
 * ```ts
 * import { REPORT_COHORTS } from 'children-act-complaints';
 *
 * REPORT_COHORTS; // ['stage1', 'stage2', 'stage3', 'ombudsman', 'advocacy']
 * ```
 */
export const REPORT_COHORTS = ['stage1', 'stage2', 'stage3', 'ombudsman', 'advocacy'] as const;

/**
 * One of {@link REPORT_COHORTS}.
 *
 * @example
 * ```ts
 * import type { ReportCohort } from 'children-act-complaints';
 *
 * const cohort: ReportCohort = 'ombudsman';
 * ```
 */
export type ReportCohort = (typeof REPORT_COHORTS)[number];

/**
 * Why a record is not counted in a cohort's tables:
 * - `'before-period'` / `'after-period'`: the cohort's date falls outside the period;
 * - `'after-as-of'`: the date is inside the period but after `asOf`, so on the report's day it had not happened;
 * - `'not-reached'`: the record has no such date (Stage 2 never requested, no Ombudsman decision, no advocate allocated).
 *
 * @example
 * ```ts
 * import { COVERAGE_REASONS } from 'children-act-complaints';
 *
 * COVERAGE_REASONS.includes('not-reached'); // true
 * ```
 */
export const COVERAGE_REASONS = ['before-period', 'after-period', 'after-as-of', 'not-reached'] as const;

/**
 * One of {@link COVERAGE_REASONS}.
 *
 * @example
 * ```ts
 * import type { CoverageReason } from 'children-act-complaints';
 *
 * const reason: CoverageReason = 'before-period';
 * ```
 */
export type CoverageReason = (typeof COVERAGE_REASONS)[number];

/**
 * The complainant characteristics of table 11, in the order shown.
 *
 * @example
 * ```ts
 * import { COMPLAINANT_CHARACTERISTICS } from 'children-act-complaints';
 *
 * COMPLAINANT_CHARACTERISTICS; // ['ageBand', 'gender', 'ethnicity', 'disability', 'sexualOrientation']
 * ```
 */
export const COMPLAINANT_CHARACTERISTICS = ['ageBand', 'gender', 'ethnicity', 'disability', 'sexualOrientation'] as const;

/**
 * One of {@link COMPLAINANT_CHARACTERISTICS}.
 *
 * @example
 * ```ts
 * import type { ComplainantCharacteristic } from 'children-act-complaints';
 *
 * const characteristic: ComplainantCharacteristic = 'ethnicity';
 * ```
 */
export type ComplainantCharacteristic = (typeof COMPLAINANT_CHARACTERISTICS)[number];
