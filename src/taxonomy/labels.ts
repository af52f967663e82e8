/**
 * Label matching shared by every taxonomy: normalisation, alias tables,
 * nearest-label suggestions, and the `parse` and `safeParse` of each
 * taxonomy object.
 *
 * @module
 */
import { fail, issueOf, type AnyIssue } from '../rules';
import { errorOf, type InvalidInputError, type UnknownLabelError } from '../errors';
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
  if (typeof label !== 'string') throw fail('wrong-type', { expected: 'a label as text', example: 'the label as a string' }, { field: 'label', value: label });
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
 * Options of every taxonomy's `parse` and `safeParse`.
 *
 * @example
 * ```ts
 * import { stageOutcomes, type LabelParseOptions, type StageOutcome } from 'children-act-complaints';
 *
 * const options: LabelParseOptions<StageOutcome> = { aliases: { 'Substantiated in part': 'partly-upheld' }, field: 'stage1.outcome' };
 * stageOutcomes.parse('substantiated in part', options); // 'partly-upheld'
 * ```
 *
 * @typeParam T - the taxonomy's values
 */
export interface LabelParseOptions<T extends string> {
  /**
   * Your own wording, mapped to canonical values. They are matched with the
   * same normalisation as the built-in labels and take precedence over them.
   */
  readonly aliases?: Readonly<Record<string, T>> | undefined;
  /** The field name to put in an error; defaults to the taxonomy's own field name (also when it is not a non-empty string). */
  readonly field?: string | undefined;
}

/**
 * The result of a taxonomy's `safeParse`, in the style of zod's `safeParse`.
 *
 * @example
 * ```ts
 * import { stageOutcomes, type LabelParseResult, type StageOutcome } from 'children-act-complaints';
 *
 * const result: LabelParseResult<StageOutcome> = stageOutcomes.safeParse('Partially upheld');
 * if (result.success) console.log(result.data); // 'partly-upheld'
 * ```
 *
 * @typeParam T - the taxonomy's values
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
 * A taxonomy: a closed list of canonical values, a heading label for each,
 * and a parser that reads the wording exports and published reports use.
 * Every taxonomy of the library (and a council's own service areas) has this
 * shape; its `name` is the key its aliases take in the record readers'
 * `aliases` option and in a council's configuration.
 *
 * @example
 * ```ts
 * import { complaintTypes, type Taxonomy, type ComplaintType } from 'children-act-complaints';
 *
 * const types: Taxonomy<ComplaintType> = complaintTypes;
 * types.name;                             // 'complaintType'
 * types.labels['delay'];                  // 'Delay in providing a service'
 * types.parse('Delay');                   // 'delay'
 * types.safeParse('Lateness').success;    // false
 * types.has('delay');                     // true
 * ```
 *
 * @typeParam T - the canonical values
 */
export interface Taxonomy<T extends string> {
  /** Its key in the `aliases` option and a council's configuration, e.g. `'complaintType'`. */
  readonly name: string;
  /** What one value is called in messages, e.g. `'complaint type'`. */
  readonly noun: string;
  /** The canonical values, in display order. */
  readonly values: readonly T[];
  /** The heading label of each value, for report tables. */
  readonly labels: Readonly<Record<T, string>>;
  /**
   * Whether a value is one of the canonical values (not a label: use `parse` for those).
   *
   * @param value - anything
   * @returns `true` for a canonical value, narrowing its type
   */
  has(value: unknown): value is T;
  /**
   * Maps a label, as an export or a published report writes it, to its
   * canonical value. Matching ignores case, punctuation, spaces and dashes
   * (see {@link normaliseLabel}) and knows the common wordings.
   *
   * @param label - the label
   * @param options - `aliases` for your own wording; `field` for error messages
   * @returns the canonical value
   * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels
   * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
   */
  parse(label: string, options?: LabelParseOptions<T>): T;
  /**
   * Like `parse`, but returns a result instead of throwing.
   *
   * @param label - the label
   * @param options - `aliases` for your own wording; `field` for error messages
   * @returns `{ success: true, data }` or `{ success: false, error }`
   * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
   */
  safeParse(label: string, options?: LabelParseOptions<T>): LabelParseResult<T>;
}

/**
 * The values of a taxonomy.
 *
 * @example
 * ```ts
 * import { channels, type TaxonomyValue } from 'children-act-complaints';
 *
 * const channel: TaxonomyValue<typeof channels> = 'email';
 * ```
 *
 * @typeParam X - a taxonomy
 */
export type TaxonomyValue<X> = X extends Taxonomy<infer T> ? T : never;

/** A label the taxonomy recognises but refuses, with the reason (e.g. "Open" for an outcome). @internal */
export interface RefusedLabels {
  readonly labels: readonly string[];
  readonly reason: 'open-state' | 'not-a-decision';
}

/** What a taxonomy is made of. @internal */
export interface TaxonomySpec<T extends string> {
  readonly name: string;
  readonly noun: string;
  /** The default field name in errors, e.g. `'outcome'`. */
  readonly field: string;
  readonly values: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  /** Further wording seen in exports and reports, by value, built on first use. The value itself and its heading label always match. */
  readonly aliases: () => Readonly<Partial<Record<T, readonly string[]>>>;
  /** Labels that are recognised but are not values of the taxonomy. */
  readonly refused?: readonly RefusedLabels[];
}

/** A compiled alias table. @internal */
export interface LabelMatcher<T extends string> {
  /** The value for a label, or `undefined`. */
  match(label: string): T | undefined;
  /** Parses or returns the error, without throwing; results are remembered per distinct text. */
  safeParse(label: unknown, field?: string): LabelParseResult<T>;
}

/** Labels longer than this are not compared for suggestions. */
const SUGGESTION_KEY_LIMIT = 80;
/** How many suggestions an error lists. */
const SUGGESTION_COUNT = 3;
/** How many distinct texts a matcher remembers. */
const MEMO_LIMIT = 4096;

/** Levenshtein distance between two short strings. @internal */
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
 *
 * @internal
 */
export function suggestionDistance(a: string, b: string): number {
  return editDistance(a.slice(0, SUGGESTION_KEY_LIMIT), b.slice(0, SUGGESTION_KEY_LIMIT));
}

function labelError(issue: AnyIssue): UnknownLabelError | InvalidInputError {
  return errorOf([issue]) as UnknownLabelError | InvalidInputError;
}

/**
 * Builds the matcher: every key maps to one value, and no two built-in
 * labels may disagree. Extra aliases override built-in ones.
 */
function compileMatcher<T extends string>(spec: TaxonomySpec<T>, extra: Readonly<Record<string, T>> | undefined): LabelMatcher<T> {
  const table = new Map<string, T>();
  const refusals = new Map<string, RefusedLabels['reason']>();
  const add = (label: string, value: T): void => {
    const key = normaliseLabel(label);
    const existing = table.get(key);
    if (key === '' || (existing !== undefined && existing !== value)) {
      throw fail('unusable-label', { taxonomy: spec.noun, label, reason: key === '' ? 'empty' : 'two-values' }, { field: 'labels', value: label });
    }
    table.set(key, value);
  };
  const aliases = spec.aliases();
  for (const value of spec.values) {
    add(value, value);
    add(spec.labels[value], value);
    for (const alias of aliases[value] ?? []) add(alias, value);
  }
  for (const refusal of spec.refused ?? []) {
    for (const label of refusal.labels) refusals.set(normaliseLabel(label), refusal.reason);
  }
  if (extra !== undefined) {
    const known = new Set<string>(spec.values);
    for (const [label, value] of Object.entries(extra)) {
      if (!known.has(value)) throw fail('alias-not-a-value', { taxonomy: spec.noun, alias: label, values: spec.values }, { field: 'aliases', value });
      const key = normaliseLabel(label);
      if (key === '') throw fail('unusable-label', { taxonomy: spec.noun, label, reason: 'empty' }, { field: 'aliases', value: label });
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
  const memo = new Map<string, LabelParseResult<T>>();

  const read = (label: string, field: string): LabelParseResult<T> => {
    const key = normaliseLabel(label);
    const value = table.get(key);
    if (value !== undefined) return Object.freeze({ success: true, data: value });
    const reason = refusals.get(key);
    if (reason !== undefined) {
      return Object.freeze({ success: false, error: labelError(issueOf('refused-label', { taxonomy: spec.noun, reason }, { field, value: label })) });
    }
    return Object.freeze({ success: false, error: labelError(issueOf('unknown-label', { taxonomy: spec.noun, suggestions: suggest(key) }, { field, value: label })) });
  };

  const safeParse = (label: unknown, field: string = spec.field): LabelParseResult<T> => {
    if (typeof label !== 'string') {
      return Object.freeze({
        success: false,
        error: labelError(issueOf('wrong-type', { expected: `a ${spec.noun} label as text`, example: `the label as a string, e.g. ${describeValue(spec.labels[spec.values[0] as T])}` }, { field, value: label })),
      });
    }
    // Successes are remembered by text; failures too, per field, as their messages name it.
    const memoKey = field === spec.field ? label : `${field}\u0000${label}`;
    const known = memo.get(memoKey);
    if (known !== undefined) return known;
    const result = read(label, field);
    if (memo.size < MEMO_LIMIT) memo.set(memoKey, result);
    return result;
  };

  return { match, safeParse };
}

const matchers = /* @__PURE__ */ new WeakMap<object, { base?: LabelMatcher<string>; withAliases: WeakMap<object, LabelMatcher<string>> }>();
const specs = /* @__PURE__ */ new WeakMap<object, TaxonomySpec<string>>();

/**
 * The compiled matcher of a taxonomy with a caller's aliases, memoised per
 * aliases object, so a reader compiles each council's aliases once.
 *
 * @internal
 */
export function labelMatcher<T extends string>(taxonomy: Taxonomy<T>, aliases?: Readonly<Record<string, T>>): LabelMatcher<T> {
  const spec = specs.get(taxonomy) as TaxonomySpec<T> | undefined;
  if (spec === undefined) throw fail('wrong-type', { expected: 'a taxonomy of this library', example: 'one of the exported taxonomies' }, { field: 'taxonomy', value: taxonomy });
  let entry = matchers.get(taxonomy);
  if (entry === undefined) matchers.set(taxonomy, (entry = { withAliases: new WeakMap() }));
  if (aliases === undefined) return (entry.base ??= compileMatcher(spec, undefined)) as unknown as LabelMatcher<T>;
  if (typeof aliases !== 'object' || aliases === null) {
    throw fail('wrong-type', { expected: `the ${spec.noun} aliases as an object`, example: "an object mapping your labels to canonical values, e.g. { 'Substantiated': 'upheld' }" }, { field: 'aliases', value: aliases });
  }
  let compiled = entry.withAliases.get(aliases);
  if (compiled === undefined) {
    compiled = compileMatcher(spec, aliases) as unknown as LabelMatcher<string>;
    entry.withAliases.set(aliases, compiled);
  }
  return compiled as unknown as LabelMatcher<T>;
}

/**
 * Defines a taxonomy from its spec. Nothing is compiled until first use, so
 * calling this at module top level costs almost nothing.
 *
 * @internal
 */
export function defineTaxonomy<const T extends string, X extends object = Record<never, never>>(spec: TaxonomySpec<T>, extras?: X): Taxonomy<T> & X {
  const values = Object.freeze([...spec.values]);
  const labels = Object.freeze({ ...spec.labels });
  const known: ReadonlySet<string> = new Set<string>(values);
  const frozenSpec: TaxonomySpec<T> = { ...spec, values, labels };
  const safeParse = (label: string, options?: LabelParseOptions<T>): LabelParseResult<T> => {
    const field: unknown = options?.field;
    // The field only names the value in an error: anything but a non-empty string falls back to the default.
    return labelMatcher(taxonomy, options?.aliases).safeParse(label, typeof field === 'string' && field !== '' ? field : spec.field);
  };
  const taxonomy: Taxonomy<T> & X = Object.freeze({
    ...(extras ?? ({} as X)),
    name: spec.name,
    noun: spec.noun,
    values,
    labels,
    has: (value: unknown): value is T => typeof value === 'string' && known.has(value),
    safeParse,
    parse: (label: string, options?: LabelParseOptions<T>): T => {
      const result = safeParse(label, options);
      if (!result.success) throw result.error;
      return result.data;
    },
  });
  specs.set(taxonomy, frozenSpec as unknown as TaxonomySpec<string>);
  return taxonomy;
}
