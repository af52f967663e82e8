/**
 * Turning one row's cells into a frozen {@link ComplaintRecord}, or into
 * every issue that stops it being one.
 *
 * @internal
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import { ChildrenActComplaintsError, TimelineError } from '../errors';
import { assessComplaint } from '../procedure/assessComplaint';
import { convertRow, type Cell, type ConvertedRow, type FindingValue, type HoldValue } from './convert';
import { FIELD_SPECS, type CsvField } from './fields';
import type { RecordIssue } from './issues';
import type { RecordContext } from './options';
import type { ComplaintRecord } from './record';
import { checkRecordRules } from './rules';
import { sourcedEventsOf } from './timeline';
import { makeIssue } from './issues';

/** The outcome of reading one row. */
export interface BuiltRow {
  readonly record?: ComplaintRecord;
  readonly id?: string;
  readonly issues: readonly RecordIssue[];
}

let fieldRank: ReadonlyMap<string, number> | undefined;

/** Where a field comes in record order, for sorting issues; unknown fields last. */
function rankOf(field: string): number {
  fieldRank ??= new Map(Object.keys(FIELD_SPECS).map((name, index) => [name, index]));
  const base = /^hold\./.test(field) ? field : field.replace(/\[\d+\].*$/, '');
  return fieldRank.get(base) ?? fieldRank.size;
}

/** A plain object of the entries whose value is defined, frozen. */
function defined<T = Record<string, unknown>>(entries: readonly (readonly [string, unknown])[]): T {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) object[key] = value;
  return Object.freeze(object) as T;
}

function assemble(row: ConvertedRow, decisionText: string | undefined): ComplaintRecord {
  const get = (field: CsvField): unknown => row.values.get(field);
  /** A nested object of the given fields, when the row gave any of them; `values` replace what was read. */
  const group = (prefix: string, keys: readonly string[], values: Readonly<Record<string, unknown>> = {}): object | undefined =>
    [...row.given].some((field) => field.startsWith(`${prefix}.`))
      ? defined(keys.map((key) => [key, key in values ? values[key] : get(`${prefix}.${key}` as CsvField)]))
      : undefined;
  const stage = (n: 1 | 2): [string, unknown][] => [
    ['acknowledgedOn', get(`stage${n}.acknowledgedOn`)],
    ['extensionNotifiedOn', get(`stage${n}.extensionNotifiedOn`)],
    ['extendedLimitWorkingDays', get(`stage${n}.extendedLimitWorkingDays`)],
    ['extensionReason', get(`stage${n}.extensionReason`)],
    ['respondedOn', get(`stage${n}.respondedOn`)],
    ['outcome', get(`stage${n}.outcome`)],
  ];
  const holds: HoldValue[] = [...((get('holds') as HoldValue[] | undefined) ?? [])];
  if (get('hold.from') !== undefined) holds.push({ from: get('hold.from') as PlainDate, ...defined<HoldValue>([['to', get('hold.to')], ['reason', get('hold.reason')]]) });
  holds.sort((a, b) => ((a.from as string) < (b.from as string) ? -1 : (a.from as string) > (b.from as string) ? 1 : 0));
  const findings = get('stage2.findings') as FindingValue[] | undefined;
  const decision = get('ombudsman.decision');
  const label = get('ombudsman.label') ?? (decision !== undefined && decisionText !== decision ? decisionText : undefined);
  const allocatedOn = get('advocacy.allocatedOn');

  return defined<ComplaintRecord>([
    ['id', get('id')],
    ['receivedOn', get('receivedOn')],
    ['groundsAroseOn', get('groundsAroseOn')],
    ['serviceArea', get('serviceArea')],
    ['complaintType', get('complaintType') ?? 'not-recorded'],
    ['source', get('source') ?? 'not-recorded'],
    ['channel', get('channel')],
    ['stage1', defined(stage(1))],
    [
      'stage2',
      row.values.has('stage2.requestedOn')
        ? defined([
            ['requestedOn', get('stage2.requestedOn')],
            ['statementAgreedOn', get('stage2.statementAgreedOn')],
            ...stage(2),
            ['findings', findings === undefined ? undefined : Object.freeze(findings.map((finding) => Object.freeze({ ...finding })))],
          ])
        : undefined,
    ],
    [
      'stage3',
      row.values.has('stage3.requestedOn')
        ? defined([
            ['requestedOn', get('stage3.requestedOn')],
            ['panelHeldOn', get('stage3.panelHeldOn')],
            ['panelReportReceivedOn', get('stage3.panelReportReceivedOn')],
            ['respondedOn', get('stage3.respondedOn')],
            ['outcome', get('stage3.outcome')],
          ])
        : undefined,
    ],
    ['holds', Object.freeze(holds.map((hold) => Object.freeze({ ...hold })))],
    ['withdrawnOn', get('withdrawnOn')],
    ['advocacy', group('advocacy', ['offered', 'provided', 'allocatedOn'], { provided: get('advocacy.provided') ?? (allocatedOn === undefined ? undefined : true) })],
    ['complainant', group('complainant', ['ageBand', 'gender', 'ethnicity', 'disability', 'sexualOrientation'])],
    ['ombudsman', group('ombudsman', ['referredOn', 'decidedOn', 'decision', 'label'], { label })],
  ]);
}

/**
 * Reads one row. `cells` holds the row's values by field; `issues` are the
 * problems already found by the caller (unknown keys, a CSV error).
 */
export function buildRecord(cells: ReadonlyMap<CsvField, Cell>, context: RecordContext, issues: readonly RecordIssue[] = []): BuiltRow {
  let input = cells;
  // An era label given on its own is also the decision to read.
  const labelCell = cells.get('ombudsman.label');
  if (labelCell !== undefined && !cells.has('ombudsman.decision')) input = new Map([...cells, ['ombudsman.decision', labelCell]]);
  const row = convertRow(input, context);
  const all = [...issues, ...row.issues, ...checkRecordRules(row, input, context)];
  const id = row.values.get('id') as string | undefined;
  if (all.length > 0) {
    const ordered = all.map((issue, index) => ({ issue, index })).sort((a, b) => rankOf(a.issue.field) - rankOf(b.issue.field) || a.index - b.index);
    return id === undefined ? { issues: ordered.map((o) => o.issue) } : { id, issues: ordered.map((o) => o.issue) };
  }
  const decisionCell = input.get('ombudsman.decision');
  const decisionText = typeof decisionCell?.value === 'string' ? decisionCell.value.trim() : undefined;
  const record = assemble(row, decisionText);
  const refusal = engineRefusal(record, context, input);
  return refusal === undefined ? { record, id: id as string, issues: [] } : { id: id as string, issues: [refusal] };
}

/**
 * Runs the record's timeline through the deadline engine, so that every
 * record the readers accept is one the engine can assess. Returns the
 * engine's objection as an issue on the record field it came from.
 */
function engineRefusal(record: ComplaintRecord, context: RecordContext, cells: ReadonlyMap<CsvField, Cell>): RecordIssue | undefined {
  const sourced = sourcedEventsOf(record);
  const latest = sourced.reduce<string>((max, { event }) => (event.date > max ? event.date : max), record.receivedOn);
  try {
    assessComplaint(
      { id: record.id, receivedOn: record.receivedOn, ...(record.groundsAroseOn === undefined ? {} : { groundsAroseOn: record.groundsAroseOn }), events: sourced.map((s) => s.event) },
      { asOf: context.asOf ?? latest },
    );
    return undefined;
  } catch (error) {
    if (!(error instanceof ChildrenActComplaintsError)) throw error;
    const index = error instanceof TimelineError ? error.eventIndex : null;
    const field = index === null ? error.field : (sourced[index]?.field ?? error.field);
    const rule = error instanceof TimelineError ? ` (engine rule '${error.rule}')` : '';
    const column = cells.get(field.replace(/^holds\[\d+\]\..*$/, 'holds') as CsvField)?.column;
    const message = `The deadline engine cannot assess this record${rule}: ${error.message.replace(/^\[[^\]]+\] [A-Z_]+: /, '')}`;
    return makeIssue(field, error.code, 'not-assessable', message, { column });
  }
}
