/**
 * A record's dated fields as the engine's entries, derived from the field
 * table: each date field's `event` says which event it becomes, and each
 * field with an `attribute` fills a property of that event. The report, the
 * readers' check and {@link recordToTimeline} all read a record through this.
 *
 * @internal
 * @module
 */
import { dayNumberOfIso } from '../internal/days';
import { ComplaintInput, K_DECISION, K_DEFERRED, K_RESUMED } from '../procedure/engine/input';
import { NO_DAY } from '../procedure/engine/plan';
import { flatFields, type ComplaintRecord, type FieldMeta } from './fields';

type AttributeKey = NonNullable<FieldMeta['attribute']>['key'];

/** One date field of the table that becomes an event. */
export interface EventField {
  readonly path: string;
  readonly group: string | null;
  readonly key: string;
  readonly kind: number;
  readonly stage: number;
  /** The fields of the same group that fill the event's properties. */
  readonly attributes: readonly { readonly key: AttributeKey; readonly field: string }[];
}

let eventFields: readonly EventField[] | undefined;

/** The table's event fields, in record order (deferrals apart). */
export function eventFieldsOf(): readonly EventField[] {
  if (eventFields !== undefined) return eventFields;
  const fields = flatFields();
  const list: EventField[] = [];
  for (const field of fields) {
    if (field.meta.event === undefined || field.meta.kind !== 'date') continue;
    const attributes = fields.filter((other) => other.meta.attribute?.of === field.path).map((other) => ({ key: (other.meta.attribute as { key: AttributeKey }).key, field: other.key }));
    list.push({ path: field.path, group: field.group, key: field.key, kind: field.meta.event.kind, stage: field.meta.event.stage, attributes });
  }
  return (eventFields = list);
}

/** The first ref of a deferral's dates: `DEFERRAL_REF + 2 * i` is `deferrals[i].from`, and `+ 1` its `to`. */
const DEFERRAL_REF = 1000;

/** The record field an entry came from. */
export function fieldOfRef(ref: number): string {
  if (ref >= DEFERRAL_REF) {
    const index = ref - DEFERRAL_REF;
    return `deferrals[${index >> 1}].${index % 2 === 0 ? 'from' : 'to'}`;
  }
  return eventFieldsOf()[ref]?.path ?? 'record';
}

type Loose = Readonly<Record<string, unknown>>;

/** Reads dates into day numbers, remembering the ones already read (a year's records share a few hundred). */
export class DayReader {
  readonly #days = new Map<string, number>();

  read(value: string): number {
    const known = this.#days.get(value);
    if (known !== undefined) return known;
    const day = dayNumberOfIso(value);
    if (this.#days.size < 40_000) this.#days.set(value, day);
    return day;
  }
}

const days = /* @__PURE__ */ new DayReader();

/**
 * Writes a record's dated fields into `input`. With `cut`, the dates after
 * that day are left out (the record as it stood then), and the return value
 * says whether any was. The record is trusted: it passed the field table's
 * check.
 */
export function recordEntries(record: ComplaintRecord, input: ComplaintInput, cut = Number.POSITIVE_INFINITY, reader: DayReader = days): boolean {
  const loose = record as unknown as Loose;
  input.reset(record.id, reader.read(record.receivedOn), record.groundsAroseOn === undefined ? NO_DAY : reader.read(record.groundsAroseOn));
  let dropped = false;
  const fields = eventFieldsOf();
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i] as EventField;
    const holder = field.group === null ? loose : (loose[field.group] as Loose | undefined);
    if (holder === undefined) continue;
    const value = holder[field.key];
    if (value === undefined) continue;
    if (field.kind === K_DECISION && holder['decision'] === undefined) continue;
    const day = reader.read(value as string);
    if (day > cut) {
      dropped = true;
      continue;
    }
    const entry = input.add(field.kind, field.stage, day, i);
    for (const attribute of field.attributes) {
      const given = holder[attribute.field];
      if (given === undefined) continue;
      if (attribute.key === 'workingDays') entry.workingDays = given as number;
      else entry[attribute.key] = given as string;
    }
  }
  const deferrals = record.deferrals;
  for (let i = 0; i < deferrals.length; i += 1) {
    const deferral = deferrals[i] as ComplaintRecord['deferrals'][number];
    const from = reader.read(deferral.from);
    if (from > cut) dropped = true;
    else input.add(K_DEFERRED, 0, from, DEFERRAL_REF + 2 * i).reason = deferral.reason ?? null;
    if (deferral.to === undefined) continue;
    const to = reader.read(deferral.to);
    if (to > cut) dropped = true;
    else input.add(K_RESUMED, 0, to, DEFERRAL_REF + 2 * i + 1);
  }
  return dropped;
}
