/** What the published package promises: its entry points, its optional peer, its bin, and a size budget that covers the library. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index';

const root = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, Record<string, string>>>;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  sideEffects: boolean;
  'size-limit': { name: string; import: string; limit: string }[];
};

describe('package.json', () => {
  it('exports the root, the testing and schemas subpaths, types first in every condition', () => {
    expect(Object.keys(pkg.exports)).toEqual(['.', './testing', './schemas', './package.json']);
    for (const [subpath, conditions] of Object.entries(pkg.exports)) {
      if (typeof conditions === 'string') continue;
      for (const [condition, target] of Object.entries(conditions)) {
        expect(Object.keys(target)[0], `${subpath} ${condition}`).toBe('types');
        expect(target['types']).toMatch(condition === 'require' ? /\.d\.cts$/ : /\.d\.ts$/);
      }
    }
    expect(pkg.sideEffects).toBe(false);
  });

  it('makes fast-check an optional peer, never a dependency', () => {
    expect(pkg.dependencies['fast-check']).toBeUndefined();
    expect(pkg.peerDependencies['fast-check']).toBeDefined();
    expect(pkg.peerDependenciesMeta['fast-check']?.optional).toBe(true);
  });

  it('names the command line, built from an entry with a shebang', () => {
    expect(pkg.bin).toEqual({ 'children-act-complaints': './dist/cli.js' });
    expect(readFileSync(join(root, 'src/cli/main.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('has a size budget that covers every export but the renderers', () => {
    const budget = pkg['size-limit'].find((entry) => entry.name.startsWith('whole library except the report renderers'));
    const measured = (budget?.import ?? '').replace(/[{}\s]/g, '').split(',').sort();
    const expected = Object.keys(library).filter((name) => !['toMarkdown', 'toCsv', 'toHtml'].includes(name)).sort();
    expect(measured).toEqual(expected);
  });
});
