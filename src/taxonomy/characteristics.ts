/**
 * The complainant characteristics an annual report summarises: age band,
 * gender, ethnicity, disability and sexual orientation. Every list has
 * `'not-recorded'` and `'prefers-not-to-say'`, so a report can show what is
 * missing instead of hiding it.
 *
 * @module
 */
import { defineTaxonomy, type TaxonomyValue } from './labels';
import { NOT_RECORDED_ALIASES, PREFERS_NOT_TO_SAY_ALIASES } from './notRecorded';


// ---------------------------------------------------------------- age bands

const AGE_BAND_VALUES = [
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

function ageBandAliases(): Partial<Record<(typeof AGE_BAND_VALUES)[number], readonly string[]>> {
  const aliases: Partial<Record<(typeof AGE_BAND_VALUES)[number], readonly string[]>> = {
    'not-recorded': NOT_RECORDED_ALIASES,
    'prefers-not-to-say': PREFERS_NOT_TO_SAY_ALIASES,
    '65-plus': ['65+', '65 or over', 'Over 65', '65 years and over'],
  };
  for (const band of AGE_BAND_VALUES) {
    const [from, to] = band.split('-');
    if (to === undefined || !/^\d+$/.test(to)) continue;
    aliases[band] = [`${from}-${to} years`, `${from} to ${to} years`, `Aged ${from}-${to}`, `Age ${from}-${to}`];
  }
  aliases['0-5'] = [...(aliases['0-5'] ?? []), 'Under 6', 'Under 6 years'];
  return aliases;
}

/**
 * Age bands of the complainant. The bands follow those councils publish for
 * children's complaints (0-5, 6-10, 11-15, 16-17, care leavers at 18-24) and
 * continue in ten-year bands for adult complainants. A council with other
 * bands maps them with the parser's `aliases` option.
 *
 *
 * @example
 * ```ts
 * import { ageBands } from 'children-act-complaints';
 * 
 * ageBands.values.slice(0, 3);  // ['0-5', '6-10', '11-15']
 * ageBands.parse('16-17 years'); // '16-17'
 * ageBands.labels['65-plus'];    // '65 and over'
 * ```
 */
export const ageBands = /* @__PURE__ */ defineTaxonomy<(typeof AGE_BAND_VALUES)[number]>(
  {
    name: 'ageBand',
    noun: 'age band',
    field: 'complainant.ageBand',
    values: AGE_BAND_VALUES,
    labels: {
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
},
    aliases: ageBandAliases,
  },
);

/**
 * One of the values of {@link ageBands}.
 *
 * @example
 * ```ts
 * import type { AgeBand } from 'children-act-complaints';
 *
 * const value: AgeBand = '0-5';
 * ```
 */
export type AgeBand = TaxonomyValue<typeof ageBands>;

// ---------------------------------------------------------------- gender

/**
 * The complainant's gender.
 *
 *
 * @example
 * ```ts
 * import { genders } from 'children-act-complaints';
 * 
 * genders.values.includes('non-binary'); // true
 * genders.parse('F');                     // 'female'
 * genders.labels['non-binary'];           // 'Non-binary'
 * ```
 */
export const genders = /* @__PURE__ */ defineTaxonomy(
  {
    name: 'gender',
    noun: 'gender',
    field: 'complainant.gender',
    values: ['female', 'male', 'non-binary', 'other', 'not-recorded', 'prefers-not-to-say'],
    labels: {
  female: 'Female',
  male: 'Male',
  'non-binary': 'Non-binary',
  other: 'Other',
  'not-recorded': 'Not recorded',
  'prefers-not-to-say': 'Prefers not to say',
},
    aliases: () => ({
    female: ['F', 'Woman', 'Women', 'Girl'],
    male: ['M', 'Man', 'Men', 'Boy'],
    'non-binary': ['Nonbinary', 'NB', 'Genderqueer'],
    other: ['Other gender', 'Self-described', 'Prefer to self-describe', 'In another way'],
    'not-recorded': NOT_RECORDED_ALIASES,
    'prefers-not-to-say': PREFERS_NOT_TO_SAY_ALIASES,
  }),
  },
);

/**
 * One of the values of {@link genders}.
 *
 * @example
 * ```ts
 * import type { Gender } from 'children-act-complaints';
 *
 * const value: Gender = 'female';
 * ```
 */
export type Gender = TaxonomyValue<typeof genders>;

// ---------------------------------------------------------------- ethnicity

/**
 * The complainant's ethnic group: the five high-level groups of the 2021
 * Census for England and Wales. Detailed categories (the Census's 19, the
 * 2011 ones, and the DfE's CIN census codes such as `WBRI`) are read and
 * mapped to their group. Annual reports publish the groups, and detailed
 * categories with small counts could identify a complainant. Chinese, which
 * the DfE codes list apart (`CHNE`), is in the Asian group, as in the Census.
 *
 *
 * @example
 * ```ts
 * import { ethnicGroups } from 'children-act-complaints';
 * 
 * ethnicGroups.values.length;     // 7
 * ethnicGroups.parse('WBRI');     // 'white'
 * ethnicGroups.labels.black;      // 'Black, Black British, Caribbean or African'
 * ```
 */
export const ethnicGroups = /* @__PURE__ */ defineTaxonomy(
  {
    name: 'ethnicity',
    noun: 'ethnic group',
    field: 'complainant.ethnicity',
    values: ['white', 'mixed', 'asian', 'black', 'other-ethnic-group', 'not-recorded', 'prefers-not-to-say'],
    labels: {
  white: 'White',
  mixed: 'Mixed or multiple ethnic groups',
  asian: 'Asian or Asian British',
  black: 'Black, Black British, Caribbean or African',
  'other-ethnic-group': 'Other ethnic group',
  'not-recorded': 'Not recorded',
  'prefers-not-to-say': 'Prefers not to say',
},
    aliases: () => ({
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
  }),
  },
);

/**
 * One of the values of {@link ethnicGroups}.
 *
 * @example
 * ```ts
 * import type { EthnicGroup } from 'children-act-complaints';
 *
 * const value: EthnicGroup = 'white';
 * ```
 */
export type EthnicGroup = TaxonomyValue<typeof ethnicGroups>;

// ---------------------------------------------------------------- disability

/**
 * Whether the complainant is disabled.
 *
 *
 * @example
 * ```ts
 * import { disabilityStatuses } from 'children-act-complaints';
 * 
 * disabilityStatuses.values[0];            // 'disabled'
 * disabilityStatuses.parse('No disability'); // 'not-disabled'
 * disabilityStatuses.labels['not-disabled']; // 'Not disabled'
 * ```
 */
export const disabilityStatuses = /* @__PURE__ */ defineTaxonomy(
  {
    name: 'disability',
    noun: 'disability status',
    field: 'complainant.disability',
    values: ['disabled', 'not-disabled', 'not-recorded', 'prefers-not-to-say'],
    labels: {
  disabled: 'Disabled',
  'not-disabled': 'Not disabled',
  'not-recorded': 'Not recorded',
  'prefers-not-to-say': 'Prefers not to say',
},
    aliases: () => ({
    disabled: ['Yes', 'Y', 'Has a disability', 'With a disability', 'Disability', 'Disabled person'],
    'not-disabled': ['No', 'N', 'None', 'No disability', 'Not a disabled person'],
    'not-recorded': NOT_RECORDED_ALIASES,
    'prefers-not-to-say': PREFERS_NOT_TO_SAY_ALIASES,
  }),
  },
);

/**
 * One of the values of {@link disabilityStatuses}.
 *
 * @example
 * ```ts
 * import type { DisabilityStatus } from 'children-act-complaints';
 *
 * const value: DisabilityStatus = 'disabled';
 * ```
 */
export type DisabilityStatus = TaxonomyValue<typeof disabilityStatuses>;

// ---------------------------------------------------------------- sexual orientation

/**
 * The complainant's sexual orientation, in the Census's categories.
 *
 *
 * @example
 * ```ts
 * import { sexualOrientations } from 'children-act-complaints';
 * 
 * sexualOrientations.values.includes('bisexual'); // true
 * sexualOrientations.parse('Straight');            // 'heterosexual'
 * sexualOrientations.labels.heterosexual;          // 'Heterosexual or straight'
 * ```
 */
export const sexualOrientations = /* @__PURE__ */ defineTaxonomy(
  {
    name: 'sexualOrientation',
    noun: 'sexual orientation',
    field: 'complainant.sexualOrientation',
    values: ['heterosexual', 'gay-or-lesbian', 'bisexual', 'other', 'not-recorded', 'prefers-not-to-say'],
    labels: {
  heterosexual: 'Heterosexual or straight',
  'gay-or-lesbian': 'Gay or lesbian',
  bisexual: 'Bisexual',
  other: 'Other sexual orientation',
  'not-recorded': 'Not recorded',
  'prefers-not-to-say': 'Prefers not to say',
},
    aliases: () => ({
    heterosexual: ['Straight', 'Heterosexual/straight'],
    'gay-or-lesbian': ['Gay', 'Lesbian', 'Gay man', 'Gay woman', 'Gay woman/lesbian', 'Gay/lesbian'],
    bisexual: ['Bi'],
    other: ['Other', 'Pansexual', 'Asexual', 'Queer'],
    'not-recorded': NOT_RECORDED_ALIASES,
    'prefers-not-to-say': PREFERS_NOT_TO_SAY_ALIASES,
  }),
  },
);

/**
 * One of the values of {@link sexualOrientations}.
 *
 * @example
 * ```ts
 * import type { SexualOrientation } from 'children-act-complaints';
 *
 * const value: SexualOrientation = 'heterosexual';
 * ```
 */
export type SexualOrientation = TaxonomyValue<typeof sexualOrientations>;
