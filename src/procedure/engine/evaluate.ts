/**
 * Running the plan: a checked complaint's deadlines, working days taken,
 * statuses and request windows, as day numbers in a result reused from one
 * complaint to the next. The report reads the result directly;
 * {@link formatAssessment} turns it into a {@link ComplaintAssessment}.
 *
 * How it counts (see docs/procedure.md):
 * - "within N working days of X" is the N-th working day after X; X itself is never counted;
 * - working days taken count the working days after the clock start up to
 *   and including the response (a response on a non-working day counts as
 *   given on the next working day), less days deferred; so "met" holds
 *   exactly when the days taken are at most the limit;
 * - a deferral takes the working days after it begins, up to and including
 *   its end, off the clock of its stage: every deadline of the stage falling
 *   after the deferral began moves back by exactly that many working days,
 *   and while it lasts those deadlines are unknown.
 *
 * @internal
 * @module
 */
import { civilFromDays, daysFromCivil, daysInMonth, formatInRange, weekdayOf } from '../../internal/days';
import type { AssessmentWarning, ComplaintStatus, StageStatus } from '../assessment';
import type { ProcedureRule } from '../definition';
import type { Checked, Deferral, StageSlots } from './check';
import { slotOf } from './check';
import type { ComplaintInput, Entry } from './input';
import { FROM_CLOCK_START, FROM_STAGE_START, NEVER, NO_DAY, type Plan, type StagePlan, type StepPlan } from './plan';

/** One step's figures. */
export interface StepResult {
  anchor: number;
  due: number;
  extendedDue: number;
  latest: number;
  done: number;
  doneEntry: Entry | null;
  /** Working days taken, or -1 when not done. */
  taken: number;
  status: StageStatus;
}

/** One extension, as applied. */
export interface ExtensionResult {
  entry: Entry;
  asked: number;
  applied: number;
}

/** One stage's figures. */
export interface StageResult {
  started: boolean;
  deemedStart: number;
  clockStart: number;
  withdrawnDay: number;
  windowCloses: number;
  /** Under way: started, not answered, not withdrawn. */
  open: boolean;
  status: StageStatus;
  /** The response's working days taken, or -1. */
  taken: number;
  readonly steps: StepResult[];
  readonly extensions: ExtensionResult[];
  extensionCount: number;
  /** The deferrals of this stage (indexes into `checked.deferrals`) and the working days each took off the clock. */
  readonly deferrals: number[];
  readonly deferredDays: number[];
  deferralCount: number;
  deferredTotal: number;
  readonly warnings: AssessmentWarning[];
}

/** A whole complaint's figures. */
export class Evaluation {
  readonly stages: StageResult[] = [];
  status: ComplaintStatus = 'open';
  currentStage: 1 | 2 | 3 = 1;
  /** The stage and step of the next deadline, or -1. */
  nextStage = -1;
  nextStep = -1;
  timeLimitExpires = NO_DAY;
  withinTimeLimit = true;
  /** The complaint's own warnings (time limit), then the Ombudsman's, then the calendar's and the rules'. */
  readonly leadWarnings: AssessmentWarning[] = [];
  readonly tailWarnings: AssessmentWarning[] = [];
  /** The latest and earliest days the assessment states, for the calendar's warnings and a strict calendar's check. */
  maxDay = NO_DAY;
  minDay = NO_DAY;
  readonly appliedRules: ProcedureRule[] = [];
  readonly appliedDays: number[] = [];
}

function newStep(): StepResult {
  return { anchor: NO_DAY, due: NO_DAY, extendedDue: NO_DAY, latest: NO_DAY, done: NO_DAY, doneEntry: null, taken: -1, status: 'not-started' };
}

function stageResult(plan: StagePlan): StageResult {
  return {
    started: false,
    deemedStart: NO_DAY,
    clockStart: NO_DAY,
    withdrawnDay: NO_DAY,
    windowCloses: NO_DAY,
    open: false,
    status: 'not-started',
    taken: -1,
    steps: plan.steps.map(newStep),
    extensions: [],
    extensionCount: 0,
    deferrals: [],
    deferredDays: [],
    deferralCount: 0,
    deferredTotal: 0,
    warnings: [],
  };
}

/** The same calendar day `years` later; 29 February becomes 28 February in a year without it. */
function addYears(dayNumber: number, years: number): number {
  const [year, month, day] = civilFromDays(dayNumber);
  const target = year + years;
  return daysFromCivil(target, month, Math.min(day, daysInMonth(target, month)));
}

/** Working-day arithmetic for one stage with its deferrals. */
class StageClock {
  plan!: Plan;
  checked!: Checked;
  stage = 0;

  /** The deadline `amount` working days of clock after `anchor`, or {@link NO_DAY} while a deferral that pushes it lasts. */
  due(anchor: number, amount: number): number {
    const { plan } = this;
    let day = plan.step(anchor, amount);
    const { deferrals, deferralCount } = this.checked;
    for (let i = 0; i < deferralCount; i += 1) {
      const deferral = deferrals[i] as Deferral;
      if (deferral.stage !== this.stage || deferral.to <= anchor) continue;
      const from = Math.max(deferral.entry.day, anchor);
      if (from >= day) break;
      if (deferral.to === NEVER) return NO_DAY;
      day = plan.step(day, plan.between(from, deferral.to));
    }
    return day;
  }

  /** Working days deferred after `anchor` up to and including `upTo`. */
  held(anchor: number, upTo: number): number {
    let total = 0;
    const { deferrals, deferralCount } = this.checked;
    for (let i = 0; i < deferralCount; i += 1) {
      const deferral = deferrals[i] as Deferral;
      if (deferral.stage === this.stage) total += this.plan.between(Math.max(deferral.entry.day, anchor), Math.min(deferral.to, upTo));
    }
    return total;
  }

  /** Working days of clock from `anchor` to a step done on `done`; a step done while deferred counts as done on the next day of clock. */
  taken(anchor: number, done: number): number {
    const day = this.plan.onOrAfter(done);
    let inDeferral = false;
    const { deferrals, deferralCount } = this.checked;
    for (let i = 0; i < deferralCount; i += 1) {
      const deferral = deferrals[i] as Deferral;
      if (deferral.stage === this.stage && Math.max(deferral.entry.day, anchor) < day && day <= deferral.to) inDeferral = true;
    }
    return this.plan.between(anchor, day) - this.held(anchor, day) + (inDeferral ? 1 : 0);
  }
}

const clock = /* @__PURE__ */ new StageClock();

function warn(list: AssessmentWarning[], code: AssessmentWarning['code'], message: string, stage: 1 | 2 | 3 | undefined, entry: Entry | null): void {
  const warning: { -readonly [K in keyof AssessmentWarning]: AssessmentWarning[K] } = { code, message };
  if (stage !== undefined) warning.stage = stage;
  if (entry !== null) warning.eventIndex = entry.ref;
  list.push(Object.freeze(warning));
}

/** Notes a day the assessment states. */
function see(out: Evaluation, day: number): void {
  if (day === NO_DAY) return;
  if (out.maxDay === NO_DAY || day > out.maxDay) out.maxDay = day;
  if (out.minDay === NO_DAY || day < out.minDay) out.minDay = day;
}

function stepStatus(taken: number, step: StepPlan, extendedTo: number, stage: StageResult, onHold: boolean, anchor: number, effective: number, asOfDay: number): StageStatus {
  if (!stage.started) return 'not-started';
  if (taken >= 0) {
    if (taken <= step.workingDays) return 'met';
    if (extendedTo !== NO_DAY && taken <= extendedTo) return 'met-within-extension';
    return 'late';
  }
  if (stage.withdrawnDay !== NO_DAY) return 'withdrawn';
  if (anchor === NO_DAY) return step.from === FROM_CLOCK_START ? (onHold ? 'deferred' : 'open') : 'not-started';
  if (effective === NO_DAY) return 'deferred';
  if (asOfDay > effective) return 'overdue';
  return onHold ? 'deferred' : 'open';
}

/** The extensions of a stage's response, with the warnings they draw. */
function extensionsOf(slots: StageSlots, step: StepPlan, anchor: number, result: StageResult, out: Evaluation, detail: boolean, stage: 1 | 2 | 3): number {
  let limit = step.workingDays;
  result.extensionCount = 0;
  for (let i = 0; i < slots.extensionCount; i += 1) {
    const entry = slots.extensions[i] as Entry;
    const asked = entry.workingDays === NO_DAY ? step.cap : entry.workingDays;
    const applied = Math.min(asked, step.cap);
    if (detail) {
      if (step.rule.extension !== null) apply(out, step.rule.extension, entry.day);
      const extended = anchor === NO_DAY ? NO_DAY : clock.due(anchor, limit);
      if (extended !== NO_DAY && entry.day > extended) {
        warn(result.warnings, 'extension-notified-late', `The Stage ${stage} extension was notified on ${formatInRange(entry.day)}, after the deadline it extends (${formatInRange(extended)}) had passed.`, stage, entry);
      }
      if (asked > step.cap) {
        warn(result.warnings, 'extension-beyond-cap', `The Stage ${stage} extension to ${asked} working days is beyond the most the procedure allows (${step.cap}); ${step.cap} is applied.`, stage, entry);
      }
    }
    let item = result.extensions[result.extensionCount];
    if (item === undefined) result.extensions.push((item = { entry, asked, applied }));
    item.entry = entry;
    item.asked = asked;
    item.applied = applied;
    result.extensionCount += 1;
    limit = applied;
  }
  return result.extensionCount === 0 ? NO_DAY : limit;
}

function apply(out: Evaluation, rule: ProcedureRule, day: number): void {
  out.appliedRules.push(rule);
  out.appliedDays.push(day);
}

function evaluateStage(index: number, plan: Plan, checked: Checked, asOfDay: number, previousWindow: number, out: Evaluation, detail: boolean): void {
  const stagePlan = plan.stages[index] as StagePlan;
  const slots = checked.stages[index] as StageSlots;
  let result = out.stages[index];
  if (result === undefined) out.stages.push((result = stageResult(stagePlan)));
  const stage = stagePlan.stage;
  // The buffers are shared between plans: fit them to this stage's steps.
  while (result.steps.length < stagePlan.steps.length) result.steps.push(newStep());
  if (result.steps.length !== stagePlan.steps.length) result.steps.length = stagePlan.steps.length;
  if (result.warnings.length !== 0) result.warnings.length = 0;
  result.extensionCount = 0;
  result.deferralCount = 0;
  result.deferredTotal = 0;
  result.windowCloses = NO_DAY;
  clock.stage = index;
  const started = slots.start !== NO_DAY;
  result.started = started;
  const deemed = !started ? NO_DAY : plan.nextWorkingDayReceipt ? plan.onOrAfter(slots.start) : slots.start;
  result.deemedStart = deemed;
  if (started && detail) apply(out, stagePlan.definition.start, slots.start);
  // The clock start, after the conventions.
  let clockStart = deemed;
  if (deemed !== NO_DAY && stagePlan.clockStart !== null) {
    if (detail) apply(out, stagePlan.clockStart, deemed);
    if (plan.fromStatement) {
      if (slots.statement !== null) clockStart = slots.statement.day;
      else if (slots.response === null) clockStart = NO_DAY;
      else if (detail) {
        warn(result.warnings, 'statement-not-recorded', `The Stage ${stage} clock was to start at the agreed statement of complaint, but none is recorded; it is counted from the request.`, stage, slots.response);
      }
    }
  }
  result.clockStart = clockStart;
  const response = slots.response;
  result.withdrawnDay =
    response !== null && response.outcome === 'withdrawn' ? response.day : response === null && started && checked.withdrawal !== null ? checked.withdrawal.day : NO_DAY;
  let onHold = false;
  for (let i = 0; i < checked.deferralCount; i += 1) {
    const deferral = checked.deferrals[i] as Deferral;
    if (deferral.stage === index && deferral.to === NEVER) onHold = true;
  }
  let anyOverdue = false;
  const steps = stagePlan.steps;
  for (let k = 0; k < steps.length; k += 1) {
    const step = steps[k] as StepPlan;
    const figures = result.steps[k] as StepResult;
    const anchorEntry = step.from >= 0 ? slotOf(slots, step.from) : null;
    const anchor = step.from === FROM_STAGE_START ? deemed : step.from === FROM_CLOCK_START ? clockStart : anchorEntry === null ? NO_DAY : anchorEntry.day;
    if (anchor !== NO_DAY && detail) apply(out, step.rule, anchor);
    const done = slotOf(slots, step.code);
    const extendedTo = step.code === 3 ? extensionsOf(slots, step, anchor, result, out, detail, stage) : NO_DAY;
    figures.anchor = anchor;
    figures.due = anchor === NO_DAY ? NO_DAY : clock.due(anchor, step.workingDays);
    figures.extendedDue = anchor === NO_DAY || extendedTo === NO_DAY ? NO_DAY : clock.due(anchor, extendedTo);
    figures.latest = anchor === NO_DAY ? NO_DAY : step.cap === step.workingDays ? figures.due : clock.due(anchor, step.cap);
    figures.doneEntry = done;
    figures.done = done === null ? NO_DAY : done.day;
    figures.taken = done === null || anchor === NO_DAY ? -1 : clock.taken(anchor, done.day);
    figures.status = stepStatus(figures.taken, step, extendedTo, result, onHold, anchor, figures.extendedDue !== NO_DAY ? figures.extendedDue : figures.due, asOfDay);
    if (figures.status === 'overdue') anyOverdue = true;
    see(out, figures.due);
    see(out, figures.extendedDue);
    see(out, figures.latest);
    see(out, figures.done);
    if (detail) {
      if (step.rule.soft && figures.status === 'late') {
        warn(
          result.warnings,
          'soft-deadline-missed',
          `The ${step.rule.step} of Stage ${stage} came after ${step.workingDays} working days; the law allows "as soon as reasonably practicable", so this is a breach only if it could reasonably have come sooner.`,
          stage,
          done,
        );
      }
    }
  }
  if (detail) {
    // Steps recorded while the stage was deferred.
    for (const entry of [slots.acknowledged, slots.statement, slots.panel, slots.report]) {
      if (entry === null) continue;
      for (let i = 0; i < checked.deferralCount; i += 1) {
        const deferral = checked.deferrals[i] as Deferral;
        if (deferral.stage !== index || !(deferral.entry.day < entry.day && entry.day <= deferral.to)) continue;
        warn(
          result.warnings,
          'step-while-deferred',
          `The ${entry === slots.acknowledged ? 'acknowledged' : entry === slots.statement ? 'statement-agreed' : entry === slots.panel ? 'panel-held' : 'panel-report-received'} event of ${formatInRange(entry.day)} falls while Stage ${stage} was deferred (from ${formatInRange(deferral.entry.day)}); it is counted as done on the next working day of the clock.`,
          stage,
          entry,
        );
        break;
      }
    }
  }
  const last = result.steps[steps.length - 1] as StepResult;
  result.taken = last.taken;
  const window = stagePlan.window;
  if (response !== null && window !== null && response.outcome !== 'withdrawn') {
    if (detail) apply(out, window, response.day);
    result.windowCloses = plan.step(plan.onOrAfter(response.day), window.workingDays);
    see(out, result.windowCloses);
  }
  if (detail && slots.request !== null && previousWindow !== NO_DAY && slots.request.day > previousWindow) {
    warn(
      result.warnings,
      'stage-request-out-of-time',
      `Stage ${stage} was asked for on ${formatInRange(slots.request.day)}, after the window closed on ${formatInRange(previousWindow)}; whether to accept a late request is the council's discretion.`,
      stage,
      slots.request,
    );
  }
  // The working days each deferral took off the clock.
  const anchor = clockStart !== NO_DAY ? clockStart : deemed !== NO_DAY ? deemed : asOfDay;
  const upTo = response === null ? asOfDay : plan.onOrAfter(response.day);
  for (let i = 0; i < checked.deferralCount; i += 1) {
    const deferral = checked.deferrals[i] as Deferral;
    if (deferral.stage !== index) continue;
    if (detail && plan.procedure.deferral !== null) apply(out, plan.procedure.deferral, deferral.entry.day);
    const days = plan.between(Math.max(deferral.entry.day, anchor), Math.min(deferral.to, upTo));
    result.deferrals[result.deferralCount] = i;
    result.deferredDays[result.deferralCount] = days;
    result.deferralCount += 1;
    result.deferredTotal += days;
  }
  result.open = started && response === null && result.withdrawnDay === NO_DAY;
  result.status = !started
    ? 'not-started'
    : response !== null
      ? result.withdrawnDay !== NO_DAY
        ? 'withdrawn'
        : last.status
      : result.withdrawnDay !== NO_DAY
        ? 'withdrawn'
        : anyOverdue
          ? 'overdue'
          : onHold
            ? 'deferred'
            : 'open';
}

/** The rules applied outside the period they are in force, as one warning. */
function inForceWarning(out: Evaluation, plan: Plan): void {
  if (!plan.anyInForceTo && out.appliedDays.every((day) => day >= plan.allInForceFrom)) return;
  const outside = new Map<string, string>();
  out.appliedRules.forEach((rule, i) => {
    if (outside.has(rule.id)) return;
    const date = formatInRange(out.appliedDays[i] as number);
    if (date < rule.inForceFrom || (rule.inForceTo !== undefined && date > rule.inForceTo)) {
      const period = rule.inForceTo === undefined ? `from ${rule.inForceFrom}` : `${rule.inForceFrom} to ${rule.inForceTo}`;
      outside.set(rule.id, `${rule.id} (in force ${period}) on ${date}`);
    }
  });
  if (outside.size === 0) return;
  const list = [...outside.values()];
  const shown = list.length > 4 ? `${list.slice(0, 4).join('; ')}; and ${list.length - 4} more` : list.join('; ');
  warn(out.tailWarnings, 'rule-not-in-force', `Rules were applied to dates outside the period they are in force: ${shown}.`, undefined, null);
}

/** Warnings about the calendar: one that differs from the procedure's working days, and dates that rest on projected holidays. */
function calendarWarnings(out: Evaluation, plan: Plan, received: number): void {
  const rule = plan.procedure.workingDays;
  const cite = `${rule.citation.instrument} ${rule.citation.provision}`;
  const horizon = out.maxDay;
  if (plan.regionDiffers) {
    warn(
      out.tailWarnings,
      'local-calendar',
      `The calendar follows ${plan.calendar.region} bank holidays, but working days under ${cite} follow ${rule.region}; the deadlines reflect that calendar, not the procedure.`,
      undefined,
      null,
    );
  } else if (plan.closureDays.length > 0 || plan.workingDayChanges.length > 0) {
    const inSpan = (day: number): boolean => {
      const weekday = weekdayOf(day);
      return day > received && day <= horizon && weekday !== 0 && weekday !== 6;
    };
    const closed = plan.closureDays.filter(inSpan).map(formatInRange);
    const working = plan.workingDayChanges.filter(inSpan).map(formatInRange);
    if (closed.length > 0 || working.length > 0) {
      const parts = [closed.length === 0 ? '' : `closes ${closed.join(', ')}`, working.length === 0 ? '' : `opens ${working.join(', ')}`].filter((part) => part !== '');
      warn(
        out.tailWarnings,
        'local-calendar',
        `The calendar ${parts.join(' and ')}, but ${cite} counts only weekends, Christmas Day, Boxing Day, Good Friday and bank holidays as non-working; these deadlines reflect local practice, not the statutory minimum.`,
        undefined,
        null,
      );
    }
  }
  if (!Number.isNaN(plan.officialThrough) && horizon > plan.officialThrough) {
    warn(
      out.tailWarnings,
      'projected-holidays',
      `Some dates fall after ${formatInRange(plan.officialThrough)}, where the calendar's bank holidays are projected from the usual rules; a newly proclaimed holiday would move them.`,
      undefined,
      null,
    );
  }
}

/**
 * Runs the plan over a checked complaint. With `detail`, it also writes the
 * warnings and notes the rules applied and the days stated; the report,
 * which needs only the timings, leaves it out.
 */
export function evaluate(plan: Plan, input: ComplaintInput, checked: Checked, asOfDay: number, out: Evaluation, detail: boolean): void {
  clock.plan = plan;
  clock.checked = checked;
  if (out.leadWarnings.length !== 0) out.leadWarnings.length = 0;
  if (out.tailWarnings.length !== 0) out.tailWarnings.length = 0;
  if (out.appliedRules.length !== 0) out.appliedRules.length = 0;
  if (out.appliedDays.length !== 0) out.appliedDays.length = 0;
  out.maxDay = asOfDay;
  out.minDay = asOfDay;
  const { procedure } = plan;
  if (detail) {
    apply(out, procedure.workingDays, input.received);
    apply(out, procedure.receipt, input.received);
  }
  out.timeLimitExpires = NO_DAY;
  out.withinTimeLimit = true;
  const limit = procedure.timeLimit;
  if (limit !== null && input.grounds !== NO_DAY) {
    out.timeLimitExpires = addYears(input.grounds, limit.years);
    out.withinTimeLimit = input.received <= out.timeLimitExpires;
    if (detail) {
      if (!out.withinTimeLimit) {
        warn(
          out.leadWarnings,
          'complaint-out-of-time',
          `The complaint was received on ${formatInRange(input.received)}, more than ${limit.years} year${limit.years === 1 ? '' : 's'} after its grounds arose (${formatInRange(input.grounds)}); the council may still consider it where it was not reasonable to complain sooner and it can be considered fairly.`,
          undefined,
          null,
        );
      }
      apply(out, limit, input.received);
    }
  }
  let previousWindow = NO_DAY;
  for (let i = 0; i < plan.stages.length; i += 1) {
    evaluateStage(i, plan, checked, asOfDay, previousWindow, out, detail);
    previousWindow = (out.stages[i] as StageResult).windowCloses;
  }
  // The complaint as a whole.
  let current = 0;
  let openStage = -1;
  let answered = -1;
  for (let i = 0; i < plan.stages.length; i += 1) {
    const result = out.stages[i] as StageResult;
    if (result.started) current = i;
    if (openStage < 0 && result.open) openStage = i;
    if ((result.steps[result.steps.length - 1] as StepResult).done !== NO_DAY) answered = i;
  }
  out.currentStage = (current + 1) as 1 | 2 | 3;
  const lastReferral = checked.referralCount === 0 ? null : checked.referrals[checked.referralCount - 1];
  if (checked.closed !== NO_DAY) out.status = 'withdrawn';
  else if (openStage >= 0) {
    const status = (out.stages[openStage] as StageResult).status;
    out.status = status === 'overdue' || status === 'deferred' ? status : 'open';
  } else if (lastReferral != null && lastReferral.decided === null) out.status = 'with-ombudsman';
  else if (answered >= 0 && (out.stages[answered] as StageResult).windowCloses !== NO_DAY && asOfDay <= (out.stages[answered] as StageResult).windowCloses) out.status = 'awaiting-request';
  else out.status = 'closed';
  out.nextStage = -1;
  out.nextStep = -1;
  if (openStage >= 0) {
    const result = out.stages[openStage] as StageResult;
    let best = NO_DAY;
    result.steps.forEach((step, k) => {
      const due = step.extendedDue !== NO_DAY ? step.extendedDue : step.due;
      if (step.done !== NO_DAY || due === NO_DAY) return;
      if (best === NO_DAY || due < best) {
        best = due;
        out.nextStage = openStage;
        out.nextStep = k;
      }
    });
  }
  if (detail) {
    // A stage's deferral warnings lead its own, in the order they were found.
    for (let i = checked.warnings.length - 1; i >= 0; i -= 1) {
      const warning = checked.warnings[i] as AssessmentWarning;
      if (warning.code === 'response-while-deferred') (out.stages[(warning.stage as number) - 1] as StageResult).warnings.unshift(warning);
    }
    for (const warning of checked.warnings) if (warning.code !== 'response-while-deferred') out.tailWarnings.push(warning);
    calendarWarnings(out, plan, input.received);
    inForceWarning(out, plan);
  }
}

/**
 * Refuses, on a strict calendar, an assessment that states a day beyond its
 * official holiday data (a deadline, a window, the time limit).
 */
export function checkCoverage(plan: Plan, out: Evaluation): void {
  if (!plan.calendar.strict) return;
  plan.date(out.minDay);
  plan.date(out.maxDay);
  if (out.timeLimitExpires !== NO_DAY) plan.date(out.timeLimitExpires);
}
