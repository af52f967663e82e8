import type { PlainDate } from '../../calendar/plainDate';
import type {
  AssessmentWarning,
  ExtensionAssessment,
  HoldAssessment,
  StageAssessment,
  StageStatus,
  StepAssessment,
} from '../assessment';
import type { DeadlineRule, ProcedureRule } from '../definition';
import { StageClock } from './clock';
import { slotOfStep, type StageFacts, type TimelineFacts } from './collect';
import { spansOf, type HoldFacts } from './holds';
import type { AssessmentSettings } from './options';

/** What assessing a stage needs from the complaint. @internal */
export interface StageContext {
  readonly settings: AssessmentSettings;
  readonly facts: TimelineFacts;
  /** Formats a day number as a date, checking a strict calendar's coverage. */
  readonly format: (day: number) => PlainDate;
  /** Records that a rule was applied on a day, for the in-force check. */
  readonly applied: (rule: ProcedureRule, day: number) => void;
  /** The day the previous stage's request window closes, if any. */
  readonly previousWindowCloses: number | null;
}

/** A stage's assessment, with the day numbers the complaint level needs. @internal */
export interface StageResult {
  readonly assessment: StageAssessment;
  readonly windowClosesDay: number | null;
  readonly open: boolean;
}

interface StepInput {
  readonly rule: DeadlineRule;
  readonly anchor: number | null;
  readonly extendedTo: number | null;
}

function stepStatus(
  step: Omit<StepAssessment, 'status'>,
  input: StepInput,
  stage: { readonly started: boolean; readonly withdrawn: boolean; readonly onHold: boolean; readonly asOf: PlainDate },
): StageStatus {
  if (!stage.started) return 'not-started';
  if (step.workingDaysTaken !== null) {
    if (step.workingDaysTaken <= input.rule.workingDays) return 'met';
    if (input.extendedTo !== null && step.workingDaysTaken <= input.extendedTo) return 'met-within-extension';
    return 'late';
  }
  if (stage.withdrawn) return 'withdrawn';
  if (input.anchor === null) return input.rule.from === 'clock-start' ? (stage.onHold ? 'on-hold' : 'open') : 'not-started';
  const effective = step.extendedDueOn ?? step.dueOn;
  if (effective === null) return 'on-hold';
  if (stage.asOf > effective) return 'overdue';
  return stage.onHold ? 'on-hold' : 'open';
}

function extensionsOf(stage: StageFacts, rule: DeadlineRule, anchor: number | null, clock: StageClock, context: StageContext, warnings: AssessmentWarning[]) {
  const cap = rule.extension?.maxWorkingDays ?? rule.workingDays;
  let limit = rule.workingDays;
  const list: ExtensionAssessment[] = [];
  for (const entry of stage.extensions) {
    const asked = entry.event.workingDays ?? cap;
    const applied = Math.min(asked, cap);
    if (rule.extension !== null) context.applied(rule.extension, entry.day);
    const extended = anchor === null ? null : clock.due(anchor, limit);
    if (extended !== null && entry.day > extended) {
      warnings.push({
        code: 'extension-notified-late',
        message: `The Stage ${stage.stage} extension was notified on ${entry.event.date}, after the deadline it extends (${context.format(extended)}) had passed.`,
        stage: stage.stage,
        eventIndex: entry.index,
      });
    }
    if (asked > cap) {
      warnings.push({
        code: 'extension-beyond-cap',
        message: `The Stage ${stage.stage} extension to ${asked} working days is beyond the most the procedure allows (${cap}); ${cap} is applied.`,
        stage: stage.stage,
        eventIndex: entry.index,
      });
    }
    list.push({ notifiedOn: entry.event.date as PlainDate, requestedWorkingDays: asked, appliedWorkingDays: applied, reason: entry.event.reason ?? null, eventIndex: entry.index });
    limit = applied;
  }
  return { list, extendedTo: list.length === 0 ? null : limit };
}

/** The day the stage's clock starts, after the conventions. */
function clockStartOf(stage: StageFacts, deemedStart: number | null, context: StageContext, warnings: AssessmentWarning[]): number | null {
  const rule = stage.definition.clockStart;
  if (deemedStart === null || rule === null) return deemedStart;
  context.applied(rule, deemedStart);
  if (context.settings.conventions.stage2ClockStartsOn !== 'statement-agreed') return deemedStart;
  if (stage.statement !== null) return stage.statement.day;
  if (stage.response === null) return null;
  warnings.push({
    code: 'statement-not-recorded',
    message: `The Stage ${stage.stage} clock was to start at the agreed statement of complaint, but none is recorded; it is counted from the request.`,
    stage: stage.stage,
    eventIndex: stage.response.index,
  });
  return deemedStart;
}

function holdAssessments(holds: readonly HoldFacts[], anchor: number, upTo: number, clock: StageClock, context: StageContext): HoldAssessment[] {
  return holds.map((hold) => {
    context.applied(context.settings.procedure.hold as ProcedureRule, hold.entry.day);
    return {
      from: hold.entry.event.date as PlainDate,
      to: hold.endedOn as PlainDate | null,
      endedBy: hold.endedBy,
      workingDays: clock.between(Math.max(hold.entry.day, anchor), Math.min(hold.to, upTo)),
      reason: hold.entry.event.reason ?? null,
      eventIndex: hold.entry.index,
    };
  });
}

function stepWhileOnHold(stage: StageFacts, holds: readonly HoldFacts[], warnings: AssessmentWarning[]): void {
  for (const entry of [stage.acknowledged, stage.statement, stage.panel, stage.report]) {
    if (entry === null) continue;
    const hold = holds.find((h) => h.entry.day < entry.day && entry.day <= h.to);
    if (hold === undefined) continue;
    warnings.push({
      code: 'step-while-on-hold',
      message: `The ${entry.event.type} event of ${entry.event.date} falls while Stage ${stage.stage} was on hold (from ${hold.entry.event.date}); it is counted as done on the next working day of the clock.`,
      stage: stage.stage,
      eventIndex: entry.index,
    });
  }
}

/**
 * Assesses one stage: its deadlines (pushed back by holds), extensions,
 * response, status, request window and warnings.
 *
 * @internal
 */
export function assessStage(stage: StageFacts, holds: readonly HoldFacts[], context: StageContext): StageResult {
  const { settings, facts, format } = context;
  const warnings: AssessmentWarning[] = [];
  const clock = new StageClock(settings.calendar, spansOf(holds));
  const started = stage.startDay !== null;
  const deemedStart = stage.startDay === null ? null : settings.conventions.receipt === 'next-working-day' ? clock.onOrAfter(stage.startDay) : stage.startDay;
  if (stage.startDay !== null) context.applied(stage.definition.start, stage.startDay);
  const clockStart = clockStartOf(stage, deemedStart, context, warnings);
  const response = stage.response;
  const withdrawnDay =
    response?.event.outcome === 'withdrawn'
      ? response.day
      : response === null && started && facts.withdrawal !== null
        ? facts.withdrawal.day
        : null;
  const onHold = holds.some((hold) => hold.to === Infinity);
  const asOf = format(settings.asOfDay);
  const flags = { started, withdrawn: withdrawnDay !== null, onHold, asOf };
  let extensions: ExtensionAssessment[] = [];

  const steps = stage.definition.deadlines.map((rule): StepAssessment => {
    const anchor =
      rule.from === 'stage-start' ? deemedStart : rule.from === 'clock-start' ? clockStart : (slotOfStep(stage, rule.from)?.day ?? null);
    if (anchor !== null) context.applied(rule, anchor);
    const done = slotOfStep(stage, rule.step);
    const found = rule.step === 'response' ? extensionsOf(stage, rule, anchor, clock, context, warnings) : { list: [], extendedTo: null };
    if (rule.step === 'response') extensions = found.list;
    const dueAfter = (amount: number | null): PlainDate | null => {
      if (anchor === null || amount === null) return null;
      const day = clock.due(anchor, amount);
      return day === null ? null : format(day);
    };
    const step = {
      step: rule.step,
      rule: rule.id,
      workingDays: rule.workingDays,
      soft: rule.soft,
      countsFrom: anchor === null ? null : format(anchor),
      dueOn: dueAfter(rule.workingDays),
      extendedDueOn: dueAfter(found.extendedTo),
      latestPossibleDueOn: dueAfter(rule.extension?.maxWorkingDays ?? rule.workingDays),
      doneOn: done === null ? null : (done.event.date as PlainDate),
      workingDaysTaken: done === null || anchor === null ? null : clock.taken(anchor, done.day),
    };
    const status = stepStatus(step, { rule, anchor, extendedTo: found.extendedTo }, flags);
    if (rule.soft && status === 'late') {
      warnings.push({
        code: 'soft-deadline-missed',
        message: `The ${rule.step} of Stage ${stage.stage} came after ${rule.workingDays} working days; the law allows "as soon as reasonably practicable", so this is a breach only if it could reasonably have come sooner.`,
        stage: stage.stage,
        ...(done === null ? {} : { eventIndex: done.index }),
      });
    }
    return { ...step, status };
  });
  stepWhileOnHold(stage, holds, warnings);

  const last = steps[steps.length - 1] as StepAssessment;
  const window = stage.definition.requestWindow;
  let windowClosesDay: number | null = null;
  if (response !== null && window !== null && response.event.outcome !== 'withdrawn') {
    context.applied(window, response.day);
    windowClosesDay = clock.step(clock.onOrAfter(response.day), window.workingDays);
  }
  if (stage.request !== null && context.previousWindowCloses !== null && stage.request.day > context.previousWindowCloses) {
    warnings.push({
      code: 'stage-request-out-of-time',
      message: `Stage ${stage.stage} was asked for on ${stage.request.event.date}, after the window closed on ${format(context.previousWindowCloses)}; whether to accept a late request is the council's discretion.`,
      stage: stage.stage,
      eventIndex: stage.request.index,
    });
  }
  const holdAnchor = clockStart ?? deemedStart ?? settings.asOfDay;
  const holdUpTo = response === null ? settings.asOfDay : clock.onOrAfter(response.day);
  const holdList = holdAssessments(holds, holdAnchor, holdUpTo, clock, context);
  const open = started && response === null && withdrawnDay === null;
  const status: StageStatus = !started
    ? 'not-started'
    : response !== null
      ? withdrawnDay !== null
        ? 'withdrawn'
        : last.status
      : withdrawnDay !== null
        ? 'withdrawn'
        : steps.some((s) => s.status === 'overdue')
          ? 'overdue'
          : onHold
            ? 'on-hold'
            : 'open';

  const assessment: StageAssessment = {
    stage: stage.stage,
    name: stage.definition.name,
    startedOn: stage.startDay === null ? null : format(stage.startDay),
    clockStartsOn: clockStart === null ? null : format(clockStart),
    acknowledgedOn: (stage.acknowledged?.event.date ?? null) as PlainDate | null,
    statementAgreedOn: (stage.statement?.event.date ?? null) as PlainDate | null,
    dueOn: last.dueOn,
    extendedDueOn: last.extendedDueOn,
    latestPossibleDueOn: last.latestPossibleDueOn,
    respondedOn: last.doneOn,
    outcome: response?.event.outcome ?? null,
    workingDaysTaken: last.workingDaysTaken,
    workingDaysOnHold: holdList.reduce((sum, hold) => sum + hold.workingDays, 0),
    status,
    withdrawnOn: withdrawnDay === null ? null : format(withdrawnDay),
    requestWindowClosesOn: windowClosesDay === null ? null : format(windowClosesDay),
    extensions,
    holds: holdList,
    steps,
    warnings,
  };
  return { assessment, windowClosesDay, open };
}
