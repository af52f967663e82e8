/**
 * The complaint record's parts, the check of a record at the boundary, and
 * the mark the readers put on the records they produce, so that nothing
 * downstream checks them again.
 *
 * @module
 */
import { dateHint } from '../calendar/plainDate';
import { checkShape, describeShape, pathText } from '../internal/shape';
import { issueOf, type AnyIssue } from '../rules';
import { RECORD_SHAPE, type ComplaintRecord } from './fields';

/**
 * What happened at Stage 1 of a {@link ComplaintRecord}.
 *
 * @example
 * ```ts
 * import type { Stage1Record } from 'children-act-complaints';
 *
 * const stage1: Stage1Record = { outcome: 'upheld' };
 * ```
 */
export type Stage1Record = ComplaintRecord['stage1'];

/**
 * What happened at Stage 2 (the investigation) of a {@link ComplaintRecord}.
 *
 * @example
 * ```ts
 * import type { Stage2Record, PlainDate } from 'children-act-complaints';
 *
 * const stage2: Stage2Record = { requestedOn: '2024-05-01' as PlainDate, findings: [{ point: 'Contact', outcome: 'upheld' }] };
 * ```
 */
export type Stage2Record = NonNullable<ComplaintRecord['stage2']>;

/**
 * One per-point finding of a Stage 2 investigation.
 *
 * @example
 * ```ts
 * import type { Stage2Finding } from 'children-act-complaints';
 *
 * const finding: Stage2Finding = { point: 'Delay in the assessment', outcome: 'upheld' };
 * ```
 */
export type Stage2Finding = NonNullable<Stage2Record['findings']>[number];

/**
 * What happened at Stage 3 (the review panel) of a {@link ComplaintRecord}.
 *
 * @example
 * ```ts
 * import type { Stage3Record, PlainDate } from 'children-act-complaints';
 *
 * const stage3: Stage3Record = { requestedOn: '2024-07-01' as PlainDate };
 * ```
 */
export type Stage3Record = NonNullable<ComplaintRecord['stage3']>;

/**
 * A deferral under regulation 8: the clock stopped from `from`, and restarted on `to`.
 *
 * @example
 * ```ts
 * import type { DeferralPeriod, PlainDate } from 'children-act-complaints';
 *
 * const deferral: DeferralPeriod = { from: '2024-04-02' as PlainDate, reason: 'police investigation' };
 * ```
 */
export type DeferralPeriod = ComplaintRecord['deferrals'][number];

/**
 * Advocacy for a complaint (Children Act 1989 s.26A).
 *
 * @example
 * ```ts
 * import type { AdvocacyRecord, PlainDate } from 'children-act-complaints';
 *
 * const advocacy: AdvocacyRecord = { offered: true, provided: true, allocatedOn: '2024-04-03' as PlainDate };
 * ```
 */
export type AdvocacyRecord = NonNullable<ComplaintRecord['advocacy']>;

/**
 * The complainant's characteristics; an absent field means not recorded.
 *
 * @example
 * ```ts
 * import type { ComplainantCharacteristics } from 'children-act-complaints';
 *
 * const who: ComplainantCharacteristics = { ageBand: '16-17', ethnicity: 'not-recorded' };
 * ```
 */
export type ComplainantCharacteristics = NonNullable<ComplaintRecord['complainant']>;

/**
 * The complaint's time with the Ombudsman: referral, decision, and the
 * decision's label in the era's own words.
 *
 * @example
 * ```ts
 * import type { OmbudsmanRecord, PlainDate } from 'children-act-complaints';
 *
 * const ombudsman: OmbudsmanRecord = {
 *   referredOn: '2024-09-01' as PlainDate,
 *   decidedOn: '2024-11-12' as PlainDate,
 *   decision: 'referred-back-for-local-resolution',
 *   label: 'Premature (referred back for local resolution)',
 * };
 * ```
 */
export type OmbudsmanRecord = NonNullable<ComplaintRecord['ombudsman']>;

const KNOWN_GOOD = /* @__PURE__ */ new WeakSet<object>();

/** @internal Marks a record the readers produced and checked in full. */
export function markChecked<T extends object>(record: T): T {
  KNOWN_GOOD.add(record);
  return record;
}

/** @internal Whether a value is a record the readers produced and checked in full. */
export function isChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && KNOWN_GOOD.has(value);
}

/**
 * @internal The problems of a value that should be a complaint record in the
 * library's canonical form: the field table's shape (ISO dates, canonical
 * values, no unknown keys). Empty for a record the readers produced.
 */
export function checkRecord(value: unknown): AnyIssue[] {
  if (isChecked(value)) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [issueOf('not-a-record', {}, { field: 'record', value }, 'record') as AnyIssue];
  }
  return checkShape(RECORD_SHAPE, value).map((found) => {
    const field = pathText(found.path, 'record');
    if (found.problem === 'unknown-key') return issueOf('unknown-field', { known: null }, { field: found.path.length === 0 ? String(found.value) : `${field}.${String(found.value)}`, value: found.value }, 'record') as AnyIssue;
    if (found.shape.kind === 'date' && found.problem !== 'missing') {
      return issueOf('invalid-date', { hint: typeof found.value === 'string' ? dateHint(found.value) : 'not-text' }, { field, value: found.value }, 'record') as AnyIssue;
    }
    return issueOf('invalid-value', { expected: found.problem === 'missing' ? `${describeShape(found.shape)} (it is required)` : describeShape(found.shape) }, { field, value: found.value }, 'record') as AnyIssue;
  });
}
