/**
 * The record's fields as flat paths, which CSV column mappings target, and
 * the kind of value each holds.
 *
 * @module
 */

/**
 * Every field of a {@link ComplaintRecord} as a flat path, in record order.
 * A CSV `columns` mapping points the council's headings at these (plus
 * {@link CSV_ONLY_FIELDS}); JSON rows may use them as dotted keys too.
 *
 * @example
 * ```ts
 * import { RECORD_FIELDS } from 'children-act-complaints';
 *
 * RECORD_FIELDS.includes('stage1.respondedOn'); // true
 * ```
 */
export const RECORD_FIELDS = [
  'id',
  'receivedOn',
  'groundsAroseOn',
  'serviceArea',
  'complaintType',
  'source',
  'channel',
  'stage1.acknowledgedOn',
  'stage1.extensionNotifiedOn',
  'stage1.extendedLimitWorkingDays',
  'stage1.extensionReason',
  'stage1.respondedOn',
  'stage1.outcome',
  'stage2.requestedOn',
  'stage2.acknowledgedOn',
  'stage2.statementAgreedOn',
  'stage2.extensionNotifiedOn',
  'stage2.extendedLimitWorkingDays',
  'stage2.extensionReason',
  'stage2.respondedOn',
  'stage2.outcome',
  'stage2.findings',
  'stage3.requestedOn',
  'stage3.panelHeldOn',
  'stage3.panelReportReceivedOn',
  'stage3.respondedOn',
  'stage3.outcome',
  'holds',
  'withdrawnOn',
  'advocacy.offered',
  'advocacy.provided',
  'advocacy.allocatedOn',
  'complainant.ageBand',
  'complainant.gender',
  'complainant.ethnicity',
  'complainant.disability',
  'complainant.sexualOrientation',
  'ombudsman.referredOn',
  'ombudsman.decidedOn',
  'ombudsman.decision',
  'ombudsman.label',
] as const;

/**
 * One of {@link RECORD_FIELDS}.
 *
 * @example
 * ```ts
 * import type { RecordField } from 'children-act-complaints';
 *
 * const field: RecordField = 'ombudsman.decision';
 * ```
 */
export type RecordField = (typeof RECORD_FIELDS)[number];

/**
 * Extra CSV targets for exports that keep one reg 8 hold in its own columns
 * (`hold.from`, `hold.to`, `hold.reason`) rather than a `holds` list.
 *
 * @example
 * ```ts
 * import { CSV_ONLY_FIELDS } from 'children-act-complaints';
 *
 * CSV_ONLY_FIELDS; // ['hold.from', 'hold.to', 'hold.reason']
 * ```
 */
export const CSV_ONLY_FIELDS = ['hold.from', 'hold.to', 'hold.reason'] as const;

/**
 * A field a CSV column can be mapped to: one of {@link RECORD_FIELDS} or {@link CSV_ONLY_FIELDS}.
 *
 * @example
 * ```ts
 * import type { CsvField } from 'children-act-complaints';
 *
 * const columns: Record<string, CsvField> = { 'Ref': 'id', 'Date received': 'receivedOn', 'On hold from': 'hold.from' };
 * ```
 */
export type CsvField = RecordField | (typeof CSV_ONLY_FIELDS)[number];

/** @internal What a field holds. */
export type FieldKind =
  | 'id'
  | 'date'
  | 'text'
  | 'working-days'
  | 'boolean'
  | 'service-area'
  | 'label'
  | 'ombudsman-decision'
  | 'holds'
  | 'findings';

/** @internal The label taxonomies a `'label'` field may use. */
export type LabelTaxonomyName =
  | 'outcome'
  | 'complaintType'
  | 'source'
  | 'channel'
  | 'ageBand'
  | 'gender'
  | 'ethnicity'
  | 'disability'
  | 'sexualOrientation';

/** @internal A field's kind and, for labels, its taxonomy. */
export interface FieldSpec {
  readonly kind: FieldKind;
  readonly taxonomy?: LabelTaxonomyName;
}

const DATE: FieldSpec = { kind: 'date' };
const TEXT: FieldSpec = { kind: 'text' };
const DAYS: FieldSpec = { kind: 'working-days' };
const OUTCOME: FieldSpec = { kind: 'label', taxonomy: 'outcome' };
const YES_NO: FieldSpec = { kind: 'boolean' };

/** @internal The kind of every field. */
export const FIELD_SPECS: Readonly<Record<CsvField, FieldSpec>> = {
  id: { kind: 'id' },
  receivedOn: DATE,
  groundsAroseOn: DATE,
  serviceArea: { kind: 'service-area' },
  complaintType: { kind: 'label', taxonomy: 'complaintType' },
  source: { kind: 'label', taxonomy: 'source' },
  channel: { kind: 'label', taxonomy: 'channel' },
  'stage1.acknowledgedOn': DATE,
  'stage1.extensionNotifiedOn': DATE,
  'stage1.extendedLimitWorkingDays': DAYS,
  'stage1.extensionReason': TEXT,
  'stage1.respondedOn': DATE,
  'stage1.outcome': OUTCOME,
  'stage2.requestedOn': DATE,
  'stage2.acknowledgedOn': DATE,
  'stage2.statementAgreedOn': DATE,
  'stage2.extensionNotifiedOn': DATE,
  'stage2.extendedLimitWorkingDays': DAYS,
  'stage2.extensionReason': TEXT,
  'stage2.respondedOn': DATE,
  'stage2.outcome': OUTCOME,
  'stage2.findings': { kind: 'findings' },
  'stage3.requestedOn': DATE,
  'stage3.panelHeldOn': DATE,
  'stage3.panelReportReceivedOn': DATE,
  'stage3.respondedOn': DATE,
  'stage3.outcome': OUTCOME,
  holds: { kind: 'holds' },
  withdrawnOn: DATE,
  'advocacy.offered': YES_NO,
  'advocacy.provided': YES_NO,
  'advocacy.allocatedOn': DATE,
  'complainant.ageBand': { kind: 'label', taxonomy: 'ageBand' },
  'complainant.gender': { kind: 'label', taxonomy: 'gender' },
  'complainant.ethnicity': { kind: 'label', taxonomy: 'ethnicity' },
  'complainant.disability': { kind: 'label', taxonomy: 'disability' },
  'complainant.sexualOrientation': { kind: 'label', taxonomy: 'sexualOrientation' },
  'ombudsman.referredOn': DATE,
  'ombudsman.decidedOn': DATE,
  'ombudsman.decision': { kind: 'ombudsman-decision' },
  'ombudsman.label': TEXT,
  'hold.from': DATE,
  'hold.to': DATE,
  'hold.reason': TEXT,
};

/** @internal Whether a string is a CSV target. */
export function isCsvField(field: unknown): field is CsvField {
  return typeof field === 'string' && Object.hasOwn(FIELD_SPECS, field);
}
