/**
 * Converting a complaint record to the procedure engine's timeline, and
 * back, so the annual report and the deadline engine read the same facts.
 *
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import { ChildrenActComplaintsError, InvalidInputError, TimelineError } from '../errors';
import { describeValue } from '../internal/describe';
import { complaintTimelineSchema, TIMELINE_EVENT_TYPES, type ComplaintTimeline, type TimelineEvent } from '../procedure/timeline';
import type { ComplaintRecord, OmbudsmanRecord, Stage1Record, Stage2Record, Stage3Record, HoldPeriod } from './record';

/**
 * The facts of a {@link ComplaintRecord} that a {@link ComplaintTimeline}
 * holds: every dated fact, with the outcomes, extension limits and reasons,
 * and the Ombudsman's decision and label. Service area, type, source,
 * channel, advocacy, characteristics and Stage 2 per-point findings are not
 * timeline facts.
 *
 * @example
 * ```ts
 * import type { RecordTimelineFacts, PlainDate } from 'children-act-complaints';
 *
 * const facts: RecordTimelineFacts = { receivedOn: '2024-04-02' as PlainDate, stage1: {}, holds: [] };
 * ```
 */
export interface RecordTimelineFacts {
  /** The complaint's id, where the timeline has one. */
  readonly id?: string;
  /** The day the complaint was received. */
  readonly receivedOn: PlainDate;
  /** The day the grounds arose. */
  readonly groundsAroseOn?: PlainDate;
  /** Stage 1's dated facts. */
  readonly stage1: Stage1Record;
  /** Stage 2's dated facts, without the per-point findings. */
  readonly stage2?: Omit<Stage2Record, 'findings'>;
  /** Stage 3's dated facts. */
  readonly stage3?: Stage3Record;
  /** The holds, in date order. */
  readonly holds: readonly HoldPeriod[];
  /** The day of withdrawal. */
  readonly withdrawnOn?: PlainDate;
  /** The Ombudsman's referral and decision. */
  readonly ombudsman?: OmbudsmanRecord;
}

/** @internal A timeline event and the record field its date came from. */
export interface SourcedEvent {
  readonly event: TimelineEvent;
  readonly field: string;
}

function invalidRecord(problem: string, field: string, value: unknown): ChildrenActComplaintsError {
  return new ChildrenActComplaintsError('INVALID_RECORD', problem, {
    field,
    value,
    fix: 'Pass a record produced by parseComplaintRecords() or readComplaintsCsv(), or check a hand-built one with complaintRecordSchema.',
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `T` with the keys that may be `undefined` made optional instead. */
type Compact<T> = { readonly [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  readonly [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Removes the keys whose value is `undefined`, and freezes. */
function compact<const T extends object>(object: T): Compact<T> {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return Object.freeze(object) as unknown as Compact<T>;
}

function stageEvents(
  events: SourcedEvent[],
  stage: 1 | 2,
  facts: Partial<Stage1Record> | undefined,
): void {
  if (facts === undefined) return;
  const at = `stage${stage}`;
  if (facts.acknowledgedOn !== undefined) events.push({ event: { type: 'acknowledged', stage, date: facts.acknowledgedOn }, field: `${at}.acknowledgedOn` });
  if (facts.extensionNotifiedOn !== undefined) {
    events.push({
      event: compact({ type: 'extension-notified', stage, date: facts.extensionNotifiedOn, workingDays: facts.extendedLimitWorkingDays, reason: facts.extensionReason }),
      field: `${at}.extensionNotifiedOn`,
    });
  }
  if (facts.respondedOn !== undefined) events.push({ event: compact({ type: 'response', stage, date: facts.respondedOn, outcome: facts.outcome }), field: `${at}.respondedOn` });
}

/** @internal The events of a record, each with the record field it came from. */
export function sourcedEventsOf(record: ComplaintRecord): SourcedEvent[] {
  const events: SourcedEvent[] = [];
  stageEvents(events, 1, record.stage1);
  const { stage2, stage3, ombudsman } = record;
  if (stage2 !== undefined) {
    events.push({ event: { type: 'stage-requested', stage: 2, date: stage2.requestedOn }, field: 'stage2.requestedOn' });
    if (stage2.statementAgreedOn !== undefined) events.push({ event: { type: 'statement-agreed', date: stage2.statementAgreedOn }, field: 'stage2.statementAgreedOn' });
    stageEvents(events, 2, stage2);
  }
  if (stage3 !== undefined) {
    events.push({ event: { type: 'stage-requested', stage: 3, date: stage3.requestedOn }, field: 'stage3.requestedOn' });
    if (stage3.panelHeldOn !== undefined) events.push({ event: { type: 'panel-held', date: stage3.panelHeldOn }, field: 'stage3.panelHeldOn' });
    if (stage3.panelReportReceivedOn !== undefined) {
      events.push({ event: { type: 'panel-report-received', date: stage3.panelReportReceivedOn }, field: 'stage3.panelReportReceivedOn' });
    }
    if (stage3.respondedOn !== undefined) events.push({ event: compact({ type: 'response', stage: 3, date: stage3.respondedOn, outcome: stage3.outcome }), field: 'stage3.respondedOn' });
  }
  record.holds.forEach((hold, index) => {
    events.push({ event: compact({ type: 'on-hold', date: hold.from, reason: hold.reason }), field: `holds[${index}].from` });
    if (hold.to !== undefined) events.push({ event: { type: 'resumed', date: hold.to }, field: `holds[${index}].to` });
  });
  if (record.withdrawnOn !== undefined) events.push({ event: { type: 'withdrawn', date: record.withdrawnOn }, field: 'withdrawnOn' });
  if (ombudsman?.referredOn !== undefined) events.push({ event: { type: 'ombudsman-referred', date: ombudsman.referredOn }, field: 'ombudsman.referredOn' });
  if (ombudsman?.decidedOn !== undefined && ombudsman.decision !== undefined) {
    events.push({
      event: compact({ type: 'ombudsman-decision', date: ombudsman.decidedOn, decision: ombudsman.decision, label: ombudsman.label }),
      field: 'ombudsman.decidedOn',
    });
  }
  return events;
}

/**
 * Converts a complaint record to the procedure engine's
 * {@link ComplaintTimeline}, so that {@link assessComplaint} and the annual
 * report read the same facts. Nothing dated is lost:
 * {@link timelineToRecordFacts} gives the record's facts back. Events come in
 * a fixed order (Stage 1, 2, 3, holds, withdrawal, Ombudsman); the engine
 * sorts them by date itself.
 *
 * The record is trusted to be one that {@link parseComplaintRecords} or
 * {@link readComplaintsCsv} produced (they check every rule, including that
 * the engine accepts the timeline), so the conversion is cheap enough to run
 * over every record of a large report.
 *
 * @param record - a complaint record
 * @returns the timeline, frozen
 * @throws {@link ChildrenActComplaintsError} `INVALID_RECORD` when the value is not shaped like a record (no `receivedOn`, no `stage1`, `holds` not a list)
 *
 * @example
 * ```ts
 * import { parseComplaintRecords, recordToTimeline } from 'children-act-complaints';
 *
 * const [record] = parseComplaintRecords([
 *   { id: 'C-7', receivedOn: '2024-04-02', serviceArea: 'CIN', stage1: { respondedOn: '2024-04-12', outcome: 'Upheld' } },
 * ]).records;
 * recordToTimeline(record!);
 * // { id: 'C-7', receivedOn: '2024-04-02', events: [{ type: 'response', stage: 1, date: '2024-04-12', outcome: 'upheld' }] }
 * ```
 */
export function recordToTimeline(record: ComplaintRecord): ComplaintTimeline {
  if (!isObject(record)) throw invalidRecord(`Expected a complaint record but got ${describeValue(record)}.`, 'record', record);
  if (typeof record.receivedOn !== 'string') throw invalidRecord('The record has no receivedOn date.', 'receivedOn', record.receivedOn);
  if (!isObject(record.stage1)) throw invalidRecord('The record has no stage1 object.', 'stage1', record.stage1);
  if (!Array.isArray(record.holds) || !record.holds.every(isObject)) throw invalidRecord('The record’s holds are not a list of periods.', 'holds', record.holds);
  for (const key of ['stage2', 'stage3', 'ombudsman'] as const) {
    if (record[key] !== undefined && !isObject(record[key])) throw invalidRecord(`The record’s ${key} is not an object.`, key, record[key]);
  }
  const events = sourcedEventsOf(record).map((sourced) => Object.freeze(sourced.event));
  return compact({ id: record.id, receivedOn: record.receivedOn, groundsAroseOn: record.groundsAroseOn, events: Object.freeze(events) }) as ComplaintTimeline;
}

/** Sorts events by date, and within a day in the engine's fixed type order. */
function sortedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const rank = new Map<string, number>(TIMELINE_EVENT_TYPES.map((type, index) => [type, index]));
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : (rank.get(a.event.type) as number) - (rank.get(b.event.type) as number) || a.index - b.index))
    .map((entry) => entry.event);
}

function notHeld(problem: string, rule: string, index: number | null, event: TimelineEvent | null): TimelineError {
  return new TimelineError(problem, {
    field: index === null ? 'events' : `events[${index}]`,
    value: event,
    eventIndex: index,
    eventType: event?.type ?? null,
    rule,
    fix: 'A complaint record holds one of each event per stage, and holds that start and end in turn; correct the timeline, or keep it as a timeline.',
  });
}

/**
 * Pairs `on-hold` and `resumed` events (sorted by date) into periods, as the
 * engine does: within one day, a hold already running is resumed before a
 * new one begins, so back-to-back holds and one-day holds read as meant.
 */
function pairHolds(events: readonly TimelineEvent[], indexOf: (event: TimelineEvent) => number): HoldPeriod[] {
  const holds: { from: PlainDate; to?: PlainDate; reason?: string }[] = [];
  let open: (typeof holds)[number] | undefined;
  for (let i = 0; i < events.length; ) {
    const day = (events[i] as TimelineEvent).date;
    const starts: TimelineEvent[] = [];
    const ends: TimelineEvent[] = [];
    for (; i < events.length && (events[i] as TimelineEvent).date === day; i += 1) {
      const event = events[i] as TimelineEvent;
      (event.type === 'on-hold' ? starts : ends).push(event);
    }
    while (starts.length > 0 || ends.length > 0) {
      if (open !== undefined && ends.length > 0) {
        open.to = (ends.shift() as TimelineEvent).date as PlainDate;
        open = undefined;
      } else if (open === undefined && starts.length > 0) {
        const event = starts.shift() as TimelineEvent & { readonly type: 'on-hold' };
        open = event.reason === undefined ? { from: event.date as PlainDate } : { from: event.date as PlainDate, reason: event.reason };
        holds.push(open);
      } else if (open !== undefined) {
        const event = starts.shift() as TimelineEvent;
        throw notHeld('The timeline puts the complaint on hold while it is already on hold.', 'hold-while-on-hold', indexOf(event), event);
      } else {
        const event = ends.shift() as TimelineEvent;
        throw notHeld('The timeline resumes a complaint that is not on hold.', 'resumed-without-hold', indexOf(event), event);
      }
    }
  }
  return holds;
}

/**
 * The inverse of {@link recordToTimeline}: reads a timeline's facts back in
 * the record's shape. For every record `r`,
 * `timelineToRecordFacts(recordToTimeline(r))` equals the timeline facts of
 * `r` (holds in date order).
 *
 * @param timeline - a complaint timeline
 * @returns the record facts, frozen
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the value is not a valid timeline (use {@link parseComplaintTimeline} to see why)
 * @throws {@link TimelineError} `INVALID_TIMELINE` when a record cannot hold the timeline: two events of one kind for a stage (rule `'duplicate-event'`), an event of a stage never requested (`'stage-not-started'`), a hold inside a hold (`'hold-while-on-hold'`) or a resumption without a hold (`'resumed-without-hold'`)
 *
 * @example
 * ```ts
 * import { timelineToRecordFacts } from 'children-act-complaints';
 *
 * timelineToRecordFacts({
 *   receivedOn: '2024-04-02',
 *   events: [
 *     { type: 'on-hold', date: '2024-04-05', reason: 'police investigation' },
 *     { type: 'resumed', date: '2024-05-01' },
 *   ],
 * });
 * // { receivedOn: '2024-04-02', stage1: {}, holds: [{ from: '2024-04-05', to: '2024-05-01', reason: 'police investigation' }] }
 * ```
 */
export function timelineToRecordFacts(timeline: ComplaintTimeline): RecordTimelineFacts {
  const parsed = complaintTimelineSchema.safeParse(timeline);
  if (!parsed.success) {
    throw new InvalidInputError('INVALID_ARGUMENT', 'The value is not a valid complaint timeline.', {
      field: 'timeline',
      value: timeline,
      fix: 'Check it with parseComplaintTimeline(), which names every problem.',
    });
  }
  const events = parsed.data.events;
  const stages: [Record<string, unknown>, Record<string, unknown> | undefined, Record<string, unknown> | undefined] = [{}, undefined, undefined];
  const holdEvents: TimelineEvent[] = [];
  let withdrawnOn: PlainDate | undefined;
  let ombudsman: Record<string, unknown> | undefined;

  const indexOf = (event: TimelineEvent): number => events.indexOf(event);
  const put = (target: Record<string, unknown>, key: string, value: unknown, event: TimelineEvent): void => {
    if (target[key] !== undefined) throw notHeld(`The timeline has a second ${event.type} event where a record holds one.`, 'duplicate-event', indexOf(event), event);
    if (value !== undefined) target[key] = value;
  };
  const stage = (n: 1 | 2 | 3, event: TimelineEvent): Record<string, unknown> => {
    const target = stages[n - 1];
    if (target === undefined) throw notHeld(`The timeline has a Stage ${n} ${event.type} event, but Stage ${n} was never requested.`, 'stage-not-started', indexOf(event), event);
    return target;
  };

  for (const event of sortedEvents(events)) {
    const date = event.date as PlainDate;
    switch (event.type) {
      case 'stage-requested':
        if (stages[event.stage - 1] !== undefined) throw notHeld(`The timeline asks for Stage ${event.stage} twice.`, 'duplicate-event', indexOf(event), event);
        stages[event.stage - 1] = { requestedOn: date };
        break;
      case 'acknowledged':
        put(stage(event.stage, event), 'acknowledgedOn', date, event);
        break;
      case 'extension-notified': {
        const target = stage(event.stage, event);
        put(target, 'extensionNotifiedOn', date, event);
        put(target, 'extendedLimitWorkingDays', event.workingDays, event);
        put(target, 'extensionReason', event.reason, event);
        break;
      }
      case 'response': {
        const target = stage(event.stage, event);
        put(target, 'respondedOn', date, event);
        put(target, 'outcome', event.outcome, event);
        break;
      }
      case 'statement-agreed':
        put(stage(2, event), 'statementAgreedOn', date, event);
        break;
      case 'panel-held':
        put(stage(3, event), 'panelHeldOn', date, event);
        break;
      case 'panel-report-received':
        put(stage(3, event), 'panelReportReceivedOn', date, event);
        break;
      case 'on-hold':
      case 'resumed':
        holdEvents.push(event);
        break;
      case 'withdrawn':
        if (withdrawnOn !== undefined) throw notHeld('The timeline is withdrawn twice.', 'duplicate-event', indexOf(event), event);
        withdrawnOn = date;
        break;
      case 'ombudsman-referred':
        put((ombudsman ??= {}), 'referredOn', date, event);
        break;
      case 'ombudsman-decision':
        ombudsman ??= {};
        put(ombudsman, 'decidedOn', date, event);
        put(ombudsman, 'decision', event.decision, event);
        put(ombudsman, 'label', event.label, event);
        break;
    }
  }
  const holds = pairHolds(holdEvents, indexOf);
  const [stage1, stage2, stage3] = stages;
  return compact({
    id: parsed.data.id,
    receivedOn: parsed.data.receivedOn as PlainDate,
    groundsAroseOn: parsed.data.groundsAroseOn as PlainDate | undefined,
    stage1: Object.freeze(stage1) as Stage1Record,
    stage2: stage2 === undefined ? undefined : (Object.freeze(stage2) as unknown as Omit<Stage2Record, 'findings'>),
    stage3: stage3 === undefined ? undefined : (Object.freeze(stage3) as unknown as Stage3Record),
    holds: Object.freeze(holds.map((hold) => Object.freeze(hold))),
    withdrawnOn,
    ombudsman: ombudsman === undefined ? undefined : (Object.freeze(ombudsman) as OmbudsmanRecord),
  });
}
