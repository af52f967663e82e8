/** Hostile-input entries for the taxonomy module: every label parser, schema and service-area list. */
import fc from 'fast-check';
import * as api from '../../../src/index';
import { COMMON_SERVICE_AREAS, commonServiceAreas, defineServiceAreas, isOpenStateLabel, normaliseLabel } from '../../../src/index';
import { expectLibraryError, hostileValue, nearly, spoiled } from '../../support/hostile';
import { target, type HostileTarget } from '../registry';

/** A taxonomy's parser pair, its values and their heading labels. */
interface LabelTaxonomy {
  readonly parse: string;
  readonly safeParse: string;
  readonly schema: string | null;
  readonly labels: Readonly<Record<string, string>>;
}

/** Every label taxonomy: a new one adds a line here. */
export const LABEL_TAXONOMIES: readonly LabelTaxonomy[] = [
  { parse: 'parseOutcome', safeParse: 'safeParseOutcome', schema: 'stageOutcomeSchema', labels: api.STAGE_OUTCOME_LABELS },
  { parse: 'parseComplaintType', safeParse: 'safeParseComplaintType', schema: 'complaintTypeSchema', labels: api.COMPLAINT_TYPE_LABELS },
  { parse: 'parseSource', safeParse: 'safeParseSource', schema: 'complainantSourceSchema', labels: api.COMPLAINANT_SOURCE_LABELS },
  { parse: 'parseChannel', safeParse: 'safeParseChannel', schema: 'channelSchema', labels: api.CHANNEL_LABELS },
  { parse: 'parseOmbudsmanDecision', safeParse: 'safeParseOmbudsmanDecision', schema: 'ombudsmanDecisionSchema', labels: api.OMBUDSMAN_DECISION_LABELS },
  { parse: 'parseAgeBand', safeParse: 'safeParseAgeBand', schema: null, labels: api.AGE_BAND_LABELS },
  { parse: 'parseGender', safeParse: 'safeParseGender', schema: null, labels: api.GENDER_LABELS },
  { parse: 'parseEthnicity', safeParse: 'safeParseEthnicity', schema: null, labels: api.ETHNIC_GROUP_LABELS },
  { parse: 'parseDisability', safeParse: 'safeParseDisability', schema: null, labels: api.DISABILITY_STATUS_LABELS },
  { parse: 'parseSexualOrientation', safeParse: 'safeParseSexualOrientation', schema: null, labels: api.SEXUAL_ORIENTATION_LABELS },
];

type Loose = (...args: never[]) => unknown;
const exported = (name: string): Loose => (api as unknown as Record<string, Loose>)[name] as Loose;

/** A label as an export might write it: a value, its heading, re-cased, re-spaced, mangled, or not a label at all. */
function labelLike(labels: Readonly<Record<string, string>>): fc.Arbitrary<unknown> {
  const known = fc.constantFrom(...Object.keys(labels), ...Object.values(labels), ...api.OPEN_STATE_LABELS);
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

const areaLabel = nearly(fc.constantFrom(...commonServiceAreas.ids, ...COMMON_SERVICE_AREAS.flatMap((area) => [area.label, ...(area.aliases ?? [])]), 'Highways', 'toString', '__proto__'));
const anyField = fc.option(nearly(fc.constantFrom('serviceArea', 'id')), { nil: undefined });

/** A `safeParse` result: data, or a library error ready to throw. */
export function expectSafeParseResult(result: unknown): void {
  const { success, error } = result as { success: unknown; error?: unknown };
  if (success === true) return;
  if (success !== false) throw new Error('a safeParse result has no success flag');
  expectLibraryError(error);
}

export const taxonomyTargets: readonly HostileTarget[] = [
  target('normaliseLabel', normaliseLabel, [labelLike(api.STAGE_OUTCOME_LABELS)]),
  target('isOpenStateLabel', isOpenStateLabel, [labelLike(api.STAGE_OUTCOME_LABELS)], { neverThrows: true }),
  ...LABEL_TAXONOMIES.flatMap(({ parse, safeParse, schema, labels }) => [
    target(parse, exported(parse), [labelLike(labels), parseOptions(labels)]),
    target(safeParse, exported(safeParse), [labelLike(labels), parseOptions(labels)], { onReturn: expectSafeParseResult }),
    ...(schema === null ? [] : [target(schema, (value: unknown) => (exported(schema) as () => { safeParse(v: unknown): unknown })().safeParse(value), [labelLike(labels)], { neverThrows: true })]),
  ]),
  target(
    'characteristicSchemas',
    (value: unknown) => Object.values(api.characteristicSchemas()).map((schema) => (schema as { safeParse(v: unknown): unknown }).safeParse(value)),
    [labelLike(api.GENDER_LABELS)],
    { neverThrows: true },
  ),
  target('defineServiceAreas', defineServiceAreas, [fc.oneof({ arbitrary: areaDefinitions, weight: 4 }, { arbitrary: hostileValue(), weight: 1 })], { numRuns: 200 }),
  target('commonServiceAreas.parse', (label: unknown, name: unknown) => commonServiceAreas.parse(label as string, name as string), [areaLabel, anyField]),
  target('commonServiceAreas.safeParse', (label: unknown, name: unknown) => commonServiceAreas.safeParse(label as string, name as string), [areaLabel, anyField], { neverThrows: true, onReturn: expectSafeParseResult }),
  target('commonServiceAreas.labelOf', (id: unknown) => commonServiceAreas.labelOf(id as string), [areaLabel]),
  target('commonServiceAreas.schema', (value: unknown) => commonServiceAreas.schema().safeParse(value), [areaLabel], { neverThrows: true }),
];
