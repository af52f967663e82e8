import { parsePlainDate, type DateInput, type PlainDate } from '../calendar/plainDate';
import { InvalidInputError } from '../errors';
import { describeValue } from '../internal/describe';
import type { AgeBand, DisabilityStatus, EthnicGroup, Gender, SexualOrientation } from '../taxonomy/characteristics';
import { ageBandTaxonomy, disabilityTaxonomy, ethnicityTaxonomy, genderTaxonomy, sexualOrientationTaxonomy } from '../taxonomy/characteristics';
import { channelTaxonomy, type Channel } from '../taxonomy/channels';
import { complaintTypeTaxonomy, type ComplaintType } from '../taxonomy/complaintTypes';
import type { LabelMatcher } from '../taxonomy/labels';
import { ombudsmanTaxonomy, type OmbudsmanDecision } from '../taxonomy/ombudsman';
import { outcomeTaxonomy, type StageOutcome } from '../taxonomy/outcomes';
import { commonServiceAreas, type ServiceAreas } from '../taxonomy/serviceAreas';
import { sourceTaxonomy, type ComplainantSource } from '../taxonomy/sources';
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

/** @internal Everything a row reader needs, checked once per call. */
export interface RecordContext {
  readonly asOf: PlainDate | undefined;
  readonly serviceAreas: ServiceAreas;
  readonly labels: { readonly [K in LabelTaxonomyName]: LabelMatcher<string> };
  readonly ombudsman: LabelMatcher<OmbudsmanDecision>;
  readonly unknownFields: 'reject' | 'ignore';
}

const ALIAS_KEYS = [
  'outcome',
  'complaintType',
  'source',
  'channel',
  'ombudsmanDecision',
  'ageBand',
  'gender',
  'ethnicity',
  'disability',
  'sexualOrientation',
] as const;

function bad(field: string, value: unknown, problem: string, fix: string): InvalidInputError {
  return new InvalidInputError('INVALID_ARGUMENT', problem, { field, value, fix });
}

function isServiceAreas(value: unknown): value is ServiceAreas {
  return typeof value === 'object' && value !== null && typeof (value as ServiceAreas).safeParse === 'function' && Array.isArray((value as ServiceAreas).ids);
}

/** @internal Checks the options and compiles the label matchers. */
export function recordContextOf(options: unknown): RecordContext {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw bad('options', options, `Expected an options object but got ${describeValue(options)}.`, "Pass e.g. { asOf: '2025-05-31' }, or nothing.");
  }
  const { asOf, serviceAreas, aliases, unknownFields } = (options ?? {}) as Record<string, unknown>;
  if (serviceAreas !== undefined && !isServiceAreas(serviceAreas)) {
    throw bad('serviceAreas', serviceAreas, 'Expected the service areas returned by defineServiceAreas().', 'Pass defineServiceAreas([...]) or commonServiceAreas.');
  }
  if (unknownFields !== undefined && unknownFields !== 'reject' && unknownFields !== 'ignore') {
    throw bad('unknownFields', unknownFields, `Expected 'reject' or 'ignore' but got ${describeValue(unknownFields)}.`, "Use 'reject' (the default) or 'ignore'.");
  }
  if (aliases !== undefined && (typeof aliases !== 'object' || aliases === null)) {
    throw bad('aliases', aliases, `Expected an object of aliases by taxonomy but got ${describeValue(aliases)}.`, "Pass e.g. { outcome: { 'Substantiated': 'upheld' } }.");
  }
  const table = (aliases ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(table)) {
    if (!(ALIAS_KEYS as readonly string[]).includes(key)) {
      throw bad(`aliases.${key}`, key, `There is no taxonomy called ${describeValue(key)}.`, `Use one of ${ALIAS_KEYS.join(', ')}.`);
    }
  }
  const own = <T>(key: (typeof ALIAS_KEYS)[number]): Readonly<Record<string, T>> | undefined =>
    Object.hasOwn(table, key) ? (table[key] as Readonly<Record<string, T>> | undefined) : undefined;
  return {
    asOf: asOf === undefined ? undefined : parsePlainDate(asOf, 'asOf'),
    serviceAreas: serviceAreas ?? commonServiceAreas,
    labels: {
      outcome: outcomeTaxonomy.matcher(own('outcome')),
      complaintType: complaintTypeTaxonomy.matcher(own('complaintType')),
      source: sourceTaxonomy.matcher(own('source')),
      channel: channelTaxonomy.matcher(own('channel')),
      ageBand: ageBandTaxonomy.matcher(own('ageBand')),
      gender: genderTaxonomy.matcher(own('gender')),
      ethnicity: ethnicityTaxonomy.matcher(own('ethnicity')),
      disability: disabilityTaxonomy.matcher(own('disability')),
      sexualOrientation: sexualOrientationTaxonomy.matcher(own('sexualOrientation')),
    },
    ombudsman: ombudsmanTaxonomy.matcher(own('ombudsmanDecision')),
    unknownFields: unknownFields ?? 'reject',
  };
}
