import { checkAmount } from '../calendar/addWorkingDays';
import type { PlainDate } from '../calendar/plainDate';
import { ChildrenActComplaintsError, errorOf } from '../errors';
import { fail, prefixIssue, type AnyIssue } from '../rules';
import type { AssessComplaintOptions } from './assessComplaint';
import type { StageStep } from './definition';
import type { StageResult, StepResult } from './engine/evaluate';
import { checkCoverage } from './engine/evaluate';
import { newWorkspace, runTimeline } from './engine/fromTimeline';
import { readEngineOptions } from './engine/options';
import { NO_DAY, type StagePlan } from './engine/plan';
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

/** The same problems, their fields prefixed with the timeline's place in the list. */
function prefixed(issues: readonly AnyIssue[], prefix: string): ChildrenActComplaintsError {
  const [first, ...rest] = issues.map((issue) => prefixIssue(issue, prefix));
  return errorOf([first as AnyIssue, ...rest]);
}

const workspace = /* @__PURE__ */ newWorkspace();

/**
 * Lists the deadlines a council faces across many complaints: every one
 * already overdue, and every one due within `withinWorkingDays` working days
 * of `asOf`, most urgent first (earliest due date first; overdue ones lead).
 *
 * Each complaint contributes the unmet deadlines of its stage under way:
 * the response, and for Stage 3 the panel and its report. A deferred stage,
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
  const { plan, asOfDay } = readEngineOptions(options, ['withinWorkingDays']);
  const within = checkAmount((options as { withinWorkingDays?: unknown }).withinWorkingDays, 'options.withinWorkingDays');
  if (within < 0) throw fail('invalid-amount', { min: 0, example: '5: how many working days ahead to look (overdue deadlines are always listed)' }, { field: 'options.withinWorkingDays', value: within });
  if (!Array.isArray(timelines)) {
    throw fail('wrong-type', { expected: 'an array of timelines', example: 'an array of complaint timelines (it may be empty)' }, { field: 'timelines', value: timelines });
  }
  const rows: UpcomingDeadline[] = [];
  timelines.forEach((timeline, timelineIndex) => {
    const prefix = `timelines[${timelineIndex}]`;
    try {
      const issues = runTimeline(timeline, plan, asOfDay, workspace);
      if (issues.length > 0) throw prefixed(issues, prefix);
      checkCoverage(plan, workspace.evaluation);
    } catch (error) {
      if (error instanceof ChildrenActComplaintsError && !error.field.startsWith(prefix)) throw prefixed(error.issues, prefix);
      throw error;
    }
    if (workspace.checked.closed !== NO_DAY) return;
    const stages = workspace.evaluation.stages;
    const index = stages.findIndex((stage) => stage.status === 'open' || stage.status === 'overdue' || stage.status === 'deferred');
    if (index < 0) return;
    const stage = stages[index] as StageResult;
    const stagePlan = plan.stages[index] as StagePlan;
    stage.steps.forEach((step: StepResult, k) => {
      const dueDay = step.extendedDue !== NO_DAY ? step.extendedDue : step.due;
      if (step.done !== NO_DAY || dueDay === NO_DAY) return;
      const left = dueDay >= asOfDay ? plan.between(asOfDay, dueDay) : -plan.between(dueDay, asOfDay);
      const overdue = dueDay < asOfDay;
      if (!overdue && left > within) return;
      const rule = stagePlan.steps[k]?.rule;
      rows.push(
        Object.freeze({
          id: workspace.input.id,
          timelineIndex,
          stage: stagePlan.stage,
          step: rule?.step as StageStep,
          dueOn: plan.date(dueDay) as PlainDate,
          workingDaysLeft: left,
          overdue,
          soft: rule?.soft === true,
          extended: step.extendedDue !== NO_DAY,
        }),
      );
    });
  });
  rows.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) || Number(a.soft) - Number(b.soft) || a.timelineIndex - b.timelineIndex || a.stage - b.stage);
  return Object.freeze(rows);
}
