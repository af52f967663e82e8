#!/usr/bin/env node
/**
 * Supply-chain checks run by .ci/run:
 * 1. no runtime dependency (direct or transitive) has an install script;
 * 2. `npm audit --omit=dev` reports no vulnerabilities. When the registry's
 *    audit endpoint cannot be reached (some mirrors refuse it), this says so
 *    plainly instead of pretending the audit passed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: root, encoding: 'utf8' }));

const runtime = new Map();
(function walk(deps = {}) {
  for (const [name, info] of Object.entries(deps)) {
    if (!runtime.has(name)) runtime.set(name, info.version);
    walk(info.dependencies);
  }
})(tree.dependencies);

const withScripts = [];
for (const name of runtime.keys()) {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  const scripts = manifest.scripts ?? {};
  for (const hook of ['preinstall', 'install', 'postinstall']) if (scripts[hook]) withScripts.push(`${name}: ${hook}`);
}
console.log(`runtime dependencies: ${[...runtime].map(([n, v]) => `${n}@${v}`).join(', ')}`);
if (withScripts.length > 0) {
  console.error(`runtime dependencies with install scripts:\n  ${withScripts.join('\n  ')}`);
  process.exit(1);
}
console.log('no runtime dependency has an install script');

let report;
try {
  report = execFileSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  report = error.stdout ?? '';
}
let parsed;
try {
  parsed = JSON.parse(report);
} catch {
  parsed = undefined;
}
if (parsed?.metadata?.vulnerabilities) {
  const v = parsed.metadata.vulnerabilities;
  const total = Object.values(v).reduce((a, b) => a + b, 0);
  if (total > 0) {
    console.error(`npm audit --omit=dev found ${total} vulnerabilities: ${JSON.stringify(v)}`);
    process.exit(1);
  }
  console.log('npm audit --omit=dev: no vulnerabilities');
} else {
  console.warn('npm audit --omit=dev: the audit endpoint could not be reached from this machine; not verified here');
}
