/**
 * Hostile input across the whole public API: every registered function,
 * given arbitrary, nearly valid and hostile arguments (deep-frozen), either
 * returns or throws a documented library error, promptly, without mutating
 * its input or polluting a prototype. The completeness test keeps the
 * registry in step with the package's exports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChildrenActComplaintsError } from '../../src/index';
import { deepFreeze, expectReturnsOrTypedError, fuzzRuns, snapshotOf } from '../support/hostile';
import { HOSTILE_TARGETS, MODULE_TARGETS, PENDING_MODULES } from './targets/index';

/** Runs per target unless the entry says otherwise; each run is one call. */
const DEFAULT_RUNS = 120;

/**
 * Methods of exported objects that are not part of the public API (they are
 * `@internal` on the class the object is made from), with the reason.
 */
const NOT_PUBLIC: Readonly<Record<string, string>> = {
  'englandAndWales.tables': '@internal lookup tables of CalendarImpl',
  'englandAndWales.assertCovered': '@internal range check of CalendarImpl',
};

/** Every public callable of a module: its functions (not the error classes), the methods of its objects, and its schemas' safeParse. */
function publicCallables(exports: object): string[] {
  const names: string[] = [];
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value === 'function') {
      if (value === ChildrenActComplaintsError || value.prototype instanceof ChildrenActComplaintsError) continue;
      names.push(name);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    if ('_zod' in value) {
      // A zod schema: its safeParse is the call that must never throw.
      names.push(`${name}.safeParse`);
      continue;
    }
    const methods = new Set<string>();
    for (let object: object | null = value; object !== null && object !== Object.prototype; object = Object.getPrototypeOf(object) as object | null) {
      for (const key of Object.getOwnPropertyNames(object)) {
        if (key !== 'constructor' && typeof (value as Record<string, unknown>)[key] === 'function') methods.add(`${name}.${key}`);
      }
    }
    names.push(...[...methods].filter((method) => !(method in NOT_PUBLIC)));
  }
  return names.sort();
}

/** The module folders `src/index.ts` re-exports. */
function exportedModules(): string[] {
  const index = readFileSync(fileURLToPath(new URL('../../src/index.ts', import.meta.url)), 'utf8');
  return [...index.matchAll(/^export \* from '\.\/([\w-]+)\/index';$/gm)].map((match) => match[1] as string).sort();
}

describe('the registry covers the public API', () => {
  it('knows every module the package exports', () => {
    expect([...Object.keys(MODULE_TARGETS), ...PENDING_MODULES].sort()).toEqual(exportedModules());
  });

  it.each(Object.entries(MODULE_TARGETS))('has one entry for each public function and method of %s, and none for anything else', (_name, module) => {
    const registered = module.targets.map((t) => t.name);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual(publicCallables(module.exports));
  });

  for (const name of PENDING_MODULES) it.todo(`hostile-input entries for ${name}`);
});

describe('hostile input to the public API', () => {
  it.each(HOSTILE_TARGETS.map((t) => [t.name, t] as const))('%s returns or throws a documented error, promptly, mutating nothing', (_name, t) => {
    fc.assert(
      fc.property(t.args, fc.boolean(), (args, freeze) => {
        // Frozen, a write throws at once; unfrozen, any change (freezing included) shows in the snapshot.
        const before = freeze ? null : snapshotOf(args);
        if (freeze) deepFreeze(args);
        let outcome;
        try {
          outcome = expectReturnsOrTypedError(() => t.call(args));
        } catch (failure) {
          if (t.knownIssue?.explains((failure as Error).cause ?? failure, args) === true) return;
          throw failure;
        }
        if (before !== null) expect(snapshotOf(args)).toEqual(before);
        if ('threw' in outcome) {
          if (t.neverThrows === true) throw new Error(`${t.name} promises never to throw but threw ${outcome.threw.message}`);
        } else {
          t.onReturn?.(outcome.returned, args);
        }
      }),
      fuzzRuns(t.numRuns ?? DEFAULT_RUNS),
    );
  });
});
