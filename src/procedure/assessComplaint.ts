import { errorOf, ChildrenActComplaintsError } from '../errors';
import type { AnyIssue } from '../rules';
import type { WorkingDayCalendar } from '../calendar/calendar';
import type { DateInput } from '../calendar/plainDate';
import type { ComplaintAssessment } from './assessment';
import type { AssessmentConventions, ProcedureDefinition } from './definition';
import { formatAssessment } from './engine/format';
import { newWorkspace, runTimeline, type Workspace } from './engine/fromTimeline';
import { readEngineOptions, type EngineSettings } from './engine/options';
import type { ComplaintTimeline } from './timeline';

/**
 * Options for {@link assessComplaint}.
 *
 * @example
 * ```ts
 * import { complaintHandlingCode, type AssessComplaintOptions } from 'children-act-complaints';
 *
 * const options: AssessComplaintOptions = {
 *   asOf: '2024-05-01',
 *   conventions: { receipt: 'next-working-day' },
 * };
 * const code: AssessComplaintOptions = { asOf: '2026-05-01', procedure: complaintHandlingCode };
 * ```
 */
export interface AssessComplaintOptions {
  /** The day to assess on: what had happened by then, and what is due after. The library never reads the clock. */
  readonly asOf: DateInput;
  /** The working-day calendar; defaults to {@link englandAndWales}. A calendar with closure days draws a `'local-calendar'` warning under the statutory procedure. */
  readonly calendar?: WorkingDayCalendar | undefined;
  /** The procedure; defaults to {@link childrenAct1989England}. */
  readonly procedure?: ProcedureDefinition | undefined;
  /** Choices for the unverified rules; each defaults to the procedure's default. */
  readonly conventions?: AssessmentConventions | undefined;
}

/**
 * The result of {@link safeAssessComplaint}: the assessment, or every
 * problem found.
 *
 * @example
 * ```ts
 * import { safeAssessComplaint, type SafeAssessment } from 'children-act-complaints';
 *
 * const result: SafeAssessment = safeAssessComplaint({ receivedOn: '2024-05-01', events: [] }, { asOf: '2024-05-02' });
 * result.success; // true
 * ```
 */
export type SafeAssessment =
  | {
      /** The timeline and options are valid. */
      readonly success: true;
      /** The assessment. */
      readonly data: ComplaintAssessment;
    }
  | {
      /** Something is wrong. */
      readonly success: false;
      /** Every problem found, each with its rule, code, field, event, message and fix. */
      readonly issues: readonly AnyIssue[];
    };

const SHARED: Workspace = /* @__PURE__ */ newWorkspace();

/** Assesses a timeline on settings already read, throwing the first problem with every problem attached. @internal */
export function assessWith(timeline: unknown, settings: EngineSettings, workspace?: Workspace): ComplaintAssessment {
  const space = workspace ?? SHARED;
  const issues = runTimeline(timeline, settings.plan, settings.asOfDay, space);
  const [first, ...rest] = issues;
  if (first !== undefined) throw errorOf([first, ...rest]);
  return formatAssessment(settings.plan, space.input, space.checked, space.evaluation, settings.asOfDay);
}

/**
 * Assesses a complaint's timeline against a procedure on a given day: what
 * is due and when, what was met and what was missed, when the complainant's
 * windows close, and what a complaints manager must know.
 *
 * How it counts (see docs/procedure.md):
 * - "within N working days of X" is the N-th working day after X; X itself is never counted;
 * - `workingDaysTaken` counts the working days after the clock start up to and
 *   including the response (a response on a non-working day counts as given
 *   on the next working day), less days deferred; so `'met'` holds exactly when
 *   `workingDaysTaken` ≤ the limit, which is exactly when `respondedOn` ≤ `dueOn`;
 * - deferral (reg 8): the working days after the `deferred` date up to and
 *   including the `resumed` date are off the clock; every deadline of the stage
 *   falling after the deferral began moves back by exactly that many working days;
 *   while a deferral lasts those deadlines are `null` and the stage is `'deferred'`;
 * - the complainant's request window counts from the response (from the next
 *   working day when the response was given on a non-working day).
 *
 * The result is plain, frozen, JSON-serialisable data. It does not depend on
 * the order of the events or on the machine's time zone.
 *
 * @param timeline - the complaint: `receivedOn`, optionally `id` and `groundsAroseOn`, and its events in any order
 * @param options - `asOf` (required), and optionally `calendar`, `procedure` and `conventions`
 * @returns the assessment: each stage's dates, status and warnings, the complaint's status, next deadline, time limit and Ombudsman referrals
 * @throws {@link InvalidInputError} `INVALID_DATE` for a malformed date (in the timeline or `asOf`); `INVALID_AMOUNT` for a bad extension length; `INVALID_ARGUMENT` for a malformed timeline, unknown keys, or bad options
 * @throws {@link TimelineError} `INVALID_TIMELINE` for a timeline the procedure does not allow, naming the first offending event, its type and the rule (`issues` lists every problem found; {@link safeAssessComplaint} returns them instead): `date-after-as-of`, `response-before-start`, `event-before-receipt`, `grounds-after-receipt`, `unknown-stage`, `unknown-event-type`, `stage-without-previous-response`, `request-before-previous-response`, `stage-not-started`, `event-outside-stage`, `duplicate-response`, `duplicate-stage-request`, `duplicate-event`, `duplicate-withdrawal`, `event-after-withdrawal`, `step-missing`, `step-out-of-order`, `extension-not-allowed`, `extension-not-longer`, `deferral-not-in-procedure`, `deferral-outside-open-stage`, `deferral-while-deferred`, `resumed-without-deferral`, `duplicate-ombudsman-referral`, `ombudsman-decision-without-referral`
 * @throws {@link OutOfRangeError} `OUT_OF_RANGE` for a date, or a deadline, outside 2000-01-01 to 2099-12-31
 * @throws {@link CoverageError} `OUTSIDE_OFFICIAL_DATA` with a strict calendar, for a date or deadline beyond its official holiday data
 *
 * @example
 * ```ts
 * import { assessComplaint } from 'children-act-complaints';
 *
 * // Received the Monday before Easter 2024; Good Friday and Easter Monday are not working days.
 * const result = assessComplaint(
 *   {
 *     id: 'C-2024-031',
 *     receivedOn: '2024-03-25',
 *     events: [
 *       { type: 'extension-notified', stage: 1, date: '2024-04-08', workingDays: 20 },
 *       { type: 'response', stage: 1, date: '2024-04-19', outcome: 'partly-upheld' },
 *     ],
 *   },
 *   { asOf: '2024-04-22' },
 * );
 * const stage1 = result.stages[0];
 * stage1.dueOn;                 // '2024-04-10'
 * stage1.extendedDueOn;         // '2024-04-24'
 * stage1.workingDaysTaken;      // 17
 * stage1.status;                // 'met-within-extension'
 * stage1.requestWindowClosesOn; // '2024-05-20'
 * result.status;                // 'awaiting-request'
 * ```
 */
export function assessComplaint(timeline: ComplaintTimeline, options: AssessComplaintOptions): ComplaintAssessment {
  return assessWith(timeline, readEngineOptions(options));
}

/**
 * Like {@link assessComplaint}, but returns every problem instead of
 * throwing: the timeline's shape (unknown keys, malformed dates, unknown
 * event types and stages), then its dates against receipt and `asOf`, then
 * its stages and duplicates, then the order of its stages and steps, then
 * its deferrals and Ombudsman referrals. The problems of the first phase
 * that has any are listed, each with its rule (one of
 * {@link REJECTION_RULES}), code, field, event index, message and fix; the
 * later phases would read facts that phase could not make sense of.
 *
 * @param timeline - the complaint, as for {@link assessComplaint}
 * @param options - as for {@link assessComplaint}
 * @returns `{ success: true, data }` with the assessment, or `{ success: false, issues }`
 * @throws never: a bad option, a date out of range, or a strict calendar's coverage is an issue too
 *
 * @example
 * ```ts
 * import { safeAssessComplaint } from 'children-act-complaints';
 *
 * const result = safeAssessComplaint(
 *   {
 *     receivedOn: '2024-05-01',
 *     events: [
 *       { type: 'response', stage: 1, date: '2024-05-09' },
 *       { type: 'response', stage: 1, date: '2024-05-10' },
 *       { type: 'withdrawn', date: '2024-05-02' },
 *       { type: 'withdrawn', date: '2024-05-03' },
 *     ],
 *   },
 *   { asOf: '2024-06-01' },
 * );
 * if (!result.success) result.issues.map((issue) => [issue.rule, issue.eventIndex]);
 * // [['duplicate-withdrawal', 3], ['duplicate-response', 1]]
 * ```
 */
export function safeAssessComplaint(timeline: ComplaintTimeline, options: AssessComplaintOptions): SafeAssessment {
  try {
    return Object.freeze({ success: true, data: assessComplaint(timeline, options) });
  } catch (error) {
    if (!(error instanceof ChildrenActComplaintsError)) throw error;
    return Object.freeze({ success: false, issues: error.issues });
  }
}
