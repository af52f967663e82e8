/**
 * The complainant characteristics an annual report summarises: age band,
 * gender, ethnicity, disability and sexual orientation. Every list has
 * `'not-recorded'` and `'prefers-not-to-say'`, so a report can show what is
 * missing instead of hiding it.
 *
 * @module
 */
import { defineTaxonomy, lazyEnumSchema, type EnumSchema, type LabelParseOptions, type LabelParseResult } from './labels';
import { NOT_RECORDED_ALIASES, PREFERS_NOT_TO_SAY_ALIASES } from './notRecorded';


// ---------------------------------------------------------------- age bands

/**
 * Age bands of the complainant. The bands follow those councils publish for
 * children's complaints (0-5, 6-10, 11-15, 16-17, care leavers at 18-24) and
 * continue in ten-year bands for adult complainants. A council with other
 * bands maps them with the parser's `aliases` option.
 *
 * @example
 * ```ts
 * import { AGE_BANDS } from 'children-act-complaints';
 *
 * AGE_BANDS.slice(0, 3); // ['0-5', '6-10', '11-15']
 * ```
 */
export const AGE_BANDS = [
  '0-5',
  '6-10',
  '11-15',
  '16-17',
  '18-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65-plus',
  'not-recorded',
  'prefers-not-to-say',
] as const;

/**
 * One of {@link AGE_BANDS}.
 *
 * @example
 * ```ts
 * import type { AgeBand } from 'children-act-complaints';
 *
 * const band: AgeBand = '16-17';
 * ```
 */
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * The heading label of each {@link AgeBand}.
 *
 * @example
 * ```ts
 * import { AGE_BAND_LABELS } from 'children-act-complaints';
 *
 * AGE_BAND_LABELS['65-plus']; // '65 and over'
 * ```
 */
export const AGE_BAND_LABELS: Readonly<Record<AgeBand, string>> = /* @__PURE__ */ Object.freeze({
  '0-5': '0 to 5',
  '6-10': '6 to 10',
  '11-15': '11 to 15',
  '16-17': '16 to 17',
  '18-24': '18 to 24',
  '25-34': '25 to 34',
  '35-44': '35 to 44',
  '45-54': '45 to 54',
  '55-64': '55 to 64',
  '65-plus': '65 and over',
  'not-recorded': 'Not recorded',
  'prefers-not-to-say': 'Prefers not to say',
});

function ageBandAliases(): Partial<Record<AgeBand, readonly string[]>> {
  const aliases: Partial<Record<AgeBand, readonly string[]>> = {
    'not-recorded': NOT_RECORDED_ALIASES,
    'prefers-not-to-say': PREFERS_NOT_TO_SAY_ALIASES,
    '65-plus': ['65+', '65 or over', 'Over 65', '65 years and over'],
  };
  for (const band of AGE_BANDS) {
    const [from, to] = band.split('-');
    if (to === undefined || !/^\d+$/.test(to)) continue;
    aliases[band] = [`${from}-${to} years`, `${from} to ${to} years`, `Aged ${from}-${to}`, `Age ${from}-${to}`];
  }
  aliases['0-5'] = [...(aliases['0-5'] ?? []), 'Under 6', 'Under 6 years'];
  return aliases;
}

/** @internal */
export const ageBandTaxonomy = /* @__PURE__ */ defineTaxonomy<AgeBand>({
  name: 'age band',
  field: 'complainant.ageBand',
  values: AGE_BANDS,
  labels: AGE_BAND_LABELS,
  get aliases() {
    return ageBandAliases();
  },
});

// ---------------------------------------------------------------- gender

/**
 * The complainant's gender.
 *
 * @example
 * ```ts
 * import { GENDERS } from 'children-act-complaints';
 *
 * GENDERS.includes('non-binary'); // true
 * ```
 */
export const GENDERS = ['female', 'male', 'non-binary', 'other', 'not-recorded', 'prefers-not-to-say'] as const;

/**
 * One of {@link GENDERS}.
 *
 * @example
 * ```ts
 * import type { Gender } from 'children-act-complaints';
 *
 * const gender: Gender = 'not-recorded';
 * ```
 */
export type Gender = (typeof GENDERS)[number];

/**
 * The heading label of each {@link Gender}.
 *
 * @example
 * ```ts
 * import { GENDER_LABELS } from 'children-act-complaints';
 *
 * GENDER_LABELS['non-binary']; // 'Non-binary'
 * ```
 */
export const GENDER_LABELS: Readonly<Record<Gender, string>> = /* @__PURE__ */ Object.freeze({
  female: 'Female',
  male: 'Male',
  'non-binary': 'Non-binary',
  other: 'Other',
  'not-recorded': 'Not recorded',
  'prefers-not-to-say': 'Prefers not to say',
});

/** @internal */
export const genderTaxonomy = /* @__PURE__ */ defineTaxonomy<Gender>({
  name: 'gender',
  field: 'complainant.gender',
  values: GENDERS,
  labels: GENDER_LABELS,
  aliases: {
    female: ['F', 'Woman', 'Women', 'Girl'],
    male: ['M', 'Man', 'Men', 'Boy'],
    'non-binary': ['Nonbinary', 'NB', 'Genderqueer'],
    other: ['Other gender', 'Self-described', 'Prefer to self-describe', 'In another way'],
    'not-recorded': NOT_RECORDED_ALIASES,
    'prefers-not-to-say': PREFERS_NOT_TO_SAY_ALIASES,
  },
});

// ---------------------------------------------------------------- ethnicity

/**
 * The complainant's ethnic group: the five high-level groups of the 2021
 * Census for England and Wales. Detailed categories (the Census's 19, the
 * 2011 ones, and the DfE's CIN census codes such as `WBRI`) are read and
 * mapped to their group. Annual reports publish the groups, and detailed
 * categories with small counts could identify a complainant. Chinese, which
 * the DfE codes list apart (`CHNE`), is in the Asian group, as in the Census.
 *
 * @example
 * ```ts
 * import { ETHNIC_GROUPS } from 'children-act-complaints';
 *
 * ETHNIC_GROUPS.length; // 7
 * ```
 */
export const ETHNIC_GROUPS = ['white', 'mixed', 'asian', 'black', 'other-ethnic-group', 'not-recorded', 'prefers-not-to-say'] as const;

/**
 * One of {@link ETHNIC_GROUPS}.
 *
 * @example
 * ```ts
 * import type { EthnicGroup } from 'children-act-complaints';
 *
 * const group: EthnicGroup = 'mixed';
 * ```
 */
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

/**
 * The heading label of each {@link EthnicGroup}, in the Census's words.
 *
 * @example
 * ```ts
 * import { ETHNIC_GROUP_LABELS } from 'children-act-complaints';
 *
 * ETHNIC_GROUP_LABELS.black; // 'Black, Black British, Caribbean or African'
 * ```
 */
export const ETHNIC_GROUP_LABELS: Readonly<Record<EthnicGroup, string>> = /* @__PURE__ */ Object.freeze({
  white: 'White',
  mixed: 'Mixed or multiple ethnic groups',
  asian: 'Asian or Asian British',
  black: 'Black, Black British, Caribbean or African',
  'other-ethnic-group': 'Other ethnic group',
  'not-recorded': 'Not recorded',
  'prefers-not-to-say': 'Prefers not to say',
});

/** @internal */
export const ethnicityTaxonomy = /* @__PURE__ */ defineTaxonomy<EthnicGroup>({
  name: 'ethnic group',
  field: 'complainant.ethnicity',
  values: ETHNIC_GROUPS,
  labels: ETHNIC_GROUP_LABELS,
  aliases: {
    white: [
      'White British',
      'White - British',
      'English, Welsh, Scottish, Northern Irish or British',
      'White - English, Welsh, Scottish, Northern Irish or British',
      'White Irish',
      'Irish',
      'Gypsy or Irish Traveller',
      'White - Gypsy or Irish Traveller',
      'Traveller of Irish heritage',
      'Gypsy/Roma',
      'Roma',
      'White Roma',
      'Any other White background',
      'White other',
      'Other White',
      'WBRI',
      'WIRI',
      'WIRT',
      'WROM',
      'WOTH',
    ],
    mixed: [
      'Mixed',
      'Mixed/multiple ethnic groups',
      'Mixed White and Black Caribbean',
      'White and Black Caribbean',
      'Mixed White and Black African',
      'White and Black African',
      'Mixed White and Asian',
      'White and Asian',
      'Mixed White & Black',
      'Any other Mixed background',
      'Any other Mixed or multiple ethnic background',
      'Mixed other',
      'MWBC',
      'MWBA',
      'MWAS',
      'MOTH',
    ],
    asian: [
      'Asian',
      'Asian British',
      'Indian',
      'Asian Indian',
      'Pakistani',
      'Asian Pakistani',
      'Bangladeshi',
      'Asian Bangladeshi',
      'Chinese',
      'Asian Chinese',
      'Any other Asian background',
      'Asian other',
      'AIND',
      'APKN',
      'ABAN',
      'AOTH',
      'CHNE',
    ],
    black: [
      'Black',
      'Black British',
      'Black or Black British',
      'Black African',
      'African',
      'Black Caribbean',
      'Caribbean',
      'Any other Black background',
      'Any other Black, Black British or Caribbean background',
      'Black other',
      'BAFR',
      'BCRB',
      'BOTH',
    ],
    'other-ethnic-group': ['Other', 'Arab', 'Any other ethnic group', 'Other ethnic background', 'OOTH'],
    'not-recorded': NOT_RECORDED_ALIASES,
    'prefers-not-to-say': PREFERS_NOT_TO_SAY_ALIASES,
  },
});

// ---------------------------------------------------------------- disability

/**
 * Whether the complainant is disabled.
 *
 * @example
 * ```ts
 * import { DISABILITY_STATUSES } from 'children-act-complaints';
 *
 * DISABILITY_STATUSES[0]; // 'disabled'
 * ```
 */
export const DISABILITY_STATUSES = ['disabled', 'not-disabled', 'not-recorded', 'prefers-not-to-say'] as const;

/**
 * One of {@link DISABILITY_STATUSES}.
 *
 * @example
 * ```ts
 * import type { DisabilityStatus } from 'children-act-complaints';
 *
 * const status: DisabilityStatus = 'not-disabled';
 * ```
 */
export type DisabilityStatus = (typeof DISABILITY_STATUSES)[number];

/**
 * The heading label of each {@link DisabilityStatus}.
 *
 * @example
 * ```ts
 * import { DISABILITY_STATUS_LABELS } from 'children-act-complaints';
 *
 * DISABILITY_STATUS_LABELS['not-disabled']; // 'Not disabled'
 * ```
 */
export const DISABILITY_STATUS_LABELS: Readonly<Record<DisabilityStatus, string>> = /* @__PURE__ */ Object.freeze({
  disabled: 'Disabled',
  'not-disabled': 'Not disabled',
  'not-recorded': 'Not recorded',
  'prefers-not-to-say': 'Prefers not to say',
});

/** @internal */
export const disabilityTaxonomy = /* @__PURE__ */ defineTaxonomy<DisabilityStatus>({
  name: 'disability status',
  field: 'complainant.disability',
  values: DISABILITY_STATUSES,
  labels: DISABILITY_STATUS_LABELS,
  aliases: {
    disabled: ['Yes', 'Y', 'Has a disability', 'With a disability', 'Disability', 'Disabled person'],
    'not-disabled': ['No', 'N', 'None', 'No disability', 'Not a disabled person'],
    'not-recorded': NOT_RECORDED_ALIASES,
    'prefers-not-to-say': PREFERS_NOT_TO_SAY_ALIASES,
  },
});

// ---------------------------------------------------------------- sexual orientation

/**
 * The complainant's sexual orientation, in the Census's categories.
 *
 * @example
 * ```ts
 * import { SEXUAL_ORIENTATIONS } from 'children-act-complaints';
 *
 * SEXUAL_ORIENTATIONS.includes('bisexual'); // true
 * ```
 */
export const SEXUAL_ORIENTATIONS = ['heterosexual', 'gay-or-lesbian', 'bisexual', 'other', 'not-recorded', 'prefers-not-to-say'] as const;

/**
 * One of {@link SEXUAL_ORIENTATIONS}.
 *
 * @example
 * ```ts
 * import type { SexualOrientation } from 'children-act-complaints';
 *
 * const orientation: SexualOrientation = 'prefers-not-to-say';
 * ```
 */
export type SexualOrientation = (typeof SEXUAL_ORIENTATIONS)[number];

/**
 * The heading label of each {@link SexualOrientation}.
 *
 * @example
 * ```ts
 * import { SEXUAL_ORIENTATION_LABELS } from 'children-act-complaints';
 *
 * SEXUAL_ORIENTATION_LABELS.heterosexual; // 'Heterosexual or straight'
 * ```
 */
export const SEXUAL_ORIENTATION_LABELS: Readonly<Record<SexualOrientation, string>> = /* @__PURE__ */ Object.freeze({
  heterosexual: 'Heterosexual or straight',
  'gay-or-lesbian': 'Gay or lesbian',
  bisexual: 'Bisexual',
  other: 'Other sexual orientation',
  'not-recorded': 'Not recorded',
  'prefers-not-to-say': 'Prefers not to say',
});

/** @internal */
export const sexualOrientationTaxonomy = /* @__PURE__ */ defineTaxonomy<SexualOrientation>({
  name: 'sexual orientation',
  field: 'complainant.sexualOrientation',
  values: SEXUAL_ORIENTATIONS,
  labels: SEXUAL_ORIENTATION_LABELS,
  aliases: {
    heterosexual: ['Straight', 'Heterosexual/straight'],
    'gay-or-lesbian': ['Gay', 'Lesbian', 'Gay man', 'Gay woman', 'Gay woman/lesbian', 'Gay/lesbian'],
    bisexual: ['Bi'],
    other: ['Other', 'Pansexual', 'Asexual', 'Queer'],
    'not-recorded': NOT_RECORDED_ALIASES,
    'prefers-not-to-say': PREFERS_NOT_TO_SAY_ALIASES,
  },
});

// ---------------------------------------------------------------- schemas and parsers

/**
 * The zod enums of the five characteristics.
 *
 * @example
 * ```ts
 * import { characteristicSchemas, type CharacteristicSchemas } from 'children-act-complaints';
 *
 * const schemas: CharacteristicSchemas = characteristicSchemas();
 * schemas.disability.options; // ['disabled', 'not-disabled', 'not-recorded', 'prefers-not-to-say']
 * ```
 */
export interface CharacteristicSchemas {
  /** The enum of {@link AGE_BANDS}. */
  readonly ageBand: EnumSchema<AgeBand>;
  /** The enum of {@link GENDERS}. */
  readonly gender: EnumSchema<Gender>;
  /** The enum of {@link ETHNIC_GROUPS}. */
  readonly ethnicity: EnumSchema<EthnicGroup>;
  /** The enum of {@link DISABILITY_STATUSES}. */
  readonly disability: EnumSchema<DisabilityStatus>;
  /** The enum of {@link SEXUAL_ORIENTATIONS}. */
  readonly sexualOrientation: EnumSchema<SexualOrientation>;
}

let characteristicEnums: CharacteristicSchemas | undefined;

/**
 * The zod enums of the characteristics, built on first use.
 *
 * @returns an object of five schemas: `ageBand`, `gender`, `ethnicity`, `disability`, `sexualOrientation`
 * @throws never: the schemas are built on the first call and reused
 *
 * @example
 * ```ts
 * import { characteristicSchemas } from 'children-act-complaints';
 *
 * characteristicSchemas().gender.safeParse('female').success; // true
 * ```
 */
export function characteristicSchemas(): CharacteristicSchemas {
  return (characteristicEnums ??= {
    ageBand: lazyEnumSchema(AGE_BANDS)(),
    gender: lazyEnumSchema(GENDERS)(),
    ethnicity: lazyEnumSchema(ETHNIC_GROUPS)(),
    disability: lazyEnumSchema(DISABILITY_STATUSES)(),
    sexualOrientation: lazyEnumSchema(SEXUAL_ORIENTATIONS)(),
  });
}

/**
 * Maps an age-band label ("0-5 years", "16 to 17", "65+", "Unknown", …) to its {@link AgeBand}.
 *
 * @param label - the label
 * @param options - `aliases` for your own bands; `field` for error messages
 * @returns the canonical age band
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseAgeBand } from 'children-act-complaints';
 *
 * parseAgeBand('0-5 years'); // '0-5'
 * parseAgeBand('65+');       // '65-plus'
 * ```
 */
export function parseAgeBand(label: string, options?: LabelParseOptions<AgeBand>): AgeBand {
  return ageBandTaxonomy.parse(label, options);
}

/**
 * Like {@link parseAgeBand}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases`; `field`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseAgeBand } from 'children-act-complaints';
 *
 * safeParseAgeBand('Declined'); // { success: true, data: 'prefers-not-to-say' }
 * ```
 */
export function safeParseAgeBand(label: string, options?: LabelParseOptions<AgeBand>): LabelParseResult<AgeBand> {
  return ageBandTaxonomy.safeParse(label, options);
}

/**
 * Maps a gender label ("F", "Woman", "Non binary", "Not known", …) to its {@link Gender}.
 *
 * @param label - the label
 * @param options - `aliases`; `field`
 * @returns the canonical gender
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseGender } from 'children-act-complaints';
 *
 * parseGender('F');          // 'female'
 * parseGender('Non binary'); // 'non-binary'
 * ```
 */
export function parseGender(label: string, options?: LabelParseOptions<Gender>): Gender {
  return genderTaxonomy.parse(label, options);
}

/**
 * Like {@link parseGender}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases`; `field`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseGender } from 'children-act-complaints';
 *
 * safeParseGender('Prefer not to say'); // { success: true, data: 'prefers-not-to-say' }
 * ```
 */
export function safeParseGender(label: string, options?: LabelParseOptions<Gender>): LabelParseResult<Gender> {
  return genderTaxonomy.safeParse(label, options);
}

/**
 * Maps an ethnicity label, broad or detailed ("White British",
 * "Mixed White & Asian", "BCRB", …), to its {@link EthnicGroup}.
 *
 * @param label - the label
 * @param options - `aliases`; `field`
 * @returns the canonical ethnic group
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseEthnicity } from 'children-act-complaints';
 *
 * parseEthnicity('White British');       // 'white'
 * parseEthnicity('Mixed White & Asian'); // 'mixed'
 * parseEthnicity('CHNE');                // 'asian'
 * ```
 */
export function parseEthnicity(label: string, options?: LabelParseOptions<EthnicGroup>): EthnicGroup {
  return ethnicityTaxonomy.parse(label, options);
}

/**
 * Like {@link parseEthnicity}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases`; `field`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseEthnicity } from 'children-act-complaints';
 *
 * safeParseEthnicity('Any other Black background'); // { success: true, data: 'black' }
 * ```
 */
export function safeParseEthnicity(label: string, options?: LabelParseOptions<EthnicGroup>): LabelParseResult<EthnicGroup> {
  return ethnicityTaxonomy.safeParse(label, options);
}

/**
 * Maps a disability label ("Yes", "No", "Unknown", …) to its {@link DisabilityStatus}.
 *
 * @param label - the label
 * @param options - `aliases`; `field`
 * @returns the canonical status
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseDisability } from 'children-act-complaints';
 *
 * parseDisability('Yes');     // 'disabled'
 * parseDisability('Unknown'); // 'not-recorded'
 * ```
 */
export function parseDisability(label: string, options?: LabelParseOptions<DisabilityStatus>): DisabilityStatus {
  return disabilityTaxonomy.parse(label, options);
}

/**
 * Like {@link parseDisability}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases`; `field`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseDisability } from 'children-act-complaints';
 *
 * safeParseDisability('No disability'); // { success: true, data: 'not-disabled' }
 * ```
 */
export function safeParseDisability(label: string, options?: LabelParseOptions<DisabilityStatus>): LabelParseResult<DisabilityStatus> {
  return disabilityTaxonomy.safeParse(label, options);
}

/**
 * Maps a sexual-orientation label ("Straight", "Gay woman/lesbian", "Bi", …) to its {@link SexualOrientation}.
 *
 * @param label - the label
 * @param options - `aliases`; `field`
 * @returns the canonical orientation
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseSexualOrientation } from 'children-act-complaints';
 *
 * parseSexualOrientation('Straight'); // 'heterosexual'
 * ```
 */
export function parseSexualOrientation(label: string, options?: LabelParseOptions<SexualOrientation>): SexualOrientation {
  return sexualOrientationTaxonomy.parse(label, options);
}

/**
 * Like {@link parseSexualOrientation}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases`; `field`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseSexualOrientation } from 'children-act-complaints';
 *
 * safeParseSexualOrientation('Not stated'); // { success: true, data: 'not-recorded' }
 * ```
 */
export function safeParseSexualOrientation(label: string, options?: LabelParseOptions<SexualOrientation>): LabelParseResult<SexualOrientation> {
  return sexualOrientationTaxonomy.safeParse(label, options);
}
