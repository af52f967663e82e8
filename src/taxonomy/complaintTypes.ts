import { defineTaxonomy, type LabelParseOptions, type LabelParseResult, type EnumSchema, lazyEnumSchema } from './labels';
import { NOT_RECORDED_ALIASES } from './notRecorded';

/**
 * The types of complaint ("enquiry types"), following the headings of the
 * Local Government and Social Care Ombudsman as councils use them. Where a
 * complaint raises several, councils log the complainant's primary reason.
 *
 * @example
 * ```ts
 * import { COMPLAINT_TYPES } from 'children-act-complaints';
 *
 * COMPLAINT_TYPES.length; // 8
 * ```
 */
export const COMPLAINT_TYPES = [
  'staff-behaviour',
  'quality-of-service',
  'disagree-with-decision',
  'delay-in-service',
  'lack-of-information',
  'lack-of-communication',
  'safeguarding-and-wellbeing',
  'not-recorded',
] as const;

/**
 * One of {@link COMPLAINT_TYPES}.
 *
 * @example
 * ```ts
 * import type { ComplaintType } from 'children-act-complaints';
 *
 * const type: ComplaintType = 'disagree-with-decision';
 * ```
 */
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

/**
 * The heading label of each {@link ComplaintType}, for report tables.
 *
 * @example
 * ```ts
 * import { COMPLAINT_TYPE_LABELS } from 'children-act-complaints';
 *
 * COMPLAINT_TYPE_LABELS['staff-behaviour']; // 'Staff behaviour / poor customer service'
 * ```
 */
export const COMPLAINT_TYPE_LABELS: Readonly<Record<ComplaintType, string>> = /* @__PURE__ */ Object.freeze({
  'staff-behaviour': 'Staff behaviour / poor customer service',
  'quality-of-service': 'Quality of service',
  'disagree-with-decision': 'Disagree with a decision / action',
  'delay-in-service': 'Delay in providing a service',
  'lack-of-information': 'Lack of information / advice / access to service',
  'lack-of-communication': 'Lack of communication',
  'safeguarding-and-wellbeing': 'Safeguarding and child wellbeing',
  'not-recorded': 'Not recorded',
});

/** @internal The complaint-type taxonomy's parsers, shared with the record readers. */
export const complaintTypeTaxonomy = /* @__PURE__ */ defineTaxonomy<ComplaintType>({
  name: 'complaint type',
  field: 'complaintType',
  values: COMPLAINT_TYPES,
  labels: COMPLAINT_TYPE_LABELS,
  aliases: {
    'staff-behaviour': [
      'Staff behaviour',
      'Staff conduct',
      'Behaviour of staff',
      'Conduct of staff',
      'Poor customer service',
      'Staff attitude',
      'Staff behaviour/poor customer service',
    ],
    'quality-of-service': ['Quality of service', 'Level of service', 'Standard of service', 'Standards of service', 'Service quality', 'Poor service'],
    'disagree-with-decision': [
      'Disagree with a decision/action',
      'Disagree with decision',
      'Disagree with a decision',
      'Disagreement with a decision',
      'Disagree with decision or action',
      'Disagree with action',
    ],
    'delay-in-service': ['Delay in providing a service', 'Delay in service', 'Delay', 'Delays', 'Service delay'],
    'lack-of-information': [
      'Lack of info/access to service',
      'Lack of information',
      'Lack of information/advice',
      'Lack of advice',
      'Lack of information or access',
      'Lack of access to service',
      'Access to service',
    ],
    'lack-of-communication': ['Lack of communication', 'Poor communication', 'Communication', 'Communication issues'],
    'safeguarding-and-wellbeing': ['Safeguarding', 'Child wellbeing', 'Safeguarding and wellbeing', 'Safeguarding/child wellbeing', 'Safeguarding concern'],
    'not-recorded': NOT_RECORDED_ALIASES,
  },
});

const complaintTypeSchemaLazy = /* @__PURE__ */ lazyEnumSchema(COMPLAINT_TYPES);

/**
 * The zod enum of {@link COMPLAINT_TYPES}, built on first use.
 *
 * @returns the schema, the same object on every call
 * @throws never: the schema is built on the first call and reused
 *
 * @example
 * ```ts
 * import { complaintTypeSchema } from 'children-act-complaints';
 *
 * complaintTypeSchema().options.length; // 8
 * ```
 */
export function complaintTypeSchema(): EnumSchema<ComplaintType> {
  return complaintTypeSchemaLazy();
}

/**
 * Maps a complaint-type label to its {@link ComplaintType}, with the matching
 * rules of {@link normaliseLabel} and the wording councils use ("Behaviour of
 * staff", "Level of service", "Lack of info/ access to service", …).
 *
 * @param label - the label
 * @param options - `aliases` for your own wording; `field` for error messages
 * @returns the canonical complaint type
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseComplaintType } from 'children-act-complaints';
 *
 * parseComplaintType('Disagree with a decision/ action'); // 'disagree-with-decision'
 * parseComplaintType('Behaviour of staff');                // 'staff-behaviour'
 * ```
 */
export function parseComplaintType(label: string, options?: LabelParseOptions<ComplaintType>): ComplaintType {
  return complaintTypeTaxonomy.parse(label, options);
}

/**
 * Like {@link parseComplaintType}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases` for your own wording; `field` for error messages
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseComplaintType } from 'children-act-complaints';
 *
 * safeParseComplaintType('Lack of Communication'); // { success: true, data: 'lack-of-communication' }
 * ```
 */
export function safeParseComplaintType(label: string, options?: LabelParseOptions<ComplaintType>): LabelParseResult<ComplaintType> {
  return complaintTypeTaxonomy.safeParse(label, options);
}
