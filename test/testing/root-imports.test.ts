/**
 * Importing the package root must never load fast-check (an optional peer
 * dependency used only by the testing subpath), nor zod (whose schemas live
 * in the schemas subpath, so that a process that only counts working days
 * starts fast). Proven two ways: by walking
 * the source's runtime imports from src/index.ts, and, once built, by reading
 * the files the built root entries import.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** The packages a module loads at run time, following its relative imports (type-only imports are erased). */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      if (specifier === undefined) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('node:') ? specifier : specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
        continue;
      }
      const base = join(dirname(file), specifier);
      const candidates = [base, `${base}.ts`, join(base, 'index.ts')];
      const target = candidates.find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'));
      if (target === undefined) throw new Error(`cannot resolve ${specifier} from ${file}`);
      visit(target);
    }
  };
  visit(join(root, entry));
  return packages;
}

/** The files a built entry loads, following its relative imports. */
function builtFilesLoadedBy(entry: string): string[] {
  const files: string[] = [];
  const visit = (file: string): void => {
    if (files.includes(file)) return;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from\s+|require\()['"](\.[^'"]+)['"]/g)) if (specifier !== undefined) visit(join(dirname(file), specifier));
  };
  visit(join(root, entry));
  return files;
}

describe('the package root', () => {
  it('never imports fast-check or zod, while the testing and schemas subpaths do (so the walk can see them)', () => {
    const rootPackages = packagesLoadedBy('src/index.ts');
    expect([...rootPackages].sort()).toEqual(['csv-parse']);
    expect(packagesLoadedBy('src/testing/index.ts').has('fast-check')).toBe(true);
    expect(packagesLoadedBy('src/schemas/index.ts').has('zod')).toBe(true);
  });

  it.runIf(existsSync(join(root, 'dist/index.js')))('never loads fast-check or zod once built, in ESM or CommonJS', () => {
    for (const entry of ['dist/index.js', 'dist/index.cjs']) {
      for (const file of builtFilesLoadedBy(entry)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/['"](fast-check|zod)['"]/);
    }
    expect(readFileSync(join(root, 'dist/testing.js'), 'utf8')).toMatch(/from ['"]fast-check['"]/);
  });
});
