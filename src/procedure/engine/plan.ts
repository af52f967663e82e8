/**
 * The compiled plan: a procedure definition, the conventions and a calendar
 * read once into small integers and day-number arithmetic, so that assessing
 * a complaint compares numbers. Every caller (assessComplaint,
 * upcomingDeadlines, the report, the record readers' check, the CLI's `due`)
 * runs a plan, and plans are cached per set of options.
 *
 * @internal
 * @module
 */
import { stepWorkingDays } from '../../calendar/addWorkingDays';
import type { CalendarImpl } from '../../calendar/calendar';
import { dayNumberOfIso, formatInRange, RANGE_START } from '../../internal/days';
import { fail } from '../../rules';
import type { AppliedConventions, StageAssessment, StepAssessment } from '../assessment';
import type { ConventionRule, DeadlineRule, ProcedureDefinition, ProcedureRule, RequestWindowRule, StageDefinition, StageStep } from '../definition';

/** The day number of a fact that is absent. */
export const NO_DAY = -1;
/** "Never": the end of a deferral that is still running. */
export const NEVER = 1e9;

/** Step codes: the steps as small integers. */
export const ACKNOWLEDGEMENT = 0;
export const PANEL = 1;
export const PANEL_REPORT = 2;
export const RESPONSE = 3;
/** Anchors that are not a step. */
export const FROM_STAGE_START = -1;
export const FROM_CLOCK_START = -2;

const STEP_CODES: Readonly<Record<StageStep, number>> = { acknowledgement: ACKNOWLEDGEMENT, panel: PANEL, 'panel-report': PANEL_REPORT, response: RESPONSE };
/** The event type that meets each step, by step code. */
export const STEP_EVENT_TYPES = ['acknowledged', 'panel-held', 'panel-report-received', 'response'] as const;

/** One deadline, compiled. */
export interface StepPlan {
  readonly rule: DeadlineRule;
  readonly code: number;
  /** {@link FROM_STAGE_START}, {@link FROM_CLOCK_START}, or the step code it counts from. */
  readonly from: number;
  readonly workingDays: number;
  /** The longest total an extension may set; `workingDays` when it may not be extended. */
  readonly cap: number;
  readonly extendable: boolean;
}

/** One stage, compiled. */
export interface StagePlan {
  readonly definition: StageDefinition;
  readonly stage: 1 | 2 | 3;
  readonly onReceipt: boolean;
  readonly clockStart: ConventionRule<'stage2ClockStartsOn'> | null;
  readonly steps: readonly StepPlan[];
  readonly response: StepPlan;
  /** The step's index in `steps`, by step code; -1 where the stage has no such step. */
  readonly stepIndex: readonly number[];
  readonly window: RequestWindowRule | null;
  /** The stage's assessment while it has not started: the same frozen object every time. */
  readonly notStarted: StageAssessment;
}

/** A procedure read for one calendar and one choice of conventions. */
export interface Plan {
  readonly procedure: ProcedureDefinition;
  readonly calendar: Readonly<CalendarImpl>;
  readonly conventions: AppliedConventions;
  readonly stages: readonly StagePlan[];
  readonly nextWorkingDayReceipt: boolean;
  readonly fromStatement: boolean;
  /** The stage index that has each step, by step code (for panel events, which name no stage); -1 for none. */
  readonly stageWithStep: readonly number[];
  /** The last day any rule comes into force, and whether any rule has an end: when every day is on or after the first and none has an end, no rule can be out of force. */
  readonly allInForceFrom: number;
  readonly anyInForceTo: boolean;
  /** Whether the calendar differs from the procedure's working days (another region, or closure or working days when they are not excluded). */
  readonly regionDiffers: boolean;
  readonly closureDays: readonly number[];
  readonly workingDayChanges: readonly number[];
  readonly officialFrom: number;
  readonly officialThrough: number;
  /** Working days `d` with `from < d <= to` (0 when `to <= from`). */
  between(from: number, to: number): number;
  /** The `amount`-th working day after `day`. */
  step(day: number, amount: number): number;
  /** The day itself if it is a working day, else the next working day. */
  onOrAfter(day: number): number;
  /** A day number as `YYYY-MM-DD`, checked against a strict calendar's official data. */
  date(day: number): string;
}

function compileStage(definition: StageDefinition): StagePlan {
  const steps = definition.deadlines.map(
    (rule): StepPlan => ({
      rule,
      code: STEP_CODES[rule.step],
      from: rule.from === 'stage-start' ? FROM_STAGE_START : rule.from === 'clock-start' ? FROM_CLOCK_START : STEP_CODES[rule.from],
      workingDays: rule.workingDays,
      cap: rule.extension?.maxWorkingDays ?? rule.workingDays,
      extendable: rule.extension !== null,
    }),
  );
  const stepIndex = [-1, -1, -1, -1];
  steps.forEach((step, index) => {
    stepIndex[step.code] = index;
  });
  const notStartedSteps = steps.map((step) =>
    Object.freeze<StepAssessment>({
      step: step.rule.step,
      rule: step.rule.id,
      workingDays: step.workingDays,
      soft: step.rule.soft,
      countsFrom: null,
      dueOn: null,
      extendedDueOn: null,
      latestPossibleDueOn: null,
      doneOn: null,
      workingDaysTaken: null,
      status: 'not-started',
    }),
  );
  const none = Object.freeze([]);
  const notStarted: StageAssessment = Object.freeze({
    stage: definition.stage,
    name: definition.name,
    startedOn: null,
    clockStartsOn: null,
    acknowledgedOn: null,
    statementAgreedOn: null,
    dueOn: null,
    extendedDueOn: null,
    latestPossibleDueOn: null,
    respondedOn: null,
    outcome: null,
    workingDaysTaken: null,
    workingDaysDeferred: 0,
    status: 'not-started',
    withdrawnOn: null,
    requestWindowClosesOn: null,
    extensions: none,
    deferrals: none,
    steps: Object.freeze(notStartedSteps),
    warnings: none,
  });
  return {
    definition,
    stage: definition.stage,
    onReceipt: definition.start.on === 'receipt',
    clockStart: definition.clockStart,
    steps,
    response: steps[steps.length - 1] as StepPlan,
    stepIndex,
    window: definition.requestWindow,
    notStarted,
  };
}

function rulesOf(procedure: ProcedureDefinition): ProcedureRule[] {
  const rules: ProcedureRule[] = [procedure.workingDays, procedure.receipt];
  if (procedure.timeLimit !== null) rules.push(procedure.timeLimit);
  if (procedure.deferral !== null) rules.push(procedure.deferral);
  for (const stage of procedure.stages) {
    rules.push(stage.start);
    if (stage.clockStart !== null) rules.push(stage.clockStart);
    if (stage.requestWindow !== null) rules.push(stage.requestWindow);
    for (const deadline of stage.deadlines) {
      rules.push(deadline);
      if (deadline.extension !== null) rules.push(deadline.extension);
    }
  }
  return rules;
}

function compile(procedure: ProcedureDefinition, calendar: Readonly<CalendarImpl>, conventions: AppliedConventions): Plan {
  const stages = procedure.stages.map(compileStage);
  const stageWithStep = [0, 1, 2, 3].map((code) => stages.findIndex((stage) => stage.stepIndex[code] !== -1));
  const rules = rulesOf(procedure);
  const tables = calendar.tables();
  const { cumulative, closed } = tables;
  const rule = procedure.workingDays;
  const between = (from: number, to: number): number =>
    to <= from ? 0 : (cumulative[to - RANGE_START + 1] as number) - (cumulative[from - RANGE_START + 1] as number);
  const step = (day: number, amount: number): number => stepWorkingDays(calendar, day, amount, 'timeline', formatInRange(day));
  const strict = calendar.strict;
  return {
    procedure,
    calendar,
    conventions: Object.freeze({ ...conventions }),
    stages,
    nextWorkingDayReceipt: conventions.receipt === 'next-working-day',
    fromStatement: conventions.stage2ClockStartsOn === 'statement-agreed',
    stageWithStep,
    allInForceFrom: Math.max(...rules.map((r) => dayNumberOfIso(r.inForceFrom))),
    anyInForceTo: rules.some((r) => r.inForceTo !== undefined),
    regionDiffers: calendar.region !== rule.region,
    closureDays: rule.closureDays === 'not-excluded' ? calendar.extraClosedDays.map((holiday) => dayNumberOfIso(holiday.date)) : [],
    workingDayChanges: rule.closureDays === 'not-excluded' ? calendar.extraWorkingDays.map((day) => dayNumberOfIso(day)) : [],
    officialFrom: calendar.officialFrom,
    officialThrough: calendar.officialThrough,
    between,
    step,
    onOrAfter: (day) => (closed[day - RANGE_START] === 0 ? day : step(day, 1)),
    date: (day) => {
      const text = formatInRange(day);
      if (strict && !(day >= calendar.officialFrom && day <= calendar.officialThrough)) {
        throw fail(
          'outside-official-data',
          { subject: `The answer ${text}`, region: calendar.region, officialFrom: calendar.officialDataFrom, officialThrough: calendar.officialDataThrough },
          { field: 'timeline' },
        );
      }
      return text;
    },
  };
}

const cache = /* @__PURE__ */ new WeakMap<ProcedureDefinition, WeakMap<object, Map<string, Plan>>>();

/**
 * The plan for a procedure, a calendar and conventions, compiled on first
 * use and then shared.
 *
 * @internal
 */
export function planFor(procedure: ProcedureDefinition, calendar: Readonly<CalendarImpl>, conventions: AppliedConventions): Plan {
  let byCalendar = cache.get(procedure);
  if (byCalendar === undefined) cache.set(procedure, (byCalendar = new WeakMap()));
  let byConventions = byCalendar.get(calendar);
  if (byConventions === undefined) byCalendar.set(calendar, (byConventions = new Map()));
  const key = `${conventions.receipt} ${conventions.stage2ClockStartsOn}`;
  let plan = byConventions.get(key);
  if (plan === undefined) byConventions.set(key, (plan = compile(procedure, calendar, conventions)));
  return plan;
}

/** One step of a stage projected from its start, as the CLI's `due` shows it. */
export interface ProjectedStep {
  readonly plan: StepPlan;
  /** The day it counts from: the stage's (deemed) start, or the deadline of the step it follows. */
  readonly from: number;
  readonly due: number;
  /** The deadline under the longest extension, or {@link NO_DAY} when it may not be extended. */
  readonly latest: number;
}

/**
 * A stage's deadlines from the day it starts, with no events yet: each step
 * counted from the stage's start (after the receipt convention), or from the
 * deadline of the step it follows (the latest possible one with `extended`),
 * so a panel's report is due 5 working days after the day the panel must
 * meet by.
 */
export function projectStage(plan: Plan, index: number, startDay: number, extended: boolean): { readonly deemed: number; readonly steps: readonly ProjectedStep[] } {
  const stage = plan.stages[index] as StagePlan;
  const deemed = plan.nextWorkingDayReceipt ? plan.onOrAfter(startDay) : startDay;
  const byCode = new Map<number, ProjectedStep>();
  const steps = stage.steps.map((step) => {
    const previous = step.from >= 0 ? byCode.get(step.from) : undefined;
    const from = previous === undefined ? deemed : extended && previous.latest !== NO_DAY ? previous.latest : previous.due;
    const projected: ProjectedStep = { plan: step, from, due: plan.step(from, step.workingDays), latest: step.extendable ? plan.step(from, step.cap) : NO_DAY };
    byCode.set(step.code, projected);
    return projected;
  });
  return { deemed, steps };
}
