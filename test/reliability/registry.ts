/**
 * The registry of the hostile-input suite: one entry per public function
 * (and per method of an exported object), saying how to call it and which
 * arguments to fuzz it with. Each module's entries live in `targets/`; a new
 * module adds a file there and lists it in `targets/index.ts`. The
 * completeness test fails, naming the export, when a public function has no
 * entry.
 */
import fc from 'fast-check';
import { createWorkingDayCalendar, englandAndWales, type WorkingDayCalendar } from '../../src/index';
import { EDGE_DATES, hostileValue, nearly } from '../support/hostile';
import { isoDateBetween } from '../support/dates';

/** How to fuzz one public function. */
export interface HostileTarget {
  /** The export's name, or `export.method` for a method of an exported object. */
  readonly name: string;
  /** The arguments: a mix of valid, nearly valid and hostile values. */
  readonly args: fc.Arbitrary<readonly unknown[]>;
  /** Calls the function with them. */
  readonly call: (args: readonly unknown[]) => unknown;
  /** `true` when the function promises never to throw (type guards, `safeParse`). */
  readonly neverThrows?: boolean;
  /** Runs for this target, when the default is too many (slow calls) or too few (wide inputs). */
  readonly numRuns?: number;
  /** More checks on a returned value, e.g. that every row is accounted for. */
  readonly onReturn?: (result: unknown, args: readonly unknown[]) => void;
  /**
   * A bug found and reported but not fixed yet. A failure it explains is
   * let through; any other failure still fails. Each known issue also has an
   * `it.fails` example in `known-issues.test.ts`, which starts failing (and
   * so asks for this to be removed) once the bug is fixed.
   */
  readonly knownIssue?: KnownIssue;
}

/** A reported bug: what it is, and which failures it explains. */
export interface KnownIssue {
  readonly description: string;
  readonly explains: (error: unknown, args: readonly unknown[]) => boolean;
}

/** Extra settings of {@link target}. */
export type TargetSettings = Pick<HostileTarget, 'neverThrows' | 'numRuns' | 'onReturn' | 'knownIssue'>;

/** Whether an error is a `TypeError` thrown from inside the given source folder, e.g. `'src/report/render/'`. */
export function isTypeErrorFrom(error: unknown, folder: string): boolean {
  const frame = error instanceof TypeError ? error.stack?.split('\n').find((line) => line.includes('/src/')) : undefined;
  return frame !== undefined && frame.replace(/\\/g, '/').includes(`/${folder}`);
}

/**
 * An entry for a function taking the given arguments. Each run also drops
 * trailing arguments now and then, or adds a hostile extra one, so missing
 * and surplus arguments are exercised too.
 */
export function target(name: string, fn: (...args: never[]) => unknown, params: readonly fc.Arbitrary<unknown>[], settings: TargetSettings = {}): HostileTarget {
  const args = fc
    .tuple(fc.tuple(...params), fc.oneof({ arbitrary: fc.constant('all' as const), weight: 6 }, { arbitrary: fc.nat(params.length), weight: 1 }, { arbitrary: hostileValue(), weight: 1 }))
    .map(([given, shape]): readonly unknown[] => {
      if (shape === 'all') return given;
      if (typeof shape === 'number') return given.slice(0, shape);
      return [...given, shape];
    });
  return { name, args, call: (list) => (fn as (...a: unknown[]) => unknown)(...list), ...settings };
}

/**
 * An entry whose arguments are drawn together, for functions whose
 * arguments must agree to get far (a timeline and the `asOf` after it).
 * Spoil the whole list with `spoiled`, so an argument may go missing too.
 */
export function targetOf(name: string, fn: (...args: never[]) => unknown, args: fc.Arbitrary<unknown>, settings: TargetSettings = {}): HostileTarget {
  return {
    name,
    args: args.map((list) => (Array.isArray(list) ? list : [list])),
    call: (list) => (fn as (...a: unknown[]) => unknown)(...list),
    ...settings,
  };
}

/** Checks a result is deeply frozen plain data that survives a JSON round trip unchanged. */
export function expectFrozenData(result: unknown): void {
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (!Object.isFrozen(value)) throw new Error(`the result is not frozen at ${path}`);
    for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
  };
  walk(result, 'result');
  const json = JSON.stringify(result);
  if (JSON.stringify(JSON.parse(json)) !== json) throw new Error('the result does not survive a JSON round trip');
}

// ----------------------------------------------------------- valid values

/** Real dates anywhere in the supported range, weighted towards the range's ends and the edge cases. */
export const anyDate: fc.Arbitrary<string> = fc.oneof(
  isoDateBetween('2000-01-01', '2099-12-31'),
  isoDateBetween('2010-01-01', '2030-12-31'),
  fc.constantFrom('2000-01-01', '2000-01-03', '2099-12-31', '2099-12-30', '2024-02-29', '2024-03-29', '2024-12-25'),
);

/** A date, a date at or beyond the edges, or anything at all. */
export const dateLike: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: anyDate, weight: 4 }, { arbitrary: fc.constantFrom<unknown>(...EDGE_DATES), weight: 2 }, { arbitrary: hostileValue(), weight: 1 });

let calendars: readonly WorkingDayCalendar[] | undefined;

/** The calendars callers pass: the default, a strict one, another region, one with closure and extra working days. */
export function someCalendars(): readonly WorkingDayCalendar[] {
  return (calendars ??= [
    englandAndWales,
    createWorkingDayCalendar({ strict: true }),
    createWorkingDayCalendar({ region: 'scotland' }),
    createWorkingDayCalendar({ extraClosedDays: ['2024-12-27', { date: '2024-12-30', name: 'Council closure' }], extraWorkingDays: ['2024-12-26'] }),
  ]);
}

/** One of {@link someCalendars}, or something that is not a calendar. */
export const calendarLike: fc.Arbitrary<unknown> = nearly(fc.constantFrom(...someCalendars()));

/** A `{ calendar }` options object, sometimes spoiled, sometimes absent. */
export const calendarOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record({ calendar: calendarLike }, { requiredKeys: [] }),
  hostileValue(),
);

/** A working-day amount: mostly sensible, sometimes absurd. */
export const amountLike: fc.Arbitrary<unknown> = nearly(fc.integer({ min: -400, max: 400 }));
