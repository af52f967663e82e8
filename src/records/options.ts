import { parsePlainDate, type DateInput, type PlainDate } from '../calendar/plainDate';
import { fail } from '../rules';
import { ageBands, disabilityStatuses, ethnicGroups, genders, sexualOrientations, type AgeBand, type DisabilityStatus, type EthnicGroup, type Gender, type SexualOrientation } from '../taxonomy/characteristics';
import { channels, type Channel } from '../taxonomy/channels';
import { complaintTypes, type ComplaintType } from '../taxonomy/complaintTypes';
import { labelMatcher, type LabelMatcher, type Taxonomy } from '../taxonomy/labels';
import { ombudsmanDecisions, type OmbudsmanDecision } from '../taxonomy/ombudsman';
import { stageOutcomes, type StageOutcome } from '../taxonomy/outcomes';
import { commonServiceAreas, type ServiceAreas } from '../taxonomy/serviceAreas';
import { complainantSources, type ComplainantSource } from '../taxonomy/sources';
import type { LabelTaxonomyName } from './fields';

/**
 * A council's own wording for each taxonomy, added to the built-in labels
 * (and taking precedence over them). Keys are matched like every label.
 *
 * @example
 * ```ts
 * import type { RecordLabelAliases } from 'children-act-complaints';
 *
 * const aliases: RecordLabelAliases = {
 *   outcome: { 'Substantiated in part': 'partly-upheld' },
 *   ombudsmanDecision: { 'Not for us': 'out-of-jurisdiction' },
 * };
 * ```
 */
export interface RecordLabelAliases {
  /** Stage outcome labels (all three stages, and Stage 2 findings). */
  readonly outcome?: Readonly<Record<string, StageOutcome>>;
  /** Complaint type labels. */
  readonly complaintType?: Readonly<Record<string, ComplaintType>>;
  /** Complainant source labels. */
  readonly source?: Readonly<Record<string, ComplainantSource>>;
  /** Channel labels. */
  readonly channel?: Readonly<Record<string, Channel>>;
  /** Ombudsman decision labels. */
  readonly ombudsmanDecision?: Readonly<Record<string, OmbudsmanDecision>>;
  /** Age band labels. */
  readonly ageBand?: Readonly<Record<string, AgeBand>>;
  /** Gender labels. */
  readonly gender?: Readonly<Record<string, Gender>>;
  /** Ethnicity labels. */
  readonly ethnicity?: Readonly<Record<string, EthnicGroup>>;
  /** Disability labels. */
  readonly disability?: Readonly<Record<string, DisabilityStatus>>;
  /** Sexual orientation labels. */
  readonly sexualOrientation?: Readonly<Record<string, SexualOrientation>>;
}

/**
 * Options of {@link parseComplaintRecords} (and, with `columns`, of {@link readComplaintsCsv}).
 *
 * @example
 * ```ts
 * import { commonServiceAreas, type ComplaintRecordsOptions } from 'children-act-complaints';
 *
 * const options: ComplaintRecordsOptions = { asOf: '2025-05-31', serviceAreas: commonServiceAreas };
 * ```
 */
export interface ComplaintRecordsOptions {
  /** The report's "as of" day: any date after it is rejected (rule `'after-as-of'`). */
  readonly asOf?: DateInput;
  /** The council's declared service areas; defaults to {@link commonServiceAreas}. */
  readonly serviceAreas?: ServiceAreas;
  /** The council's own wording for each taxonomy. */
  readonly aliases?: RecordLabelAliases;
  /**
   * What to do with a JSON key that is not a record field: `'reject'` the row
   * (the default, so a misspelt field is never silently lost) or `'ignore'` it.
   */
  readonly unknownFields?: 'reject' | 'ignore';
}

/** The taxonomy of each label field, by name. @internal */
export const LABEL_TAXONOMIES: { readonly [K in LabelTaxonomyName]: Taxonomy<string> } = {
  outcome: stageOutcomes,
  complaintType: complaintTypes,
  source: complainantSources,
  channel: channels,
  ombudsmanDecision: ombudsmanDecisions,
  ageBand: ageBands,
  gender: genders,
  ethnicity: ethnicGroups,
  disability: disabilityStatuses,
  sexualOrientation: sexualOrientations,
};

/** @internal Everything a row reader needs, checked once per call. */
export interface RecordContext {
  readonly asOf: PlainDate | undefined;
  readonly serviceAreas: ServiceAreas;
  readonly serviceArea: LabelMatcher<string>;
  readonly labels: { readonly [K in LabelTaxonomyName]: LabelMatcher<string> };
  readonly isOpenState: (label: string) => boolean;
  readonly unknownFields: 'reject' | 'ignore';
}

const ALIAS_KEYS = Object.keys(LABEL_TAXONOMIES) as LabelTaxonomyName[];

function isServiceAreas(value: unknown): value is ServiceAreas {
  return typeof value === 'object' && value !== null && typeof (value as ServiceAreas).safeParse === 'function' && Array.isArray((value as ServiceAreas).values) && Array.isArray((value as ServiceAreas).areas);
}

/** @internal Checks the options and compiles the label matchers. */
export function recordContextOf(options: unknown): RecordContext {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw fail('wrong-type', { expected: 'an options object', example: "e.g. { asOf: '2025-05-31' }, or nothing" }, { field: 'options', value: options });
  }
  const { asOf, serviceAreas, aliases, unknownFields } = (options ?? {}) as Record<string, unknown>;
  if (serviceAreas !== undefined && !isServiceAreas(serviceAreas)) {
    throw fail('wrong-type', { expected: 'the service areas returned by defineServiceAreas()', example: 'defineServiceAreas([...]) or commonServiceAreas' }, { field: 'serviceAreas', value: serviceAreas });
  }
  if (unknownFields !== undefined && unknownFields !== 'reject' && unknownFields !== 'ignore') {
    throw fail('not-a-choice', { what: 'unknownFields', choices: ['reject', 'ignore'] }, { field: 'unknownFields', value: unknownFields });
  }
  if (aliases !== undefined && (typeof aliases !== 'object' || aliases === null)) {
    throw fail('wrong-type', { expected: 'an object of aliases by taxonomy', example: "e.g. { outcome: { 'Substantiated': 'upheld' } }" }, { field: 'aliases', value: aliases });
  }
  const table = (aliases ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(table)) {
    if (!(ALIAS_KEYS as readonly string[]).includes(key)) throw fail('not-a-choice', { what: 'a taxonomy', choices: ALIAS_KEYS }, { field: `aliases.${key}`, value: key });
  }
  const own = (key: LabelTaxonomyName): Readonly<Record<string, string>> | undefined =>
    Object.hasOwn(table, key) ? (table[key] as Readonly<Record<string, string>> | undefined) : undefined;
  const labels = Object.fromEntries(ALIAS_KEYS.map((key) => [key, labelMatcher(LABEL_TAXONOMIES[key], own(key))])) as unknown as RecordContext['labels'];
  const areas = serviceAreas ?? commonServiceAreas;
  return {
    asOf: asOf === undefined ? undefined : parsePlainDate(asOf, 'asOf'),
    serviceAreas: areas,
    serviceArea: labelMatcher(areas),
    labels,
    isOpenState: stageOutcomes.isOpenState,
    unknownFields: unknownFields ?? 'reject',
  };
}
