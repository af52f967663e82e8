/**
 * A static check of the source: domain code never uses the machine's local
 * time, never depends on its locale, and never reads the clock. JS `Date`
 * appears only at the edge, in the files listed in `DATE_EDGE`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Stripped of comments and string contents, so TSDoc or a message that mentions a forbidden method does not trip the check. */
function code(path: string): string {
  return stripped(readFileSync(path, 'utf8'));
}

function stripped(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, (literal) => `${literal[0]}${'_'.repeat(Math.max(literal.length - 2, 0))}${literal[0]}`);
}

/** The files allowed to touch JS `Date`, with the reason. */
const DATE_EDGE: Readonly<Record<string, string>> = {
  'calendar/toLondonDate.ts': 'turns an instant (a Date or an ISO timestamp) into its London calendar date with Intl, in UTC milliseconds',
};

/** Methods that read or write a Date in the machine's time zone, or format one in it. */
const LOCAL_TIME_METHODS =
  /\.(?:get|set)(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|Year)\s*\(|\.getTimezoneOffset\s*\(|\.to(?:Locale(?:Date|Time)String|DateString|TimeString)\s*\(/g;
/** `toLocaleString` without a locale, which formats in the machine's locale (and for a Date, its time zone). */
const UNNAMED_LOCALE = /\.toLocaleString\s*\(\s*(?!['"])/g;
/** The global Date: constructing, parsing, or typing one. */
const DATE_GLOBAL = /(?<![\w.$])Date\b(?!\w)/g;
const CLOCK_READS = /\bDate\.now\s*\(|new\s+Date\s*\(\s*\)|\bperformance\.now\s*\(|\bprocess\.hrtime\b/g;
/** An Intl date formatter, which must name its time zone. */
const DATE_FORMATTER = /\bIntl\.DateTimeFormat\s*\(/;

describe('domain code never uses local time or reads the clock', () => {
  const files = sourceFiles(root).map((path) => [relative(root, path).split('\\').join('/'), path] as const);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s calls no local-time Date method', (_name, path) => {
    expect(code(path).match(LOCAL_TIME_METHODS) ?? []).toEqual([]);
  });

  it.each(files)('%s names the locale of every toLocaleString', (_name, path) => {
    expect(code(path).match(UNNAMED_LOCALE) ?? []).toEqual([]);
  });

  it.each(files)('%s does not read the clock', (_name, path) => {
    expect(code(path).match(CLOCK_READS) ?? []).toEqual([]);
  });

  it.each(files.filter(([name]) => !(name in DATE_EDGE)))('%s does not touch JS Date (only the edge does)', (_name, path) => {
    expect(code(path).match(DATE_GLOBAL) ?? []).toEqual([]);
  });

  it.each(files)('%s gives every Intl date formatter a time zone', (_name, path) => {
    const text = code(path);
    if (DATE_FORMATTER.test(text)) expect(readFileSync(path, 'utf8')).toMatch(/timeZone:\s*'[A-Za-z_/]+'/);
  });

  it('every edge file still exists', () => {
    for (const name of Object.keys(DATE_EDGE)) expect(files.map(([file]) => file)).toContain(name);
  });

  it('the check itself catches what it should', () => {
    const sample = stripped(
      "d.getDate(); d.setHours(0); d.getUTCDate(); Date.now(); new Date(); d.toLocaleDateString(); n.toLocaleString(); n.toLocaleString('en-GB'); const s = 'd.getDate()'; // d.getDay()",
    );
    expect(sample.match(LOCAL_TIME_METHODS)).toEqual(['.getDate(', '.setHours(', '.toLocaleDateString(']);
    expect(sample.match(UNNAMED_LOCALE)).toEqual(['.toLocaleString(']);
    expect(sample.match(CLOCK_READS)).toEqual(['Date.now(', 'new Date()']);
    expect(stripped('const d: Date = new Date(0); Date.parse(x); isDate(x); x.Date; DateInput; PlainDate').match(DATE_GLOBAL)).toEqual(['Date', 'Date', 'Date']);
  });
});
