/** Hostile-input entries for the taxonomy module: every taxonomy's parse, safeParse and has, and the service areas. */
import fc from 'fast-check';
import * as api from '../../../src/index';
import { commonServiceAreas, defineServiceAreas, stageOutcomes, normaliseLabel, type Taxonomy } from '../../../src/index';
import { expectLibraryError, hostileValue, nearly, spoiled } from '../../support/hostile';
import { target, type HostileTarget } from '../registry';

/** Every label taxonomy the package exports: a new one is found here by its shape. */
export const LABEL_TAXONOMIES: readonly { readonly name: string; readonly taxonomy: Taxonomy<string> }[] = [
  { name: 'stageOutcomes', taxonomy: api.stageOutcomes },
  { name: 'complaintTypes', taxonomy: api.complaintTypes },
  { name: 'complainantSources', taxonomy: api.complainantSources },
  { name: 'channels', taxonomy: api.channels },
  { name: 'ombudsmanDecisions', taxonomy: api.ombudsmanDecisions },
  { name: 'ageBands', taxonomy: api.ageBands },
  { name: 'genders', taxonomy: api.genders },
  { name: 'ethnicGroups', taxonomy: api.ethnicGroups },
  { name: 'disabilityStatuses', taxonomy: api.disabilityStatuses },
  { name: 'sexualOrientations', taxonomy: api.sexualOrientations },
];

/** A label as an export might write it: a value, its heading, re-cased, re-spaced, mangled, or not a label at all. */
function labelLike(labels: Readonly<Record<string, string>>): fc.Arbitrary<unknown> {
  const known = fc.constantFrom(...Object.keys(labels), ...Object.values(labels), ...api.stageOutcomes.openStateLabels);
  const reworded = fc.tuple(known, fc.constantFrom('upper', 'lower', 'dashes', 'spaces', 'typo')).map(([label, how]) => {
    if (how === 'upper') return label.toUpperCase();
    if (how === 'lower') return label.toLowerCase();
    if (how === 'dashes') return label.replace(/ /g, ' – ');
    if (how === 'spaces') return `  ${label.split('').join(' ')}  `;
    return label.slice(1);
  });
  return nearly(fc.oneof(known, reworded));
}

/** Parser options: own aliases (sometimes mapping to values that do not exist) and a field name. */
function parseOptions(labels: Readonly<Record<string, string>>): fc.Arbitrary<unknown> {
  const values = Object.keys(labels);
  const aliases = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('Substantiated', '__proto__', 'constructor', '')), fc.oneof(fc.constantFrom(...values), fc.string()), { maxKeys: 3 });
  return fc.oneof(fc.constant(undefined), spoiled(fc.record({ aliases, field: fc.constantFrom('outcome', 'stage1.outcome') }, { requiredKeys: [] }), 2));
}

const areaDefinitions = spoiled(
  fc.array(
    fc.record(
      {
        id: fc.oneof(fc.constantFrom('cin', 'lac', '__proto__', 'constructor', 'toString'), fc.string({ minLength: 1, maxLength: 8 })),
        label: fc.oneof(fc.constantFrom('Children in Need', 'LAC & Care Leavers', 'constructor'), fc.string({ maxLength: 12 })),
        aliases: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'label'] },
    ),
    { minLength: 0, maxLength: 5 },
  ),
  2,
);

const areaLabel = nearly(fc.constantFrom(...commonServiceAreas.values, ...commonServiceAreas.areas.flatMap((area) => [area.label, ...(area.aliases ?? [])]), 'Highways', 'toString', '__proto__'));
const anyField = fc.option(nearly(fc.constantFrom('serviceArea', 'id')), { nil: undefined });

/** A `safeParse` result: data, or a library error ready to throw. */
export function expectSafeParseResult(result: unknown): void {
  const { success, error } = result as { success: unknown; error?: unknown };
  if (success === true) return;
  if (success !== false) throw new Error('a safeParse result has no success flag');
  expectLibraryError(error);
}

export const taxonomyTargets: readonly HostileTarget[] = [
  target('normaliseLabel', normaliseLabel, [labelLike(api.stageOutcomes.labels)]),
  target('stageOutcomes.isOpenState', stageOutcomes.isOpenState, [labelLike(api.stageOutcomes.labels)], { neverThrows: true }),
  ...LABEL_TAXONOMIES.flatMap(({ name, taxonomy }) => [
    target(`${name}.parse`, (label: unknown, options: unknown) => taxonomy.parse(label as string, options as never), [labelLike(taxonomy.labels), parseOptions(taxonomy.labels)]),
    target(`${name}.safeParse`, (label: unknown, options: unknown) => taxonomy.safeParse(label as string, options as never), [labelLike(taxonomy.labels), parseOptions(taxonomy.labels)], {
      onReturn: expectSafeParseResult,
    }),
    target(`${name}.has`, (value: unknown) => taxonomy.has(value), [labelLike(taxonomy.labels)], { neverThrows: true }),
  ]),
  target('defineServiceAreas', defineServiceAreas, [fc.oneof({ arbitrary: areaDefinitions, weight: 4 }, { arbitrary: hostileValue(), weight: 1 })], { numRuns: 200 }),
  target('commonServiceAreas.parse', (label: unknown, field: unknown) => commonServiceAreas.parse(label as string, { field: field as string }), [areaLabel, anyField]),
  target('commonServiceAreas.safeParse', (label: unknown, field: unknown) => commonServiceAreas.safeParse(label as string, { field: field as string }), [areaLabel, anyField], { neverThrows: true, onReturn: expectSafeParseResult }),
  target('commonServiceAreas.has', (value: unknown) => commonServiceAreas.has(value), [areaLabel], { neverThrows: true }),
];
