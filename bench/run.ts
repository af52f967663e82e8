/**
 * Runs the benchmarks and writes their figures into docs/performance.md.
 *
 *   npm run bench              # every benchmark
 *   npm run bench -- calendar  # only the named ones
 *
 * Every benchmark measures the built package, as a council's code would
 * load it, so this script builds first (pass `--no-build` to skip that when
 * dist/ is fresh).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeSection } from './harness';

const benches: Record<string, () => Promise<string>> = {
  calendar: async () => (await import('./calendar.bench')).runCalendarBench(),
  assess: async () => (await import('./assess.bench')).runAssessBench(),
  report: async () => (await import('./report.bench')).runReportBench(),
};

const args = process.argv.slice(2);
const wanted = args.filter((arg) => arg !== '--no-build');
const names = wanted.length === 0 ? Object.keys(benches) : wanted;
const root = fileURLToPath(new URL('..', import.meta.url));
if (!args.includes('--no-build') || !existsSync(`${root}/dist/index.js`)) execSync('npm run build', { cwd: root, stdio: 'inherit' });

for (const name of names) {
  const run = benches[name];
  if (run === undefined) {
    console.error(`unknown benchmark ${name}; known: ${Object.keys(benches).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  const markdown = await run();
  writeSection(name, markdown);
  console.log(`## ${name}\n${markdown}`);
}
