/**
 * The supply chain, checked offline on every run: the lockfile is committed
 * and agrees with package.json, runtime dependencies are pinned exactly and
 * run no install script, and CI installs from the lockfile and runs the
 * suite under the five time zones. (`npm audit` needs the network; the CI
 * script `scripts/check-supply-chain.mjs` runs it and says plainly when the
 * audit endpoint cannot be reached.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(`${root}/${path}`, 'utf8')) as Record<string, unknown>;

interface LockedPackage {
  readonly version?: string;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly hasInstallScript?: boolean;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

const manifest = json('package.json') as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const lock = json('package-lock.json') as { lockfileVersion: number; packages: Record<string, LockedPackage> };
const packages = Object.entries(lock.packages).filter(([path]) => path !== '');
const runtime = packages.filter(([, info]) => info.dev !== true);

describe('the supply chain', () => {
  it('commits the lockfile', () => {
    expect(execFileSync('git', ['ls-files', '--error-unmatch', 'package-lock.json'], { cwd: root, encoding: 'utf8' }).trim()).toBe('package-lock.json');
  });

  it('has a lockfile that agrees with package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    const top = lock.packages[''] as LockedPackage;
    expect(top.dependencies ?? {}).toEqual(manifest.dependencies ?? {});
    expect(top.devDependencies ?? {}).toEqual(manifest.devDependencies ?? {});
    for (const [name, version] of Object.entries(manifest.dependencies ?? {})) expect(lock.packages[`node_modules/${name}`]?.version).toBe(version);
  });

  it('pins every runtime dependency exactly', () => {
    for (const [name, version] of Object.entries(manifest.dependencies ?? {})) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has no runtime dependency, direct or transitive, that runs an install script', () => {
    expect(runtime.length).toBeGreaterThan(0);
    expect(runtime.filter(([, info]) => info.hasInstallScript === true).map(([path]) => path)).toEqual([]);
  });

  it('records an integrity hash for every package', () => {
    expect(packages.filter(([, info]) => info.link !== true && !/^sha512-/.test(info.integrity ?? '')).map(([path]) => path)).toEqual([]);
  });

  it('installs in CI from the lockfile, checks the supply chain, and runs the suite under five time zones', () => {
    const ci = readFileSync(`${root}/.ci/run`, 'utf8');
    expect(ci).toMatch(/^\s*npm ci\b/m);
    expect(ci).not.toMatch(/^\s*npm (install|i)\b/m);
    expect(ci).toMatch(/node scripts\/check-supply-chain\.mjs/);
    const zones = /for tz in ([^;]+);/.exec(ci)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    expect(zones.sort()).toEqual(['America/Los_Angeles', 'Asia/Kolkata', 'Europe/London', 'Pacific/Kiritimati', 'UTC']);
    expect(ci).toMatch(/TZ="\$tz" npm test/);
  });
});
