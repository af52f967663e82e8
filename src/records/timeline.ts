/**
 * Converting a complaint record to the procedure engine's timeline, and
 * back, both derived from the field table's events, so the annual report and
 * the deadline engine read the same facts.
 *
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import { errorOf } from '../errors';
import { checkShape, type Infer } from '../internal/shape';
import { KIND_TYPES } from '../procedure/engine/input';
import { TIMELINE_EVENT_TYPES, TIMELINE_SHAPE, type ComplaintTimeline, type TimelineEvent } from '../procedure/timeline';
import { issueOf, type AnyIssue, type RejectionDetails, type RejectionRule } from '../rules';
import { eventFieldsOf, type EventField } from './entries';
import { RECORD_SHAPE, type ComplaintRecord } from './fields';
import { checkRecord } from './record';

type StageShapes = (typeof RECORD_SHAPE)['fields'];

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
 * const facts: RecordTimelineFacts = { receivedOn: '2024-04-02' as PlainDate, stage1: {}, deferrals: [] };
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
  readonly stage1: Infer<StageShapes['stage1']['shape']>;
  /** Stage 2's dated facts, without the per-point findings. */
  readonly stage2?: Omit<Infer<StageShapes['stage2']['shape']>, 'findings'>;
  /** Stage 3's dated facts. */
  readonly stage3?: Infer<StageShapes['stage3']['shape']>;
  /** The deferrals, in date order. */
  readonly deferrals: ComplaintRecord['deferrals'];
  /** The day of withdrawal. */
  readonly withdrawnOn?: PlainDate;
  /** The Ombudsman's referral and decision. */
  readonly ombudsman?: Infer<StageShapes['ombudsman']['shape']>;
}

type Loose = Record<string, unknown>;

function throwIssues(issues: readonly AnyIssue[]): never {
  const [first, ...rest] = issues;
  throw errorOf([first as AnyIssue, ...rest]);
}

/**
 * Converts a complaint record to the procedure engine's
 * {@link ComplaintTimeline}, so that {@link assessComplaint} and the annual
 * report read the same facts. Nothing dated is lost:
 * {@link timelineToRecordFacts} gives the record's facts back. The events
 * come in the field table's order (Stage 1, 2, 3, deferrals, withdrawal,
 * Ombudsman); the engine sorts them by date itself.
 *
 * @param record - a complaint record
 * @returns the timeline, frozen
 * @throws {@link ChildrenActComplaintsError} `INVALID_RECORD` when the value is not a complaint record (its problems in `issues`)
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
  const issues = checkRecord(record);
  if (issues.length > 0) throwIssues(issues);
  const loose = record as unknown as Loose;
  const events: TimelineEvent[] = [];
  const deferrals = (): void => {
    for (const deferral of record.deferrals) {
      events.push(Object.freeze(deferral.reason === undefined ? { type: 'deferred', date: deferral.from } : { type: 'deferred', date: deferral.from, reason: deferral.reason }) as TimelineEvent);
      if (deferral.to !== undefined) events.push(Object.freeze({ type: 'resumed', date: deferral.to }) as TimelineEvent);
    }
  };
  for (const field of eventFieldsOf()) {
    // Deferrals come after the stages, before the withdrawal and the Ombudsman.
    if (field.path === 'withdrawnOn') deferrals();
    const holder = (field.group === null ? loose : loose[field.group]) as Loose | undefined;
    const date = holder?.[field.key];
    if (holder === undefined || date === undefined) continue;
    if (field.key === 'decidedOn' && holder['decision'] === undefined) continue;
    const event: Loose = { type: KIND_TYPES[field.kind] };
    if (field.stage !== 0) event['stage'] = field.stage;
    event['date'] = date;
    for (const attribute of field.attributes) if (holder[attribute.field] !== undefined) event[attribute.key] = holder[attribute.field];
    events.push(Object.freeze(event) as unknown as TimelineEvent);
  }
  const timeline: Loose = {};
  if (record.id !== undefined) timeline['id'] = record.id;
  timeline['receivedOn'] = record.receivedOn;
  if (record.groundsAroseOn !== undefined) timeline['groundsAroseOn'] = record.groundsAroseOn;
  timeline['events'] = Object.freeze(events);
  return Object.freeze(timeline) as unknown as ComplaintTimeline;
}

let fieldOfEvent: ReadonlyMap<string, EventField> | undefined;

/** The event field each event type (and stage) fills. */
function fieldFor(type: string, stage: number): EventField | undefined {
  fieldOfEvent ??= new Map(eventFieldsOf().map((field) => [`${KIND_TYPES[field.kind] as string}:${field.stage}`, field]));
  return fieldOfEvent.get(`${type}:${stage}`);
}

/**
 * The inverse of {@link recordToTimeline}: reads a timeline's facts back in
 * the record's shape. For every record `r`,
 * `timelineToRecordFacts(recordToTimeline(r))` equals the timeline facts of
 * `r` (deferrals in date order).
 *
 * @param timeline - a complaint timeline
 * @returns the record facts, frozen
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the value is not a valid timeline (see {@link safeAssessComplaint} for why)
 * @throws {@link TimelineError} `INVALID_TIMELINE` when a record cannot hold the timeline: two events of one kind for a stage (rule `'duplicate-event'`), an event of a stage never requested (`'stage-not-started'`), a deferral inside a deferral (`'deferral-while-deferred'`) or a resumption without one (`'resumed-without-deferral'`)
 *
 * @example
 * ```ts
 * import { timelineToRecordFacts } from 'children-act-complaints';
 *
 * timelineToRecordFacts({
 *   receivedOn: '2024-04-02',
 *   events: [
 *     { type: 'deferred', date: '2024-04-05', reason: 'police investigation' },
 *     { type: 'resumed', date: '2024-05-01' },
 *   ],
 * });
 * // { receivedOn: '2024-04-02', stage1: {}, deferrals: [{ from: '2024-04-05', to: '2024-05-01', reason: 'police investigation' }] }
 * ```
 */
export function timelineToRecordFacts(timeline: ComplaintTimeline): RecordTimelineFacts {
  if (checkShape(TIMELINE_SHAPE, timeline).length > 0) {
    throwIssues([issueOf('wrong-type', { expected: 'a valid complaint timeline', example: 'a timeline; assess it with safeAssessComplaint() to see every problem' }, { field: 'timeline', value: timeline }) as AnyIssue]);
  }
  const events = timeline.events;
  const rank = new Map<string, number>(TIMELINE_EVENT_TYPES.map((type, index) => [type, index]));
  const sorted = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : (rank.get(a.event.type) as number) - (rank.get(b.event.type) as number) || a.index - b.index));
  const refuse = <R extends RejectionRule>(rule: R, details: RejectionDetails[R], index: number): never => {
    const event = events[index] as TimelineEvent;
    throwIssues([
      issueOf(rule, details, { field: `events[${index}]`, value: event, event: { index, type: event.type, stage: 'stage' in event ? event.stage : undefined, date: event.date } }) as AnyIssue,
    ]);
  };
  const groups: Record<string, Loose> = { stage1: {} };
  const top: Loose = {};
  const deferralEvents: { event: TimelineEvent; index: number }[] = [];
  for (const { event, index } of sorted) {
    if (event.type === 'deferred' || event.type === 'resumed') {
      deferralEvents.push({ event, index });
      continue;
    }
    const stage = event.type === 'stage-requested' || event.type === 'acknowledged' || event.type === 'extension-notified' || event.type === 'response' ? event.stage : 0;
    const field = fieldFor(event.type, stage) as EventField;
    let holder: Loose;
    if (field.group === null) holder = top;
    else if (field.key === 'requestedOn') {
      if (groups[field.group] !== undefined) refuse('duplicate-event', { stage, first: null }, index);
      holder = groups[field.group] = {};
    } else if (field.group === 'ombudsman') holder = groups['ombudsman'] ??= {};
    else {
      const group = groups[field.group];
      if (group === undefined) return refuse('stage-not-started', { stage: Number(field.group.slice(5)) }, index);
      holder = group;
    }
    const put = (key: string, value: unknown): void => {
      if (holder[key] !== undefined) refuse('duplicate-event', { stage: stage === 0 ? null : stage, first: null }, index);
      if (value !== undefined) holder[key] = value;
    };
    put(field.key, event.date);
    for (const attribute of field.attributes) put(attribute.field, (event as unknown as Loose)[attribute.key]);
  }
  const deferrals: Loose[] = [];
  let open: Loose | undefined;
  for (let i = 0; i < deferralEvents.length; ) {
    const day = (deferralEvents[i] as { event: TimelineEvent }).event.date;
    const starts: { event: TimelineEvent; index: number }[] = [];
    const ends: { event: TimelineEvent; index: number }[] = [];
    for (; i < deferralEvents.length && (deferralEvents[i] as { event: TimelineEvent }).event.date === day; i += 1) {
      const item = deferralEvents[i] as { event: TimelineEvent; index: number };
      (item.event.type === 'deferred' ? starts : ends).push(item);
    }
    while (starts.length > 0 || ends.length > 0) {
      if (open !== undefined && ends.length > 0) {
        open['to'] = (ends.shift() as { event: TimelineEvent }).event.date;
        open = undefined;
      } else if (open === undefined && starts.length > 0) {
        const { event } = starts.shift() as { event: TimelineEvent & { readonly type: 'deferred' } };
        open = event.reason === undefined ? { from: event.date } : { from: event.date, reason: event.reason };
        deferrals.push(open);
      } else if (open !== undefined) {
        refuse('deferral-while-deferred', { since: String(open['from']) }, (starts.shift() as { index: number }).index);
      } else {
        refuse('resumed-without-deferral', { lastEndedBy: null }, (ends.shift() as { index: number }).index);
      }
    }
  }
  const facts: Loose = {};
  if (timeline.id !== undefined) facts['id'] = timeline.id;
  facts['receivedOn'] = timeline.receivedOn;
  if (timeline.groundsAroseOn !== undefined) facts['groundsAroseOn'] = timeline.groundsAroseOn;
  for (const [name, group] of Object.entries(groups)) facts[name] = Object.freeze(group);
  facts['deferrals'] = Object.freeze(deferrals.map((deferral) => Object.freeze(deferral)));
  for (const [key, value] of Object.entries(top)) facts[key] = value;
  return Object.freeze(facts) as unknown as RecordTimelineFacts;
}
