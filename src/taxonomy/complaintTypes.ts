import { defineTaxonomy, type TaxonomyValue } from './labels';
import { NOT_RECORDED_ALIASES } from './notRecorded';

/**
 * The types of complaint ("enquiry types"), following the headings of the
 * Local Government and Social Care Ombudsman as councils use them. Where a
 * complaint raises several, councils log the complainant's primary reason.
 *
 *
 * @example
 * ```ts
 * import { complaintTypes } from 'children-act-complaints';
 * 
 * complaintTypes.values.length;                   // 8
 * complaintTypes.parse('Disagree with decision'); // 'disagree-with-decision'
 * complaintTypes.labels['staff-behaviour'];       // 'Staff behaviour / poor customer service'
 * ```
 */
export const complaintTypes = /* @__PURE__ */ defineTaxonomy(
  {
    name: 'complaintType',
    noun: 'complaint type',
    field: 'complaintType',
    values: [
  'staff-behaviour',
  'quality-of-service',
  'disagree-with-decision',
  'delay-in-service',
  'lack-of-information',
  'lack-of-communication',
  'safeguarding-and-wellbeing',
  'not-recorded',
],
    labels: {
  'staff-behaviour': 'Staff behaviour / poor customer service',
  'quality-of-service': 'Quality of service',
  'disagree-with-decision': 'Disagree with a decision / action',
  'delay-in-service': 'Delay in providing a service',
  'lack-of-information': 'Lack of information / advice / access to service',
  'lack-of-communication': 'Lack of communication',
  'safeguarding-and-wellbeing': 'Safeguarding and child wellbeing',
  'not-recorded': 'Not recorded',
},
    aliases: () => ({
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
  }),
  },
);

/**
 * One of the values of {@link complaintTypes}.
 *
 * @example
 * ```ts
 * import type { ComplaintType } from 'children-act-complaints';
 *
 * const value: ComplaintType = 'staff-behaviour';
 * ```
 */
export type ComplaintType = TaxonomyValue<typeof complaintTypes>;
