import { defineTaxonomy, type LabelParseOptions, type LabelParseResult, type EnumSchema, lazyEnumSchema } from './labels';
import { NOT_RECORDED_ALIASES } from './notRecorded';

/**
 * Who made the complaint (the "complaint source" of a report). Children,
 * parents, people with parental responsibility, foster carers, care leavers
 * and others with sufficient interest may complain; an advocate may make the
 * complaint for a child (Children Act 1989 s.26(3), s.26A).
 *
 * @example
 * ```ts
 * import { COMPLAINANT_SOURCES } from 'children-act-complaints';
 *
 * COMPLAINANT_SOURCES[0]; // 'parent-guardian'
 * ```
 */
export const COMPLAINANT_SOURCES = [
  'parent-guardian',
  'advocate',
  'child-young-person',
  'family-member',
  'friend',
  'foster-carer',
  'professional',
  'councillor-mp',
  'other',
  'not-recorded',
] as const;

/**
 * One of {@link COMPLAINANT_SOURCES}.
 *
 * @example
 * ```ts
 * import type { ComplainantSource } from 'children-act-complaints';
 *
 * const source: ComplainantSource = 'advocate';
 * ```
 */
export type ComplainantSource = (typeof COMPLAINANT_SOURCES)[number];

/**
 * The heading label of each {@link ComplainantSource}, for report tables.
 *
 * @example
 * ```ts
 * import { COMPLAINANT_SOURCE_LABELS } from 'children-act-complaints';
 *
 * COMPLAINANT_SOURCE_LABELS['child-young-person']; // 'Child / young person'
 * ```
 */
export const COMPLAINANT_SOURCE_LABELS: Readonly<Record<ComplainantSource, string>> = /* @__PURE__ */ Object.freeze({
  'parent-guardian': 'Parent / guardian',
  advocate: 'Advocate',
  'child-young-person': 'Child / young person',
  'family-member': 'Family member',
  friend: 'Friend',
  'foster-carer': 'Foster carer',
  professional: 'Professional',
  'councillor-mp': 'Councillor / MP',
  other: 'Other',
  'not-recorded': 'Not recorded',
});

/** @internal The source taxonomy's parsers, shared with the record readers. */
export const sourceTaxonomy = /* @__PURE__ */ defineTaxonomy<ComplainantSource>({
  name: 'complainant source',
  field: 'source',
  values: COMPLAINANT_SOURCES,
  labels: COMPLAINANT_SOURCE_LABELS,
  aliases: {
    'parent-guardian': [
      'Parent',
      'Parents',
      'Guardian',
      'Parent/carer',
      'Parents/carers',
      'Parent or carer',
      'Mother',
      'Father',
      'Person with parental responsibility',
      'Special guardian',
      'Adoptive parent',
    ],
    advocate: ['Advocacy', 'Advocate on behalf of child', 'Independent advocate', 'Advocacy service'],
    'child-young-person': [
      'Child',
      'Young person',
      'Young people',
      'Children and young people',
      'Child or young person',
      'Child/YP',
      'CYP',
      'YP',
      'Service user',
      'Care leaver',
      'Looked after child',
    ],
    'family-member': ['Family', 'Relative', 'Grandparent', 'Sibling', 'Aunt', 'Uncle', 'Extended family', 'Other family member'],
    friend: ['Friend of the family', 'Family friend', 'Neighbour'],
    'foster-carer': ['Foster parent', 'Foster carers', 'Kinship carer', 'Connected person', 'Local authority foster parent'],
    professional: ['Social worker', 'Professionals', 'Solicitor', 'School', 'Teacher', 'Health professional', 'Other professional', 'Agency'],
    'councillor-mp': ['Councillor', 'MP', 'Councillor or MP', 'Member of Parliament', 'Elected member', 'Member enquiry', 'Member'],
    other: ['Other person', 'Anonymous', 'Member of the public'],
    'not-recorded': NOT_RECORDED_ALIASES,
  },
});

const complainantSourceSchemaLazy = /* @__PURE__ */ lazyEnumSchema(COMPLAINANT_SOURCES);

/**
 * The zod enum of {@link COMPLAINANT_SOURCES}, built on first use.
 *
 * @returns the schema, the same object on every call
 * @throws never: the schema is built on the first call and reused
 *
 * @example
 * ```ts
 * import { complainantSourceSchema } from 'children-act-complaints';
 *
 * complainantSourceSchema().safeParse('friend').success; // true
 * ```
 */
export function complainantSourceSchema(): EnumSchema<ComplainantSource> {
  return complainantSourceSchemaLazy();
}

/**
 * Maps a complaint-source label to its {@link ComplainantSource}, with the
 * matching rules of {@link normaliseLabel} ("Parent/Guardian",
 * "Child/Young Person", "Councillor or MP", …).
 *
 * @param label - the label
 * @param options - `aliases` for your own wording; `field` for error messages
 * @returns the canonical source
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseSource } from 'children-act-complaints';
 *
 * parseSource('Parent/Guardian');    // 'parent-guardian'
 * parseSource('Child/Young Person'); // 'child-young-person'
 * ```
 */
export function parseSource(label: string, options?: LabelParseOptions<ComplainantSource>): ComplainantSource {
  return sourceTaxonomy.parse(label, options);
}

/**
 * Like {@link parseSource}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases` for your own wording; `field` for error messages
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseSource } from 'children-act-complaints';
 *
 * safeParseSource('Family Member'); // { success: true, data: 'family-member' }
 * ```
 */
export function safeParseSource(label: string, options?: LabelParseOptions<ComplainantSource>): LabelParseResult<ComplainantSource> {
  return sourceTaxonomy.safeParse(label, options);
}
