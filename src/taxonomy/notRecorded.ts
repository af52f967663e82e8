/**
 * Shared wording for "not recorded" and "prefers not to say", used by every
 * taxonomy that has those values.
 *
 * @internal
 * @module
 */

/** Ways exports and reports write that nothing was recorded. */
export const NOT_RECORDED_ALIASES: readonly string[] = [
  'Not recorded',
  'Unrecorded',
  'Not known',
  'Unknown',
  'N/K',
  'NK',
  'Not stated',
  'Not given',
  'Not asked',
  'Not provided',
  'Information not obtained',
  'Not obtained',
  'NOBT',
];

/** Ways exports write that the person chose not to say. */
export const PREFERS_NOT_TO_SAY_ALIASES: readonly string[] = [
  'Prefers not to say',
  'Prefer not to say',
  'Preferred not to say',
  'Declined',
  'Declined to say',
  'Declined to answer',
  'Refused',
  'REFU',
  'Not disclosed',
  'Withheld',
];
