/**
 * Hostile input for the reliability suite: values a careless or malicious
 * caller might pass anywhere, a way to spoil a valid value deep inside, and
 * the check every call must pass (it returns, or throws a documented library
 * error, promptly, without mutating its input or polluting prototypes).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { ChildrenActComplaintsError, CoverageError, InvalidInputError, OutOfRangeError, TimelineError, UnknownLabelError, englandAndWales, type ErrorCode } from '../../src/index';

/**
 * The class every error code is thrown as. Typed as a record over
 * {@link ErrorCode}, so adding a code to the catalogue fails to compile until
 * it is listed here.
 */
export const ERROR_CLASS_OF_CODE: Readonly<Record<ErrorCode, new (...args: never[]) => ChildrenActComplaintsError>> = {
  INVALID_DATE: InvalidInputError,
  INVALID_TIMESTAMP: InvalidInputError,
  INVALID_AMOUNT: InvalidInputError,
  INVALID_ARGUMENT: InvalidInputError,
  OUT_OF_RANGE: OutOfRangeError,
  OUTSIDE_OFFICIAL_DATA: CoverageError,
  INVALID_TIMELINE: TimelineError,
  UNKNOWN_LABEL: UnknownLabelError,
  INVALID_RECORD: ChildrenActComplaintsError,
  INVALID_REPORT_OPTIONS: ChildrenActComplaintsError,
  INVALID_REPORT: ChildrenActComplaintsError,
};

/** Every documented error code; a thrown error with any other code fails the hostile suite. */
export const DOCUMENTED_CODES: readonly ErrorCode[] = Object.keys(ERROR_CLASS_OF_CODE) as ErrorCode[];

/** Set `FUZZ_SCALE=50` (say) to fuzz harder locally; CI runs the defaults. */
const FUZZ_SCALE = Math.max(1, Number(process.env['FUZZ_SCALE'] ?? 1) || 1);

/** fast-check parameters for `numRuns` runs, scaled by `FUZZ_SCALE`. */
export function fuzzRuns(numRuns: number): { readonly numRuns: number } {
  return { numRuns: Math.round(numRuns * FUZZ_SCALE) };
}

/** Keys that must only ever be read as data. */
export const POISONED_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'toJSON', 'then'] as const;

/** An object with `key` as an own property, even for `__proto__` (as `JSON.parse` makes it). */
export function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Dates at, just inside and beyond the supported range, and malformed ones. */
export const EDGE_DATES = [
  '2024-03-25',
  '2024-02-29',
  '1999-12-31',
  '2000-01-01',
  '2099-12-31',
  '2100-01-01',
  '0001-01-01',
  '0000-01-01',
  '9999-12-31',
  '+002024-01-01',
  '-000001-01-01',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-1-1',
  '31/02/2024',
  '01/04/2024',
  ' 2024-01-01',
  '2024-01-01 ',
  '2024-01-01T00:00:00Z',
  '2024-01-01T23:30:00-05:00',
  '２０２４-０１-０１',
] as const;

/** Working-day amounts and counts: absurd, fractional, negative, not numbers at all. */
export const EDGE_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  -1,
  0.5,
  -1.5,
  20.000001,
  1e308,
  -1e308,
  1e15,
  -1e15,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
] as const;

/** Very long strings: a long run of one character, a long date-like string, a long label. */
const longString = fc.oneof(
  fc.string({ minLength: 10_000, maxLength: 20_000 }),
  fc.constantFrom('9'.repeat(100_000), '2024-01-01'.repeat(5_000), `Upheld${' '.repeat(50_000)}`, '"'.repeat(30_000), 'a,'.repeat(20_000), '\n'.repeat(20_000)),
);

function poisonedObjects(): unknown[] {
  const nullProto = Object.create(null) as Record<string, unknown>;
  nullProto['date'] = '2024-01-01';
  const sparse: unknown[] = [];
  sparse[5] = '2024-01-01';
  return [
    JSON.parse('{"__proto__":{"polluted":true}}'),
    JSON.parse('{"__proto__":{"polluted":true},"receivedOn":"2024-04-02","events":[]}'),
    { constructor: { prototype: { polluted: true } } },
    { toString: 'not a function', valueOf: 42 },
    { toString: () => '2024-01-01' },
    { toJSON: () => '2024-01-01' },
    { then: () => undefined },
    { length: 1e9 },
    { length: -1, 0: 'x' },
    nullProto,
    Object.create({ inherited: '2024-01-01', date: '2024-01-01', receivedOn: '2024-01-01' }),
    sparse,
    new Date(Number.NaN),
    new Date(0),
    new Date(Date.UTC(2024, 3, 1)),
    new String('2024-01-01'),
    new Number(5),
    new Map([['id', 'C-1']]),
    new Set(['2024-01-01']),
    new Uint8Array(3),
    /2024-01-01/,
    Object.create(englandAndWales),
    new Proxy(englandAndWales, {}),
    Symbol('hostile'),
    () => '2024-01-01',
    1n,
    -(2n ** 70n),
  ];
}

/** Values a careless or hostile caller might pass anywhere. */
export function hostileValue(): fc.Arbitrary<unknown> {
  const dates = fc.constantFrom<unknown>(...EDGE_DATES);
  const numbers = fc.oneof(fc.constantFrom<unknown>(...EDGE_NUMBERS), fc.double(), fc.integer());
  return fc.oneof(
    dates,
    numbers,
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    longString,
    fc.constantFrom<unknown>(null, undefined, true, false, [], {}, '', ' ', '\u0000', '\uFEFF'),
    fc.constantFrom<unknown>(...poisonedObjects()),
    fc.array(fc.oneof(dates, fc.string(), fc.integer(), fc.constant(null)), { maxLength: 5 }),
    fc.dictionary(
      fc.constantFrom('calendar', 'date', 'receivedOn', 'events', 'asOf', 'aliases', 'year', 'type', 'stage', ...POISONED_KEYS),
      fc.oneof(dates, fc.integer(), fc.constant(null), fc.constant({})),
    ),
  );
}

/** A value that is valid three times in four and hostile otherwise. */
export function nearly<T>(valid: fc.Arbitrary<T>, hostileWeight = 1): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid as fc.Arbitrary<unknown>, weight: 3 }, { arbitrary: hostileValue(), weight: hostileWeight });
}

/** A copy of plain objects and arrays; anything else (calendars, service areas, functions) is kept by reference. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) withOwnKey(copy, key, clonePlain((value as Record<string, unknown>)[key]));
    return copy as T;
  }
  return value;
}

/** The plain objects and arrays inside a value, the value itself first. */
function containers(value: unknown, found: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (Array.isArray(value)) {
    found.push(value);
    for (const inner of value) containers(inner, found);
  } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    found.push(value as Record<string, unknown>);
    for (const key of Object.keys(value)) containers((value as Record<string, unknown>)[key], found);
  }
  return found;
}

/** One spoiling step: where (an index into the containers, wrapped), what, and with which value. */
interface Spoil {
  readonly where: number;
  readonly which: number;
  readonly action: 'replace' | 'delete' | 'add' | 'poison';
  readonly value: unknown;
}

const spoil: fc.Arbitrary<Spoil> = fc.record({
  where: fc.nat(),
  which: fc.nat(),
  action: fc.constantFrom<Spoil['action']>('replace', 'replace', 'delete', 'add', 'poison'),
  value: hostileValue(),
});

function applySpoil(root: unknown, { where, which, action, value: shared }: Spoil): unknown {
  const value = clonePlain(shared);
  const all = containers(root);
  const target = all[where % Math.max(all.length, 1)];
  if (target === undefined) return value;
  if (Array.isArray(target)) {
    if (action === 'delete' && target.length > 0) target.splice(which % target.length, 1);
    else if (action === 'add' || target.length === 0) target.push(value);
    else target[which % target.length] = value;
    return root;
  }
  const keys = Object.keys(target);
  if (action === 'poison') withOwnKey(target, POISONED_KEYS[which % POISONED_KEYS.length] as string, value);
  else if (action === 'add' || keys.length === 0) withOwnKey(target, `extra${which % 3}`, value);
  else if (action === 'delete') delete target[keys[which % keys.length] as string];
  else withOwnKey(target, keys[which % keys.length] as string, value);
  return root;
}

/**
 * A valid value, spoiled in up to `maxSpoils` places deep inside: a field
 * replaced by a hostile value, a field deleted, an element added, or a
 * poisoned key (`__proto__`, `constructor`, …) added as an own property.
 * About one in four comes through unspoiled, so the valid paths run too.
 */
export function spoiled<T>(valid: fc.Arbitrary<T>, maxSpoils = 3): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.oneof({ arbitrary: fc.constant([] as Spoil[]), weight: 1 }, { arbitrary: fc.array(spoil, { minLength: 1, maxLength: maxSpoils }), weight: 3 }))
    .map(([value, spoils]) => spoils.reduce<unknown>(applySpoil, clonePlain(value)));
}

/** Deep-freezes a value so any attempt to mutate it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/**
 * A description of a value deep enough to see any change a call could make
 * to it: every own key and primitive, and whether each object is frozen or
 * extensible (so freezing the caller's data counts as changing it too).
 */
export function snapshotOf(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return ['function', Object.isFrozen(value), Object.isExtensible(value)];
  if (value === null || typeof value !== 'object') return Number.isNaN(value) ? 'NaN' : Object.is(value, -0) ? '-0' : value;
  if (seen.has(value)) return '[seen]';
  seen.add(value);
  const own = Reflect.ownKeys(value).map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return [String(key), descriptor !== undefined && 'value' in descriptor ? snapshotOf(descriptor.value, seen) : '[accessor]'];
  });
  return [Object.prototype.toString.call(value), Object.isFrozen(value), Object.isExtensible(value), own];
}

/** What a call did. */
export type Outcome = { readonly returned: unknown } | { readonly threw: ChildrenActComplaintsError };

/**
 * Checks that a value is an error the library may raise: a
 * {@link ChildrenActComplaintsError} with a documented code, of the class that
 * code belongs to, naming a field and saying what to do.
 */
export function expectLibraryError(error: unknown): asserts error is ChildrenActComplaintsError {
  if (!(error instanceof ChildrenActComplaintsError)) {
    const name = error instanceof Error ? error.constructor.name : typeof error;
    throw new Error(`expected a ChildrenActComplaintsError but got ${name}: ${String(error instanceof Error ? error.message : error)}`, { cause: error });
  }
  expect(DOCUMENTED_CODES).toContain(error.code);
  expect(error).toBeInstanceOf(ERROR_CLASS_OF_CODE[error.code]);
  expect(typeof error.field).toBe('string');
  expect(error.field.length).toBeGreaterThan(0);
  expect(typeof error.fix).toBe('string');
  expect(error.fix.length).toBeGreaterThan(0);
  expect(error.message.startsWith(`[children-act-complaints] ${error.code}: `)).toBe(true);
}

/**
 * Calls `fn` and checks the only two acceptable outcomes: it returns, or it
 * throws a library error (see {@link expectLibraryError}). Also checks it
 * finishes within a generous bound, so a slow path shows up as a failure,
 * and that no prototype was polluted.
 *
 * @returns what the call did, for further checks
 */
export function expectReturnsOrTypedError(fn: () => unknown, maxMs = 2_000): Outcome {
  const started = process.hrtime.bigint();
  let outcome: Outcome;
  try {
    outcome = { returned: fn() };
  } catch (error) {
    expectLibraryError(error);
    outcome = { threw: error };
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (ms > maxMs) throw new Error(`call took ${ms.toFixed(0)} ms (bound ${maxMs} ms)`);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  return outcome;
}

/** Calls `fn` as {@link expectReturnsOrTypedError} does, and returns what it returned; a typed error fails the test. */
export function expectReturns<T>(fn: () => T, maxMs?: number): T {
  const outcome = expectReturnsOrTypedError(fn, maxMs);
  if ('threw' in outcome) throw outcome.threw;
  return outcome.returned as T;
}

/** Calls `fn` as {@link expectReturnsOrTypedError} does, and returns the library error it threw; returning fails the test. */
export function expectTypedError(fn: () => unknown, maxMs?: number): ChildrenActComplaintsError {
  const outcome = expectReturnsOrTypedError(fn, maxMs);
  if (!('threw' in outcome)) throw new Error('expected the call to throw a library error, but it returned');
  return outcome.threw;
}
