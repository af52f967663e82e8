import { describe, expect, it } from 'vitest';
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  CHANNEL_LABELS,
  CHANNELS,
  COMPLAINANT_SOURCE_LABELS,
  COMPLAINANT_SOURCES,
  COMPLAINT_TYPE_LABELS,
  COMPLAINT_TYPES,
  DISABILITY_STATUS_LABELS,
  DISABILITY_STATUSES,
  ETHNIC_GROUP_LABELS,
  ETHNIC_GROUPS,
  GENDER_LABELS,
  GENDERS,
  InvalidInputError,
  normaliseLabel,
  OMBUDSMAN_DECISION_LABELS,
  OMBUDSMAN_DECISIONS,
  OPEN_STATE_LABELS,
  parseAgeBand,
  parseChannel,
  parseComplaintType,
  parseDisability,
  parseEthnicity,
  parseGender,
  parseOmbudsmanDecision,
  parseOutcome,
  parseSexualOrientation,
  parseSource,
  safeParseOutcome,
  safeParseSource,
  SEXUAL_ORIENTATION_LABELS,
  SEXUAL_ORIENTATIONS,
  STAGE_OUTCOME_LABELS,
  STAGE_OUTCOMES,
  stageOutcomeSchema,
  complaintTypeSchema,
  complainantSourceSchema,
  channelSchema,
  ombudsmanDecisionSchema,
  characteristicSchemas,
  UnknownLabelError,
  isOpenStateLabel,
} from '../../src/index';

const TAXONOMIES = [
  ['outcome', STAGE_OUTCOMES, STAGE_OUTCOME_LABELS, parseOutcome],
  ['complaint type', COMPLAINT_TYPES, COMPLAINT_TYPE_LABELS, parseComplaintType],
  ['source', COMPLAINANT_SOURCES, COMPLAINANT_SOURCE_LABELS, parseSource],
  ['channel', CHANNELS, CHANNEL_LABELS, parseChannel],
  ['Ombudsman decision', OMBUDSMAN_DECISIONS, OMBUDSMAN_DECISION_LABELS, parseOmbudsmanDecision],
  ['age band', AGE_BANDS, AGE_BAND_LABELS, parseAgeBand],
  ['gender', GENDERS, GENDER_LABELS, parseGender],
  ['ethnic group', ETHNIC_GROUPS, ETHNIC_GROUP_LABELS, parseEthnicity],
  ['disability', DISABILITY_STATUSES, DISABILITY_STATUS_LABELS, parseDisability],
  ['sexual orientation', SEXUAL_ORIENTATIONS, SEXUAL_ORIENTATION_LABELS, parseSexualOrientation],
] as const;

describe('normaliseLabel', () => {
  it.each([
    ['Partially Upheld', 'partlyupheld'],
    ['partly upheld', 'partlyupheld'],
    ['PART-LY  UPHELD!', 'partlyupheld'],
    ['With drawn', 'withdrawn'],
    ['LAC & Care Leavers', 'lacandcareleavers'],
    ['LAC and Care Leavers', 'lacandcareleavers'],
    ['Upheld – maladministration', 'upheldmaladministration'],
    ['Upheld — maladministration', 'upheldmaladministration'],
    ['Upheld - maladministration', 'upheldmaladministration'],
    ["Children's Quality Assurance", 'childrensqualityassurance'],
    ['Children’s Quality Assurance', 'childrensqualityassurance'],
    ['65+', '65plus'],
    ['Café', 'cafe'],
    ['  ', ''],
  ])('%j -> %j', (label, key) => {
    expect(normaliseLabel(label)).toBe(key);
  });
});

describe.each(TAXONOMIES)('the %s taxonomy', (_name, values, labels, parse) => {
  it('is frozen and has a heading label for every value, all different', () => {
    expect(Object.isFrozen(labels)).toBe(true);
    expect(Object.keys(labels)).toEqual([...values]);
    const keys = Object.values(labels).map((label) => normaliseLabel(label as string));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('parses each value and each heading label back to the value', () => {
    for (const value of values) {
      expect((parse as (label: string) => string)(value)).toBe(value);
      expect((parse as (label: string) => string)((labels as Record<string, string>)[value] as string)).toBe(value);
      expect((parse as (label: string) => string)(` ${value.toUpperCase()}. `)).toBe(value);
    }
  });
});

describe('zod enums', () => {
  it('are derived from the arrays and built once', () => {
    expect(stageOutcomeSchema().options).toEqual([...STAGE_OUTCOMES]);
    expect(stageOutcomeSchema()).toBe(stageOutcomeSchema());
    expect(complaintTypeSchema().options).toEqual([...COMPLAINT_TYPES]);
    expect(complainantSourceSchema().options).toEqual([...COMPLAINANT_SOURCES]);
    expect(channelSchema().options).toEqual([...CHANNELS]);
    expect(ombudsmanDecisionSchema().options).toEqual([...OMBUDSMAN_DECISIONS]);
    const characteristics = characteristicSchemas();
    expect(characteristics.ageBand.options).toEqual([...AGE_BANDS]);
    expect(characteristics.gender.options).toEqual([...GENDERS]);
    expect(characteristics.ethnicity.options).toEqual([...ETHNIC_GROUPS]);
    expect(characteristics.disability.options).toEqual([...DISABILITY_STATUSES]);
    expect(characteristics.sexualOrientation.options).toEqual([...SEXUAL_ORIENTATIONS]);
  });

  it('accept values, not labels', () => {
    expect(stageOutcomeSchema().safeParse('partly-upheld').success).toBe(true);
    expect(stageOutcomeSchema().safeParse('Partly upheld').success).toBe(false);
  });
});

describe('characteristics', () => {
  it('all have not-recorded and prefers-not-to-say', () => {
    for (const values of [AGE_BANDS, GENDERS, ETHNIC_GROUPS, DISABILITY_STATUSES, SEXUAL_ORIENTATIONS]) {
      expect(values).toContain('not-recorded');
      expect(values).toContain('prefers-not-to-say');
    }
  });

  it.each([
    [parseGender, 'Prefer not to say', 'prefers-not-to-say'],
    [parseGender, 'Not known', 'not-recorded'],
    [parseEthnicity, 'REFU', 'prefers-not-to-say'],
    [parseEthnicity, 'NOBT', 'not-recorded'],
    [parseEthnicity, 'Black Caribbean', 'black'],
    [parseEthnicity, 'Gypsy or Irish Traveller', 'white'],
    [parseEthnicity, 'Arab', 'other-ethnic-group'],
    [parseEthnicity, 'Chinese', 'asian'],
    [parseAgeBand, '16 to 17', '16-17'],
    [parseAgeBand, 'Declined', 'prefers-not-to-say'],
    [parseDisability, 'Y', 'disabled'],
    [parseDisability, 'No', 'not-disabled'],
    [parseSexualOrientation, 'Gay woman/lesbian', 'gay-or-lesbian'],
    [parseSexualOrientation, 'Not stated', 'not-recorded'],
  ] as const)('%o reads %j', (parse, label, expected) => {
    expect((parse as (label: string) => string)(label)).toBe(expected);
  });
});

describe('unknown labels', () => {
  it('throw UnknownLabelError with the nearest known labels, best first', () => {
    let caught: unknown;
    try {
      parseOutcome('Uphold-ish');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownLabelError);
    const error = caught as UnknownLabelError;
    expect(error.code).toBe('UNKNOWN_LABEL');
    expect(error.taxonomy).toBe('outcome');
    expect(error.field).toBe('outcome');
    expect(error.value).toBe('Uphold-ish');
    expect(error.suggestions).toEqual(['Upheld', 'Partly upheld', 'Not upheld']);
    expect(error.message).toContain('[children-act-complaints] UNKNOWN_LABEL');
    expect(error.fix).toContain('"Upheld"');
    expect(error.fix).toContain('aliases');
  });

  it('suggest the nearest source for a misspelling', () => {
    const result = safeParseSource('Parnet/Guardain');
    expect(result.success).toBe(false);
    if (!result.success) expect((result.error as UnknownLabelError).suggestions[0]).toBe('Parent / guardian');
  });

  it('name the caller’s field', () => {
    expect(() => parseOutcome('nope', { field: 'stage2.outcome' })).toThrow(expect.objectContaining({ field: 'stage2.outcome' }));
  });

  it('refuse "Open" and its kin with an explanation, not suggestions', () => {
    for (const label of OPEN_STATE_LABELS) {
      expect(isOpenStateLabel(label)).toBe(true);
      const result = safeParseOutcome(label);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error).toBeInstanceOf(UnknownLabelError);
        expect(result.error.message).toContain('state');
      }
    }
    expect(isOpenStateLabel('in-progress')).toBe(true);
    expect(isOpenStateLabel('Upheld')).toBe(false);
  });

  it('refuse a bare "Investigated" Ombudsman label', () => {
    expect(() => parseOmbudsmanDecision('Investigated')).toThrow(/not what it decided/);
  });

  it.each([undefined, null, 42, {}, ['upheld']])('give INVALID_ARGUMENT for the non-string %j', (value) => {
    expect(() => parseOutcome(value as unknown as string)).toThrow(InvalidInputError);
    const result = safeParseOutcome(value as unknown as string);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_ARGUMENT');
  });

  it('cope with very long labels', () => {
    const result = safeParseOutcome('x'.repeat(100_000));
    expect(result.success).toBe(false);
    if (!result.success) expect((result.error as UnknownLabelError).suggestions).toHaveLength(3);
  });

  it('treat empty text as unknown', () => {
    expect(safeParseOutcome('').success).toBe(false);
    expect(safeParseOutcome(' - ').success).toBe(false);
  });
});

describe('the aliases option', () => {
  it('adds a council’s own wording and overrides built-in labels', () => {
    expect(parseOutcome('Substantiated in part', { aliases: { 'Substantiated in part': 'partly-upheld' } })).toBe('partly-upheld');
    expect(parseOmbudsmanDecision('Not for us')).toBe('referred-back-for-local-resolution');
    expect(parseOmbudsmanDecision('Not for us', { aliases: { 'not for us': 'out-of-jurisdiction' } })).toBe('out-of-jurisdiction');
  });

  it('refuses an alias to a value that does not exist, or an empty alias', () => {
    expect(() => parseOutcome('x', { aliases: { x: 'sort-of' as 'upheld' } })).toThrow(InvalidInputError);
    expect(() => parseOutcome('x', { aliases: { '--': 'upheld' } })).toThrow(/no letters or digits/);
    expect(() => parseOutcome('x', { aliases: 'upheld' as unknown as Record<string, 'upheld'> })).toThrow(/aliases as an object/);
  });

  it('ignores inherited keys such as __proto__', () => {
    const aliases = JSON.parse('{"__proto__": "upheld", "Sorted": "resolved-informally"}') as Record<string, 'upheld'>;
    expect(parseOutcome('Sorted', { aliases })).toBe('resolved-informally');
    expect(parseOutcome('__proto__', { aliases })).toBe('upheld');
    expect(({} as Record<string, unknown>)['Sorted']).toBeUndefined();
  });
});
