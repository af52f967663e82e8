/**
 * The public result of an assessment, built from the engine's figures and
 * frozen as it is built. A stage that has not started is the plan's shared
 * frozen template.
 *
 * @internal
 * @module
 */
import type { PlainDate } from '../../calendar/plainDate';
import type {
  ComplaintAssessment,
  DeferralAssessment,
  ExtensionAssessment,
  NextDeadline,
  OmbudsmanReferralAssessment,
  StageAssessment,
  StepAssessment,
} from '../assessment';
import type { StageOutcome } from '../../taxonomy/outcomes';
import type { OmbudsmanDecision } from '../../taxonomy/ombudsman';
import type { Checked, Deferral, StageSlots } from './check';
import type { StageResult, StepResult, Evaluation } from './evaluate';
import type { ComplaintInput } from './input';
import { NO_DAY, type Plan, type StagePlan, type StepPlan } from './plan';

const NONE: readonly never[] = Object.freeze([]);

/** A day as a date, or `null` for none. */
function dateOrNull(plan: Plan, day: number): PlainDate | null {
  return day === NO_DAY ? null : (plan.date(day) as PlainDate);
}

function stepOf(plan: Plan, step: StepPlan, figures: StepResult): StepAssessment {
  return Object.freeze({
    step: step.rule.step,
    rule: step.rule.id,
    workingDays: step.workingDays,
    soft: step.rule.soft,
    countsFrom: dateOrNull(plan, figures.anchor),
    dueOn: dateOrNull(plan, figures.due),
    extendedDueOn: dateOrNull(plan, figures.extendedDue),
    latestPossibleDueOn: dateOrNull(plan, figures.latest),
    doneOn: dateOrNull(plan, figures.done),
    workingDaysTaken: figures.taken < 0 ? null : figures.taken,
    status: figures.status,
  });
}

function stageOf(plan: Plan, stagePlan: StagePlan, slots: StageSlots, result: StageResult, checked: Checked): StageAssessment {
  if (!result.started) return stagePlan.notStarted;
  const date = (day: number): PlainDate | null => (day === NO_DAY ? null : (plan.date(day) as PlainDate));
  const steps = stagePlan.steps.map((step, k) => stepOf(plan, step, result.steps[k] as StepResult));
  const last = steps[steps.length - 1] as StepAssessment;
  const extensions: ExtensionAssessment[] = [];
  for (let i = 0; i < result.extensionCount; i += 1) {
    const item = result.extensions[i];
    if (item === undefined) continue;
    extensions.push(
      Object.freeze({
        notifiedOn: plan.date(item.entry.day) as PlainDate,
        requestedWorkingDays: item.asked,
        appliedWorkingDays: item.applied,
        reason: item.entry.reason,
        eventIndex: item.entry.ref,
      }),
    );
  }
  const deferrals: DeferralAssessment[] = [];
  for (let i = 0; i < result.deferralCount; i += 1) {
    const deferral = checked.deferrals[result.deferrals[i] as number] as Deferral;
    deferrals.push(
      Object.freeze({
        from: plan.date(deferral.entry.day) as PlainDate,
        to: deferral.endedOn === NO_DAY ? null : (plan.date(deferral.endedOn) as PlainDate),
        endedBy: deferral.endedBy,
        workingDays: result.deferredDays[i] as number,
        reason: deferral.entry.reason,
        eventIndex: deferral.entry.ref,
      }),
    );
  }
  return Object.freeze({
    stage: stagePlan.stage,
    name: stagePlan.definition.name,
    startedOn: date(slots.start),
    clockStartsOn: date(result.clockStart),
    acknowledgedOn: slots.acknowledged === null ? null : (plan.date(slots.acknowledged.day) as PlainDate),
    statementAgreedOn: slots.statement === null ? null : (plan.date(slots.statement.day) as PlainDate),
    dueOn: last.dueOn,
    extendedDueOn: last.extendedDueOn,
    latestPossibleDueOn: last.latestPossibleDueOn,
    respondedOn: last.doneOn,
    outcome: (slots.response?.outcome ?? null) as StageOutcome | null,
    workingDaysTaken: last.workingDaysTaken,
    workingDaysDeferred: result.deferredTotal,
    status: result.status,
    withdrawnOn: date(result.withdrawnDay),
    requestWindowClosesOn: date(result.windowCloses),
    extensions: extensions.length === 0 ? NONE : Object.freeze(extensions),
    deferrals: deferrals.length === 0 ? NONE : Object.freeze(deferrals),
    steps: Object.freeze(steps),
    warnings: result.warnings.length === 0 ? NONE : Object.freeze([...result.warnings]),
  });
}

/** The assessment of a complaint the plan has checked and evaluated. */
export function formatAssessment(plan: Plan, input: ComplaintInput, checked: Checked, out: Evaluation, asOfDay: number): ComplaintAssessment {
  const stages = plan.stages.map((stagePlan, i) => stageOf(plan, stagePlan, checked.stages[i] as StageSlots, out.stages[i] as StageResult, checked));
  let nextDeadline: NextDeadline | null = null;
  if (out.nextStage >= 0) {
    const step = (stages[out.nextStage] as StageAssessment).steps[out.nextStep] as StepAssessment;
    nextDeadline = Object.freeze({
      stage: (out.nextStage + 1) as 1 | 2 | 3,
      step: step.step,
      dueOn: (step.extendedDueOn ?? step.dueOn) as PlainDate,
      soft: step.soft,
      overdue: step.status === 'overdue',
    });
  }
  const referrals: OmbudsmanReferralAssessment[] = [];
  for (let i = 0; i < checked.referralCount; i += 1) {
    const referral = checked.referrals[i];
    if (referral === undefined) continue;
    const decided = referral.decided;
    referrals.push(
      Object.freeze({
        referredOn: plan.date(referral.referred.day) as PlainDate,
        decidedOn: decided === null ? null : (plan.date(decided.day) as PlainDate),
        decision: (decided?.decision ?? null) as OmbudsmanDecision | null,
        label: decided?.label ?? null,
      }),
    );
  }
  let warnings: ComplaintAssessment['warnings'][number][] = NONE as never[];
  if (out.leadWarnings.length + out.tailWarnings.length > 0 || stages.some((stage) => stage.warnings.length > 0)) {
    warnings = [...out.leadWarnings];
    for (const stage of stages) warnings.push(...stage.warnings);
    warnings.push(...out.tailWarnings);
  }
  return Object.freeze({
    id: input.id,
    procedure: plan.procedure.id,
    asOf: plan.date(asOfDay) as PlainDate,
    conventions: plan.conventions,
    receivedOn: plan.date(input.received) as PlainDate,
    status: out.status,
    currentStage: out.currentStage,
    stages: Object.freeze(stages),
    nextDeadline,
    timeLimit:
      out.timeLimitExpires === NO_DAY
        ? null
        : Object.freeze({ groundsAroseOn: plan.date(input.grounds) as PlainDate, expiresOn: plan.date(out.timeLimitExpires) as PlainDate, withinTimeLimit: out.withinTimeLimit }),
    withdrawnOn: checked.closed === NO_DAY ? null : (plan.date(checked.closed) as PlainDate),
    ombudsman: referrals.length === 0 ? NONE : Object.freeze(referrals),
    warnings: warnings.length === 0 ? NONE : Object.freeze(warnings),
  });
}
