import { TimelineError } from '../../errors';
import { dayNumberIn } from '../../calendar/calendar';
import type { DeadlineRule, ProcedureDefinition, StageDefinition, StageStep } from '../definition';
import { parseComplaintTimeline } from '../parseComplaintTimeline';
import { TIMELINE_EVENT_TYPES, type ComplaintTimeline, type TimelineEvent, type TimelineEventType } from '../timeline';
import type { AssessmentSettings } from './options';

/** An event with its index in `timeline.events` and its day number. @internal */
export interface DatedEvent<E extends TimelineEvent = TimelineEvent> {
  readonly event: E;
  readonly index: number;
  readonly day: number;
}

type Of<T extends TimelineEventType> = DatedEvent<Extract<TimelineEvent, { readonly type: T }>>;

/** What happened in one stage. @internal */
export interface StageFacts {
  readonly definition: StageDefinition;
  readonly stage: 1 | 2 | 3;
  request: Of<'stage-requested'> | null;
  startDay: number | null;
  response: Of<'response'> | null;
  acknowledged: Of<'acknowledged'> | null;
  statement: Of<'statement-agreed'> | null;
  panel: Of<'panel-held'> | null;
  report: Of<'panel-report-received'> | null;
  readonly extensions: Of<'extension-notified'>[];
}

/** A timeline read, dated, sorted and checked for the procedure's structure. @internal */
export interface TimelineFacts {
  readonly id: string | null;
  readonly receivedDay: number;
  readonly groundsDay: number | null;
  readonly events: readonly DatedEvent[];
  readonly stages: readonly StageFacts[];
  readonly withdrawal: Of<'withdrawn'> | null;
  /** The first day after which no stage business may happen: a withdrawal, or a response with outcome `'withdrawn'`. */
  readonly closedDay: number | null;
  readonly holdEvents: readonly (Of<'on-hold'> | Of<'resumed'>)[];
  readonly ombudsmanEvents: readonly (Of<'ombudsman-referred'> | Of<'ombudsman-decision'>)[];
}

let typeOrder: ReadonlyMap<string, number> | undefined;

/** The rank of an event type in {@link TIMELINE_EVENT_TYPES}, built on first use. */
function rankOf(type: string): number {
  typeOrder ??= new Map(TIMELINE_EVENT_TYPES.map((t, i) => [t, i]));
  return typeOrder.get(type) as number;
}

/** The event types whose deadline steps they meet. @internal */
export const STEP_EVENT = {
  acknowledgement: 'acknowledged',
  panel: 'panel-held',
  'panel-report': 'panel-report-received',
  response: 'response',
} as const satisfies Record<StageStep, TimelineEventType>;

/** A key that orders identical events the same way whatever their input order. */
function canonical(event: TimelineEvent): string {
  const record = event as unknown as Record<string, unknown>;
  return Object.keys(record)
    .sort()
    .map((key) => `${key}=${String(record[key])}`)
    .join('\u0000');
}

function stageOf(event: TimelineEvent): number {
  return 'stage' in event ? event.stage : 0;
}

/**
 * Sorts events by date, then by the fixed type order, then by stage, then
 * by content, so that the result never depends on the input order.
 *
 * @internal
 */
export function sortEvents(events: readonly DatedEvent[]): DatedEvent[] {
  const keys = new Map<DatedEvent, string>();
  const keyOf = (e: DatedEvent): string => {
    let key = keys.get(e);
    if (key === undefined) keys.set(e, (key = canonical(e.event)));
    return key;
  };
  return [...events].sort(
    (a, b) =>
      a.day - b.day ||
      rankOf(a.event.type) - rankOf(b.event.type) ||
      stageOf(a.event) - stageOf(b.event) ||
      (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0) ||
      a.index - b.index,
  );
}

/** Names an event in a message: `event 3 (response, stage 1, 2024-05-02)`. @internal */
export function nameEvent(entry: DatedEvent): string {
  const stage = 'stage' in entry.event ? `, stage ${entry.event.stage}` : '';
  return `event ${entry.index} (${entry.event.type}${stage}, ${entry.event.date})`;
}

/**
 * A {@link TimelineError} about one event (or about the timeline when `entry` is `null`).
 *
 * @internal
 */
export function timelineError(entry: DatedEvent | null, rule: string, problem: string, fix: string, key = 'date'): TimelineError {
  return new TimelineError(problem, {
    field: entry === null ? key : `events[${entry.index}].${key}`,
    value: entry === null ? undefined : (entry.event as unknown as Record<string, unknown>)[key],
    eventIndex: entry === null ? null : entry.index,
    eventType: entry === null ? null : entry.event.type,
    rule,
    fix,
  });
}

function stageWithStep(procedure: ProcedureDefinition, step: StageStep): StageDefinition | undefined {
  return procedure.stages.find((stage) => stage.deadlines.some((deadline) => deadline.step === step));
}

/** The deadline rule of a stage for a step. @internal */
export function deadlineFor(stage: StageDefinition, step: StageStep): DeadlineRule | undefined {
  return stage.deadlines.find((deadline) => deadline.step === step);
}

/** The stage an event belongs to, or throws `unknown-stage`. */
function resolveStage(entry: DatedEvent, procedure: ProcedureDefinition, stages: readonly StageFacts[]): StageFacts | null {
  const { event } = entry;
  let wanted: number | undefined;
  let what = '';
  if (event.type === 'panel-held' || event.type === 'panel-report-received') {
    wanted = stageWithStep(procedure, event.type === 'panel-held' ? 'panel' : 'panel-report')?.stage;
    what = 'a review panel';
  } else if (event.type === 'statement-agreed') {
    wanted = 2;
    what = 'a Stage 2';
  } else if ('stage' in event) {
    wanted = event.stage;
    what = `a Stage ${event.stage}`;
  } else {
    return null;
  }
  const facts = wanted === undefined ? undefined : stages[wanted - 1];
  if (facts === undefined) {
    throw timelineError(
      entry,
      'unknown-stage',
      `${nameEvent(entry)} belongs to ${what}, which the procedure '${procedure.id}' does not have.`,
      `This procedure has stages 1 to ${procedure.stages.length}; check the event's stage, or assess the complaint under the procedure it was handled under.`,
      'stage' in event ? 'stage' : 'type',
    );
  }
  return facts;
}

function duplicate(entry: DatedEvent, rule: string, what: string, first: DatedEvent): TimelineError {
  return timelineError(
    entry,
    rule,
    `${nameEvent(entry)} is a second ${what}; ${nameEvent(first)} is the first.`,
    'Keep one of them: a stage has one of each. Record a correction by editing the event, not by adding another.',
  );
}

/** Registers each event with its stage, refusing unknown stages and duplicates. */
function register(sorted: readonly DatedEvent[], procedure: ProcedureDefinition, stages: readonly StageFacts[]) {
  let withdrawal: Of<'withdrawn'> | null = null;
  const holdEvents: (Of<'on-hold'> | Of<'resumed'>)[] = [];
  const ombudsmanEvents: (Of<'ombudsman-referred'> | Of<'ombudsman-decision'>)[] = [];
  for (const entry of sorted) {
    const facts = resolveStage(entry, procedure, stages);
    const { event } = entry;
    switch (event.type) {
      case 'stage-requested': {
        const s = facts as StageFacts;
        if (s.definition.start.on !== 'request') {
          throw timelineError(entry, 'unknown-stage', `${nameEvent(entry)} asks for stage ${s.stage}, which starts on receipt, not on request.`, 'Stage 1 starts with the complaint itself: set receivedOn instead.', 'stage');
        }
        if (s.request !== null) throw duplicate(entry, 'duplicate-stage-request', `request for Stage ${s.stage}`, s.request);
        s.request = entry as Of<'stage-requested'>;
        break;
      }
      case 'response': {
        const s = facts as StageFacts;
        if (s.response !== null) throw duplicate(entry, 'duplicate-response', `response to Stage ${s.stage}`, s.response);
        s.response = entry as Of<'response'>;
        break;
      }
      case 'acknowledged':
      case 'statement-agreed':
      case 'panel-held':
      case 'panel-report-received': {
        const s = facts as StageFacts;
        const slot = event.type === 'acknowledged' ? 'acknowledged' : event.type === 'statement-agreed' ? 'statement' : event.type === 'panel-held' ? 'panel' : 'report';
        const first = s[slot];
        if (first !== null) throw duplicate(entry, 'duplicate-event', `${event.type} event for Stage ${s.stage}`, first);
        (s as unknown as Record<string, DatedEvent>)[slot] = entry;
        break;
      }
      case 'extension-notified':
        (facts as StageFacts).extensions.push(entry as Of<'extension-notified'>);
        break;
      case 'on-hold':
      case 'resumed':
        if (procedure.hold === null) {
          throw timelineError(entry, 'hold-not-in-procedure', `${nameEvent(entry)} puts the complaint on hold, but the procedure '${procedure.id}' has no deferral.`, 'Remove the hold events, or assess the complaint under a procedure that allows deferral.', 'type');
        }
        holdEvents.push(entry as Of<'on-hold'> | Of<'resumed'>);
        break;
      case 'withdrawn':
        if (withdrawal !== null) throw duplicate(entry, 'duplicate-withdrawal', 'withdrawal', withdrawal);
        withdrawal = entry as Of<'withdrawn'>;
        break;
      case 'ombudsman-referred':
      case 'ombudsman-decision':
        ombudsmanEvents.push(entry as Of<'ombudsman-referred'> | Of<'ombudsman-decision'>);
        break;
    }
  }
  return { withdrawal, holdEvents, ombudsmanEvents };
}

/** Checks that each stage follows the one before, and each event falls inside its stage. */
function checkOrder(sorted: readonly DatedEvent[], stages: readonly StageFacts[], procedure: ProcedureDefinition, closedDay: number | null): void {
  for (const entry of sorted) {
    const { event } = entry;
    if (closedDay !== null && entry.day > closedDay && event.type !== 'ombudsman-referred' && event.type !== 'ombudsman-decision') {
      throw timelineError(entry, 'event-after-withdrawal', `${nameEvent(entry)} comes after the complaint was withdrawn.`, 'Check the dates: a withdrawn complaint has no further stages. A new complaint needs a new timeline.');
    }
    const facts = resolveStage(entry, procedure, stages);
    if (facts === null) continue;
    const previous = stages[facts.stage - 2];
    if (event.type === 'stage-requested') {
      if (previous?.response == null) {
        throw timelineError(entry, 'stage-without-previous-response', `${nameEvent(entry)} asks for Stage ${facts.stage}, but Stage ${facts.stage - 1} has no response.`, `Add the Stage ${facts.stage - 1} response event, dated on or before the request.`);
      }
      if (entry.day < previous.response.day) {
        throw timelineError(entry, 'request-before-previous-response', `${nameEvent(entry)} asks for Stage ${facts.stage} before the Stage ${facts.stage - 1} response (${previous.response.event.date}).`, 'Check both dates: a complainant asks for the next stage after the response.');
      }
      continue;
    }
    if (facts.startDay === null) {
      throw timelineError(entry, event.type === 'response' ? 'stage-not-started' : 'event-outside-stage', `${nameEvent(entry)} belongs to Stage ${facts.stage}, which was never asked for.`, `Add the 'stage-requested' event for Stage ${facts.stage}, or correct the event's stage.`);
    }
    if (entry.day < facts.startDay) {
      const started = facts.request === null ? 'the complaint was received' : `it was asked for (${facts.request.event.date})`;
      throw timelineError(entry, event.type === 'response' ? 'response-before-start' : 'event-outside-stage', `${nameEvent(entry)} is dated before Stage ${facts.stage} started: before ${started}.`, 'Check the date: an event of a stage falls on or after the day the stage started.');
    }
    if (event.type !== 'response' && facts.response !== null && entry.day > facts.response.day) {
      throw timelineError(entry, 'event-outside-stage', `${nameEvent(entry)} comes after the Stage ${facts.stage} response (${facts.response.event.date}), which closed the stage.`, 'Check the date, or the stage the event belongs to.');
    }
    if (event.type === 'extension-notified') checkExtension(entry as Of<'extension-notified'>, facts);
    checkStepAnchor(entry, facts);
  }
}

function checkStepAnchor(entry: DatedEvent, facts: StageFacts): void {
  const step = (Object.keys(STEP_EVENT) as StageStep[]).find((key) => STEP_EVENT[key] === entry.event.type);
  const rule = step === undefined ? undefined : deadlineFor(facts.definition, step);
  if (rule === undefined || rule.from === 'stage-start' || rule.from === 'clock-start') return;
  const anchor = slotOfStep(facts, rule.from);
  const needed = STEP_EVENT[rule.from];
  if (anchor === null) {
    throw timelineError(entry, 'step-missing', `${nameEvent(entry)} is recorded, but the '${needed}' event it counts from is not.`, `Add the '${needed}' event for Stage ${facts.stage}${rule.from === 'acknowledgement' ? ' (give it the same date if the response was the first contact)' : ''}.`);
  }
  if (anchor.day > entry.day) {
    throw timelineError(entry, 'step-out-of-order', `${nameEvent(entry)} comes before the '${needed}' event it counts from (${anchor.event.date}).`, 'Check both dates.');
  }
}

/** The event recorded for a step of a stage, or `null`. @internal */
export function slotOfStep(facts: StageFacts, step: StageStep): DatedEvent | null {
  switch (step) {
    case 'acknowledgement':
      return facts.acknowledged;
    case 'panel':
      return facts.panel;
    case 'panel-report':
      return facts.report;
    case 'response':
      return facts.response;
  }
}

/** The limits an extension may not go below, in the stage's notified order. */
function checkExtension(entry: Of<'extension-notified'>, facts: StageFacts): void {
  const rule = deadlineFor(facts.definition, 'response');
  const cap = rule?.extension?.maxWorkingDays;
  if (rule === undefined || cap === undefined) {
    throw timelineError(entry, 'extension-not-allowed', `${nameEvent(entry)} extends Stage ${facts.stage}, whose response may not be extended.`, 'Remove the extension event.', 'type');
  }
  const position = facts.extensions.indexOf(entry);
  const previous = facts.extensions[position - 1];
  const floor = previous === undefined ? rule.workingDays : (previous.event.workingDays ?? cap);
  const asked = entry.event.workingDays ?? cap;
  if (asked <= floor) {
    throw timelineError(
      entry,
      'extension-not-longer',
      `${nameEvent(entry)} sets a limit of ${asked} working days, not longer than the ${floor} already in place.`,
      `workingDays is the new total limit from the stage's start, e.g. ${cap} for Stage ${facts.stage}; leave it out to use the maximum.`,
      'workingDays',
    );
  }
}

/**
 * Reads a timeline, dates and sorts its events, and checks its structure
 * against the procedure. The checks run in a fixed order (shape, dates
 * against receipt and `asOf`, stages and duplicates, then the order of
 * stages and steps), each over the events in date order, so the error thrown
 * does not depend on the order the events were given in.
 *
 * @internal
 */
export function collectTimeline(input: unknown, settings: AssessmentSettings): TimelineFacts {
  const timeline: ComplaintTimeline = parseComplaintTimeline(input);
  const { calendar, procedure, asOfDay } = settings;
  const receivedDay = dayNumberIn(calendar, timeline.receivedOn, 'receivedOn');
  const groundsDay = timeline.groundsAroseOn === undefined ? null : dayNumberIn(calendar, timeline.groundsAroseOn, 'groundsAroseOn');
  const dated = timeline.events.map((event, index) => ({ event, index, day: dayNumberIn(calendar, event.date, `events[${index}].date`) }));
  if (receivedDay > asOfDay) {
    throw timelineError(null, 'date-after-as-of', `The complaint is received on ${timeline.receivedOn}, after asOf.`, 'Check receivedOn, or assess on a later asOf.', 'receivedOn');
  }
  if (groundsDay !== null && groundsDay > receivedDay) {
    throw timelineError(null, 'grounds-after-receipt', `The grounds arose on ${timeline.groundsAroseOn}, after the complaint was received on ${timeline.receivedOn}.`, 'Check groundsAroseOn: it is the day the matter complained of happened, on or before receipt.', 'groundsAroseOn');
  }
  const sorted = sortEvents(dated);
  for (const entry of sorted) {
    if (entry.day > asOfDay) {
      throw timelineError(entry, 'date-after-as-of', `${nameEvent(entry)} is dated after asOf.`, 'Check the date, or assess on a later asOf: an assessment describes what had happened by asOf.');
    }
    if (entry.day < receivedDay) {
      const isResponse = entry.event.type === 'response';
      throw timelineError(entry, isResponse ? 'response-before-start' : 'event-before-receipt', `${nameEvent(entry)} is dated before the complaint was received (${timeline.receivedOn}).`, 'Check the date and receivedOn.');
    }
  }
  const stages: StageFacts[] = procedure.stages.map((definition) => ({
    definition,
    stage: definition.stage,
    request: null,
    startDay: definition.start.on === 'receipt' ? receivedDay : null,
    response: null,
    acknowledged: null,
    statement: null,
    panel: null,
    report: null,
    extensions: [],
  }));
  const { withdrawal, holdEvents, ombudsmanEvents } = register(sorted, procedure, stages);
  for (const facts of stages) if (facts.request !== null) facts.startDay = facts.request.day;
  const withdrawnResponse = stages.find((facts) => facts.response?.event.outcome === 'withdrawn')?.response ?? null;
  const closing = [withdrawal?.day, withdrawnResponse?.day].filter((day): day is number => day !== undefined);
  const closedDay = closing.length === 0 ? null : Math.min(...closing);
  checkOrder(sorted, stages, procedure, closedDay);
  return { id: timeline.id ?? null, receivedDay, groundsDay, events: sorted, stages, withdrawal, closedDay, holdEvents, ombudsmanEvents };
}
