/**
 * The engine's structural check: the entries of a complaint, sorted, filed
 * under their stages and checked against the procedure (dates against
 * receipt and `asOf`, stages that exist, one response per stage, stages in
 * turn, steps after the steps they count from, deferrals that start and end
 * in turn, Ombudsman referrals before decisions).
 *
 * The checks run in phases, each over the entries in date order; every
 * problem of a phase is reported, and a phase with problems ends the check,
 * since the later phases would read facts it could not file. So the first
 * problem never depends on the order the events were given in.
 *
 * @internal
 * @module
 */
import { formatInRange } from '../../internal/days';
import type { EventRef, RejectionDetails, RejectionRule } from '../../rules';
import type { AssessmentWarning } from '../assessment';
import {
  ComplaintInput,
  K_ACKNOWLEDGED,
  K_DECISION,
  K_DEFERRED,
  K_EXTENSION,
  K_PANEL,
  K_REFERRED,
  K_REPORT,
  K_REQUEST,
  K_RESPONSE,
  K_RESUMED,
  K_STATEMENT,
  K_WITHDRAWN,
  KIND_TYPES,
  sortEntries,
  type Entry,
} from './input';
import { ACKNOWLEDGEMENT, FROM_CLOCK_START, FROM_STAGE_START, NEVER, NO_DAY, PANEL, PANEL_REPORT, RESPONSE, STEP_EVENT_TYPES, type Plan, type StagePlan } from './plan';

/** A stage's events, filed. */
export interface StageSlots {
  request: Entry | null;
  acknowledged: Entry | null;
  statement: Entry | null;
  panel: Entry | null;
  report: Entry | null;
  response: Entry | null;
  readonly extensions: Entry[];
  extensionCount: number;
  /** The day the stage started, or {@link NO_DAY}. */
  start: number;
}

/** One deferral, paired with what ended it and the stage it stopped. */
export interface Deferral {
  entry: Entry;
  stage: number;
  /** The last day off the clock; {@link NEVER} while it lasts. */
  to: number;
  endedBy: 'resumed' | 'response' | 'withdrawal' | null;
  endedOn: number;
}

/** One referral to the Ombudsman and its decision. */
export interface Referral {
  referred: Entry;
  decided: Entry | null;
}

/** Where the problems go: the caller turns each into an issue on its own field. */
export interface IssueSink {
  issue<R extends RejectionRule>(rule: R, details: RejectionDetails[R], entry: Entry | null, key: string): void;
}

/** What the check files, reused from one complaint to the next. */
export class Checked {
  readonly stages: StageSlots[] = [];
  withdrawal: Entry | null = null;
  /** The first day after which no stage business may happen: a withdrawal, or a response with outcome `'withdrawn'`. */
  closed = NO_DAY;
  readonly deferralEntries: Entry[] = [];
  deferralEntryCount = 0;
  readonly ombudsmanEntries: Entry[] = [];
  ombudsmanEntryCount = 0;
  readonly deferrals: Deferral[] = [];
  deferralCount = 0;
  readonly referrals: Referral[] = [];
  referralCount = 0;
  /** Warnings found while pairing: responses given while deferred, premature referrals. */
  readonly warnings: AssessmentWarning[] = [];
}

/** How a message names an entry: `event 3 (response, stage 1, 2024-05-02)`. */
export function refOf(entry: Entry): EventRef {
  return entry.stage === 0
    ? { index: entry.ref, type: KIND_TYPES[entry.kind] as string, date: formatInRange(entry.day) }
    : { index: entry.ref, type: KIND_TYPES[entry.kind] as string, stage: entry.stage, date: formatInRange(entry.day) };
}

function resetSlots(checked: Checked, plan: Plan, received: number): void {
  const { stages } = checked;
  for (let i = 0; i < plan.stages.length; i += 1) {
    let slots = stages[i];
    if (slots === undefined) {
      slots = { request: null, acknowledged: null, statement: null, panel: null, report: null, response: null, extensions: [], extensionCount: 0, start: NO_DAY };
      stages.push(slots);
    }
    slots.request = slots.acknowledged = slots.statement = slots.panel = slots.report = slots.response = null;
    slots.extensionCount = 0;
    slots.start = (plan.stages[i] as StagePlan).onReceipt ? received : NO_DAY;
  }
  checked.withdrawal = null;
  checked.closed = NO_DAY;
  checked.deferralEntryCount = 0;
  checked.ombudsmanEntryCount = 0;
  checked.deferralCount = 0;
  checked.referralCount = 0;
  if (checked.warnings.length !== 0) checked.warnings.length = 0;
}

/** The stage index an entry belongs to; -1 for events of no stage; -2 after reporting an unknown stage. */
function stageOf(entry: Entry, plan: Plan, sink: IssueSink): number {
  let wanted: number;
  switch (entry.kind) {
    case K_PANEL:
    case K_REPORT: {
      const index = plan.stageWithStep[entry.kind === K_PANEL ? PANEL : PANEL_REPORT] as number;
      if (index >= 0) return index;
      sink.issue('unknown-stage', { stage: null, allowed: plan.stages.map((s) => s.stage), procedure: plan.procedure.id }, entry, 'type');
      return -2;
    }
    case K_STATEMENT:
      wanted = 2;
      break;
    case K_REQUEST:
    case K_ACKNOWLEDGED:
    case K_EXTENSION:
    case K_RESPONSE:
      wanted = entry.stage;
      break;
    default:
      return -1;
  }
  if (wanted >= 1 && wanted <= plan.stages.length) return wanted - 1;
  sink.issue('unknown-stage', { stage: wanted, allowed: plan.stages.map((s) => s.stage), procedure: plan.procedure.id }, entry, entry.kind === K_STATEMENT ? 'type' : 'stage');
  return -2;
}

function slotOf(slots: StageSlots, code: number): Entry | null {
  switch (code) {
    case ACKNOWLEDGEMENT:
      return slots.acknowledged;
    case PANEL:
      return slots.panel;
    case PANEL_REPORT:
      return slots.report;
    default:
      return slots.response;
  }
}

/** The event filed for a step of a stage, or `null`. */
export { slotOf };

/** Phase 2: files each entry under its stage, refusing unknown stages and duplicates. */
function register(input: ComplaintInput, plan: Plan, checked: Checked, sink: IssueSink): boolean {
  let ok = true;
  const { entries } = input;
  for (let i = 0; i < input.count; i += 1) {
    const entry = entries[i] as Entry;
    const index = stageOf(entry, plan, sink);
    if (index === -2) {
      ok = false;
      continue;
    }
    const slots = index >= 0 ? (checked.stages[index] as StageSlots) : null;
    const stage = index + 1;
    switch (entry.kind) {
      case K_REQUEST:
        if ((slots as StageSlots).request !== null) {
          sink.issue('duplicate-stage-request', { stage, first: refOf((slots as StageSlots).request as Entry) }, entry, 'date');
          ok = false;
        } else (slots as StageSlots).request = entry;
        break;
      case K_RESPONSE:
        if ((slots as StageSlots).response !== null) {
          sink.issue('duplicate-response', { stage, first: refOf((slots as StageSlots).response as Entry) }, entry, 'date');
          ok = false;
        } else (slots as StageSlots).response = entry;
        break;
      case K_ACKNOWLEDGED:
      case K_STATEMENT:
      case K_PANEL:
      case K_REPORT: {
        const s = slots as StageSlots;
        const first = entry.kind === K_ACKNOWLEDGED ? s.acknowledged : entry.kind === K_STATEMENT ? s.statement : entry.kind === K_PANEL ? s.panel : s.report;
        if (first !== null) {
          sink.issue('duplicate-event', { stage, first: refOf(first) }, entry, 'date');
          ok = false;
        } else if (entry.kind === K_ACKNOWLEDGED) s.acknowledged = entry;
        else if (entry.kind === K_STATEMENT) s.statement = entry;
        else if (entry.kind === K_PANEL) s.panel = entry;
        else s.report = entry;
        break;
      }
      case K_EXTENSION: {
        const s = slots as StageSlots;
        if (s.extensionCount < s.extensions.length) s.extensions[s.extensionCount] = entry;
        else s.extensions.push(entry);
        s.extensionCount += 1;
        break;
      }
      case K_DEFERRED:
      case K_RESUMED:
        if (plan.procedure.deferral === null) {
          sink.issue('deferral-not-in-procedure', { procedure: plan.procedure.id }, entry, 'type');
          ok = false;
        } else {
          checked.deferralEntries[checked.deferralEntryCount] = entry;
          checked.deferralEntryCount += 1;
        }
        break;
      case K_WITHDRAWN:
        if (checked.withdrawal !== null) {
          sink.issue('duplicate-withdrawal', { first: refOf(checked.withdrawal) }, entry, 'date');
          ok = false;
        } else checked.withdrawal = entry;
        break;
      case K_REFERRED:
      case K_DECISION:
        checked.ombudsmanEntries[checked.ombudsmanEntryCount] = entry;
        checked.ombudsmanEntryCount += 1;
        break;
    }
  }
  return ok;
}

/** The limits an extension may not go below, in the stage's notified order. */
function checkExtension(entry: Entry, slots: StageSlots, plan: StagePlan, stage: number, sink: IssueSink): boolean {
  const rule = plan.response;
  if (!rule.extendable) {
    sink.issue('extension-not-allowed', { stage }, entry, 'type');
    return false;
  }
  const position = slots.extensions.indexOf(entry);
  const previous = position > 0 ? (slots.extensions[position - 1] as Entry) : null;
  const floor = previous === null ? rule.workingDays : previous.workingDays === NO_DAY ? rule.cap : previous.workingDays;
  const asked = entry.workingDays === NO_DAY ? rule.cap : entry.workingDays;
  if (asked <= floor) {
    sink.issue('extension-not-longer', { stage, asked, floor, cap: rule.cap }, entry, 'workingDays');
    return false;
  }
  return true;
}

/** A step recorded needs the step it counts from, on or before it. */
function checkStepAnchor(entry: Entry, slots: StageSlots, plan: StagePlan, stage: number, sink: IssueSink): boolean {
  const code = entry.kind === K_ACKNOWLEDGED ? ACKNOWLEDGEMENT : entry.kind === K_PANEL ? PANEL : entry.kind === K_REPORT ? PANEL_REPORT : entry.kind === K_RESPONSE ? RESPONSE : -1;
  if (code < 0) return true;
  const index = plan.stepIndex[code] as number;
  if (index < 0) return true;
  const step = plan.steps[index];
  if (step === undefined || step.from === FROM_STAGE_START || step.from === FROM_CLOCK_START) return true;
  const anchor = slotOf(slots, step.from);
  const needs = STEP_EVENT_TYPES[step.from] as string;
  if (anchor === null) {
    sink.issue('step-missing', { stage, needs }, entry, 'date');
    return false;
  }
  if (anchor.day > entry.day) {
    sink.issue('step-out-of-order', { stage, needs, anchorDate: formatInRange(anchor.day) }, entry, 'date');
    return false;
  }
  return true;
}

/** Phase 3: each stage follows the one before, and each event falls inside its stage. */
function checkOrder(input: ComplaintInput, plan: Plan, checked: Checked, sink: IssueSink): boolean {
  let ok = true;
  const closed = checked.closed;
  const { entries } = input;
  for (let i = 0; i < input.count; i += 1) {
    const entry = entries[i] as Entry;
    if (closed !== NO_DAY && entry.day > closed && entry.kind !== K_REFERRED && entry.kind !== K_DECISION) {
      sink.issue('event-after-withdrawal', {}, entry, 'date');
      ok = false;
      continue;
    }
    const index = stageOf(entry, plan, sink);
    if (index < 0) continue;
    const slots = checked.stages[index] as StageSlots;
    const stage = index + 1;
    const previous = index > 0 ? (checked.stages[index - 1] as StageSlots) : null;
    if (entry.kind === K_REQUEST) {
      if (previous === null || previous.response === null) {
        sink.issue('stage-without-previous-response', { stage }, entry, 'date');
        ok = false;
      } else if (entry.day < previous.response.day) {
        sink.issue('request-before-previous-response', { stage, previousResponse: formatInRange(previous.response.day) }, entry, 'date');
        ok = false;
      }
      continue;
    }
    if (slots.start === NO_DAY) {
      if (entry.kind === K_RESPONSE) sink.issue('stage-not-started', { stage }, entry, 'date');
      else sink.issue('event-outside-stage', { stage, where: 'never-started', boundary: null }, entry, 'date');
      ok = false;
      continue;
    }
    if (entry.day < slots.start) {
      const boundary = slots.request === null ? null : formatInRange(slots.request.day);
      if (entry.kind === K_RESPONSE) sink.issue('response-before-start', { stage, startedOn: formatInRange(slots.start), byReceipt: slots.request === null }, entry, 'date');
      else sink.issue('event-outside-stage', { stage, where: 'before-start', boundary }, entry, 'date');
      ok = false;
      continue;
    }
    if (entry.kind !== K_RESPONSE && slots.response !== null && entry.day > slots.response.day) {
      sink.issue('event-outside-stage', { stage, where: 'after-response', boundary: formatInRange(slots.response.day) }, entry, 'date');
      ok = false;
      continue;
    }
    const stagePlan = plan.stages[index] as StagePlan;
    if (entry.kind === K_EXTENSION && !checkExtension(entry, slots, stagePlan, stage, sink)) {
      ok = false;
      continue;
    }
    if (!checkStepAnchor(entry, slots, stagePlan, stage, sink)) ok = false;
  }
  return ok;
}

/** The stage under way on a day: the latest one started by then and not yet closed. */
function stageOpenOn(day: number, checked: Checked, stages: number): number {
  for (let i = stages - 1; i >= 0; i -= 1) {
    const slots = checked.stages[i] as StageSlots;
    if (slots.start !== NO_DAY && slots.start <= day && (slots.response === null || slots.response.day >= day)) return i;
  }
  return -1;
}

/**
 * Phase 4: pairs `deferred` with `resumed` entries and files each deferral
 * under the stage under way when it began (the later stage, on the day one
 * stage is answered and the next asked for). Within one day, a deferral
 * already running is resumed before a new one begins, so back-to-back and
 * one-day deferrals both read as meant. A deferral still running when its
 * stage is answered ends the working day before the response (with a
 * warning), and one running at a withdrawal ends on the withdrawal.
 */
function pairDeferrals(plan: Plan, checked: Checked, sink: IssueSink): boolean {
  if (checked.deferralEntryCount === 0) return true;
  let ok = true;
  let openEntry: Entry | null = null;
  let openStage = -1;
  let lastClosedByResponse: Entry | null = null;
  const close = (to: number, endedBy: Deferral['endedBy'], endedOn: number): void => {
    if (openEntry === null) return;
    let deferral = checked.deferrals[checked.deferralCount];
    if (deferral === undefined) checked.deferrals.push((deferral = { entry: openEntry, stage: 0, to: 0, endedBy: null, endedOn: NO_DAY }));
    checked.deferralCount += 1;
    deferral.entry = openEntry;
    deferral.stage = openStage;
    deferral.to = Math.max(to, openEntry.day);
    deferral.endedBy = endedBy;
    deferral.endedOn = endedOn;
    openEntry = null;
  };
  const responseOfOpen = (): Entry | null => (openEntry === null ? null : (checked.stages[openStage] as StageSlots).response);
  const closeByResponse = (): void => {
    const response = responseOfOpen();
    if (openEntry === null || response === null) return;
    checked.warnings.push(
      Object.freeze({
        code: 'response-while-deferred',
        message: `The Stage ${openStage + 1} response (${formatInRange(response.day)}) was given while the stage was deferred from ${formatInRange(openEntry.day)}; the deferral is taken to end the working day before the response.`,
        stage: (openStage + 1) as 1 | 2 | 3,
        eventIndex: response.ref,
      }),
    );
    lastClosedByResponse = response;
    close(plan.onOrAfter(response.day) - 1, 'response', response.day);
  };
  const list = checked.deferralEntries;
  const count = checked.deferralEntryCount;
  const starts: Entry[] = [];
  const ends: Entry[] = [];
  for (let i = 0; i < count; ) {
    const day = (list[i] as Entry).day;
    const response = responseOfOpen();
    if (response !== null && response.day < day) closeByResponse();
    if (starts.length !== 0) starts.length = 0;
    if (ends.length !== 0) ends.length = 0;
    for (; i < count && (list[i] as Entry).day === day; i += 1) {
      const entry = list[i] as Entry;
      (entry.kind === K_DEFERRED ? starts : ends).push(entry);
    }
    while (starts.length > 0 || ends.length > 0) {
      const answered = responseOfOpen();
      if (openEntry !== null && ends.length > 0) {
        const resumed = ends.shift() as Entry;
        close(resumed.day, 'resumed', resumed.day);
      } else if (openEntry !== null && starts.length > 0 && answered !== null && answered.day <= day) {
        // A new deferral on the day the deferred stage was answered belongs to the next stage: the response ended this one.
        closeByResponse();
      } else if (openEntry === null && starts.length > 0) {
        const entry = starts.shift() as Entry;
        const stage = stageOpenOn(day, checked, plan.stages.length);
        if (stage < 0) {
          sink.issue('deferral-outside-open-stage', {}, entry, 'date');
          ok = false;
        } else {
          openEntry = entry;
          openStage = stage;
        }
      } else if (openEntry !== null) {
        const entry = starts.shift() as Entry;
        sink.issue('deferral-while-deferred', { since: formatInRange((openEntry as Entry).day) }, entry, 'date');
        ok = false;
      } else {
        const entry = ends.shift() as Entry;
        sink.issue('resumed-without-deferral', { lastEndedBy: lastClosedByResponse === null ? null : refOf(lastClosedByResponse) }, entry, 'date');
        ok = false;
      }
    }
  }
  if (openEntry !== null) {
    if (responseOfOpen() !== null) closeByResponse();
    else if (checked.closed !== NO_DAY) close(checked.closed, 'withdrawal', checked.withdrawal === null ? NO_DAY : checked.withdrawal.day);
    else close(NEVER, null, NO_DAY);
  }
  return ok;
}

/** Phase 5: pairs referrals to the Ombudsman with their decisions. */
function pairReferrals(plan: Plan, checked: Checked, sink: IssueSink): boolean {
  let ok = true;
  const list = checked.ombudsmanEntries;
  for (let i = 0; i < checked.ombudsmanEntryCount; i += 1) {
    const entry = list[i] as Entry;
    const last = checked.referralCount === 0 ? null : (checked.referrals[checked.referralCount - 1] as Referral);
    if (entry.kind === K_REFERRED) {
      if (last !== null && last.decided === null) {
        sink.issue('duplicate-ombudsman-referral', { pendingSince: formatInRange(last.referred.day) }, entry, 'date');
        ok = false;
        continue;
      }
      for (let s = 0; s < plan.stages.length; s += 1) {
        const slots = checked.stages[s] as StageSlots;
        if (slots.start !== NO_DAY && slots.start <= entry.day && (slots.response === null || slots.response.day > entry.day) && (checked.closed === NO_DAY || checked.closed > entry.day)) {
          checked.warnings.push(
            Object.freeze({
              code: 'ombudsman-referral-premature',
              message: `The complaint went to the Ombudsman on ${formatInRange(entry.day)} while Stage ${s + 1} was under way; the Ombudsman usually treats such a complaint as premature until the council has had a reasonable chance to respond (Local Government Act 1974 s.26(5)).`,
              eventIndex: entry.ref,
            }),
          );
          break;
        }
      }
      let referral = checked.referrals[checked.referralCount];
      if (referral === undefined) checked.referrals.push((referral = { referred: entry, decided: null }));
      referral.referred = entry;
      referral.decided = null;
      checked.referralCount += 1;
    } else if (last === null || last.decided !== null) {
      sink.issue('ombudsman-decision-without-referral', {}, entry, 'date');
      ok = false;
    } else {
      last.decided = entry;
    }
  }
  return ok;
}

/**
 * Checks a complaint's entries against the plan's procedure, on `asOfDay`,
 * filing them into `checked`. Returns `false` when a problem was reported.
 */
export function checkInput(input: ComplaintInput, plan: Plan, asOfDay: number, checked: Checked, sink: IssueSink): boolean {
  // Phase 1: dates against receipt and asOf.
  let ok = true;
  const { received, grounds } = input;
  if (received > asOfDay) {
    sink.issue('date-after-as-of', { date: formatInRange(received), asOf: formatInRange(asOfDay) }, null, 'receivedOn');
    ok = false;
  }
  if (grounds !== NO_DAY && grounds > received) {
    sink.issue('grounds-after-receipt', { groundsAroseOn: formatInRange(grounds), receivedOn: formatInRange(received) }, null, 'groundsAroseOn');
    ok = false;
  }
  sortEntries(input);
  const { entries } = input;
  for (let i = 0; i < input.count; i += 1) {
    const entry = entries[i] as Entry;
    if (entry.day > asOfDay) {
      sink.issue('date-after-as-of', { date: formatInRange(entry.day), asOf: formatInRange(asOfDay) }, entry, 'date');
      ok = false;
    } else if (entry.day < received) {
      if (entry.kind === K_RESPONSE) sink.issue('response-before-start', { stage: entry.stage, startedOn: formatInRange(received), byReceipt: true }, entry, 'date');
      else sink.issue('event-before-receipt', { receivedOn: formatInRange(received) }, entry, 'date');
      ok = false;
    }
  }
  if (!ok) return false;
  resetSlots(checked, plan, received);
  if (!register(input, plan, checked, sink)) return false;
  let closed = checked.withdrawal === null ? NO_DAY : checked.withdrawal.day;
  for (let i = 0; i < plan.stages.length; i += 1) {
    const slots = checked.stages[i] as StageSlots;
    if (slots.request !== null) slots.start = slots.request.day;
    const response = slots.response;
    if (response !== null && response.outcome === 'withdrawn' && (closed === NO_DAY || response.day < closed)) closed = response.day;
  }
  checked.closed = closed;
  return checkOrder(input, plan, checked, sink) && pairDeferrals(plan, checked, sink) && pairReferrals(plan, checked, sink);
}
