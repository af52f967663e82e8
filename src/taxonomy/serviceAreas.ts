import { InvalidInputError } from '../errors';
import { describeValue } from '../internal/describe';
import { defineTaxonomy, lazyEnumSchema, type EnumSchema, type LabelParseResult, type Taxonomy } from './labels';

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
 * A council's declared list of service areas, with its parser. Get one from
 * {@link defineServiceAreas}.
 *
 * @example
 * ```ts
 * import { commonServiceAreas, type ServiceAreas } from 'children-act-complaints';
 *
 * const areas: ServiceAreas = commonServiceAreas;
 * areas.parse('LAC & Care Leavers'); // 'looked-after-children'
 * ```
 */
export interface ServiceAreas<Id extends string = string> {
  /** The definitions, frozen, in the order given. */
  readonly areas: readonly ServiceAreaDefinition[];
  /** The ids, in the order given. */
  readonly ids: readonly Id[];
  /**
   * The heading label of an area.
   *
   * @param id - an id of this list
   * @returns its label
   * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the id is not in this list
   */
  labelOf(id: Id): string;
  /**
   * Maps a service-area label (or id) to its id.
   *
   * @param label - the label
   * @param field - the field name for errors; defaults to `'serviceArea'`
   * @returns the area's id
   * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` listing the nearest declared areas
   * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string
   */
  parse(label: string, field?: string): Id;
  /**
   * Like `parse`, but returns a result instead of throwing.
   *
   * @param label - the label
   * @param field - the field name for errors
   * @returns `{ success: true, data }` or `{ success: false, error }`
   */
  safeParse(label: string, field?: string): LabelParseResult<Id>;
  /**
   * The zod enum of the ids, built on first use.
   *
   * @returns the schema
   */
  schema(): EnumSchema<Id>;
}

function invalid(field: string, value: unknown, problem: string, fix: string): InvalidInputError {
  return new InvalidInputError('INVALID_ARGUMENT', problem, { field, value, fix });
}

function checkDefinitions(areas: unknown): readonly ServiceAreaDefinition[] {
  if (!Array.isArray(areas) || areas.length === 0) {
    throw invalid('areas', areas, `Expected a non-empty array of service areas but got ${describeValue(areas)}.`, "Pass e.g. [{ id: 'children-in-need', label: 'Children in Need' }].");
  }
  const seen = new Set<string>();
  return Object.freeze(
    areas.map((area: unknown, index) => {
      const field = `areas[${index}]`;
      if (typeof area !== 'object' || area === null) {
        throw invalid(field, area, `Expected a service area object but got ${describeValue(area)}.`, 'Give each area an id and a label.');
      }
      const { id, label, aliases } = area as Record<string, unknown>;
      if (typeof id !== 'string' || id.trim() === '' || id.trim() !== id) {
        throw invalid(`${field}.id`, id, `Expected a non-empty id without surrounding spaces but got ${describeValue(id)}.`, "Use a short stable id such as 'children-in-need'.");
      }
      if (seen.has(id)) throw invalid(`${field}.id`, id, `The id ${describeValue(id)} is declared twice.`, 'Give each area its own id.');
      seen.add(id);
      if (typeof label !== 'string' || label.trim() === '') {
        throw invalid(`${field}.label`, label, `Expected a heading label but got ${describeValue(label)}.`, 'Give the area the heading your reports use.');
      }
      if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string'))) {
        throw invalid(`${field}.aliases`, aliases, 'Expected the aliases as an array of strings.', "Pass e.g. aliases: ['CIN', 'Child in Need'].");
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
 * record is checked against it. Start from {@link COMMON_SERVICE_AREAS} if
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
 * camden.labelOf('qa');                                 // "Children's Quality Assurance"
 * ```
 */
export function defineServiceAreas<const D extends readonly ServiceAreaDefinition[]>(areas: D): ServiceAreas<D[number]['id']> {
  type Id = D[number]['id'];
  const definitions = checkDefinitions(areas);
  const ids = Object.freeze(definitions.map((area) => area.id as Id));
  const labels = Object.freeze(Object.fromEntries(definitions.map((area) => [area.id, area.label]))) as Readonly<Record<Id, string>>;
  const aliases = Object.fromEntries(definitions.map((area) => [area.id, area.aliases ?? []])) as Partial<Record<Id, readonly string[]>>;
  const taxonomy: Taxonomy<Id> = defineTaxonomy<Id>({ name: 'service area', field: 'serviceArea', values: ids, labels, aliases });
  taxonomy.matcher(); // surface conflicting aliases now, not on first parse
  return Object.freeze({
    areas: definitions,
    ids,
    labelOf: (id: Id) => labels[typeof id === 'string' && Object.hasOwn(labels, id) ? id : taxonomy.parse(id, { field: 'id' })],
    parse: (label: string, field?: string) => taxonomy.parse(label, field === undefined ? undefined : { field }),
    safeParse: (label: string, field?: string) => taxonomy.safeParse(label, field === undefined ? undefined : { field }),
    schema: lazyEnumSchema(ids),
  });
}

/**
 * The service areas common to children's social care complaints reports, as
 * a starting point for {@link defineServiceAreas}. Their aliases cover the
 * names seen in published reports (e.g. "LAC & Care Leavers", "CYPDS",
 * "Children's Quality Assurance").
 *
 * @example
 * ```ts
 * import { COMMON_SERVICE_AREAS } from 'children-act-complaints';
 *
 * COMMON_SERVICE_AREAS.map((area) => area.id);
 * // ['children-in-need', 'looked-after-children', 'disabled-children', 'quality-assurance', 'early-years', 'early-help', 'family-support']
 * ```
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
 * The parser for {@link COMMON_SERVICE_AREAS}, the default service areas of
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
export const commonServiceAreas: ServiceAreas = /* @__PURE__ */ defineServiceAreas(COMMON_SERVICE_AREAS);
