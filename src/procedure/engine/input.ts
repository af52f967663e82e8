/**
 * The engine's one input shape: a complaint as its receipt and a list of
 * dated entries, one per event. A timeline's events and a record's fields
 * are both written into it (by `fromTimeline` and the records module), into
 * buffers that are reused from one complaint to the next, so the report's
 * pass over a million records allocates nothing per record.
 *
 * @internal
 * @module
 */
import { TIMELINE_EVENT_TYPES } from '../timeline';
import { NO_DAY } from './plan';

/** Entry kinds: the event types as small integers, in their same-day order. */
export const K_REQUEST = 0;
export const K_ACKNOWLEDGED = 1;
export const K_STATEMENT = 2;
export const K_EXTENSION = 3;
export const K_PANEL = 4;
export const K_REPORT = 5;
export const K_RESPONSE = 6;
export const K_RESUMED = 7;
export const K_DEFERRED = 8;
export const K_WITHDRAWN = 9;
export const K_REFERRED = 10;
export const K_DECISION = 11;

/** The event type of each kind. */
export const KIND_TYPES = TIMELINE_EVENT_TYPES;

/** One event, as the engine reads it. */
export interface Entry {
  kind: number;
  /** The stage the event names (0 when it names none). */
  stage: number;
  day: number;
  /** Where it came from: the index in `timeline.events`, or a record's field number. */
  ref: number;
  outcome: string | null;
  /** An extension's new total limit, or {@link NO_DAY} for the stage's maximum. */
  workingDays: number;
  reason: string | null;
  decision: string | null;
  label: string | null;
  /** The source event, for telling identical-looking events apart in a stable order; `null` for a record's field. */
  source: object | null;
}

function blankEntry(): Entry {
  return { kind: 0, stage: 0, day: NO_DAY, ref: 0, outcome: null, workingDays: NO_DAY, reason: null, decision: null, label: null, source: null };
}

/** A complaint as the engine reads it; reused from one complaint to the next. */
export class ComplaintInput {
  id: string | null = null;
  received = NO_DAY;
  grounds = NO_DAY;
  /** The entries; only the first `count` are in use. */
  readonly entries: Entry[] = [];
  count = 0;

  /** Empties the input for the next complaint. */
  reset(id: string | null, received: number, grounds: number): void {
    this.id = id;
    this.received = received;
    this.grounds = grounds;
    this.count = 0;
  }

  /** Adds an entry and returns it, its optional parts cleared. */
  add(kind: number, stage: number, day: number, ref: number): Entry {
    let entry = this.entries[this.count];
    if (entry === undefined) this.entries.push((entry = blankEntry()));
    this.count += 1;
    entry.kind = kind;
    entry.stage = stage;
    entry.day = day;
    entry.ref = ref;
    entry.outcome = null;
    entry.workingDays = NO_DAY;
    entry.reason = null;
    entry.decision = null;
    entry.label = null;
    entry.source = null;
    return entry;
  }
}

/** A key that orders identical events the same way whatever their input order. */
function canonical(source: object | null): string {
  if (source === null) return '';
  const record = source as Record<string, unknown>;
  return Object.keys(record)
    .sort()
    .map((key) => `${key}=${String(record[key])}`)
    .join('\u0000');
}

function compare(a: Entry, b: Entry): number {
  const order = a.day - b.day || a.kind - b.kind || a.stage - b.stage;
  if (order !== 0) return order;
  const ka = canonical(a.source);
  const kb = canonical(b.source);
  return (ka < kb ? -1 : ka > kb ? 1 : 0) || a.ref - b.ref;
}

/**
 * Sorts the entries by date, then by the fixed type order, then by stage,
 * then by content, so that nothing the engine says depends on the order
 * the events were given in.
 */
export function sortEntries(input: ComplaintInput): void {
  const { entries, count } = input;
  if (count <= 24) {
    for (let i = 1; i < count; i += 1) {
      const entry = entries[i] as Entry;
      let j = i - 1;
      while (j >= 0 && compare(entries[j] as Entry, entry) > 0) {
        entries[j + 1] = entries[j] as Entry;
        j -= 1;
      }
      entries[j + 1] = entry;
    }
    return;
  }
  const sorted = entries.slice(0, count).sort(compare);
  for (let i = 0; i < count; i += 1) entries[i] = sorted[i] as Entry;
}
