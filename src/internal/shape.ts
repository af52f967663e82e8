/**
 * Shapes: the library's data contracts written once, as plain data.
 *
 * A shape describes a value (a date, text, a whole number, one of a list, an
 * object of named properties, a list, a union told apart by one property).
 * From one shape the library derives:
 * - the TypeScript type ({@link Infer});
 * - the check at the boundary ({@link checkShape}), which lists every
 *   problem with its path, and allocates nothing for a value that passes;
 * - the zod schema and JSON Schema of the `children-act-complaints/schemas`
 *   subpath (built there, so the package root never loads zod).
 *
 * A property may carry metadata (`meta`) for the modules that read the
 * shape: the record's field table puts each field's CSV kind and timeline
 * event there.
 *
 * @internal
 * @module
 */
import type { DateInput, PlainDate } from '../calendar/plainDate';
import { dayNumberOfIso } from './days';

/** A calendar date written `YYYY-MM-DD`; `Branded` types it as a checked {@link PlainDate}. */
export interface DateShape<Branded extends boolean = boolean> {
  readonly kind: 'date';
  readonly branded: Branded;
}
/** Text; `nonEmpty` refuses `''`. */
export interface TextShape {
  readonly kind: 'text';
  readonly nonEmpty: boolean;
}
/** A whole number from `min` to `max`. */
export interface IntShape {
  readonly kind: 'int';
  readonly min: number;
  readonly max: number;
}
/** `true` or `false`. */
export interface BooleanShape {
  readonly kind: 'boolean';
}
/** One of a list of strings or numbers. */
export interface EnumShape<V extends string | number = string | number> {
  readonly kind: 'enum';
  readonly values: readonly V[];
}
/** A property of an object shape. */
export interface Prop<S extends Shape = Shape, Optional extends boolean = boolean> {
  readonly shape: S;
  readonly optional: Optional;
  /** What the property holds, for documentation and JSON Schema. */
  readonly doc: string;
  /** What other modules need to know about it (e.g. a record field's CSV kind). */
  readonly meta?: unknown;
}
/** The properties of an object shape. */
export type Fields = { readonly [key: string]: Prop };
/** An object of known properties; any other key is refused, unless the object is `loose`. */
export interface ObjectShape<F extends Fields = Fields> {
  readonly kind: 'object';
  readonly fields: F;
  /** When `true`, keys the shape does not name are allowed (and not checked). */
  readonly loose?: boolean;
}
/** A finite number. */
export interface NumberShape {
  readonly kind: 'number';
  readonly min: number;
}
/** A list of items of one shape. */
export interface ArrayShape<I extends Shape = Shape> {
  readonly kind: 'array';
  readonly item: I;
}
/** One of several object shapes, told apart by the value of property `key`. */
export interface UnionShape<K extends string = string, O extends readonly ObjectShape[] = readonly ObjectShape[]> {
  readonly kind: 'union';
  readonly key: K;
  readonly options: O;
}
/** A value of the inner shape, or `null`. */
export interface NullableShape<I extends Shape = Shape> {
  readonly kind: 'nullable';
  readonly inner: I;
}
/** Any shape. */
export type Shape = DateShape | TextShape | IntShape | NumberShape | BooleanShape | EnumShape | ObjectShape | ArrayShape | UnionShape | NullableShape;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type InferObject<F extends Fields> = Simplify<
  { readonly [K in keyof F as F[K]['optional'] extends true ? never : K]: Infer<F[K]['shape']> } & {
    readonly [K in keyof F as F[K]['optional'] extends true ? K : never]?: Infer<F[K]['shape']>;
  }
>;

/** The TypeScript type of the values a shape accepts. */
export type Infer<S> = S extends DateShape<infer B>
  ? B extends true
    ? PlainDate
    : DateInput
  : S extends TextShape
    ? string
    : S extends IntShape | NumberShape
      ? number
      : S extends BooleanShape
        ? boolean
        : S extends EnumShape<infer V>
          ? V
          : S extends ArrayShape<infer I>
            ? readonly Infer<I>[]
            : S extends ObjectShape<infer F>
              ? InferObject<F>
              : S extends UnionShape<string, infer O>
                ? Infer<O[number]>
                : S extends NullableShape<infer I>
                  ? Infer<I> | null
                  : never;

// ------------------------------------------------------------- builders

/** Builders for shapes, kept small so that a contract reads like its documentation. */
export const s = {
  /** A date typed as a checked {@link PlainDate}. */
  date: (): DateShape<true> => ({ kind: 'date', branded: true }),
  /** A date a caller writes as a plain string. */
  dateInput: (): DateShape<false> => ({ kind: 'date', branded: false }),
  text: (nonEmpty = false): TextShape => ({ kind: 'text', nonEmpty }),
  int: (min: number, max = Number.MAX_SAFE_INTEGER): IntShape => ({ kind: 'int', min, max }),
  boolean: (): BooleanShape => ({ kind: 'boolean' }),
  oneOf: <const V extends string | number>(values: readonly V[]): EnumShape<V> => ({ kind: 'enum', values }),
  object: <const F extends Fields>(fields: F): ObjectShape<F> => ({ kind: 'object', fields }),
  /** An object of which only the named properties are checked. */
  loose: <const F extends Fields>(fields: F): ObjectShape<F> => ({ kind: 'object', fields, loose: true }),
  number: (min = Number.NEGATIVE_INFINITY): NumberShape => ({ kind: 'number', min }),
  array: <I extends Shape>(item: I): ArrayShape<I> => ({ kind: 'array', item }),
  nullable: <I extends Shape>(inner: I): NullableShape<I> => ({ kind: 'nullable', inner }),
  union: <const K extends string, const O extends readonly ObjectShape[]>(key: K, options: O): UnionShape<K, O> => ({ kind: 'union', key, options }),
  /** A property that must be present. */
  required: <S extends Shape>(shape: S, doc: string, meta?: unknown): Prop<S, false> => (meta === undefined ? { shape, optional: false, doc } : { shape, optional: false, doc, meta }),
  /** A property that may be left out (but not given as `undefined`). */
  optional: <S extends Shape>(shape: S, doc: string, meta?: unknown): Prop<S, true> => (meta === undefined ? { shape, optional: true, doc } : { shape, optional: true, doc, meta }),
};

// ------------------------------------------------------------- checking

/**
 * What is wrong with one value, as {@link checkShape} finds it:
 * - `'type'`: the wrong kind of value (text where a number belongs, …);
 * - `'missing'`: a required property is absent (or `undefined`);
 * - `'unknown-key'`: a property the shape does not have;
 * - `'not-a-date'`: text that is not a real `YYYY-MM-DD` date;
 * - `'not-listed'`: a value outside an enum's list, or an unknown union key;
 * - `'not-whole'`, `'too-small'`, `'too-large'`: a number outside an int shape;
 * - `'empty'`: `''` where text must not be empty;
 * - `'unreadable'`: reading the value threw (a hostile getter, a revoked proxy).
 */
export type ShapeProblem = 'type' | 'missing' | 'unknown-key' | 'not-a-date' | 'not-listed' | 'not-whole' | 'too-small' | 'too-large' | 'empty' | 'unreadable';

/** One problem found by {@link checkShape}. */
export interface ShapeIssue {
  /** Where: property names and list indexes from the top, e.g. `['events', 2, 'date']`. */
  readonly path: readonly (string | number)[];
  readonly problem: ShapeProblem;
  /** The value at the path (for `'unknown-key'`, the key itself). */
  readonly value: unknown;
  /** The shape expected there (for `'unknown-key'`, the object's shape). */
  readonly shape: Shape;
}

function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function push(issues: ShapeIssue[], path: readonly (string | number)[], problem: ShapeProblem, value: unknown, shape: Shape): void {
  issues.push({ path: [...path], problem, value, shape });
}

const unionOptions = /* @__PURE__ */ new WeakMap<UnionShape, Map<unknown, ObjectShape>>();

/** A union's options by the value of its key, built once per union. */
function optionsOf(shape: UnionShape): Map<unknown, ObjectShape> {
  let map = unionOptions.get(shape);
  if (map === undefined) {
    map = new Map();
    for (const option of shape.options) {
      const keyShape = option.fields[shape.key]?.shape;
      if (keyShape?.kind === 'enum') for (const tag of keyShape.values) map.set(tag, option);
    }
    unionOptions.set(shape, map);
  }
  return map;
}

function walk(shape: Shape, value: unknown, path: (string | number)[], issues: ShapeIssue[]): void {
  switch (shape.kind) {
    case 'nullable':
      if (value !== null) walk(shape.inner, value, path, issues);
      return;
    case 'date':
      if (typeof value !== 'string') push(issues, path, 'type', value, shape);
      else if (Number.isNaN(dayNumberOfIso(value))) push(issues, path, 'not-a-date', value, shape);
      return;
    case 'text':
      if (typeof value !== 'string') push(issues, path, 'type', value, shape);
      else if (shape.nonEmpty && value === '') push(issues, path, 'empty', value, shape);
      return;
    case 'int':
      if (typeof value !== 'number' || Number.isNaN(value)) push(issues, path, 'type', value, shape);
      else if (!Number.isInteger(value)) push(issues, path, 'not-whole', value, shape);
      else if (value < shape.min) push(issues, path, 'too-small', value, shape);
      else if (value > shape.max) push(issues, path, 'too-large', value, shape);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) push(issues, path, 'type', value, shape);
      else if (value < shape.min) push(issues, path, 'too-small', value, shape);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') push(issues, path, 'type', value, shape);
      return;
    case 'enum':
      if (!(shape.values as readonly unknown[]).includes(value)) push(issues, path, typeof value === typeof shape.values[0] ? 'not-listed' : 'type', value, shape);
      return;
    case 'array':
      if (!Array.isArray(value)) {
        push(issues, path, 'type', value, shape);
        return;
      }
      for (let i = 0; i < value.length; i += 1) {
        path.push(i);
        walk(shape.item, value[i], path, issues);
        path.pop();
      }
      return;
    case 'object':
      if (!isObjectLike(value)) {
        push(issues, path, 'type', value, shape);
        return;
      }
      walkObject(shape, value, path, issues);
      return;
    case 'union': {
      if (!isObjectLike(value)) {
        push(issues, path, 'type', value, shape);
        return;
      }
      const option = optionsOf(shape).get(value[shape.key]);
      if (option === undefined) {
        path.push(shape.key);
        push(issues, path, 'not-listed', value[shape.key], shape);
        path.pop();
        return;
      }
      walkObject(option, value, path, issues);
      return;
    }
  }
}

function walkObject(shape: ObjectShape, value: Record<string, unknown>, path: (string | number)[], issues: ShapeIssue[]): void {
  const fields = shape.fields;
  for (const key in shape.loose === true ? {} : value) {
    if (!Object.hasOwn(value, key) || Object.hasOwn(fields, key)) continue;
    issues.push({ path: [...path], problem: 'unknown-key', value: key, shape });
  }
  for (const key in fields) {
    const prop = fields[key] as Prop;
    const inner = Object.hasOwn(value, key) ? value[key] : undefined;
    path.push(key);
    if (inner === undefined) {
      if (!prop.optional) issues.push({ path: [...path], problem: 'missing', value: undefined, shape: prop.shape });
    } else {
      walk(prop.shape, inner, path, issues);
    }
    path.pop();
  }
}

// ------------------------------------------------------- the fast path

/** Whether a value conforms, with no account of why not: exactly when {@link walk} finds no issue. */
type Conforms = (value: unknown) => boolean;

const conformers = /* @__PURE__ */ new WeakMap<Shape, Conforms>();

/** The shape's conformance test, compiled on first use into closures that know their keys and bounds. */
function conformer(shape: Shape): Conforms {
  let test = conformers.get(shape);
  if (test === undefined) conformers.set(shape, (test = compileConformer(shape)));
  return test;
}

function objectConformer(shape: ObjectShape): (value: Record<string, unknown>) => boolean {
  const keys = Object.keys(shape.fields);
  const slot = new Map<string, number>(keys.map((key, i) => [key, i]));
  const required = keys.map((key) => !(shape.fields[key] as Prop).optional);
  const requiredCount = required.filter(Boolean).length;
  const tests = keys.map((key) => conformer((shape.fields[key] as Prop).shape));
  const loose = shape.loose === true;
  // Reads only the keys the value has: an own key the shape does not name fails (unless loose), a named one
  // is tested, and every required one must be among them. Inherited keys are absent, as in the walk.
  if (keys.length > 30) return exactObjectConformer(keys, required, tests, loose);
  const all = 2 ** keys.length - 1;
  return (value) => {
    let requiredSeen = 0;
    let seen = 0;
    for (const key in value) {
      const i = slot.get(key);
      if (i === undefined) {
        if (!loose && Object.hasOwn(value, key)) return false;
        continue;
      }
      if (!Object.hasOwn(value, key)) continue;
      const inner = value[key];
      if (inner === undefined) {
        if (required[i]) return false;
        seen |= 1 << i;
        continue;
      }
      if (!(tests[i] as Conforms)(inner)) return false;
      if (required[i]) requiredSeen += 1;
      seen |= 1 << i;
    }
    if (requiredSeen !== requiredCount) return false;
    // A named key for-in did not list is absent, unless it is an own property that is not enumerable.
    if (seen !== all) for (let i = 0; i < keys.length; i += 1) if ((seen & (1 << i)) === 0 && Object.hasOwn(value, keys[i] as string)) return false;
    return true;
  };
}

/** The plain loop, for an object of more keys than a bit mask holds. */
function exactObjectConformer(keys: readonly string[], required: readonly boolean[], tests: readonly Conforms[], loose: boolean): (value: Record<string, unknown>) => boolean {
  const known: ReadonlySet<string> = new Set(keys);
  return (value) => {
    if (!loose) for (const key in value) if (!known.has(key) && Object.hasOwn(value, key)) return false;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const inner = Object.hasOwn(value, key) ? value[key] : undefined;
      if (inner === undefined ? required[i] : !(tests[i] as Conforms)(inner)) return false;
    }
    return true;
  };
}

function compileConformer(shape: Shape): Conforms {
  switch (shape.kind) {
    case 'nullable': {
      const inner = conformer(shape.inner);
      return (value) => value === null || inner(value);
    }
    case 'date':
      return (value) => typeof value === 'string' && !Number.isNaN(dayNumberOfIso(value));
    case 'text':
      return shape.nonEmpty ? (value) => typeof value === 'string' && value !== '' : (value) => typeof value === 'string';
    case 'int': {
      const { min, max } = shape;
      return (value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
    }
    case 'number': {
      const { min } = shape;
      return (value) => typeof value === 'number' && Number.isFinite(value) && value >= min;
    }
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'enum': {
      const values: ReadonlySet<unknown> = new Set(shape.values);
      return (value) => values.has(value);
    }
    case 'array': {
      const item = conformer(shape.item);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i += 1) if (!item(value[i])) return false;
        return true;
      };
    }
    case 'object': {
      const fields = objectConformer(shape);
      return (value) => isObjectLike(value) && fields(value);
    }
    case 'union': {
      const byTag = new Map<unknown, (value: Record<string, unknown>) => boolean>();
      for (const [tag, option] of optionsOf(shape)) byTag.set(tag, objectConformer(option));
      const key = shape.key;
      return (value) => {
        if (!isObjectLike(value)) return false;
        const option = byTag.get(value[key]);
        return option !== undefined && option(value);
      };
    }
  }
}

/**
 * Checks a value against a shape and returns every problem, in the order
 * the value is read (unknown keys of an object before its properties). An
 * empty list means the value conforms. It never throws: a value that throws
 * when read gives one `'unreadable'` issue.
 */
export function checkShape(shape: Shape, value: unknown, path: readonly (string | number)[] = []): ShapeIssue[] {
  try {
    if (conformer(shape)(value)) return [];
  } catch {
    // A value that throws when read: the slow path says where.
  }
  return findIssues(shape, value, path);
}

/**
 * {@link checkShape} without its fast path: every issue, found by walking
 * the value. Exported for the test that the two agree.
 *
 * @internal
 */
export function findIssues(shape: Shape, value: unknown, path: readonly (string | number)[] = []): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  try {
    walk(shape, value, [...path], issues);
  } catch {
    issues.push({ path: [...path], problem: 'unreadable', value: undefined, shape });
  }
  return issues;
}

/** `a.b[2].c` from a path. */
export function pathText(path: readonly (string | number)[], fallback = 'value'): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text === '' ? fallback : text;
}

/** What a shape expects, in words, for messages: "a whole number from 1 to 999". */
export function describeShape(shape: Shape): string {
  switch (shape.kind) {
    case 'date':
      return 'a real date written YYYY-MM-DD';
    case 'text':
      return shape.nonEmpty ? 'non-empty text' : 'text';
    case 'int':
      return shape.max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${shape.min}` : `a whole number from ${shape.min} to ${shape.max}`;
    case 'number':
      return shape.min === Number.NEGATIVE_INFINITY ? 'a number' : `a number of at least ${shape.min}`;
    case 'boolean':
      return 'true or false';
    case 'enum':
      return shape.values.length === 1 ? JSON.stringify(shape.values[0]) : `one of ${shape.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'union':
      return `an object with a ${shape.key}`;
    case 'nullable':
      return `${describeShape(shape.inner)}, or null`;
  }
}
