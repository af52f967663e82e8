import { describe, expect, it } from 'vitest';
import { commonServiceAreas, defineServiceAreas, InvalidInputError, UnknownLabelError } from '../../src/index';

describe('defineServiceAreas', () => {
  const areas = defineServiceAreas([
    { id: 'cin', label: 'Children in Need', aliases: ['CIN', 'Child in Need'] },
    { id: 'lac', label: 'Looked After Children', aliases: ['LAC', 'CLA'] },
  ]);

  it('parses labels, ids and aliases', () => {
    expect(areas.parse('children in need')).toBe('cin');
    expect(areas.parse('cin')).toBe('cin');
    expect(areas.parse('C.L.A.')).toBe('lac');
    expect(areas.values).toEqual(['cin', 'lac']);
    expect(areas.labels.lac).toBe('Looked After Children');
  });

  it('lists the nearest declared areas for an unknown label', () => {
    const result = areas.safeParse('Looked After Childen', { field: 'Service' });
    expect(result.success).toBe(false);
    if (!result.success) {
      const error = result.error as UnknownLabelError;
      expect(error.taxonomy).toBe('service area');
      expect(error.field).toBe('Service');
      expect(error.suggestions[0]).toBe('Looked After Children');
    }
    expect(areas.has('nope')).toBe(false);
    expect(areas.has('lac')).toBe(true);
  });

  it('has the shape of every taxonomy', () => {
    expect(areas.name).toBe('serviceArea');
    expect(areas.areas.map((area) => area.id)).toEqual(['cin', 'lac']);
  });

  it('is frozen and copies its input', () => {
    const input = [{ id: 'a', label: 'A', aliases: ['Alpha'] }];
    const parsed = defineServiceAreas(input);
    input[0]!.aliases.push('Beta');
    expect(parsed.areas[0]?.aliases).toEqual(['Alpha']);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.areas[0])).toBe(true);
  });

  it.each([
    [[], 'non-empty array'],
    ['areas', 'non-empty array'],
    [[null], 'service area object'],
    [[{ id: '', label: 'A' }], 'non-empty id'],
    [[{ id: ' a', label: 'A' }], 'non-empty id'],
    [[{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }], 'declared twice'],
    [[{ id: 'a', label: '' }], 'heading label'],
    [[{ id: 'a', label: 'A', aliases: 'x' }], 'array of strings'],
    [[{ id: 'a', label: 'A', aliases: ['Same'] }, { id: 'b', label: 'B', aliases: ['SAME'] }], 'maps to two values'],
  ])('refuses %j', (input, message) => {
    expect(() => defineServiceAreas(input as never)).toThrow(InvalidInputError);
    expect(() => defineServiceAreas(input as never)).toThrow(message);
  });
});

describe('the common service areas', () => {
  it('are the fact sheet’s examples', () => {
    expect(commonServiceAreas.areas.map((area) => area.label)).toEqual([
      'Children in Need',
      'Looked After Children and Care Leavers',
      'Children and Young People with Disabilities',
      'Quality Assurance',
      'Early Years',
      'Early Help / Family Help',
      'Family Support and Complex Families',
    ]);
    expect(Object.isFrozen(commonServiceAreas.areas[0])).toBe(true);
    expect(commonServiceAreas.values).toEqual(commonServiceAreas.areas.map((area) => area.id));
  });

  it('have no alias shared by two areas (their matcher is compiled on first use, so this is where it is checked)', () => {
    expect(() => defineServiceAreas(commonServiceAreas.areas)).not.toThrow();
  });

  it.each([
    ['Early Help', 'early-help'],
    ['Family Help', 'early-help'],
    ['Children Looked After', 'looked-after-children'],
    ['Children with Disabilities', 'disabled-children'],
  ])('reads %j', (label, id) => {
    expect(commonServiceAreas.parse(label)).toBe(id);
  });
});

describe('service areas and prototype keys', () => {
  it('treats ids and labels such as __proto__ and constructor as plain data', () => {
    const areas = defineServiceAreas([
      { id: '__proto__', label: 'Odd team' },
      { id: 'constructor', label: 'Other team', aliases: ['toString'] },
    ]);
    expect(areas.parse('Odd team')).toBe('__proto__');
    expect(areas.parse('__proto__')).toBe('__proto__');
    expect(areas.parse('toString')).toBe('constructor');
    expect(areas.labels.constructor).toBe('Other team');
    expect(areas.safeParse('hasOwnProperty').success).toBe(false);
    expect(({} as Record<string, unknown>).label).toBeUndefined();
  });
});
