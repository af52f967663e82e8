import { defineTaxonomy, type TaxonomyValue } from './labels';
import { NOT_RECORDED_ALIASES } from './notRecorded';

/**
 * Who made the complaint (the "complaint source" of a report). Children,
 * parents, people with parental responsibility, foster carers, care leavers
 * and others with sufficient interest may complain; an advocate may make the
 * complaint for a child (Children Act 1989 s.26(3), s.26A).
 *
 *
 * @example
 * ```ts
 * import { complainantSources } from 'children-act-complaints';
 * 
 * complainantSources.parse('Parent/Carer');   // 'parent-guardian'
 * complainantSources.parse('MP');             // 'councillor-mp'
 * complainantSources.labels['child-young-person']; // 'Child / young person'
 * ```
 */
export const complainantSources = /* @__PURE__ */ defineTaxonomy(
  {
    name: 'source',
    noun: 'complainant source',
    field: 'source',
    values: [
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
],
    labels: {
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
},
    aliases: () => ({
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
  }),
  },
);

/**
 * One of the values of {@link complainantSources}.
 *
 * @example
 * ```ts
 * import type { ComplainantSource } from 'children-act-complaints';
 *
 * const value: ComplainantSource = 'parent-guardian';
 * ```
 */
export type ComplainantSource = TaxonomyValue<typeof complainantSources>;
