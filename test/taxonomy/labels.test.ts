import { complaintRecordSchema } from '../../src/schemas/index';
import { describe, expect, it } from 'vitest';
import { ageBands, channels, complainantSources, complaintTypes, disabilityStatuses, ethnicGroups, genders, InvalidInputError, normaliseLabel, ombudsmanDecisions, stageOutcomes, sexualOrientations, UnknownLabelError } from '../../src/index';

const TAXONOMIES = [
  ['outcome', stageOutcomes.values, stageOutcomes.labels, stageOutcomes.parse],
  ['complaint type', complaintTypes.values, complaintTypes.labels, complaintTypes.parse],
  ['source', complainantSources.values, complainantSources.labels, complainantSources.parse],
  ['channel', channels.values, channels.labels, channels.parse],
  ['Ombudsman decision', ombudsmanDecisions.values, ombudsmanDecisions.labels, ombudsmanDecisions.parse],
  ['age band', ageBands.values, ageBands.labels, ageBands.parse],
  ['gender', genders.values, genders.labels, genders.parse],
  ['ethnic group', ethnicGroups.values, ethnicGroups.labels, ethnicGroups.parse],
  ['disability', disabilityStatuses.values, disabilityStatuses.labels, disabilityStatuses.parse],
  ['sexual orientation', sexualOrientations.values, sexualOrientations.labels, sexualOrientations.parse],
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

describe('the zod schemas of the schemas subpath', () => {
  const record = (patch: Record<string, unknown>) => ({
    id: 'C-1', receivedOn: '2024-04-02', serviceArea: 'children-in-need', complaintType: 'quality-of-service', source: 'parent-guardian', stage1: {}, deferrals: [], ...patch,
  });
  it('take their enums from the taxonomies’ values', () => {
    for (const outcome of stageOutcomes.values) expect(complaintRecordSchema.safeParse(record({ stage1: { respondedOn: '2024-04-10', outcome } })).success).toBe(true);
    for (const type of complaintTypes.values) expect(complaintRecordSchema.safeParse(record({ complaintType: type })).success).toBe(true);
    for (const source of complainantSources.values) expect(complaintRecordSchema.safeParse(record({ source })).success).toBe(true);
    for (const channel of channels.values) expect(complaintRecordSchema.safeParse(record({ channel })).success).toBe(true);
    for (const decision of ombudsmanDecisions.values) expect(complaintRecordSchema.safeParse(record({ ombudsman: { decision } })).success).toBe(true);
    for (const [key, values] of [['ageBand', ageBands.values], ['gender', genders.values], ['ethnicity', ethnicGroups.values], ['disability', disabilityStatuses.values], ['sexualOrientation', sexualOrientations.values]] as const) {
      for (const value of values) expect(complaintRecordSchema.safeParse(record({ complainant: { [key]: value } })).success).toBe(true);
    }
  });

  it('accept values, not labels', () => {
    expect(complaintRecordSchema.safeParse(record({ stage1: { respondedOn: '2024-04-10', outcome: 'partly-upheld' } })).success).toBe(true);
    expect(complaintRecordSchema.safeParse(record({ stage1: { respondedOn: '2024-04-10', outcome: 'Partly upheld' } })).success).toBe(false);
  });
});

describe('characteristics', () => {
  it('all have not-recorded and prefers-not-to-say', () => {
    for (const values of [ageBands.values, genders.values, ethnicGroups.values, disabilityStatuses.values, sexualOrientations.values]) {
      expect(values).toContain('not-recorded');
      expect(values).toContain('prefers-not-to-say');
    }
  });

  it.each([
    [genders.parse, 'Prefer not to say', 'prefers-not-to-say'],
    [genders.parse, 'Not known', 'not-recorded'],
    [ethnicGroups.parse, 'REFU', 'prefers-not-to-say'],
    [ethnicGroups.parse, 'NOBT', 'not-recorded'],
    [ethnicGroups.parse, 'Black Caribbean', 'black'],
    [ethnicGroups.parse, 'Gypsy or Irish Traveller', 'white'],
    [ethnicGroups.parse, 'Arab', 'other-ethnic-group'],
    [ethnicGroups.parse, 'Chinese', 'asian'],
    [ageBands.parse, '16 to 17', '16-17'],
    [ageBands.parse, 'Declined', 'prefers-not-to-say'],
    [disabilityStatuses.parse, 'Y', 'disabled'],
    [disabilityStatuses.parse, 'No', 'not-disabled'],
    [sexualOrientations.parse, 'Gay woman/lesbian', 'gay-or-lesbian'],
    [sexualOrientations.parse, 'Not stated', 'not-recorded'],
  ] as const)('%o reads %j', (parse, label, expected) => {
    expect((parse as (label: string) => string)(label)).toBe(expected);
  });
});

describe('unknown labels', () => {
  it('throw UnknownLabelError with the nearest known labels, best first', () => {
    let caught: unknown;
    try {
      stageOutcomes.parse('Uphold-ish');
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
    const result = complainantSources.safeParse('Parnet/Guardain');
    expect(result.success).toBe(false);
    if (!result.success) expect((result.error as UnknownLabelError).suggestions[0]).toBe('Parent / guardian');
  });

  it('name the caller’s field', () => {
    expect(() => stageOutcomes.parse('nope', { field: 'stage2.outcome' })).toThrow(expect.objectContaining({ field: 'stage2.outcome' }));
  });

  it('refuse "Open" and its kin with an explanation, not suggestions', () => {
    for (const label of stageOutcomes.openStateLabels) {
      expect(stageOutcomes.isOpenState(label)).toBe(true);
      const result = stageOutcomes.safeParse(label);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error).toBeInstanceOf(UnknownLabelError);
        expect(result.error.message).toContain('state');
      }
    }
    expect(stageOutcomes.isOpenState('in-progress')).toBe(true);
    expect(stageOutcomes.isOpenState('Upheld')).toBe(false);
  });

  it('refuse a bare "Investigated" Ombudsman label', () => {
    expect(() => ombudsmanDecisions.parse('Investigated')).toThrow(/not what it decided/);
  });

  it.each([undefined, null, 42, {}, ['upheld']])('give INVALID_ARGUMENT for the non-string %j', (value) => {
    expect(() => stageOutcomes.parse(value as unknown as string)).toThrow(InvalidInputError);
    const result = stageOutcomes.safeParse(value as unknown as string);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_ARGUMENT');
  });

  it('cope with very long labels', () => {
    const result = stageOutcomes.safeParse('x'.repeat(100_000));
    expect(result.success).toBe(false);
    if (!result.success) expect((result.error as UnknownLabelError).suggestions).toHaveLength(3);
  });

  it('treat empty text as unknown', () => {
    expect(stageOutcomes.safeParse('').success).toBe(false);
    expect(stageOutcomes.safeParse(' - ').success).toBe(false);
  });
});

describe('the aliases option', () => {
  it('adds a council’s own wording and overrides built-in labels', () => {
    expect(stageOutcomes.parse('Substantiated in part', { aliases: { 'Substantiated in part': 'partly-upheld' } })).toBe('partly-upheld');
    expect(ombudsmanDecisions.parse('Not for us')).toBe('referred-back-for-local-resolution');
    expect(ombudsmanDecisions.parse('Not for us', { aliases: { 'not for us': 'out-of-jurisdiction' } })).toBe('out-of-jurisdiction');
  });

  it('refuses an alias to a value that does not exist, or an empty alias', () => {
    expect(() => stageOutcomes.parse('x', { aliases: { x: 'sort-of' as 'upheld' } })).toThrow(InvalidInputError);
    expect(() => stageOutcomes.parse('x', { aliases: { '--': 'upheld' } })).toThrow(/no letters or digits/);
    expect(() => stageOutcomes.parse('x', { aliases: 'upheld' as unknown as Record<string, 'upheld'> })).toThrow(/aliases as an object/);
  });

  it('ignores inherited keys such as __proto__', () => {
    const aliases = JSON.parse('{"__proto__": "upheld", "Sorted": "resolved-informally"}') as Record<string, 'upheld'>;
    expect(stageOutcomes.parse('Sorted', { aliases })).toBe('resolved-informally');
    expect(stageOutcomes.parse('__proto__', { aliases })).toBe('upheld');
    expect(({} as Record<string, unknown>)['Sorted']).toBeUndefined();
  });
});
