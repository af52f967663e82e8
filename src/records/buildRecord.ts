/**
 * Turning one row's cells into a frozen {@link ComplaintRecord}, or into
 * every issue that stops it being one.
 *
 * @internal
 * @module
 */
import { englandAndWalesImpl } from '../calendar/englandAndWales';
import { childrenAct1989England } from '../procedure/childrenAct1989England';
import { Checked, checkInput, refOf, type IssueSink } from '../procedure/engine/check';
import { ComplaintInput, type Entry } from '../procedure/engine/input';
import { planFor, type Plan } from '../procedure/engine/plan';
import { issueOf, type RejectionDetails, type RejectionRule } from '../rules';
import { convertRow, type Cell, type ConvertedRow, type DeferralValue, type FindingValue } from './convert';
import { recordEntries, fieldOfRef } from './entries';
import { flatFields, RECORD_SHAPE, type ComplaintRecord, type CsvField } from './fields';
import { makeIssue, type RecordIssue } from './issues';
import type { RecordContext } from './options';
import { markChecked } from './record';
import { checkRecordRules } from './rules';

/** The outcome of reading one row. */
export interface BuiltRow {
  readonly record?: ComplaintRecord;
  readonly id?: string;
  readonly issues: readonly RecordIssue[];
}

let fieldRank: ReadonlyMap<string, number> | undefined;

/** Where a field comes in record order, for sorting issues; unknown fields last. */
function rankOf(field: string): number {
  fieldRank ??= new Map([...flatFields().map((f) => f.path as string), 'deferral.from', 'deferral.to', 'deferral.reason'].map((name, index) => [name, index]));
  const base = /^deferral\./.test(field) ? field : field.replace(/\[\d+\].*$/, '');
  return fieldRank.get(base) ?? fieldRank.size;
}

/** A frozen plain object of the entries whose value is defined. */
function defined<T = Record<string, unknown>>(entries: readonly (readonly [string, unknown])[]): T {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) object[key] = value;
  return Object.freeze(object) as T;
}

/** Builds the record from the row's values, group by group as the field table lays it out. */
function assemble(row: ConvertedRow, decisionText: string | undefined): ComplaintRecord {
  const get = (field: string): unknown => row.values.get(field as CsvField);
  const deferrals: DeferralValue[] = [...((get('deferrals') as DeferralValue[] | undefined) ?? [])];
  if (get('deferral.from') !== undefined) deferrals.push(defined<DeferralValue>([['from', get('deferral.from')], ['to', get('deferral.to')], ['reason', get('deferral.reason')]]));
  deferrals.sort((a, b) => ((a.from as string) < (b.from as string) ? -1 : (a.from as string) > (b.from as string) ? 1 : 0));
  const decision = get('ombudsman.decision');
  // Values the row implies rather than gives.
  const implied: Readonly<Record<string, unknown>> = {
    'advocacy.provided': get('advocacy.provided') ?? (get('advocacy.allocatedOn') === undefined ? undefined : true),
    'ombudsman.label': get('ombudsman.label') ?? (decision !== undefined && decisionText !== decision ? decisionText : undefined),
    'stage2.findings': (get('stage2.findings') as FindingValue[] | undefined)?.map((finding) => Object.freeze({ ...finding })),
  };
  const fields: [string, unknown][] = [];
  for (const [key, prop] of Object.entries(RECORD_SHAPE.fields)) {
    if (key === 'deferrals') {
      fields.push([key, Object.freeze(deferrals.map((deferral) => Object.freeze({ ...deferral })))]);
      continue;
    }
    if (prop.shape.kind !== 'object') {
      const blank = (prop.meta as { blank?: string } | undefined)?.blank;
      fields.push([key, get(key) ?? blank]);
      continue;
    }
    const inner = Object.entries(prop.shape.fields);
    const required = inner.find(([, innerProp]) => !innerProp.optional);
    const present = !prop.optional || (required !== undefined ? row.values.has(`${key}.${required[0]}` as CsvField) : [...row.given].some((field) => field.startsWith(`${key}.`)));
    if (!present) continue;
    fields.push([key, defined(inner.map(([name]) => [name, Object.hasOwn(implied, `${key}.${name}`) ? implied[`${key}.${name}`] : get(`${key}.${name}`)]))]);
  }
  return defined<ComplaintRecord>(fields);
}

/** The engine's plan for the readers' check: the statutory procedure on the default calendar. */
let checkPlan: Plan | undefined;
const checkInputBuffer = /* @__PURE__ */ new ComplaintInput();
const checked = /* @__PURE__ */ new Checked();

/** The engine's objections to a record, as issues on the fields they came from. */
class RecordSink implements IssueSink {
  readonly issues: RecordIssue[] = [];
  constructor(readonly cells: ReadonlyMap<CsvField, Cell>) {}

  issue<R extends RejectionRule>(rule: R, details: RejectionDetails[R], entry: Entry | null, key: string): void {
    const field = entry === null ? key : fieldOfRef(entry.ref);
    const engine = issueOf(rule, details, entry === null ? { field } : { field, event: refOf(entry) });
    const column = this.cells.get(field.replace(/^deferrals\[\d+\]\..*$/, 'deferrals') as CsvField)?.column;
    this.issues.push(makeIssue(field, 'not-assessable', { engineRule: rule, engineMessage: engine.message }, { column }));
  }
}

/**
 * Runs the record through the deadline engine's check, so that every record
 * the readers accept is one the engine can assess.
 */
function engineIssues(record: ComplaintRecord, cells: ReadonlyMap<CsvField, Cell>): readonly RecordIssue[] {
  checkPlan ??= planFor(childrenAct1989England, englandAndWalesImpl, { receipt: childrenAct1989England.receipt.default, stage2ClockStartsOn: 'request' });
  recordEntries(record, checkInputBuffer);
  let latest = checkInputBuffer.received;
  for (let i = 0; i < checkInputBuffer.count; i += 1) latest = Math.max(latest, (checkInputBuffer.entries[i] as Entry).day);
  const sink = new RecordSink(cells);
  checkInput(checkInputBuffer, checkPlan, latest, checked, sink);
  return sink.issues;
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
  const refusals = engineIssues(record, input);
  return refusals.length === 0 ? { record: markChecked(record), id: id as string, issues: [] } : { id: id as string, issues: refusals };
}
