import { resultDate, type WorkingDayCalendar } from '../calendar/calendar';
import type { DateInput, PlainDate } from '../calendar/plainDate';
import type { AssessmentWarning, ComplaintAssessment, StageAssessment } from './assessment';
import type { AssessmentConventions, ProcedureDefinition } from './definition';
import { assessStage, type StageResult } from './internal/assessStage';
import { collectTimeline, type TimelineFacts } from './internal/collect';
import {
  calendarWarnings,
  complaintStatusOf,
  createInForceCheck,
  nextDeadlineOf,
  ombudsmanOf,
  timeLimitOf,
} from './internal/complaintLevel';
import { deepFreeze } from './internal/freeze';
import { findHolds } from './internal/holds';
import { readSettings, type AssessmentSettings } from './internal/options';
import { StageClock } from './internal/clock';
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

/** Assesses a checked timeline. @internal */
export function assessFacts(facts: TimelineFacts, settings: AssessmentSettings): ComplaintAssessment {
  const { calendar } = settings;
  const format = (day: number): PlainDate => resultDate(calendar, day, 'timeline', undefined);
  const inForce = createInForceCheck(format);
  const complaintWarnings: AssessmentWarning[] = [];
  inForce.applied(settings.procedure.workingDays, facts.receivedDay);
  inForce.applied(settings.procedure.receipt, facts.receivedDay);
  const timeLimit = timeLimitOf(facts, settings, format, complaintWarnings);
  if (timeLimit !== null && settings.procedure.timeLimit !== null) inForce.applied(settings.procedure.timeLimit, facts.receivedDay);

  const probe = new StageClock(calendar, []);
  const holds = findHolds(facts, (day) => probe.onOrAfter(day));
  const results: StageResult[] = [];
  for (const stage of facts.stages) {
    const previous = results[results.length - 1];
    results.push(
      assessStage(stage, holds.byStage.get(stage) ?? [], {
        settings,
        facts,
        format,
        applied: inForce.applied,
        previousWindowCloses: previous?.windowClosesDay ?? null,
      }),
    );
  }
  const holdWarnings = holds.warnings;
  const stages: StageAssessment[] = results.map((result) => {
    const extra = holdWarnings.filter((warning) => warning.stage === result.assessment.stage);
    return extra.length === 0 ? result.assessment : { ...result.assessment, warnings: [...extra, ...result.assessment.warnings] };
  });
  const ombudsmanWarnings: AssessmentWarning[] = [];
  const ombudsman = ombudsmanOf(facts, format, ombudsmanWarnings);
  const asOf = format(settings.asOfDay);
  const started = facts.stages.filter((stage) => stage.startDay !== null);
  return deepFreeze({
    id: facts.id,
    procedure: settings.procedure.id,
    asOf,
    conventions: { ...settings.conventions },
    receivedOn: format(facts.receivedDay),
    status: complaintStatusOf(facts, results, ombudsman, settings.asOfDay),
    currentStage: (started[started.length - 1]?.stage ?? 1) as 1 | 2 | 3,
    stages,
    nextDeadline: nextDeadlineOf(results.map((result, i) => ({ ...result, assessment: stages[i] as StageAssessment }))),
    timeLimit,
    withdrawnOn: facts.closedDay === null ? null : format(facts.closedDay),
    ombudsman,
    warnings: [
      ...complaintWarnings,
      ...stages.flatMap((stage) => stage.warnings),
      ...ombudsmanWarnings,
      ...calendarWarnings(facts, settings, stages, asOf),
      ...inForce.warnings(),
    ],
  });
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
 *   on the next working day), less days on hold; so `'met'` holds exactly when
 *   `workingDaysTaken` ≤ the limit, which is exactly when `respondedOn` ≤ `dueOn`;
 * - on hold (reg 8): the working days after the `on-hold` date up to and
 *   including the `resumed` date are off the clock; every deadline of the stage
 *   falling after the hold began moves back by exactly that many working days;
 *   while a hold lasts those deadlines are `null` and the stage is `'on-hold'`;
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
 * @throws {@link TimelineError} `INVALID_TIMELINE` for a timeline the procedure does not allow, naming the event index, its type and the rule: `date-after-as-of`, `response-before-start`, `event-before-receipt`, `grounds-after-receipt`, `unknown-stage`, `unknown-event-type`, `stage-without-previous-response`, `request-before-previous-response`, `stage-not-started`, `event-outside-stage`, `duplicate-response`, `duplicate-stage-request`, `duplicate-event`, `duplicate-withdrawal`, `event-after-withdrawal`, `step-missing`, `step-out-of-order`, `extension-not-allowed`, `extension-not-longer`, `hold-not-in-procedure`, `hold-outside-open-stage`, `hold-while-on-hold`, `resumed-without-hold`, `duplicate-ombudsman-referral`, `ombudsman-decision-without-referral`
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
  const settings = readSettings(options);
  return assessFacts(collectTimeline(timeline, settings), settings);
}
