/**
 * The shape of a complaints procedure as data: stages, deadlines,
 * extensions, request windows and time limits, each with its citation and
 * verification status. The engine ({@link assessComplaint}) reads any
 * procedure of this shape.
 *
 * @module
 */
import type { Region } from '../calendar/calendar';

/**
 * How well a rule is verified, from the project's fact sheet:
 * - `'P'`: checked against the primary text;
 * - `'S'`: checked against secondary sources that agree (guidance, advice charities, council procedures, Ombudsman decisions);
 * - `'U'`: not verified. Such a rule is an explicit convention with a default.
 *
 * @example
 * ```ts
 * import { VERIFICATION_STATUSES } from 'children-act-complaints';
 *
 * VERIFICATION_STATUSES; // ['P', 'S', 'U']
 * ```
 */
export const VERIFICATION_STATUSES = ['P', 'S', 'U'] as const;

/**
 * One of {@link VERIFICATION_STATUSES}.
 *
 * @example
 * ```ts
 * import { childrenAct1989England, type VerificationStatus } from 'children-act-complaints';
 *
 * const status: VerificationStatus = childrenAct1989England.stages[2].deadlines[0].verification; // 'P'
 * ```
 */
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/**
 * Where a rule comes from.
 *
 * @example
 * ```ts
 * import type { Citation } from 'children-act-complaints';
 *
 * const panel: Citation = { instrument: 'SI 2006/1738', provision: 'reg 19' };
 * ```
 */
export interface Citation {
  /** The instrument or document, e.g. `'SI 2006/1738'`. */
  readonly instrument: string;
  /** The regulation, section or part, e.g. `'reg 14'`. */
  readonly provision: string;
  /** The paragraph, where known, e.g. `'(2)'`. */
  readonly paragraph?: string;
  /** The secondary source a figure was checked against, where it is not in the instrument itself. */
  readonly source?: string;
}

/**
 * What every rule of a procedure carries: an id, a one-line summary, its
 * citation, its verification status and the dates it is in force.
 *
 * @example
 * ```ts
 * import type { ProcedureRule } from 'children-act-complaints';
 *
 * const rule: ProcedureRule = {
 *   id: 'withdrawal',
 *   summary: 'A complaint may be withdrawn at any time.',
 *   citation: { instrument: 'SI 2006/1738', provision: 'practice' },
 *   verification: 'U',
 *   inForceFrom: '2006-09-01',
 * };
 * ```
 */
export interface ProcedureRule {
  /** A stable identifier, unique within the procedure, e.g. `'stage-1-response'`. */
  readonly id: string;
  /** What the rule says, in one sentence. */
  readonly summary: string;
  /** Where it comes from. */
  readonly citation: Citation;
  /** How well it is verified. */
  readonly verification: VerificationStatus;
  /** First day the rule applies, `YYYY-MM-DD`. */
  readonly inForceFrom: string;
  /** Last day the rule applies, `YYYY-MM-DD`, when it has been revoked or replaced. */
  readonly inForceTo?: string;
}

/**
 * The engine's conventions for the rules the law leaves unverified, with
 * their choices:
 * - `receipt`: a complaint or stage request received on a non-working day
 *   is counted from that day (`'as-received'`), or deemed received on the
 *   next working day (`'next-working-day'`);
 * - `stage2ClockStartsOn`: the Stage 2 clock runs from the request
 *   (`'request'`) or from the agreed written statement of complaint
 *   (`'statement-agreed'`).
 *
 * @example
 * ```ts
 * import { CONVENTION_OPTIONS } from 'children-act-complaints';
 *
 * CONVENTION_OPTIONS.receipt;      // ['as-received', 'next-working-day']
 * Object.keys(CONVENTION_OPTIONS); // ['receipt', 'stage2ClockStartsOn']
 * ```
 */
export const CONVENTION_OPTIONS = /* @__PURE__ */ (() =>
  Object.freeze({
    /** When a complaint received on a non-working day counts as received: that day, or the next working day. */
    receipt: Object.freeze(['as-received', 'next-working-day'] as const),
    /** Where the Stage 2 clock starts: the request, or the day the statement of complaint is agreed. */
    stage2ClockStartsOn: Object.freeze(['request', 'statement-agreed'] as const),
  }))();

/**
 * The choices of each convention, by name: the type of {@link CONVENTION_OPTIONS}.
 *
 * @example
 * ```ts
 * import type { ConventionOptions } from 'children-act-complaints';
 *
 * const choice: ConventionOptions['receipt'][number] = 'as-received';
 * ```
 */
export type ConventionOptions = typeof CONVENTION_OPTIONS;

/**
 * A choice of the `receipt` convention (see {@link CONVENTION_OPTIONS}).
 *
 * @example
 * ```ts
 * import type { ReceiptConvention } from 'children-act-complaints';
 *
 * const receipt: ReceiptConvention = 'next-working-day';
 * ```
 */
export type ReceiptConvention = ConventionOptions['receipt'][number];

/**
 * A choice of the `stage2ClockStartsOn` convention (see {@link CONVENTION_OPTIONS}).
 *
 * @example
 * ```ts
 * import type { Stage2ClockStart } from 'children-act-complaints';
 *
 * const start: Stage2ClockStart = 'statement-agreed';
 * ```
 */
export type Stage2ClockStart = ConventionOptions['stage2ClockStartsOn'][number];

/**
 * The name of a convention: a key of {@link CONVENTION_OPTIONS}.
 *
 * @example
 * ```ts
 * import type { ConventionName } from 'children-act-complaints';
 *
 * const name: ConventionName = 'receipt';
 * ```
 */
export type ConventionName = keyof ConventionOptions;

/**
 * The choices made for the unverified rules. Leave a convention out to use
 * the procedure's default.
 *
 * @example
 * ```ts
 * import type { AssessmentConventions } from 'children-act-complaints';
 *
 * const conventions: AssessmentConventions = { receipt: 'next-working-day', stage2ClockStartsOn: 'statement-agreed' };
 * ```
 */
export interface AssessmentConventions {
  /** How a complaint or request received on a non-working day is counted; see {@link CONVENTION_OPTIONS}. */
  readonly receipt?: ReceiptConvention | undefined;
  /** Where the Stage 2 clock starts; see {@link CONVENTION_OPTIONS}. */
  readonly stage2ClockStartsOn?: Stage2ClockStart | undefined;
}

/**
 * An unverified rule modelled as a convention: the procedure's default
 * choice, which a caller may override.
 *
 * @example
 * ```ts
 * import { childrenAct1989England, type ConventionRule } from 'children-act-complaints';
 *
 * const receipt: ConventionRule<'receipt'> = childrenAct1989England.receipt;
 * receipt.default; // 'as-received'
 * ```
 */
export interface ConventionRule<K extends ConventionName> extends ProcedureRule {
  /** Which convention this rule is. */
  readonly convention: K;
  /** The choice used when the caller makes none. */
  readonly default: ConventionOptions[K][number];
}

/**
 * What a working day is under the procedure.
 *
 * @example
 * ```ts
 * import { childrenAct1989England, type WorkingDayRule } from 'children-act-complaints';
 *
 * const rule: WorkingDayRule = childrenAct1989England.workingDays;
 * rule.closureDays; // 'not-excluded'
 * ```
 */
export interface WorkingDayRule extends ProcedureRule {
  /** Whose bank holidays close a day. */
  readonly region: Region;
  /**
   * Whether a council's own closure days stop the clock: `'not-excluded'`
   * when the procedure's definition of a working day leaves them working
   * days (the engine then warns when a calendar closes them), `'unspecified'`
   * when the procedure does not say.
   */
  readonly closureDays: 'not-excluded' | 'unspecified';
}

/**
 * The steps inside a stage that have their own deadline, each met by one
 * event type:
 * - `'acknowledgement'`: an `acknowledged` event;
 * - `'panel'`: the review panel meets (`panel-held`);
 * - `'panel-report'`: its report reaches the council (`panel-report-received`);
 * - `'response'`: the stage's response (`response`), which closes it.
 *
 * @example
 * ```ts
 * import { STAGE_STEPS } from 'children-act-complaints';
 *
 * STAGE_STEPS.includes('panel-report'); // true
 * ```
 */
export const STAGE_STEPS = ['acknowledgement', 'panel', 'panel-report', 'response'] as const;

/**
 * One of {@link STAGE_STEPS}.
 *
 * @example
 * ```ts
 * import type { StageStep } from 'children-act-complaints';
 *
 * const step: StageStep = 'panel';
 * ```
 */
export type StageStep = (typeof STAGE_STEPS)[number];

/**
 * The day a deadline counts from (that day itself never counted):
 * - `'stage-start'`: the day the stage started (receipt, or the request for a
 *   later stage), after the `receipt` convention;
 * - `'clock-start'`: the stage's clock start: the stage start, or for a stage
 *   with a {@link StageDefinition.clockStart} rule, the day that convention
 *   chooses;
 * - a step: the day that step's event happened.
 *
 * @example
 * ```ts
 * import type { DeadlineAnchor } from 'children-act-complaints';
 *
 * const anchor: DeadlineAnchor = 'acknowledgement';
 * ```
 */
export type DeadlineAnchor = 'stage-start' | 'clock-start' | Exclude<StageStep, 'response'>;

/**
 * How far a deadline may be extended. The limit an extension sets is a total
 * counted from the same day as the deadline it extends.
 *
 * @example
 * ```ts
 * import { childrenAct1989England, type ExtensionRule } from 'children-act-complaints';
 *
 * const extension: ExtensionRule | null = childrenAct1989England.stages[1].deadlines[0].extension;
 * extension?.maxWorkingDays; // 65
 * ```
 */
export interface ExtensionRule extends ProcedureRule {
  /** The longest total limit, in working days, an extension may set. */
  readonly maxWorkingDays: number;
}

/**
 * A deadline inside a stage: "step within N working days of anchor".
 *
 * @example
 * ```ts
 * import { childrenAct1989England, type DeadlineRule } from 'children-act-complaints';
 *
 * const stage1: DeadlineRule = childrenAct1989England.stages[0].deadlines[0];
 * stage1.workingDays; // 10
 * ```
 */
export interface DeadlineRule extends ProcedureRule {
  /** The step this deadline is for. */
  readonly step: StageStep;
  /** The limit in working days. */
  readonly workingDays: number;
  /** The day the limit counts from. */
  readonly from: DeadlineAnchor;
  /** `true` when the law allows "or as soon as reasonably practicable": missing it is not in itself a breach. */
  readonly soft: boolean;
  /** How far the deadline may be extended, or `null` when it may not. */
  readonly extension: ExtensionRule | null;
}

/**
 * The complainant's window to ask for the next stage, counted from the day
 * the stage's response was given.
 *
 * @example
 * ```ts
 * import { childrenAct1989England, type RequestWindowRule } from 'children-act-complaints';
 *
 * const window: RequestWindowRule | null = childrenAct1989England.stages[0].requestWindow;
 * window?.workingDays; // 20
 * ```
 */
export interface RequestWindowRule extends ProcedureRule {
  /** The window in working days. */
  readonly workingDays: number;
}

/**
 * How a stage starts: on receipt of the complaint (Stage 1) or on the
 * complainant's request (later stages).
 *
 * @example
 * ```ts
 * import { childrenAct1989England, type StageStartRule } from 'children-act-complaints';
 *
 * const start: StageStartRule = childrenAct1989England.stages[1].start;
 * start.on; // 'request'
 * ```
 */
export interface StageStartRule extends ProcedureRule {
  /** `'receipt'` for the first stage, `'request'` for the others. */
  readonly on: 'receipt' | 'request';
}

/**
 * One stage of a procedure.
 *
 * @example
 * ```ts
 * import { childrenAct1989England, type StageDefinition } from 'children-act-complaints';
 *
 * const panel: StageDefinition = childrenAct1989England.stages[2];
 * panel.deadlines.map((d) => d.step); // ['panel', 'panel-report', 'response']
 * ```
 *
 * @typeParam Deadlines - the type of its deadline list: a tuple where the shape is known, so that indexing it is safe
 */
export interface StageDefinition<Deadlines extends readonly DeadlineRule[] = readonly DeadlineRule[]> {
  /** The stage number: 1, 2 or 3. */
  readonly stage: 1 | 2 | 3;
  /** Its name, e.g. `'Local resolution'`. */
  readonly name: string;
  /** How it starts. */
  readonly start: StageStartRule;
  /** Where the start of the stage's clock is an unverified convention, that rule; otherwise `null`. */
  readonly clockStart: ConventionRule<'stage2ClockStartsOn'> | null;
  /** Its deadlines, in the order the steps happen. The last is the `'response'` step, which closes the stage. */
  readonly deadlines: Deadlines;
  /** The window to ask for the next stage, counted from this stage's response, or `null`. */
  readonly requestWindow: RequestWindowRule | null;
}

/**
 * The time limit for making a complaint, counted in calendar years from the
 * day its grounds arose.
 *
 * @example
 * ```ts
 * import { childrenAct1989England, type TimeLimitRule } from 'children-act-complaints';
 *
 * const limit: TimeLimitRule | null = childrenAct1989England.timeLimit;
 * limit?.years; // 1
 * ```
 */
export interface TimeLimitRule extends ProcedureRule {
  /** Whole calendar years from the grounds arising. */
  readonly years: number;
}

/**
 * A complaints procedure as data. {@link childrenAct1989England} and
 * {@link complaintHandlingCode} are the two the library ships; another regime
 * is another object of this shape.
 *
 * @example
 * ```ts
 * import { complaintHandlingCode, type ProcedureDefinition } from 'children-act-complaints';
 *
 * const procedure: ProcedureDefinition = complaintHandlingCode;
 * procedure.stages.length; // 2
 * ```
 *
 * @typeParam Stages - the type of its stage list: a tuple where the shape is known, so that indexing it is safe
 */
export interface ProcedureDefinition<Stages extends readonly StageDefinition[] = readonly StageDefinition[]> {
  /** A stable identifier, e.g. `'children-act-1989-england'`. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** First day the procedure applies, `YYYY-MM-DD`. */
  readonly inForceFrom: string;
  /** Last day it applies, where it has ended. */
  readonly inForceTo?: string;
  /** What a working day is. */
  readonly workingDays: WorkingDayRule;
  /** The `receipt` convention: how a complaint or request received on a non-working day is counted. */
  readonly receipt: ConventionRule<'receipt'>;
  /** The time limit for making a complaint, or `null`. */
  readonly timeLimit: TimeLimitRule | null;
  /** Deferral (reg 8): the rule under which consideration may be deferred, stopping the clock, or `null`. */
  readonly deferral: ProcedureRule | null;
  /** The stages, in order, numbered from 1. */
  readonly stages: Stages;
}
