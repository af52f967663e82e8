/**
 * The field table: every field of a complaint record written once, with its
 * type, what it means, how an export's cell is read into it, and the
 * timeline event it becomes. The record's TypeScript type, its check at the
 * boundary, the zod schema of the `schemas` subpath, the CSV column targets,
 * the conversion to and from a timeline, and the report's reading of a
 * record are all derived from this table.
 *
 * @module
 */
import { s, type Fields, type Infer, type ObjectShape, type Prop, type Shape } from '../internal/shape';
import { K_ACKNOWLEDGED, K_DECISION, K_DEFERRED, K_EXTENSION, K_PANEL, K_REFERRED, K_REPORT, K_REQUEST, K_RESPONSE, K_RESUMED, K_STATEMENT, K_WITHDRAWN } from '../procedure/engine/input';
import { ageBands, disabilityStatuses, ethnicGroups, genders, sexualOrientations } from '../taxonomy/characteristics';
import { channels } from '../taxonomy/channels';
import { complaintTypes } from '../taxonomy/complaintTypes';
import { ombudsmanDecisions } from '../taxonomy/ombudsman';
import { stageOutcomes } from '../taxonomy/outcomes';
import { complainantSources } from '../taxonomy/sources';

/** @internal How a cell of an export is read into a field. */
export type FieldKind = 'id' | 'date' | 'text' | 'working-days' | 'boolean' | 'service-area' | 'label' | 'deferrals' | 'findings';

/** @internal The taxonomies a `'label'` field may use, by their `name`. */
export type LabelTaxonomyName = 'outcome' | 'complaintType' | 'source' | 'channel' | 'ombudsmanDecision' | 'ageBand' | 'gender' | 'ethnicity' | 'disability' | 'sexualOrientation';

/** @internal What the records module knows of a field beyond its shape. */
export interface FieldMeta {
  readonly kind: FieldKind;
  readonly taxonomy?: LabelTaxonomyName;
  /** The timeline event the field's date becomes: its kind, and the stage it names (0 for none). */
  readonly event?: { readonly kind: number; readonly stage: number };
  /** The event property the field fills, on the event of field `of`. */
  readonly attribute?: { readonly of: string; readonly key: 'workingDays' | 'reason' | 'outcome' | 'decision' | 'label' };
  /** What a blank cell means: this value, rather than an absent field. */
  readonly blank?: string;
  /** A date that may come before receipt. */
  readonly beforeReceipt?: boolean;
}

const meta = (m: FieldMeta): FieldMeta => m;
const date = (doc: string, m: Omit<FieldMeta, 'kind'> = {}) => s.optional(s.date(), doc, meta({ kind: 'date', ...m }));
const requiredDate = (doc: string, m: Omit<FieldMeta, 'kind'> = {}) => s.required(s.date(), doc, meta({ kind: 'date', ...m }));
const label = <V extends string>(values: readonly V[], taxonomy: LabelTaxonomyName, doc: string, m: Omit<FieldMeta, 'kind' | 'taxonomy'> = {}) =>
  s.optional(s.oneOf(values), doc, meta({ kind: 'label', taxonomy, ...m }));
const outcome = (of: string) => label(stageOutcomes.values, 'outcome', 'The outcome of the response; absent while the stage is open.', { attribute: { of, key: 'outcome' } });
const extension = (stage: 1 | 2) => ({
  extensionNotifiedOn: date('When the complainant was told the response would take longer.', { event: { kind: K_EXTENSION, stage } }),
  extendedLimitWorkingDays: s.optional(s.int(1, 999), 'The new total limit, in working days from the stage start; the stage’s maximum when absent.', meta({ kind: 'working-days', attribute: { of: `stage${stage}.extensionNotifiedOn`, key: 'workingDays' } })),
  extensionReason: s.optional(s.text(true), 'Why the stage was extended.', meta({ kind: 'text', attribute: { of: `stage${stage}.extensionNotifiedOn`, key: 'reason' } })),
});

/** @internal The field table, as the shape of a {@link ComplaintRecord}. */
export const RECORD_SHAPE = /* @__PURE__ */ (() =>
  s.object({
    id: s.required(s.text(true), 'The council’s reference for the complaint.', meta({ kind: 'id' })),
    receivedOn: requiredDate('The day the complaint (representation) was received: Stage 1 starts.'),
    groundsAroseOn: date('The day the grounds arose, for the one-year time limit (reg 9).', { beforeReceipt: true }),
    serviceArea: s.required(s.text(true), 'The id of a service area from the council’s declared list.', meta({ kind: 'service-area' })),
    complaintType: s.required(s.oneOf(complaintTypes.values), 'The complaint’s type; `not-recorded` when the export left it blank.', meta({ kind: 'label', taxonomy: 'complaintType', blank: 'not-recorded' })),
    source: s.required(s.oneOf(complainantSources.values), 'Who complained; `not-recorded` when the export left it blank.', meta({ kind: 'label', taxonomy: 'source', blank: 'not-recorded' })),
    channel: label(channels.values, 'channel', 'How the complaint arrived; absent when not recorded.'),
    stage1: s.required(
      s.object({
        acknowledgedOn: date('When the complaint was acknowledged (used by the Complaint Handling Code).', { event: { kind: K_ACKNOWLEDGED, stage: 1 } }),
        ...extension(1),
        respondedOn: date('When the Stage 1 response was sent.', { event: { kind: K_RESPONSE, stage: 1 } }),
        outcome: outcome('stage1.respondedOn'),
      }),
      'Stage 1, local resolution.',
    ),
    stage2: s.optional(
      s.object({
        requestedOn: requiredDate('When Stage 2 was requested.', { event: { kind: K_REQUEST, stage: 2 } }),
        acknowledgedOn: date('When the request was acknowledged.', { event: { kind: K_ACKNOWLEDGED, stage: 2 } }),
        statementAgreedOn: date('When the written statement of complaint was agreed (reg 16).', { event: { kind: K_STATEMENT, stage: 0 } }),
        ...extension(2),
        respondedOn: date('When the council’s adjudication was sent.', { event: { kind: K_RESPONSE, stage: 2 } }),
        outcome: outcome('stage2.respondedOn'),
        findings: s.optional(
          s.array(
            s.object({
              point: s.required(s.text(true), 'The point of complaint, as the investigation worded it.'),
              outcome: s.required(s.oneOf(stageOutcomes.values), 'The finding on that point.'),
            }),
          ),
          'The finding on each point of complaint, where recorded.',
          meta({ kind: 'findings' }),
        ),
      }),
      'Stage 2, the investigation, once requested.',
    ),
    stage3: s.optional(
      s.object({
        requestedOn: requiredDate('When Stage 3 was requested.', { event: { kind: K_REQUEST, stage: 3 } }),
        panelHeldOn: date('When the review panel met.', { event: { kind: K_PANEL, stage: 0 } }),
        panelReportReceivedOn: date('When the council received the panel’s report.', { event: { kind: K_REPORT, stage: 0 } }),
        respondedOn: date('When the council responded to the panel’s recommendations.', { event: { kind: K_RESPONSE, stage: 3 } }),
        outcome: outcome('stage3.respondedOn'),
      }),
      'Stage 3, the review panel, once requested.',
    ),
    deferrals: s.required(
      s.array(
        s.object({
          from: s.required(s.date(), 'The day consideration was deferred.', meta({ kind: 'date', event: { kind: K_DEFERRED, stage: 0 } })),
          to: s.optional(s.date(), 'The day the clock restarted; absent while still deferred.', meta({ kind: 'date', event: { kind: K_RESUMED, stage: 0 } })),
          reason: s.optional(s.text(true), 'Why: the proceedings that would be prejudiced.', meta({ kind: 'text', attribute: { of: 'from', key: 'reason' } })),
        }),
      ),
      'Deferrals under regulation 8, in date order, when the clock stopped.',
      meta({ kind: 'deferrals' }),
    ),
    withdrawnOn: date('When the complainant withdrew the complaint.', { event: { kind: K_WITHDRAWN, stage: 0 } }),
    advocacy: s.optional(
      s.object({
        offered: s.optional(s.boolean(), 'Whether advocacy was offered.', meta({ kind: 'boolean' })),
        provided: s.optional(s.boolean(), 'Whether an advocate was provided.', meta({ kind: 'boolean' })),
        allocatedOn: date('When an advocate was allocated, for counting advocacy by quarter.', { beforeReceipt: true }),
      }),
      'Advocacy for the complaint (s.26A).',
    ),
    complainant: s.optional(
      s.object({
        ageBand: label(ageBands.values, 'ageBand', 'Age band.'),
        gender: label(genders.values, 'gender', 'The complainant’s gender.'),
        ethnicity: label(ethnicGroups.values, 'ethnicity', 'Ethnic group (the five Census groups).'),
        disability: label(disabilityStatuses.values, 'disability', 'Whether the complainant is disabled.'),
        sexualOrientation: label(sexualOrientations.values, 'sexualOrientation', 'Sexual orientation.'),
      }),
      'The complainant’s characteristics; an absent field means not recorded.',
    ),
    ombudsman: s.optional(
      s.object({
        referredOn: date('When the complaint was referred to the Ombudsman.', { event: { kind: K_REFERRED, stage: 0 } }),
        decidedOn: date('When the Ombudsman decided.', { event: { kind: K_DECISION, stage: 0 } }),
        decision: label(ombudsmanDecisions.values, 'ombudsmanDecision', 'The decision, in the canonical set.', { attribute: { of: 'ombudsman.decidedOn', key: 'decision' } }),
        label: s.optional(s.text(true), 'The decision as the era’s own label wrote it, verbatim.', meta({ kind: 'text', attribute: { of: 'ombudsman.decidedOn', key: 'label' } })),
      }),
      'The complaint’s time with the Local Government and Social Care Ombudsman.',
    ),
  }))();

/**
 * One complaint, as the annual report and the deadline engine need it.
 *
 * - `id`: the council's reference. `receivedOn`: the day the complaint
 *   (representation) was received, when Stage 1 starts. `groundsAroseOn`:
 *   when the grounds arose, for the one-year time limit (reg 9).
 * - `serviceArea`: an id from the council's declared list (see
 *   {@link defineServiceAreas}). `complaintType` and `source` are
 *   `'not-recorded'` when the export left them blank. `channel` is absent when
 *   not recorded.
 * - `stage1`, `stage2`, `stage3`: what happened at each stage. Stage 1 always
 *   exists (it starts on receipt); Stage 2 and 3 exist once requested.
 *   `extendedLimitWorkingDays` is the new total limit from the stage start
 *   (the stage's maximum when absent). Stage 2 `findings` are the per-point
 *   findings, where recorded. Stage 3 holds the panel dates and the council's
 *   response to the panel.
 * - `deferrals`: deferrals under regulation 8, when the clock stopped (`to`
 *   absent while still deferred).
 * - `withdrawnOn`, `advocacy` (offered, provided, and the day an advocate was
 *   allocated), `complainant` characteristics (absent means not recorded), and
 *   `ombudsman` (referral, decision, and the era's own `label`, verbatim).
 *
 * Every field is described once, in the library's field table; `RECORD_FIELDS`
 * lists them as flat paths.
 *
 * @example
 * ```ts
 * import type { ComplaintRecord, PlainDate } from 'children-act-complaints';
 *
 * const record: ComplaintRecord = {
 *   id: 'C-2024-017',
 *   receivedOn: '2024-03-25' as PlainDate,
 *   serviceArea: 'children-in-need',
 *   complaintType: 'staff-behaviour',
 *   source: 'parent-guardian',
 *   stage1: { respondedOn: '2024-04-10' as PlainDate, outcome: 'not-upheld' },
 *   deferrals: [],
 * };
 * ```
 *
 * @useDeclaredType
 */
export type ComplaintRecord = Infer<typeof RECORD_SHAPE>;

type Paths<F extends Fields> = {
  [K in keyof F & string]: F[K]['shape'] extends ObjectShape<infer G> ? `${K}.${keyof G & string}` : K;
}[keyof F & string];

/**
 * A field of a {@link ComplaintRecord} as a flat path, e.g. `'stage1.respondedOn'`.
 *
 * @example
 * ```ts
 * import type { RecordField } from 'children-act-complaints';
 *
 * const field: RecordField = 'ombudsman.decision';
 * ```
 *
 * @useDeclaredType
 */
export type RecordField = Paths<(typeof RECORD_SHAPE)['fields']>;

/** @internal One field of the table, flattened: its path, its group and key, its property and what the records module knows of it. */
export interface FlatField {
  readonly path: RecordField;
  readonly group: string | null;
  readonly key: string;
  readonly prop: Prop;
  readonly meta: FieldMeta;
}

function flatten(): FlatField[] {
  const list: FlatField[] = [];
  for (const [key, prop] of Object.entries(RECORD_SHAPE.fields) as [string, Prop][]) {
    if (prop.shape.kind === 'object') {
      for (const [inner, innerProp] of Object.entries(prop.shape.fields) as [string, Prop][]) {
        list.push({ path: `${key}.${inner}` as RecordField, group: key, key: inner, prop: innerProp, meta: innerProp.meta as FieldMeta });
      }
    } else {
      list.push({ path: key as RecordField, group: null, key, prop, meta: prop.meta as FieldMeta });
    }
  }
  return list;
}

let flat: readonly FlatField[] | undefined;

/** @internal The field table, flattened, in record order; built on first use. */
export function flatFields(): readonly FlatField[] {
  return (flat ??= flatten());
}

/**
 * Every field of a {@link ComplaintRecord} as a flat path, in record order,
 * derived from the field table. A CSV `columns` mapping points the council's
 * headings at these (and at the single-deferral columns `deferral.from`,
 * `deferral.to` and `deferral.reason`); JSON rows may use them as dotted keys.
 *
 * @example
 * ```ts
 * import { RECORD_FIELDS } from 'children-act-complaints';
 *
 * RECORD_FIELDS.includes('stage1.respondedOn'); // true
 * RECORD_FIELDS.length;                          // 41
 * ```
 */
export const RECORD_FIELDS: readonly RecordField[] = /* @__PURE__ */ (() => Object.freeze(flatFields().map((field) => field.path)))();

/** @internal The CSV targets of an export that keeps one deferral in its own columns rather than a list. */
export const DEFERRAL_COLUMNS = ['deferral.from', 'deferral.to', 'deferral.reason'] as const;

/**
 * A field a CSV column can be mapped to: one of {@link RECORD_FIELDS}, or
 * `deferral.from`, `deferral.to` and `deferral.reason` for an export that
 * keeps one deferral in its own columns.
 *
 * @example
 * ```ts
 * import type { CsvField } from 'children-act-complaints';
 *
 * const columns: Record<string, CsvField> = { 'Ref': 'id', 'Date received': 'receivedOn', 'Deferred from': 'deferral.from' };
 * ```
 *
 * @useDeclaredType
 */
export type CsvField = RecordField | (typeof DEFERRAL_COLUMNS)[number];

const DEFERRAL_PART = /* @__PURE__ */ (() => RECORD_SHAPE.fields.deferrals.shape.item.fields)();

let specs: ReadonlyMap<string, { readonly meta: FieldMeta; readonly shape: Shape }> | undefined;

/** @internal Every CSV target's meta and shape, by path. */
export function csvFieldSpecs(): ReadonlyMap<string, { readonly meta: FieldMeta; readonly shape: Shape }> {
  if (specs !== undefined) return specs;
  const map = new Map<string, { meta: FieldMeta; shape: Shape }>();
  for (const field of flatFields()) map.set(field.path, { meta: field.meta, shape: field.prop.shape });
  for (const [key, prop] of Object.entries(DEFERRAL_PART) as [string, Prop][]) map.set(`deferral.${key}`, { meta: prop.meta as FieldMeta, shape: prop.shape });
  return (specs = map);
}

/** @internal Whether a value is a CSV target. */
export function isCsvField(field: unknown): field is CsvField {
  return typeof field === 'string' && csvFieldSpecs().has(field);
}
