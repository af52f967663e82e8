import { fail } from '../rules';
import { defineTaxonomy, labelMatcher, type Taxonomy } from './labels';

/**
 * One service area a council reports on: a stable `id`, the heading `label`
 * its reports use, and the other names its exports and reports use for it.
 *
 * @example
 * ```ts
 * import type { ServiceAreaDefinition } from 'children-act-complaints';
 *
 * const area: ServiceAreaDefinition = {
 *   id: 'looked-after-children',
 *   label: 'Looked After Children and Care Leavers',
 *   aliases: ['LAC & Care Leavers', 'LAC'],
 * };
 * ```
 */
export interface ServiceAreaDefinition {
  /** A stable identifier, e.g. `'children-in-need'`. Records store it. */
  readonly id: string;
  /** The heading label for reports. */
  readonly label: string;
  /** Other names for the area, matched like every label (see {@link normaliseLabel}). */
  readonly aliases?: readonly string[];
}

/**
 * A council's declared list of service areas, as a {@link Taxonomy} whose
 * values are the areas' ids. Get one from {@link defineServiceAreas}.
 *
 * @example
 * ```ts
 * import { commonServiceAreas, type ServiceAreas } from 'children-act-complaints';
 *
 * const areas: ServiceAreas = commonServiceAreas;
 * areas.parse('LAC & Care Leavers');         // 'looked-after-children'
 * areas.labels['looked-after-children'];     // 'Looked After Children and Care Leavers'
 * areas.values[0];                           // 'children-in-need'
 * ```
 *
 * @typeParam Id - the areas' ids
 */
export interface ServiceAreas<Id extends string = string> extends Taxonomy<Id> {
  /** The definitions, frozen, in the order given. */
  readonly areas: readonly ServiceAreaDefinition[];
}

function checkDefinitions(areas: unknown): readonly ServiceAreaDefinition[] {
  if (!Array.isArray(areas) || areas.length === 0) {
    throw fail('wrong-type', { expected: 'a non-empty array of service areas', example: "e.g. [{ id: 'children-in-need', label: 'Children in Need' }]" }, { field: 'areas', value: areas });
  }
  const seen = new Set<string>();
  return Object.freeze(
    areas.map((area: unknown, index) => {
      const field = `areas[${index}]`;
      if (typeof area !== 'object' || area === null) {
        throw fail('wrong-type', { expected: 'a service area object', example: 'each area with an id and a label' }, { field, value: area });
      }
      const { id, label, aliases } = area as Record<string, unknown>;
      if (typeof id !== 'string' || id.trim() === '' || id.trim() !== id) {
        throw fail('wrong-type', { expected: 'a non-empty id without surrounding spaces', example: "a short stable id such as 'children-in-need'" }, { field: `${field}.id`, value: id });
      }
      if (seen.has(id)) throw fail('declared-twice', { what: 'service area id' }, { field: `${field}.id`, value: id });
      seen.add(id);
      if (typeof label !== 'string' || label.trim() === '') {
        throw fail('wrong-type', { expected: 'a heading label', example: 'the heading your reports use' }, { field: `${field}.label`, value: label });
      }
      if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string'))) {
        throw fail('wrong-type', { expected: 'an array of strings', example: "e.g. aliases: ['CIN', 'Child in Need']" }, { field: `${field}.aliases`, value: aliases });
      }
      const definition: ServiceAreaDefinition =
        aliases === undefined ? { id, label } : { id, label, aliases: Object.freeze([...(aliases as string[])]) };
      return Object.freeze(definition);
    }),
  );
}

/**
 * Declares a council's own list of service areas and returns its parser.
 * Service areas differ from council to council, so each council states its
 * list once, with the names its exports and past reports use, and every
 * record is checked against it. Start from `commonServiceAreas.areas` if
 * it fits.
 *
 * @param areas - the definitions: ids unique, labels non-empty, no alias shared by two areas
 * @returns the parser for that list
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the list is empty, an id repeats, a label is missing, or one label would match two areas
 *
 * @example
 * ```ts
 * import { defineServiceAreas } from 'children-act-complaints';
 *
 * const camden = defineServiceAreas([
 *   { id: 'lac', label: 'LAC & Care Leavers', aliases: ['Looked After Children'] },
 *   { id: 'cin', label: 'Children in Need', aliases: ['Children In Need (Early Help)'] },
 *   { id: 'cypd', label: 'Children & Young People Disability', aliases: ['CYPDS'] },
 *   { id: 'qa', label: "Children's Quality Assurance", aliases: ['Quality Assurance'] },
 * ]);
 * camden.parse('Children and Young People Disability'); // 'cypd'
 * camden.labels.qa;                                     // "Children's Quality Assurance"
 * ```
 */
export function defineServiceAreas<const D extends readonly ServiceAreaDefinition[]>(areas: D): ServiceAreas<D[number]['id']> {
  const taxonomy = serviceAreasOf(areas);
  labelMatcher(taxonomy); // surface conflicting aliases now, not on first parse
  return taxonomy;
}

/** The parser for a list of areas, its matcher compiled on first use (the shipped list is checked by its tests, not at every load). */
function serviceAreasOf<const D extends readonly ServiceAreaDefinition[]>(areas: D): ServiceAreas<D[number]['id']> {
  type Id = D[number]['id'];
  const definitions = checkDefinitions(areas);
  const values = definitions.map((area) => area.id as Id);
  const labels = Object.fromEntries(definitions.map((area) => [area.id, area.label])) as Record<Id, string>;
  const aliases = Object.fromEntries(definitions.map((area) => [area.id, area.aliases ?? []])) as Partial<Record<Id, readonly string[]>>;
  const taxonomy = defineTaxonomy<Id, { readonly areas: readonly ServiceAreaDefinition[] }>(
    { name: 'serviceArea', noun: 'service area', field: 'serviceArea', values, labels, aliases: () => aliases },
    { areas: definitions },
  );
  return taxonomy;
}

/**
 * The service areas common to children's social care complaints reports, as
 * a starting point for {@link defineServiceAreas}. Their aliases cover the
 * names seen in published reports (e.g. "LAC & Care Leavers", "CYPDS",
 * "Children's Quality Assurance"). Public as `commonServiceAreas.areas`.
 *
 * @internal
 */
export const COMMON_SERVICE_AREAS: readonly ServiceAreaDefinition[] = /* @__PURE__ */ buildCommonServiceAreas();

function buildCommonServiceAreas(): readonly ServiceAreaDefinition[] {
  return checkDefinitions([
  {
    id: 'children-in-need',
    label: 'Children in Need',
    aliases: ['CIN', 'Child in Need', 'Children in Need and Child Protection', 'CIN/CP'],
  },
  {
    id: 'looked-after-children',
    label: 'Looked After Children and Care Leavers',
    aliases: ['Looked After Children', 'LAC', 'LAC & Care Leavers', 'Children Looked After', 'CLA', 'Care Leavers', 'Children in Care', 'Leaving Care'],
  },
  {
    id: 'disabled-children',
    label: 'Children and Young People with Disabilities',
    aliases: [
      'Children & Young People Disability',
      'Children and Young People with Disability',
      'Children & Young People with Disability (CYPD)',
      'CYPD',
      'CYPDS',
      'Children with Disabilities',
      'CWD',
      'Disabled Children',
      'Disabled Children’s Service',
    ],
  },
  {
    id: 'quality-assurance',
    label: 'Quality Assurance',
    aliases: ["Children's Quality Assurance", 'QA', 'Safeguarding and Quality Assurance'],
  },
  { id: 'early-years', label: 'Early Years', aliases: ['Early Years Service'] },
  { id: 'early-help', label: 'Early Help / Family Help', aliases: ['Early Help', 'Family Help', 'Early Help and Family Help'] },
  { id: 'family-support', label: 'Family Support and Complex Families', aliases: ['Family Support', 'Complex Families'] },
  ]);
}

/**
 * The parser for the default service areas of
 * the record readers.
 *
 * @example
 * ```ts
 * import { commonServiceAreas } from 'children-act-complaints';
 *
 * commonServiceAreas.parse('LAC & Care Leavers'); // 'looked-after-children'
 * commonServiceAreas.parse('Children In Need');   // 'children-in-need'
 * ```
 */
export const commonServiceAreas: ServiceAreas = /* @__PURE__ */ serviceAreasOf(COMMON_SERVICE_AREAS);
