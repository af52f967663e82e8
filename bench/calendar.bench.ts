/**
 * addWorkingDays against the alternatives a council developer might use,
 * side by side in one process, plus cold start.
 *
 * Run with `npm run bench -- calendar`; results go to docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Holidays from 'date-holidays';
import { addBusinessDays } from 'date-fns';
import { formatDayNumber } from '../src/internal/days';
import { built, formatNs, machine, measure, writeSection, type CaseResult } from './harness';

const { addWorkingDays, differenceInWorkingDays } = await built();

const FIRST = 19_000; // 2022-01-08
const SPAN = 1_500; // about four years of start dates
const starts = Array.from({ length: SPAN }, (_, i) => formatDayNumber(FIRST + i));
const AMOUNT = 20;

// 1. The loop a user would write with date-holidays: step a day, ask isHoliday.
const hd = new Holidays('GB', 'ENG');
function dateHolidaysLoop(iso: string, amount: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  let left = amount;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const w = date.getUTCDay();
    if (w === 0 || w === 6) continue;
    const h = hd.isHoliday(date);
    if (h && h.some((x) => x.type === 'public' || x.type === 'bank')) continue;
    left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

// 2. date-fns addBusinessDays: weekends only, so wrong around bank holidays.
function dateFnsBusinessDays(iso: string, amount: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const result = addBusinessDays(new Date(Date.UTC(y, m - 1, d, 12)), amount);
  return result.toISOString().slice(0, 10);
}

// 3. A hand-tuned lookup: ISO string -> ordinal of working days up to it, and the ISO strings of working days.
const workingOrdinal = new Map<string, number>();
const workingIso: string[] = [];
{
  let count = 0;
  for (let day = FIRST - 100; day < FIRST + SPAN + 400; day += 1) {
    const iso = formatDayNumber(day);
    if (differenceInWorkingDays(iso, formatDayNumber(day - 1)) === 1) {
      workingIso.push(iso);
      count += 1;
    }
    workingOrdinal.set(iso, count);
  }
}
function lookupTable(iso: string, amount: number): string {
  return workingIso[(workingOrdinal.get(iso) as number) + amount - 1] as string;
}

function check(): void {
  for (const iso of starts) {
    const ours = addWorkingDays(iso, AMOUNT);
    if (lookupTable(iso, AMOUNT) !== ours) throw new Error(`lookup disagrees at ${iso}`);
  }
}

/** One whole `node` process, timed from spawn to exit, with its peak resident memory as /usr/bin/time reports it. */
function wholeProcess(args: readonly string[]): { ms: number; maxRssKb: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`cold start failed: ${result.stderr}`);
  return { ms, maxRssKb: Number(result.stderr.trim().split('\n').at(-1)) };
}

interface ColdStart {
  readonly name: string;
  readonly ms: number[];
  readonly maxRssKb: number[];
}

/**
 * Cold start as whole processes: `node -e 0` beside a process that loads the
 * built package and makes one call, CommonJS and ESM, interleaved so that
 * the machine's load falls on all of them alike.
 */
function coldStarts(runs = 15): ColdStart[] {
  const cjs = fileURLToPath(new URL('../dist/index.cjs', import.meta.url));
  const esm = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
  const cases: [string, string[]][] = [
    ['`node -e 0` (nothing loaded)', ['-e', '0']],
    ['`require` the package, one `addWorkingDays` call', ['-e', `require(${JSON.stringify(cjs)}).addWorkingDays('2024-03-25', 10)`]],
    ['`import` the package, one `addWorkingDays` call', ['--input-type=module', '-e', `const { addWorkingDays } = await import(${JSON.stringify(esm)}); addWorkingDays('2024-03-25', 10)`]],
  ];
  const results = cases.map(([name]) => ({ name, ms: [] as number[], maxRssKb: [] as number[] }));
  for (let run = 0; run < runs; run += 1) {
    cases.forEach(([, args], k) => {
      const { ms, maxRssKb } = wholeProcess(args);
      (results[k] as ColdStart).ms.push(ms);
      (results[k] as ColdStart).maxRssKb.push(maxRssKb);
    });
  }
  for (const result of results) {
    result.ms.sort((a, b) => a - b);
    result.maxRssKb.sort((a, b) => a - b);
  }
  return results;
}

export function runCalendarBench(): string {
  check();
  const n = starts.length;
  const results: CaseResult[] = [
    measure('children-act-complaints addWorkingDays', (i) => addWorkingDays(starts[i % n] as string, AMOUNT), 1_000_000),
    measure('hand-tuned lookup table (Map + array)', (i) => lookupTable(starts[i % n] as string, AMOUNT), 1_000_000),
    measure('date-fns addBusinessDays (weekends only)', (i) => dateFnsBusinessDays(starts[i % n] as string, AMOUNT), 200_000),
    measure('day-by-day loop with date-holidays isHoliday', (i) => dateHolidaysLoop(starts[i % n] as string, AMOUNT), 60, 3),
  ];
  const ours = results[0] as CaseResult;
  const lookup = results[1] as CaseResult;
  const loop = results[3] as CaseResult;
  let isHolidayNs = 0;
  {
    const probe = measure('date-holidays isHoliday, one call', (i) => hd.isHoliday(new Date(Date.UTC(2024, 0, 1 + (i % 300), 12))), 2_000, 3);
    isHolidayNs = probe.nsPerCall;
  }
  const median = (xs: readonly number[]): number => xs[Math.floor(xs.length / 2)] as number;
  const cold = coldStarts();
  const bare = median((cold[0] as ColdStart).ms);
  const coldRows = cold
    .map((c) => `| ${c.name} | ${median(c.ms).toFixed(1)} ms | ${(c.ms[0] as number).toFixed(1)}–${(c.ms.at(-1) as number).toFixed(1)} ms | ${(median(c.ms) / bare).toFixed(2)}× | ${(median(c.maxRssKb) / 1024).toFixed(1)} MB |`)
    .join('\n');
  const worst = Math.max(...cold.slice(1).map((c) => median(c.ms) / bare));

  const rows = results
    .map((r) => `| ${r.name} | ${formatNs(r.nsPerCall)} | ${Math.round(r.callsPerSecond).toLocaleString('en-GB')} | ${(r.nsPerCall / ours.nsPerCall).toFixed(r.nsPerCall / ours.nsPerCall >= 100 ? 0 : 2)}× |`)
    .join('\n');
  const markdown = `
Measured on ${machine()}, by \`npm run bench -- calendar\`.

Each case adds ${AMOUNT} working days to one of ${n.toLocaleString('en-GB')} consecutive start dates (January 2022 onwards), string in and string out, cycling through them. The figure is the median of the rounds' nanoseconds per call, after a warm-up, all in one process.

| Implementation | Time per call | Calls per second | Relative to ours |
|---|---|---|---|
${rows}

- Against the hand-tuned lookup (the practical limit for string in, string out): **${(ours.nsPerCall / lookup.nsPerCall).toFixed(2)}×** its time per call (goal: within 2×).
- Against the date-holidays loop: **${Math.round(loop.nsPerCall / ours.nsPerCall).toLocaleString('en-GB')}× faster** (goal: thousands of times). One \`isHoliday\` call took ${formatNs(isHolidayNs)} here.
- date-fns \`addBusinessDays\` skips weekends only, so its answers are wrong across bank holidays; it is listed for speed only.

Cold start, timed as whole processes: from spawning \`node\` to its exit, ${cold[0]?.ms.length} runs of each, interleaved, through \`/usr/bin/time\` (which gives the peak resident memory).

| Process | Median | Fastest–slowest | Against \`node -e 0\` | Peak memory (median) |
|---|---|---|---|---|
${coldRows}

- Loading the package and making the first call costs at most **${worst.toFixed(2)}×** a bare \`node -e 0\` (goal: at most 1.5×).
`;
  return markdown;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const markdown = runCalendarBench();
  writeSection('calendar', markdown);
  console.log(markdown);
}
