/**
 * The engine's fast path for batches: the same stage and step timings as
 * {@link assessComplaint} (working days taken and status), computed on day
 * numbers with no allocation, for the timelines that need none of the
 * engine's rarer machinery.
 *
 * A timeline is taken only when it is plainly valid and has no holds; for
 * anything else {@link FastTimer.time} returns `false` and the caller runs
 * the full engine, which assesses it or throws the typed error. So the fast
 * path never accepts a timeline the engine would refuse, and where it
 * answers, it answers exactly as the engine does (checked by a property test
 * against {@link assessComplaint}). It reuses the engine's {@link StageClock}
 * and reads every limit from the procedure definition.
 *
 * @internal
 * @module
 */
import { RANGE_END, RANGE_START } from '../../internal/days';
import type { StageStatus } from '../assessment';
import type { DeadlineRule, StageDefinition, StageStep } from '../definition';
import { StageClock } from './clock';
import type { AssessmentSettings } from './options';

/** Margin kept below the end of the supported range, so no deadline computed here can leave it. */
const LAST_SAFE_DAY = RANGE_END - 400;

/** A day later than any this path handles: "never". */
const NEVER = RANGE_END + 1;

/**
 * The day number of a fact that is absent. A small integer rather than
 * `NaN`, so that day numbers stay small integers throughout and reading
 * them allocates nothing.
 *
 * @internal
 */
export const NO_DAY = -1;

/**
 * One stage's facts as day numbers; {@link NO_DAY} where a fact is absent.
 *
 * @internal
 */
export interface StageDays {
  /** The request (stages that start on request); ignored for a stage that starts on receipt. */
  request: number;
  acknowledged: number;
  statement: number;
  panel: number;
  report: number;
  response: number;
  /** Whether the response's outcome is `'withdrawn'`. */
  responseWithdrawn: boolean;
  extension: number;
  /** The extension's total limit in working days (a whole number above 0); {@link NO_DAY} for the procedure's maximum. */
  extensionWorkingDays: number;
}

/**
 * A complaint's facts as day numbers, for {@link FastTimer.time};
 * {@link NO_DAY} where a fact is absent. `stages` has one entry per stage of the procedure.
 *
 * @internal
 */
export interface TimelineDays {
  received: number;
  grounds: number;
  withdrawn: number;
  ombudsmanReferred: number;
  ombudsmanDecided: number;
  readonly stages: StageDays[];
}

/**
 * One step's timing, as {@link StepAssessment} gives it.
 *
 * @internal
 */
export interface StepTiming {
  status: StageStatus;
  /** Working days taken, or `-1` when the step is not done. */
  taken: number;
}

/**
 * One stage's timing, as {@link StageAssessment} gives it: the response's
 * working days taken and the stage's status, and each step's timing.
 *
 * @internal
 */
export interface StageTiming {
  status: StageStatus;
  /** Working days taken by the response, or `-1` when there is none. */
  taken: number;
  readonly steps: StepTiming[];
}

/** Fresh, empty day facts for a procedure with `stages` stages. @internal */
export function emptyTimelineDays(stages: number): TimelineDays {
  const list: StageDays[] = [];
  for (let i = 0; i < stages; i += 1) {
    list.push({
      request: NO_DAY,
      acknowledged: NO_DAY,
      statement: NO_DAY,
      panel: NO_DAY,
      report: NO_DAY,
      response: NO_DAY,
      responseWithdrawn: false,
      extension: NO_DAY,
      extensionWorkingDays: NO_DAY,
    });
  }
  return {
    received: NO_DAY,
    grounds: NO_DAY,
    withdrawn: NO_DAY,
    ombudsmanReferred: NO_DAY,
    ombudsmanDecided: NO_DAY,
    stages: list,
  };
}

/** Output slots for the timings of every stage of a procedure. @internal */
export function emptyStageTimings(settings: AssessmentSettings): StageTiming[] {
  return settings.procedure.stages.map((stage) => ({
    status: 'not-started' as StageStatus,
    taken: -1,
    steps: stage.deadlines.map(() => ({ status: 'not-started' as StageStatus, taken: -1 })),
  }));
}

/** The engine's batch fast path; see the module comment. @internal */
export interface FastTimer {
  /**
   * Fills `out` with the timings the engine would give, or returns `false`
   * (leaving `out` in an unspecified state) when the timeline needs the full
   * engine. Every day in `days` must be on or before `asOf`, or {@link NO_DAY}.
   */
  time(days: TimelineDays, out: StageTiming[]): boolean;
}

function present(day: number): boolean {
  return day !== NO_DAY;
}

/** A known day inside the range this path handles, and on or before asOf. */
function usable(day: number, asOfDay: number): boolean {
  return day >= RANGE_START && day <= asOfDay;
}

/** Steps and anchors as small integers, so the hot path compares numbers, not strings. */
const ACKNOWLEDGEMENT = 0;
const PANEL = 1;
const PANEL_REPORT = 2;
const RESPONSE = 3;
const FROM_STAGE_START = -1;
const FROM_CLOCK_START = -2;

const STEP_CODES: Readonly<Record<StageStep, number>> = { acknowledgement: ACKNOWLEDGEMENT, panel: PANEL, 'panel-report': PANEL_REPORT, response: RESPONSE };

/** One deadline of the procedure, compiled. */
interface StepPlan {
  readonly step: number;
  readonly from: number;
  readonly workingDays: number;
  /** The longest extension, or 0 when the step may not be extended. */
  readonly maxExtended: number;
}

/** One stage of the procedure, compiled. */
interface StagePlan {
  readonly onReceipt: boolean;
  readonly hasClockStartRule: boolean;
  readonly mayHaveStatement: boolean;
  readonly hasPanel: boolean;
  readonly hasPanelReport: boolean;
  readonly steps: readonly StepPlan[];
  readonly response: StepPlan;
}

function compile(definition: StageDefinition, index: number): StagePlan {
  const steps = definition.deadlines.map(
    (rule: DeadlineRule): StepPlan => ({
      step: STEP_CODES[rule.step],
      from: rule.from === 'stage-start' ? FROM_STAGE_START : rule.from === 'clock-start' ? FROM_CLOCK_START : STEP_CODES[rule.from],
      workingDays: rule.workingDays,
      maxExtended: rule.extension?.maxWorkingDays ?? 0,
    }),
  );
  return {
    onReceipt: definition.start.on === 'receipt',
    hasClockStartRule: definition.clockStart !== null,
    // The engine files a statement-agreed event under Stage 2.
    mayHaveStatement: index === 1,
    hasPanel: steps.some((step) => step.step === PANEL),
    hasPanelReport: steps.some((step) => step.step === PANEL_REPORT),
    steps,
    response: steps[steps.length - 1] as StepPlan,
  };
}

function slotOf(stage: StageDays, step: number): number {
  switch (step) {
    case ACKNOWLEDGEMENT:
      return stage.acknowledged;
    case PANEL:
      return stage.panel;
    case PANEL_REPORT:
      return stage.report;
    default:
      return stage.response;
  }
}

/**
 * Builds the fast path for one set of settings (calendar, procedure,
 * conventions, asOf). Returns `null` when no timeline can take it: a strict
 * calendar (every date must be checked against its official data), or an
 * `asOf` too near the end of the supported range.
 *
 * @internal
 */
export function createFastTimer(settings: AssessmentSettings): FastTimer | null {
  const { calendar, procedure, conventions, asOfDay } = settings;
  if (calendar.strict || asOfDay > LAST_SAFE_DAY) return null;
  const plans: readonly StagePlan[] = procedure.stages.map(compile);
  const stageCount = plans.length;
  const clock = new StageClock(calendar, []);
  const nextWorkingDay = conventions.receipt === 'next-working-day';
  const fromStatement = conventions.stage2ClockStartsOn === 'statement-agreed';

  /** An absent day, or one inside the stage: from its start to the close, on or before asOf. */
  function inStage(day: number, start: number, closed: number): boolean {
    return !present(day) || (day <= asOfDay && day >= start && day <= closed);
  }

  /** The structural checks of the engine's collect step, for a timeline without holds. */
  function valid(days: TimelineDays): boolean {
    const received = days.received;
    if (!usable(received, asOfDay)) return false;
    if (present(days.grounds) && !(days.grounds >= RANGE_START && days.grounds <= received)) return false;
    const withdrawal = days.withdrawn;
    if (present(withdrawal) && (!usable(withdrawal, asOfDay) || withdrawal < received)) return false;
    // The first day after which no stage business may happen.
    let closed = present(withdrawal) ? withdrawal : NEVER;
    for (let i = 0; i < stageCount; i += 1) {
      const s = days.stages[i] as StageDays;
      if (s.responseWithdrawn && s.response < closed) closed = s.response;
    }
    // A withdrawal after a response that already withdrew the complaint.
    if (withdrawal > closed) return false;
    let previousResponse = NO_DAY;
    for (let i = 0; i < stageCount; i += 1) {
      const plan = plans[i] as StagePlan;
      const s = days.stages[i] as StageDays;
      let start: number;
      if (plan.onReceipt) {
        if (present(s.request)) return false;
        start = received;
      } else {
        start = s.request;
        if (!present(start)) {
          // A stage never asked for may hold no facts at all.
          if (present(s.acknowledged) || present(s.statement) || present(s.panel) || present(s.report) || present(s.response) || present(s.extension)) return false;
          previousResponse = NO_DAY;
          continue;
        }
        if (!usable(start, asOfDay) || !present(previousResponse) || start < previousResponse) return false;
      }
      const response = s.response;
      if (start > closed) return false;
      if (
        !inStage(s.acknowledged, start, closed) ||
        !inStage(s.statement, start, closed) ||
        !inStage(s.panel, start, closed) ||
        !inStage(s.report, start, closed) ||
        !inStage(s.extension, start, closed) ||
        !inStage(response, start, closed)
      ) {
        return false;
      }
      // Nothing of a stage after its response (absent days are below every real day).
      if (present(response) && (s.acknowledged > response || s.statement > response || s.panel > response || s.report > response || s.extension > response)) return false;
      if ((present(s.statement) && !plan.mayHaveStatement) || (present(s.panel) && !plan.hasPanel) || (present(s.report) && !plan.hasPanelReport)) return false;
      // A step counted from another needs that step, on or before it.
      const steps = plan.steps;
      for (let k = 0; k < steps.length; k += 1) {
        const step = steps[k] as StepPlan;
        if (step.from < 0) continue;
        const done = slotOf(s, step.step);
        if (!present(done)) continue;
        const anchor = slotOf(s, step.from);
        if (!present(anchor) || anchor > done) return false;
      }
      if (present(s.extension)) {
        const rule = plan.response;
        if (rule.maxExtended === 0) return false;
        const asked = present(s.extensionWorkingDays) ? s.extensionWorkingDays : rule.maxExtended;
        if (!Number.isInteger(asked) || asked <= 0 || asked <= rule.workingDays) return false;
      } else if (present(s.extensionWorkingDays)) {
        return false;
      }
      // A request after a withdrawn response is refused by the engine; one on the same day is left to it.
      previousResponse = present(response) && !s.responseWithdrawn ? response : NO_DAY;
    }
    const referred = days.ombudsmanReferred;
    const decided = days.ombudsmanDecided;
    if (present(decided) && !present(referred)) return false;
    if (present(referred)) {
      if (!usable(referred, asOfDay) || referred < received) return false;
      if (present(decided) && (!usable(decided, asOfDay) || decided < referred)) return false;
    }
    return true;
  }

  /** A step's status, as the engine's `stepStatus` gives it, for a stage that has started. */
  function stepStatus(taken: number, step: StepPlan, extendedTo: number, withdrawn: boolean, anchor: number, due: number): StageStatus {
    if (taken >= 0) {
      if (taken <= step.workingDays) return 'met';
      if (present(extendedTo) && taken <= extendedTo) return 'met-within-extension';
      return 'late';
    }
    if (withdrawn) return 'withdrawn';
    if (!present(anchor)) return step.from === FROM_CLOCK_START ? 'open' : 'not-started';
    return asOfDay > due ? 'overdue' : 'open';
  }

  return {
    time(days: TimelineDays, out: StageTiming[]): boolean {
      if (!valid(days)) return false;
      for (let i = 0; i < stageCount; i += 1) {
        const plan = plans[i] as StagePlan;
        const s = days.stages[i] as StageDays;
        const timing = out[i] as StageTiming;
        const steps = plan.steps;
        const startDay = plan.onReceipt ? days.received : s.request;
        if (!present(startDay)) {
          // What the engine gives a stage never asked for.
          for (let k = 0; k < steps.length; k += 1) {
            const step = timing.steps[k] as StepTiming;
            step.status = 'not-started';
            step.taken = -1;
          }
          timing.status = 'not-started';
          timing.taken = -1;
          continue;
        }
        const deemedStart = nextWorkingDay ? clock.onOrAfter(startDay) : startDay;
        let clockStart = deemedStart;
        if (plan.hasClockStartRule && fromStatement) {
          clockStart = present(s.statement) ? s.statement : present(s.response) ? deemedStart : NO_DAY;
        }
        const response = s.response;
        const withdrawn = present(response) ? s.responseWithdrawn : present(days.withdrawn);
        let anyOverdue = false;
        let last = timing.steps[0] as StepTiming;
        for (let k = 0; k < steps.length; k += 1) {
          const rule = steps[k] as StepPlan;
          const step = timing.steps[k] as StepTiming;
          const anchor = rule.from === FROM_STAGE_START ? deemedStart : rule.from === FROM_CLOCK_START ? clockStart : slotOf(s, rule.from);
          const done = slotOf(s, rule.step);
          let extendedTo = NO_DAY;
          if (rule.step === RESPONSE && rule.maxExtended > 0 && present(s.extension)) {
            const asked = present(s.extensionWorkingDays) ? s.extensionWorkingDays : rule.maxExtended;
            extendedTo = asked < rule.maxExtended ? asked : rule.maxExtended;
          }
          const taken = present(done) && present(anchor) ? clock.between(anchor, clock.onOrAfter(done)) : -1;
          let due = NO_DAY;
          if (taken < 0 && !withdrawn && present(anchor)) due = clock.step(anchor, present(extendedTo) ? extendedTo : rule.workingDays);
          step.taken = taken;
          step.status = stepStatus(taken, rule, extendedTo, withdrawn, anchor, due);
          if (step.status === 'overdue') anyOverdue = true;
          last = step;
        }
        timing.taken = last.taken;
        timing.status = withdrawn ? 'withdrawn' : present(response) ? last.status : anyOverdue ? 'overdue' : 'open';
      }
      return true;
    },
  };
}
