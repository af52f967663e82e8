/**
 * A small, honest benchmark harness: warm up, then time batches of calls and
 * report the median nanoseconds per call over several rounds. Every case runs
 * in the same process, one after another, so they share the machine's state.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface CaseResult {
  readonly name: string;
  readonly nsPerCall: number;
  readonly callsPerSecond: number;
  readonly rounds: number;
  readonly callsPerRound: number;
}

/** Keeps results alive so the JIT cannot remove the work. */
export let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}

export function measure(name: string, fn: (i: number) => unknown, callsPerRound: number, rounds = 7): CaseResult {
  for (let i = 0; i < Math.min(callsPerRound, 20_000); i += 1) consume(fn(i));
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < callsPerRound; i += 1) consume(fn(i));
    samples.push(Number(process.hrtime.bigint() - start) / callsPerRound);
  }
  samples.sort((a, b) => a - b);
  const nsPerCall = samples[Math.floor(samples.length / 2)] as number;
  return { name, nsPerCall, callsPerSecond: 1e9 / nsPerCall, rounds, callsPerRound };
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${os.platform()} ${os.release()}`;
}

export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in docs/performance.md. */
export function writeSection(name: string, markdown: string): void {
  const path = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
  const text = readFileSync(path, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`docs/performance.md has no ${start} … ${end} section`);
  writeFileSync(path, `${text.slice(0, from + start.length)}\n${markdown.trim()}\n${text.slice(to)}`);
}

/**
 * The built package (dist/index.js), as a council's code loads it; typed as
 * the source. The benchmarks measure this rather than the TypeScript source,
 * whose on-the-fly transform adds its own overhead.
 */
export async function built(): Promise<typeof import('../src/index')> {
  const url = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
  return (await import(url)) as typeof import('../src/index');
}
