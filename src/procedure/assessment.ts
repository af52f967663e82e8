/**
 * The result of {@link assessComplaint}: plain, frozen, JSON-serialisable data.
 *
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import type { OmbudsmanDecision } from '../taxonomy/ombudsman';
import type { StageOutcome } from '../taxonomy/outcomes';
import type { ReceiptConvention, Stage2ClockStart, StageStep } from './definition';

/**
 * The state of a stage, or of one step inside it, on the `asOf` day:
 * - `'not-started'`: the stage has not been asked for (or the step's starting event has not happened);
 * - `'open'`: under way, not yet due;
 * - `'overdue'`: under way and past its deadline (past the extended one where an extension applies);
 * - `'met'`: done within the limit;
 * - `'met-within-extension'`: done after the limit but within a notified extension;
 * - `'late'`: done after every deadline that applied;
 * - `'withdrawn'`: the complainant withdrew before it was done;
 * - `'deferred'`: deferred under regulation 8, with the clock stopped and the deadline not yet known.
 *
 * @example
 * ```ts
 * import { STAGE_STATUSES } from 'children-act-complaints';
 *
 * STAGE_STATUSES.includes('met-within-extension'); // true
 * ```
 */
export const STAGE_STATUSES = [
  'not-started',
  'open',
  'overdue',
  'met',
  'met-within-extension',
  'late',
  'withdrawn',
  'deferred',
] as const;

/**
 * One of {@link STAGE_STATUSES}.
 *
 * @example
 * ```ts
 * import type { StageStatus } from 'children-act-complaints';
 *
 * const status: StageStatus = 'overdue';
 * ```
 */
export type StageStatus = (typeof STAGE_STATUSES)[number];

/**
 * The state of the complaint as a whole on the `asOf` day:
 * - `'open'`, `'overdue'`, `'deferred'`: a stage is under way, in that state;
 * - `'awaiting-request'`: a stage has been answered and the complainant's window to ask for the next is still open;
 * - `'with-ombudsman'`: no stage is under way and a referral to the Ombudsman awaits its decision;
 * - `'closed'`: nothing is under way and no window is open;
 * - `'withdrawn'`: the complainant withdrew.
 *
 * @example
 * ```ts
 * import { COMPLAINT_STATUSES } from 'children-act-complaints';
 *
 * COMPLAINT_STATUSES.includes('awaiting-request'); // true
 * ```
 */
export const COMPLAINT_STATUSES = ['open', 'overdue', 'deferred', 'awaiting-request', 'with-ombudsman', 'closed', 'withdrawn'] as const;

/**
 * One of {@link COMPLAINT_STATUSES}.
 *
 * @example
 * ```ts
 * import type { ComplaintStatus } from 'children-act-complaints';
 *
 * const status: ComplaintStatus = 'awaiting-request';
 * ```
 */
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/**
 * Every warning code an assessment can carry, with what it tells a complaints manager:
 * - `'extension-notified-late'`: an extension was notified after the deadline it extends had passed;
 * - `'extension-beyond-cap'`: an extension asked for more than the procedure allows; the cap is applied;
 * - `'stage-request-out-of-time'`: a Stage 2 or 3 request came after its window closed; accepting it is the council's discretion;
 * - `'complaint-out-of-time'`: the complaint was made more than the time limit after its grounds arose;
 * - `'response-while-deferred'`: a response was given while the stage was deferred; the deferral is taken to end the working day before;
 * - `'step-while-deferred'`: a panel, report or acknowledgement was recorded while the stage was deferred;
 * - `'soft-deadline-missed'`: the council responded to the review panel after 15 working days, lawful only if that was as soon as reasonably practicable;
 * - `'statement-not-recorded'`: the Stage 2 clock was to start at the agreed statement, but none is recorded; the request is used;
 * - `'local-calendar'`: the calendar differs from the procedure's working days (closure days, days declared working, another region), so the deadlines reflect local practice;
 * - `'projected-holidays'`: a date lies beyond the calendar's official holiday data, so it rests on projected bank holidays;
 * - `'rule-not-in-force'`: a rule was applied to a date outside the period it is in force;
 * - `'ombudsman-referral-premature'`: the Ombudsman was approached while a stage was still under way.
 *
 * @example
 * ```ts
 * import { WARNING_CODES } from 'children-act-complaints';
 *
 * WARNING_CODES.includes('local-calendar'); // true
 * ```
 */
export const WARNING_CODES = [
  'extension-notified-late',
  'extension-beyond-cap',
  'stage-request-out-of-time',
  'complaint-out-of-time',
  'response-while-deferred',
  'step-while-deferred',
  'soft-deadline-missed',
  'statement-not-recorded',
  'local-calendar',
  'projected-holidays',
  'rule-not-in-force',
  'ombudsman-referral-premature',
] as const;

/**
 * One of {@link WARNING_CODES}.
 *
 * @example
 * ```ts
 * import type { WarningCode } from 'children-act-complaints';
 *
 * const code: WarningCode = 'extension-beyond-cap';
 * ```
 */
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * Something a complaints manager must know about a timeline that is not an
 * error: the assessment still stands.
 *
 * @example
 * ```ts
 * import type { AssessmentWarning } from 'children-act-complaints';
 *
 * const warning: AssessmentWarning = {
 *   code: 'extension-beyond-cap',
 *   message: 'The Stage 1 extension to 25 working days is beyond the cap of 20; 20 is applied.',
 *   stage: 1,
 *   eventIndex: 0,
 * };
 * ```
 */
export interface AssessmentWarning {
  /** What kind of warning it is. */
  readonly code: WarningCode;
  /** One or two sentences for a person. */
  readonly message: string;
  /** The stage it concerns, where it concerns one. */
  readonly stage?: 1 | 2 | 3;
  /** The index in `timeline.events` of the event it concerns, where there is one. */
  readonly eventIndex?: number;
}

/**
 * One deadline inside a stage, and how it stands.
 *
 * @example
 * ```ts
 * import { assessComplaint, type StepAssessment } from 'children-act-complaints';
 *
 * const [panel]: readonly StepAssessment[] = assessComplaint(
 *   {
 *     receivedOn: '2024-01-08',
 *     events: [
 *       { type: 'response', stage: 1, date: '2024-01-19', outcome: 'not-upheld' },
 *       { type: 'stage-requested', stage: 2, date: '2024-01-22' },
 *       { type: 'response', stage: 2, date: '2024-02-23', outcome: 'partly-upheld' },
 *       { type: 'stage-requested', stage: 3, date: '2024-03-01' },
 *     ],
 *   },
 *   { asOf: '2024-03-04' },
 * ).stages[2].steps;
 * panel.step;  // 'panel'
 * panel.dueOn; // '2024-04-16'
 * ```
 */
export interface StepAssessment {
  /** Which step. */
  readonly step: StageStep;
  /** The id of the procedure rule that sets the deadline. */
  readonly rule: string;
  /** The limit in working days. */
  readonly workingDays: number;
  /** `true` for a deadline that may lawfully be missed if the step is done as soon as reasonably practicable. */
  readonly soft: boolean;
  /** The day the limit counts from (never itself counted), or `null` while unknown. */
  readonly countsFrom: PlainDate | null;
  /** The deadline, pushed back by any time deferred; `null` while it cannot be known. */
  readonly dueOn: PlainDate | null;
  /** The deadline under a notified extension (capped), or `null` when none applies. */
  readonly extendedDueOn: PlainDate | null;
  /** The deadline under the longest extension the procedure allows (equal to `dueOn` when none may be given). */
  readonly latestPossibleDueOn: PlainDate | null;
  /** The day the step's event happened, or `null`. */
  readonly doneOn: PlainDate | null;
  /** Working days on the clock from `countsFrom` to `doneOn` (a non-working day counts as the next working day), without days deferred. */
  readonly workingDaysTaken: number | null;
  /** How the step stands. */
  readonly status: StageStatus;
}

/**
 * A deferral under regulation 8, during which the stage's clock stops.
 *
 * @example
 * ```ts
 * import type { DeferralAssessment } from 'children-act-complaints';
 *
 * const deferral: DeferralAssessment = {
 *   from: '2024-05-01', to: '2024-05-15', endedBy: 'resumed', workingDays: 9, reason: 'police investigation', eventIndex: 2,
 * };
 * ```
 */
export interface DeferralAssessment {
  /** The day consideration was deferred. */
  readonly from: PlainDate;
  /** The day the deferral ended (resumed, response or withdrawal), or `null` while it lasts. */
  readonly to: PlainDate | null;
  /** What ended it, or `null` while it lasts. */
  readonly endedBy: 'resumed' | 'response' | 'withdrawal' | null;
  /** Working days deferred: after `from` up to and including `to` (to `asOf` while it lasts), counted only after the clock started. */
  readonly workingDays: number;
  /** The reason given, or `null`. */
  readonly reason: string | null;
  /** Index of the `deferred` event in `timeline.events`. */
  readonly eventIndex: number;
}

/**
 * An extension as notified, and as applied.
 *
 * @example
 * ```ts
 * import type { ExtensionAssessment } from 'children-act-complaints';
 *
 * const extension: ExtensionAssessment = {
 *   notifiedOn: '2024-04-05', requestedWorkingDays: 20, appliedWorkingDays: 20, reason: null, eventIndex: 0,
 * };
 * ```
 */
export interface ExtensionAssessment {
  /** The day the complainant was told. */
  readonly notifiedOn: PlainDate;
  /** The total limit notified, in working days (the procedure's maximum when the event gave none). */
  readonly requestedWorkingDays: number;
  /** The total limit applied: the notified one, capped at the procedure's maximum. */
  readonly appliedWorkingDays: number;
  /** The reason given, or `null`. */
  readonly reason: string | null;
  /** Index of the event in `timeline.events`. */
  readonly eventIndex: number;
}

/**
 * How one stage stands. The top-level dates describe the stage's response
 * (the Stage 1 response, the Stage 2 adjudication, the council's response to
 * the review panel); `steps` lists every deadline of the stage.
 *
 * @example
 * ```ts
 * import { assessComplaint, type StageAssessment } from 'children-act-complaints';
 *
 * const stage1: StageAssessment = assessComplaint({ receivedOn: '2024-03-25', events: [] }, { asOf: '2024-03-27' }).stages[0];
 * stage1.dueOn;               // '2024-04-10'
 * stage1.latestPossibleDueOn; // '2024-04-24'
 * stage1.status;              // 'open'
 * ```
 */
export interface StageAssessment {
  /** The stage number. */
  readonly stage: 1 | 2 | 3;
  /** The stage's name in the procedure. */
  readonly name: string;
  /** The day the stage started: receipt, or the request. */
  readonly startedOn: PlainDate | null;
  /** The day the stage's clock counts from: `startedOn` after the receipt convention, or the agreed statement under `stage2ClockStartsOn: 'statement-agreed'`. */
  readonly clockStartsOn: PlainDate | null;
  /** The day an acknowledgement was given, or `null`. */
  readonly acknowledgedOn: PlainDate | null;
  /** The day the written statement of complaint was agreed (Stage 2), or `null`. */
  readonly statementAgreedOn: PlainDate | null;
  /** The response deadline, or `null` while unknown. */
  readonly dueOn: PlainDate | null;
  /** The response deadline under a notified extension, or `null`. */
  readonly extendedDueOn: PlainDate | null;
  /** The response deadline under the longest extension allowed. */
  readonly latestPossibleDueOn: PlainDate | null;
  /** The day the response was given, or `null`. */
  readonly respondedOn: PlainDate | null;
  /** The outcome given with the response, or `null`. */
  readonly outcome: StageOutcome | null;
  /** Working days on the clock to the response, or `null` before it. */
  readonly workingDaysTaken: number | null;
  /** Working days the stage spent deferred up to its response (or `asOf`). */
  readonly workingDaysDeferred: number;
  /** How the stage stands. */
  readonly status: StageStatus;
  /** The day the complainant withdrew while the stage was under way, or `null`. */
  readonly withdrawnOn: PlainDate | null;
  /** The last day of the complainant's window to ask for the next stage, or `null`. */
  readonly requestWindowClosesOn: PlainDate | null;
  /** The extensions notified, in date order. */
  readonly extensions: readonly ExtensionAssessment[];
  /** The deferrals, in date order. */
  readonly deferrals: readonly DeferralAssessment[];
  /** Every deadline of the stage, in the order the steps happen; the last is the response. */
  readonly steps: readonly StepAssessment[];
  /** The warnings about this stage. */
  readonly warnings: readonly AssessmentWarning[];
}

/**
 * One referral to the Ombudsman and its decision.
 *
 * @example
 * ```ts
 * import type { OmbudsmanReferralAssessment } from 'children-act-complaints';
 *
 * const referral: OmbudsmanReferralAssessment = {
 *   referredOn: '2024-09-02', decidedOn: '2024-12-10', decision: 'not-upheld', label: 'Not upheld: no maladministration',
 * };
 * ```
 */
export interface OmbudsmanReferralAssessment {
  /** The day it was referred. */
  readonly referredOn: PlainDate;
  /** The day of the decision, or `null` while it awaits one. */
  readonly decidedOn: PlainDate | null;
  /** The canonical decision, or `null`. */
  readonly decision: OmbudsmanDecision | null;
  /** The decision as the era worded it, verbatim, or `null`. */
  readonly label: string | null;
}

/**
 * The next deadline the council faces: the earliest unmet one of the stage under way.
 *
 * @example
 * ```ts
 * import type { NextDeadline } from 'children-act-complaints';
 *
 * const next: NextDeadline = { stage: 1, step: 'response', dueOn: '2024-04-10', soft: false, overdue: false };
 * ```
 */
export interface NextDeadline {
  /** The stage. */
  readonly stage: 1 | 2 | 3;
  /** The step. */
  readonly step: StageStep;
  /** The deadline that applies: the extended one where an extension was notified. */
  readonly dueOn: PlainDate;
  /** Whether it is a soft deadline. */
  readonly soft: boolean;
  /** `true` when `asOf` is after it. */
  readonly overdue: boolean;
}

/**
 * The time limit for making the complaint, when the timeline says when its grounds arose.
 *
 * @example
 * ```ts
 * import type { TimeLimitAssessment } from 'children-act-complaints';
 *
 * const limit: TimeLimitAssessment = { groundsAroseOn: '2023-02-01', expiresOn: '2024-02-01', withinTimeLimit: false };
 * ```
 */
export interface TimeLimitAssessment {
  /** The day the grounds arose. */
  readonly groundsAroseOn: PlainDate;
  /** The last day a complaint is in time. */
  readonly expiresOn: PlainDate;
  /** Whether it was received on or before `expiresOn`. */
  readonly withinTimeLimit: boolean;
}

/**
 * The conventions an assessment used, defaults filled in.
 *
 * @example
 * ```ts
 * import type { AppliedConventions } from 'children-act-complaints';
 *
 * const used: AppliedConventions = { receipt: 'as-received', stage2ClockStartsOn: 'request' };
 * ```
 */
export interface AppliedConventions {
  /** How a complaint or request received on a non-working day was counted. */
  readonly receipt: ReceiptConvention;
  /** Where the Stage 2 clock started. */
  readonly stage2ClockStartsOn: Stage2ClockStart;
}

/**
 * Everything {@link assessComplaint} finds about one complaint.
 *
 * @example
 * ```ts
 * import { assessComplaint, type ComplaintAssessment } from 'children-act-complaints';
 *
 * const result: ComplaintAssessment = assessComplaint({ id: 'C1', receivedOn: '2024-03-25', events: [] }, { asOf: '2024-04-11' });
 * result.status;       // 'overdue'
 * result.nextDeadline; // { stage: 1, step: 'response', dueOn: '2024-04-10', soft: false, overdue: true }
 * ```
 */
export interface ComplaintAssessment {
  /** The timeline's `id`, or `null`. */
  readonly id: string | null;
  /** The id of the procedure applied. */
  readonly procedure: string;
  /** The day the assessment describes. */
  readonly asOf: PlainDate;
  /** The conventions used. */
  readonly conventions: AppliedConventions;
  /** The day the complaint was received. */
  readonly receivedOn: PlainDate;
  /** How the complaint stands. */
  readonly status: ComplaintStatus;
  /** The latest stage started. */
  readonly currentStage: 1 | 2 | 3;
  /** One entry per stage of the procedure, in order, started or not. */
  readonly stages: readonly StageAssessment[];
  /** The earliest unmet deadline of the stage under way, or `null`. */
  readonly nextDeadline: NextDeadline | null;
  /** The time limit, or `null` when the timeline has no `groundsAroseOn` or the procedure has no limit. */
  readonly timeLimit: TimeLimitAssessment | null;
  /** The day the complainant withdrew, or `null`. */
  readonly withdrawnOn: PlainDate | null;
  /** Referrals to the Ombudsman, in date order. */
  readonly ombudsman: readonly OmbudsmanReferralAssessment[];
  /** Every warning: the complaint's own and each stage's. */
  readonly warnings: readonly AssessmentWarning[];
}
