import { checkAmount } from '../calendar/addWorkingDays';
import { ChildrenActComplaintsError, CoverageError, InvalidInputError, OutOfRangeError, TimelineError } from '../errors';
import { dayNumberOfIso } from '../internal/days';
import { describeValue } from '../internal/describe';
import type { PlainDate } from '../calendar/plainDate';
import type { StageStep } from './definition';
import { assessFacts, type AssessComplaintOptions } from './assessComplaint';
import { StageClock } from './internal/clock';
import { collectTimeline } from './internal/collect';
import { deepFreeze } from './internal/freeze';
import { readSettings } from './internal/options';
import type { ComplaintTimeline } from './timeline';

/**
 * Options for {@link upcomingDeadlines}: those of {@link assessComplaint},
 * plus how far ahead to look.
 *
 * @example
 * ```ts
 * import type { UpcomingDeadlinesOptions } from 'children-act-complaints';
 *
 * const options: UpcomingDeadlinesOptions = { asOf: '2024-04-08', withinWorkingDays: 5 };
 * ```
 */
export interface UpcomingDeadlinesOptions extends AssessComplaintOptions {
  /** List deadlines due within this many working days after `asOf` (0: only those due on `asOf`). Overdue ones are always listed. */
  readonly withinWorkingDays: number;
}

/**
 * One deadline on a dashboard.
 *
 * @example
 * ```ts
 * import type { UpcomingDeadline } from 'children-act-complaints';
 *
 * const row: UpcomingDeadline = {
 *   id: 'C-17', timelineIndex: 0, stage: 1, step: 'response', dueOn: '2024-04-10',
 *   workingDaysLeft: 2, overdue: false, soft: false, extended: false,
 * };
 * ```
 */
export interface UpcomingDeadline {
  /** The timeline's `id`, or `null`. */
  readonly id: string | null;
  /** The timeline's index in the array passed in. */
  readonly timelineIndex: number;
  /** The stage. */
  readonly stage: 1 | 2 | 3;
  /** The step: `'response'`, or a Stage 3 or Complaint Handling Code step. */
  readonly step: StageStep;
  /** The deadline that applies (the extended one where an extension was notified). */
  readonly dueOn: PlainDate;
  /** Working days after `asOf` up to and including `dueOn`: 0 when due on `asOf`, negative when overdue. */
  readonly workingDaysLeft: number;
  /** `true` when `asOf` is after `dueOn`. */
  readonly overdue: boolean;
  /** `true` for a soft deadline (the council's response to a review panel). */
  readonly soft: boolean;
  /** `true` when `dueOn` is an extended deadline. */
  readonly extended: boolean;
}

/**
 * The same error, its field prefixed with the timeline's place in the list.
 * The catalogue writes messages as `[library] CODE: problem (field) fix`, so
 * the problem is the text between the first `: ` and ` (field)`.
 */
function withPrefix(error: unknown, prefix: string): unknown {
  if (!(error instanceof ChildrenActComplaintsError)) return error;
  const details = { field: `${prefix}.${error.field}`, value: error.value, fix: error.fix };
  const problem = `In ${prefix}: ${error.message.slice(error.message.indexOf(': ') + 2, error.message.lastIndexOf(` (${error.field})`))}`;
  if (error instanceof TimelineError) return new TimelineError(problem, { ...details, eventIndex: error.eventIndex, eventType: error.eventType, rule: error.rule });
  if (error instanceof OutOfRangeError) return new OutOfRangeError(problem, details);
  if (error instanceof CoverageError) return new CoverageError(problem, details);
  if (error instanceof InvalidInputError) return new InvalidInputError(error.code, problem, details);
  return error;
}

/**
 * Lists the deadlines a council faces across many complaints: every one
 * already overdue, and every one due within `withinWorkingDays` working days
 * of `asOf`, most urgent first (earliest due date first; overdue ones lead).
 *
 * Each complaint contributes the unmet deadlines of its stage under way:
 * the response, and for Stage 3 the panel and its report. A stage on hold,
 * whose deadline is not yet known, contributes nothing until it resumes.
 *
 * @param timelines - the complaints
 * @param options - `asOf` and `withinWorkingDays` (required), and optionally `calendar`, `procedure` and `conventions`, applied to every timeline
 * @returns the deadlines, frozen, most urgent first
 * @throws {@link InvalidInputError} `INVALID_AMOUNT` for a negative or fractional `withinWorkingDays`; `INVALID_ARGUMENT` when `timelines` is not an array or an option is bad; any error of {@link assessComplaint} for a bad timeline, its field prefixed with `timelines[i]`
 * @throws {@link TimelineError} `INVALID_TIMELINE` for a timeline the procedure does not allow, field prefixed with `timelines[i]`
 *
 * @example
 * ```ts
 * import { upcomingDeadlines } from 'children-act-complaints';
 *
 * const rows = upcomingDeadlines(
 *   [
 *     { id: 'A', receivedOn: '2024-03-25', events: [] },
 *     { id: 'B', receivedOn: '2024-03-04', events: [] },
 *     { id: 'C', receivedOn: '2024-04-02', events: [] },
 *   ],
 *   { asOf: '2024-04-08', withinWorkingDays: 5 },
 * );
 * rows.map((r) => [r.id, r.dueOn, r.workingDaysLeft]);
 * // [['B', '2024-03-18', -13], ['A', '2024-04-10', 2]]
 * ```
 */
export function upcomingDeadlines(timelines: readonly ComplaintTimeline[], options: UpcomingDeadlinesOptions): readonly UpcomingDeadline[] {
  const settings = readSettings(options, ['withinWorkingDays']);
  const within = checkAmount((options as { withinWorkingDays?: unknown }).withinWorkingDays, 'options.withinWorkingDays');
  if (within < 0) {
    throw new InvalidInputError('INVALID_AMOUNT', `options.withinWorkingDays must be 0 or more but is ${within}.`, {
      field: 'options.withinWorkingDays',
      value: within,
      fix: 'Pass how many working days ahead to look, e.g. 5; overdue deadlines are always listed.',
    });
  }
  if (!Array.isArray(timelines)) {
    throw new InvalidInputError('INVALID_ARGUMENT', `Expected an array of timelines but got ${describeValue(timelines)}.`, {
      field: 'timelines',
      value: timelines,
      fix: 'Pass an array of complaint timelines (it may be empty).',
    });
  }
  const clock = new StageClock(settings.calendar, []);
  const rows: UpcomingDeadline[] = [];
  timelines.forEach((timeline, timelineIndex) => {
    let next;
    try {
      next = assessFacts(collectTimeline(timeline, settings), settings);
    } catch (error) {
      throw withPrefix(error, `timelines[${timelineIndex}]`);
    }
    const open = next.stages.find((stage) => stage.status === 'open' || stage.status === 'overdue' || stage.status === 'on-hold');
    if (open === undefined || next.withdrawnOn !== null) return;
    for (const step of open.steps) {
      const dueOn = step.extendedDueOn ?? step.dueOn;
      if (step.doneOn !== null || dueOn === null) continue;
      const dueDay = dayNumberOfIso(dueOn);
      const left = dueDay >= settings.asOfDay ? clock.between(settings.asOfDay, dueDay) : -clock.between(dueDay, settings.asOfDay);
      const overdue = dueDay < settings.asOfDay;
      if (!overdue && left > within) continue;
      rows.push({ id: next.id, timelineIndex, stage: open.stage, step: step.step, dueOn, workingDaysLeft: left, overdue, soft: step.soft, extended: step.extendedDueOn !== null });
    }
  });
  rows.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) || Number(a.soft) - Number(b.soft) || a.timelineIndex - b.timelineIndex || a.stage - b.stage);
  return deepFreeze(rows);
}
