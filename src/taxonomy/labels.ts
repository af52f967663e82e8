/**
 * Label matching shared by every taxonomy: normalisation, alias tables,
 * nearest-label suggestions, and the throwing and safe parsers built on them.
 *
 * Only {@link normaliseLabel} and the option and result types are public;
 * `defineTaxonomy` is the module's own factory.
 *
 * @module
 */
import * as z from 'zod';
import { InvalidInputError, UnknownLabelError } from '../errors';
import { describeValue } from '../internal/describe';

/**
 * Reduces a free-text label to the key used for matching: letters and digits
 * only, lower case, with `&` read as "and", `+` as "plus" and "partially" as
 * "partly". Accents, case, spaces, punctuation and every kind of dash
 * (hyphen, en dash, em dash) are ignored, so "With drawn", "Withdrawn" and
 * "WITHDRAWN." all give the same key.
 *
 * @param label - any text
 * @returns the matching key; `''` when the text has no letters or digits
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string
 *
 * @example
 * ```ts
 * import { normaliseLabel } from 'children-act-complaints';
 *
 * normaliseLabel('Partially Upheld');        // 'partlyupheld'
 * normaliseLabel('LAC & Care Leavers');      // 'lacandcareleavers'
 * normaliseLabel('Upheld – maladministration'); // 'upheldmaladministration'
 * normaliseLabel('With drawn');              // 'withdrawn'
 * ```
 */
export function normaliseLabel(label: string): string {
  if (typeof label !== 'string') {
    throw new InvalidInputError('INVALID_ARGUMENT', `Expected a label as text but got ${describeValue(label)}.`, {
      field: 'label',
      value: label,
      fix: 'Pass the label as a string.',
    });
  }
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/partially/g, 'partly');
}

/**
 * Options of every label parser.
 *
 * @example
 * ```ts
 * import { parseOutcome, type LabelParseOptions, type StageOutcome } from 'children-act-complaints';
 *
 * const options: LabelParseOptions<StageOutcome> = { aliases: { 'Substantiated': 'upheld' }, field: 'stage1.outcome' };
 * parseOutcome('substantiated', options); // 'upheld'
 * ```
 */
export interface LabelParseOptions<T extends string> {
  /**
   * Your own wording, mapped to canonical values. They are matched with the
   * same normalisation as the built-in labels and take precedence over them.
   */
  readonly aliases?: Readonly<Record<string, T>>;
  /** The field name to put in an error; defaults to the taxonomy's own field name (also when it is not a non-empty string). */
  readonly field?: string;
}

/**
 * The result of a `safeParseX` label parser, in the style of zod's `safeParse`.
 *
 * @example
 * ```ts
 * import { safeParseOutcome, type LabelParseResult, type StageOutcome } from 'children-act-complaints';
 *
 * const result: LabelParseResult<StageOutcome> = safeParseOutcome('Partially upheld');
 * if (result.success) console.log(result.data); // 'partly-upheld'
 * ```
 */
export type LabelParseResult<T extends string> =
  | {
      /** The label was read. */
      readonly success: true;
      /** Its canonical value. */
      readonly data: T;
    }
  | {
      /** The label could not be read. */
      readonly success: false;
      /** Why: `UNKNOWN_LABEL` with the nearest known labels, or `INVALID_ARGUMENT` for a value that is not text. */
      readonly error: UnknownLabelError | InvalidInputError;
    };

/**
 * The zod enum of a taxonomy's values, as the `xSchema()` functions return it.
 *
 * @example
 * ```ts
 * import { stageOutcomeSchema, type EnumSchema, type StageOutcome } from 'children-act-complaints';
 *
 * const schema: EnumSchema<StageOutcome> = stageOutcomeSchema();
 * schema.options.length; // 7
 * ```
 */
export type EnumSchema<T extends string> = z.ZodEnum<{ [K in T]: K }>;

/** A label the taxonomy recognises but refuses, with its own explanation (e.g. "Open" for an outcome). */
export interface RefusedLabels {
  readonly labels: readonly string[];
  readonly problem: string;
  readonly fix: string;
}

/** What a taxonomy is made of. */
export interface TaxonomySpec<T extends string> {
  /** Its name in messages and in `UnknownLabelError.taxonomy`, e.g. `'outcome'`. */
  readonly name: string;
  /** The default field name in errors, e.g. `'outcome'`. */
  readonly field: string;
  /** The canonical values, in display order. */
  readonly values: readonly T[];
  /** A heading label for each value. */
  readonly labels: Readonly<Record<T, string>>;
  /** Further wording seen in exports and reports, by value. The value itself and its heading label always match. */
  readonly aliases: Readonly<Partial<Record<T, readonly string[]>>>;
  /** Labels that are recognised but are not values of the taxonomy. */
  readonly refused?: readonly RefusedLabels[];
}

/** A compiled alias table. */
export interface LabelMatcher<T extends string> {
  /** The value for a label, or `undefined`. */
  match(label: string): T | undefined;
  /** Parses or returns the error, without throwing. */
  safeParse(label: unknown, field?: string): LabelParseResult<T>;
}

/** A taxonomy's parsers and schema. */
export interface Taxonomy<T extends string> {
  readonly spec: TaxonomySpec<T>;
  /** The matcher for the given extra aliases (memoised per aliases object). */
  matcher(aliases?: Readonly<Record<string, T>>): LabelMatcher<T>;
  parse(label: unknown, options?: LabelParseOptions<T>): T;
  safeParse(label: unknown, options?: LabelParseOptions<T>): LabelParseResult<T>;
}

/** Labels longer than this are not compared for suggestions. */
const SUGGESTION_KEY_LIMIT = 80;
/** How many suggestions an error lists. */
const SUGGESTION_COUNT = 3;

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/**
 * The edit distance used to rank suggestions: both labels cut to
 * {@link SUGGESTION_KEY_LIMIT} characters, so a pathologically long label
 * costs no more than a long ordinary one.
 */
export function suggestionDistance(a: string, b: string): number {
  return editDistance(a.slice(0, SUGGESTION_KEY_LIMIT), b.slice(0, SUGGESTION_KEY_LIMIT));
}

interface Refusal {
  readonly problem: string;
  readonly fix: string;
}

/**
 * Builds the matcher: every key maps to one value, and no two built-in
 * labels may disagree. Extra aliases override built-in ones.
 */
function compileMatcher<T extends string>(spec: TaxonomySpec<T>, extra: Readonly<Record<string, T>> | undefined): LabelMatcher<T> {
  const table = new Map<string, T>();
  const refusals = new Map<string, Refusal>();
  const add = (label: string, value: T, source: string): void => {
    const key = normaliseLabel(label);
    const existing = table.get(key);
    if (key === '' || (existing !== undefined && existing !== value)) {
      throw new InvalidInputError('INVALID_ARGUMENT', `The ${spec.name} label ${describeValue(label)} is empty or maps to two values.`, {
        field: source,
        value: label,
        fix: 'Give each label a single canonical value, and at least one letter or digit.',
      });
    }
    table.set(key, value);
  };
  for (const value of spec.values) {
    add(value, value, 'values');
    add(spec.labels[value], value, 'labels');
    for (const alias of spec.aliases[value] ?? []) add(alias, value, 'aliases');
  }
  for (const refusal of spec.refused ?? []) {
    for (const label of refusal.labels) refusals.set(normaliseLabel(label), refusal);
  }
  if (extra !== undefined) {
    const known = new Set<string>(spec.values);
    for (const [label, value] of Object.entries(extra)) {
      if (!known.has(value)) {
        throw new InvalidInputError('INVALID_ARGUMENT', `The alias ${describeValue(label)} maps to ${describeValue(value)}, which is not a ${spec.name}.`, {
          field: 'aliases',
          value,
          fix: `Map each alias to one of: ${spec.values.join(', ')}.`,
        });
      }
      const key = normaliseLabel(label);
      if (key === '') {
        throw new InvalidInputError('INVALID_ARGUMENT', `The alias ${describeValue(label)} has no letters or digits.`, {
          field: 'aliases',
          value: label,
          fix: 'Remove it, or give it some text.',
        });
      }
      table.set(key, value);
      refusals.delete(key);
    }
  }

  const suggest = (key: string): string[] => {
    const best = new Map<T, number>();
    for (const [known, value] of table) {
      const distance = suggestionDistance(key, known);
      const previous = best.get(value);
      if (previous === undefined || distance < previous) best.set(value, distance);
    }
    const order = new Map<T, number>(spec.values.map((value, index) => [value, index]));
    return [...best.entries()]
      .sort((x, y) => x[1] - y[1] || (order.get(x[0]) as number) - (order.get(y[0]) as number))
      .slice(0, SUGGESTION_COUNT)
      .map(([value]) => spec.labels[value]);
  };

  const match = (label: string): T | undefined => table.get(normaliseLabel(label));

  const safeParse = (label: unknown, field: string = spec.field): LabelParseResult<T> => {
    if (typeof label !== 'string') {
      return {
        success: false,
        error: new InvalidInputError('INVALID_ARGUMENT', `Expected a ${spec.name} label as text but got ${describeValue(label)}.`, {
          field,
          value: label,
          fix: `Pass the label as a string, e.g. ${describeValue(spec.labels[spec.values[0] as T])}.`,
        }),
      };
    }
    const key = normaliseLabel(label);
    const value = table.get(key);
    if (value !== undefined) return { success: true, data: value };
    const refusal = refusals.get(key);
    if (refusal !== undefined) {
      return {
        success: false,
        error: new UnknownLabelError(refusal.problem, { field, value: label, taxonomy: spec.name, suggestions: [], fix: refusal.fix }),
      };
    }
    const suggestions = suggest(key);
    return {
      success: false,
      error: new UnknownLabelError(`${describeValue(label)} is not a known ${spec.name}.`, {
        field,
        value: label,
        taxonomy: spec.name,
        suggestions,
        fix: `The nearest known labels are ${suggestions.map((s) => `"${s}"`).join(', ')}; use one of them, or map your own wording with the \`aliases\` option.`,
      }),
    };
  };

  return { match, safeParse };
}

/**
 * A getter for the zod enum of some values, built on first call. Kept apart
 * from the parsers so that a bundle using only the parsers leaves zod out.
 */
export function lazyEnumSchema<T extends string>(values: readonly T[]): () => EnumSchema<T> {
  let schema: EnumSchema<T> | undefined;
  return () => (schema ??= z.enum(values as unknown as [T, ...T[]]) as unknown as EnumSchema<T>);
}

/**
 * Defines a taxonomy from its spec. Nothing is built until first use, so
 * calling this at module top level costs nothing.
 */
export function defineTaxonomy<T extends string>(spec: TaxonomySpec<T>): Taxonomy<T> {
  let defaultMatcher: LabelMatcher<T> | undefined;
  const withAliases = new WeakMap<object, LabelMatcher<T>>();
  const matcher = (aliases?: Readonly<Record<string, T>>): LabelMatcher<T> => {
    if (aliases === undefined) return (defaultMatcher ??= compileMatcher(spec, undefined));
    if (typeof aliases !== 'object' || aliases === null) {
      throw new InvalidInputError('INVALID_ARGUMENT', `Expected the ${spec.name} aliases as an object but got ${describeValue(aliases)}.`, {
        field: 'aliases',
        value: aliases,
        fix: "Pass an object mapping your labels to canonical values, e.g. { 'Substantiated': 'upheld' }.",
      });
    }
    let compiled = withAliases.get(aliases);
    if (compiled === undefined) {
      compiled = compileMatcher(spec, aliases);
      withAliases.set(aliases, compiled);
    }
    return compiled;
  };
  const safeParse = (label: unknown, options?: LabelParseOptions<T>): LabelParseResult<T> => {
    const field: unknown = options?.field;
    // The field only names the value in an error: anything but a non-empty string falls back to the default.
    return matcher(options?.aliases).safeParse(label, typeof field === 'string' && field !== '' ? field : spec.field);
  };
  return {
    spec,
    matcher,
    safeParse,
    parse: (label, options) => {
      const result = safeParse(label, options);
      if (!result.success) throw result.error;
      return result.data;
    },
  };
}
