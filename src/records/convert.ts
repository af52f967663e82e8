/**
 * Reading each field of a row into its typed value, collecting a
 * {@link RecordIssue} for every value that cannot be read.
 *
 * @internal
 * @module
 */
import type { PlainDate } from '../calendar/plainDate';
import { UnknownLabelError } from '../errors';
import type { RejectionDetails, RejectionRule } from '../rules';
import { normaliseLabel, type LabelParseResult } from '../taxonomy/labels';
import { stageOutcomes } from '../taxonomy/outcomes';
import { readDate } from './dates';
import { csvFieldSpecs, type CsvField, type FieldMeta } from './fields';
import { makeIssue, type RecordIssue } from './issues';
import type { RecordContext } from './options';

/** One input value and, for CSV, the heading it came from. */
export interface Cell {
  readonly value: unknown;
  readonly column?: string;
}

/** A deferral read from the input; parts that failed are absent. */
export interface DeferralValue {
  readonly from?: PlainDate;
  readonly to?: PlainDate;
  readonly reason?: string;
}

/** A finding read from the input. */
export interface FindingValue {
  readonly point: string;
  readonly outcome: string;
}

/** The typed values of a row, and what went wrong reading it. */
export interface ConvertedRow {
  /** The values that were read, by field. */
  readonly values: Map<CsvField, unknown>;
  /** The fields the row gave a non-blank value for, whether or not it could be read. */
  readonly given: Set<CsvField>;
  /** Outcome fields whose label meant "still open". */
  readonly open: Set<CsvField>;
  readonly issues: RecordIssue[];
}

const YES: ReadonlySet<string> = /* @__PURE__ */ new Set(['yes', 'y', 'true', '1', 'offered', 'provided']);
const NO: ReadonlySet<string> = /* @__PURE__ */ new Set(['no', 'n', 'false', '0', 'none']);
const MAX_WORKING_DAYS = 999;

/** The items of a list written in one cell, separated by semicolons. */
function listItems(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Whether a value counts as "not given". */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Reads the own enumerable string keys of an object into a Map, so no key can reach a prototype. */
export function ownEntries(value: object): Map<string, unknown> {
  return new Map(Object.entries(value));
}

class RowReader {
  readonly values = new Map<CsvField, unknown>();
  readonly given = new Set<CsvField>();
  readonly open = new Set<CsvField>();
  readonly issues: RecordIssue[] = [];

  constructor(readonly context: RecordContext) {}

  issue<R extends RejectionRule>(field: string, rule: R, details: RejectionDetails[R], cell: Cell | undefined, value: unknown, suggestions?: readonly string[]): void {
    this.issues.push(makeIssue(field, rule, details, { value, column: cell?.column, ...(suggestions === undefined ? {} : { suggestions }) }));
  }

  invalid(field: string, cell: Cell | undefined, value: unknown, expected: string): undefined {
    this.issue(field, 'invalid-value', { expected }, cell, value);
    return undefined;
  }

  date(field: string, value: unknown, cell: Cell | undefined): PlainDate | undefined {
    const reading = readDate(value);
    if (reading.ok) return reading.date;
    if (reading.code === 'INVALID_DATE') this.issue(field, 'invalid-date', { hint: reading.hint, reader: true }, cell, value);
    else this.issue(field, 'out-of-range', { what: 'date' }, cell, value);
    return undefined;
  }

  text(field: string, value: unknown, cell: Cell | undefined): string | undefined {
    if (typeof value === 'string') return value.trim();
    this.invalid(field, cell, value, 'text');
    return undefined;
  }

  label<T extends string>(field: string, result: LabelParseResult<T>, cell: Cell | undefined, value: unknown): T | undefined {
    if (result.success) return result.data;
    if (result.error instanceof UnknownLabelError) {
      const error = result.error;
      this.issues.push(Object.freeze({ ...makeIssue(field, error.rule, error.details as RejectionDetails['unknown-label'], { value, column: cell?.column, suggestions: error.suggestions }), message: `${field}: ${error.issues[0]?.message ?? error.message}`, fix: error.fix }));
    } else {
      this.invalid(field, cell, value, 'a label (text)');
    }
    return undefined;
  }

  read(field: CsvField, cell: Cell): void {
    if (isBlank(cell.value)) return;
    this.given.add(field);
    const value = this.convert(field, (csvFieldSpecs().get(field) as { meta: FieldMeta }).meta, cell);
    if (value !== undefined) this.values.set(field, value);
  }

  convert(field: CsvField, spec: FieldMeta, cell: Cell): unknown {
    const { value } = cell;
    switch (spec.kind) {
      case 'id':
        if (typeof value === 'string') return value.trim();
        if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
        return this.invalid(field, cell, value, 'text or a whole number');
      case 'date':
        return this.date(field, value, cell);
      case 'text':
        return this.text(field, value, cell);
      case 'working-days': {
        const amount = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
        if (typeof amount === 'number' && Number.isInteger(amount) && amount >= 1 && amount <= MAX_WORKING_DAYS) return amount;
        return this.invalid(field, cell, value, `a whole number of working days from 1 to ${MAX_WORKING_DAYS}`);
      }
      case 'boolean': {
        if (typeof value === 'boolean') return value;
        const key = typeof value === 'string' || typeof value === 'number' ? normaliseLabel(String(value)) : '';
        if (YES.has(key)) return true;
        if (NO.has(key)) return false;
        return this.invalid(field, cell, value, 'yes or no');
      }
      case 'service-area':
        return this.label(field, this.context.serviceArea.safeParse(value, field), cell, value);
      case 'label': {
        if (spec.taxonomy === 'outcome' && typeof value === 'string' && this.context.isOpenState(value) && this.context.labels.outcome.match(value) === undefined) {
          this.open.add(field);
          return undefined;
        }
        const matcher = this.context.labels[spec.taxonomy ?? 'outcome'];
        return this.label(field, matcher.safeParse(value, field), cell, value);
      }
      case 'deferrals':
        return this.deferrals(field, cell);
      case 'findings':
        return this.findings(field, cell);
    }
  }

  /** Reads `deferrals`: a JSON array of `{ from, to?, reason? }`, or text such as "01/05/2024 to 10/05/2024; 03/06/2024". */
  deferrals(field: string, cell: Cell): DeferralValue[] | undefined {
    const { value } = cell;
    const before = this.issues.length;
    let deferrals: DeferralValue[];
    if (typeof value === 'string') {
      deferrals = listItems(value).map((part, index) => {
          const [from, to, ...rest] = part.split(/\s+(?:to|until|–|—|-)\s+|\s*\.\.\s*/i);
          if (rest.length > 0) this.invalid(`${field}[${index}]`, cell, part, 'a period written "from to until", e.g. "01/05/2024 to 10/05/2024"');
          return this.period(`${field}[${index}]`, cell, from, to, undefined);
        });
    } else if (Array.isArray(value)) {
      deferrals = value.map((entry: unknown, index) => {
        const at = `${field}[${index}]`;
        if (typeof entry !== 'object' || entry === null) {
          this.invalid(at, cell, entry, 'an object with from, to and reason');
          return {};
        }
        const entries = ownEntries(entry);
        this.unknownKeys(at, entries, ['from', 'to', 'reason'], cell);
        return this.period(at, cell, entries.get('from'), entries.get('to'), entries.get('reason'));
      });
    } else {
      return this.invalid(field, cell, value, 'a list of periods');
    }
    return this.issues.length === before ? deferrals : undefined;
  }

  period(at: string, cell: Cell, from: unknown, to: unknown, reason: unknown): DeferralValue {
    const deferral: { from?: PlainDate; to?: PlainDate; reason?: string } = {};
    if (isBlank(from)) this.issue(`${at}.from`, 'required', { what: `${at} has no start date.` }, cell, from);
    else {
      const date = this.date(`${at}.from`, from, cell);
      if (date !== undefined) deferral.from = date;
    }
    if (!isBlank(to)) {
      const date = this.date(`${at}.to`, to, cell);
      if (date !== undefined) deferral.to = date;
    }
    if (!isBlank(reason)) {
      const text = this.text(`${at}.reason`, reason, cell);
      if (text !== undefined) deferral.reason = text;
    }
    return deferral;
  }

  /** Reads Stage 2 `findings`: a JSON array of `{ point, outcome }`, or text such as "Contact: upheld; Records: not upheld". */
  findings(field: string, cell: Cell): FindingValue[] | undefined {
    const { value } = cell;
    const before = this.issues.length;
    let raw: [unknown, unknown][];
    if (typeof value === 'string') {
      raw = listItems(value).map((part, index): [unknown, unknown] => {
          const colon = part.lastIndexOf(':');
          return colon < 0 ? [String(index + 1), part] : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
        });
    } else if (Array.isArray(value)) {
      raw = value.map((entry: unknown, index) => {
        if (typeof entry !== 'object' || entry === null) return [undefined, entry];
        const entries = ownEntries(entry);
        this.unknownKeys(`${field}[${index}]`, entries, ['point', 'outcome'], cell);
        return [entries.get('point'), entries.get('outcome')];
      });
    } else {
      return this.invalid(field, cell, value, 'a list of findings');
    }
    const findings = raw.map(([point, outcome], index): FindingValue => {
      const at = `${field}[${index}]`;
      if (typeof point !== 'string' || point.trim() === '') this.invalid(`${at}.point`, cell, point, 'the text of the point');
      const read = this.label(`${at}.outcome`, this.context.labels.outcome.safeParse(outcome, `${at}.outcome`), cell, outcome);
      return { point: typeof point === 'string' ? point.trim() : '', outcome: read ?? '' };
    });
    return this.issues.length === before ? findings : undefined;
  }

  unknownKeys(at: string, entries: ReadonlyMap<string, unknown>, known: readonly string[], cell: Cell | undefined): void {
    if (this.context.unknownFields === 'ignore') return;
    for (const key of entries.keys()) {
      if (!known.includes(key)) {
        this.issue(`${at}.${key}`, 'unknown-field', { known }, cell, key);
      }
    }
  }
}

/** Reads every cell of a row. */
export function convertRow(cells: ReadonlyMap<CsvField, Cell>, context: RecordContext): ConvertedRow {
  const reader = new RowReader(context);
  for (const [field, cell] of cells) reader.read(field, cell);
  return reader;
}

/** @internal Reports unknown keys of a nested object, for the JSON reader. */
export function unknownKeyIssues(at: string, entries: ReadonlyMap<string, unknown>, known: readonly string[], context: RecordContext): RecordIssue[] {
  const reader = new RowReader(context);
  reader.unknownKeys(at, entries, known, undefined);
  return reader.issues;
}
