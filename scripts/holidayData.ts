/**
 * Builds the compact holiday tables that ship in the package.
 *
 * The rules come from `date-holidays` (a development dependency only: its
 * parser and time-zone data never reach a user's bundle). They are then
 * corrected:
 *
 * - for England and Wales, 2012–2027 is replaced outright by the official
 *   GOV.UK list in `data/bank-holidays-england-and-wales.json`;
 * - outside that window, the UK-wide proclamations that `date-holidays` gets
 *   wrong or lacks are applied to every region (2002 Golden Jubilee, 2011
 *   royal wedding, the 2012 spring holiday moved to 4 June).
 *
 * Only weekdays are kept: a holiday on a Saturday or Sunday closes nothing
 * that the weekend has not already closed, and the official list omits them
 * too (it lists the substitute weekday instead).
 *
 * Run `npm run generate:holidays` to rewrite
 * `src/calendar/data/holidays.generated.ts`; a test fails when the committed
 * file and a fresh generation differ.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { daysFromCivil, RANGE_START, weekdayOf } from '../src/internal/days';

export type GeneratedKind = 'bank-holiday' | 'substitute' | 'moved' | 'one-off';

export interface GeneratedHoliday {
  readonly date: string;
  readonly name: string;
  readonly kind: GeneratedKind;
}

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;
export const OFFICIAL_FIRST_YEAR = 2012;
export const OFFICIAL_LAST_YEAR = 2027;

export const REGIONS = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
} as const;

export type GeneratedRegion = keyof typeof REGIONS;

/** One-off bank holidays proclaimed for the whole UK. */
export const ONE_OFF_DAYS: Readonly<Record<string, string>> = {
  '2002-06-03': 'Queen’s Golden Jubilee',
  '2011-04-29': 'Royal wedding',
  '2012-06-05': 'Queen’s Diamond Jubilee',
  '2022-06-03': 'Platinum Jubilee bank holiday',
  '2022-09-19': 'Bank Holiday for the State Funeral of Queen Elizabeth II',
  '2023-05-08': 'Bank holiday for the coronation of King Charles III',
};

/** Regular holidays moved by proclamation: the new date, the date it left, and its name. */
export const MOVED_DAYS: readonly { readonly to: string; readonly from: string; readonly name: string }[] = [
  { to: '2002-06-04', from: '2002-05-27', name: 'Spring bank holiday' },
  { to: '2012-06-04', from: '2012-05-28', name: 'Spring bank holiday' },
  { to: '2020-05-08', from: '2020-05-04', name: 'Early May bank holiday (VE day)' },
  { to: '2022-06-02', from: '2022-05-30', name: 'Spring bank holiday' },
];

const NATURAL_DATE_OF: Readonly<Record<string, string>> = {
  'New Year’s Day': '01-01',
  'Christmas Day': '12-25',
  'Boxing Day': '12-26',
};

function isWeekday(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const w = weekdayOf(daysFromCivil(y, m, d));
  return w !== 0 && w !== 6;
}

function tidyName(name: string): string {
  return name.replace(/'/g, '’');
}

export function readOfficialList(): readonly { date: string; title: string }[] {
  const path = fileURLToPath(new URL('../data/bank-holidays-england-and-wales.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as { date: string; title: string }[];
}

function classifyOfficial(date: string, title: string): GeneratedHoliday {
  if (ONE_OFF_DAYS[date] !== undefined) return { date, name: title, kind: 'one-off' };
  if (MOVED_DAYS.some((m) => m.to === date)) return { date, name: title, kind: 'moved' };
  const natural = NATURAL_DATE_OF[title];
  if (natural !== undefined && date.slice(5) !== natural) {
    return { date, name: `${title} (substitute day)`, kind: 'substitute' };
  }
  return { date, name: title, kind: 'bank-holiday' };
}

/** The `date-holidays` rules for one region and year, weekdays only, before corrections. */
export function rulesFor(region: GeneratedRegion, year: number): GeneratedHoliday[] {
  const hd = new Holidays('GB', REGIONS[region]);
  const out: GeneratedHoliday[] = [];
  for (const h of hd.getHolidays(year)) {
    if (h.type !== 'public' && h.type !== 'bank') continue;
    const date = h.date.slice(0, 10);
    if (!isWeekday(date)) continue;
    out.push({ date, name: tidyName(h.name), kind: h.substitute === true ? 'substitute' : 'bank-holiday' });
  }
  return out;
}

function correctProjected(year: number, rules: GeneratedHoliday[]): GeneratedHoliday[] {
  const byDate = new Map(rules.map((h) => [h.date, h]));
  for (const moved of MOVED_DAYS) {
    if (!moved.to.startsWith(`${year}-`)) continue;
    byDate.delete(moved.from);
    byDate.set(moved.to, { date: moved.to, name: moved.name, kind: 'moved' });
  }
  for (const [date, name] of Object.entries(ONE_OFF_DAYS)) {
    if (date.startsWith(`${year}-`)) byDate.set(date, { date, name, kind: 'one-off' });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Every weekday holiday of a region, 2000–2099, corrected as described above. */
export function holidaysForRegion(region: GeneratedRegion): GeneratedHoliday[] {
  const official = region === 'england-and-wales' ? readOfficialList() : [];
  const out: GeneratedHoliday[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    if (region === 'england-and-wales' && year >= OFFICIAL_FIRST_YEAR && year <= OFFICIAL_LAST_YEAR) {
      for (const o of official) if (o.date.startsWith(`${year}-`)) out.push(classifyOfficial(o.date, o.title));
    } else {
      out.push(...correctProjected(year, rulesFor(region, year)));
    }
  }
  return out;
}

const KIND_CODE: Record<GeneratedKind, string> = { 'bank-holiday': 'b', substitute: 's', moved: 'm', 'one-off': 'o' };

function encode(holidays: readonly GeneratedHoliday[], names: string[]): string {
  let text = '';
  for (const h of holidays) {
    const [y, m, d] = h.date.split('-').map(Number) as [number, number, number];
    const offset = daysFromCivil(y, m, d) - RANGE_START;
    let nameIndex = names.indexOf(h.name);
    if (nameIndex === -1) nameIndex = names.push(h.name) - 1;
    if (nameIndex >= 36 * 36) throw new Error('too many holiday names to encode');
    text += offset.toString(36).padStart(3, '0') + nameIndex.toString(36).padStart(2, '0') + KIND_CODE[h.kind];
  }
  return text;
}

/** The text of `src/calendar/data/holidays.generated.ts`. */
export function generateHolidayModule(): string {
  const names: string[] = [];
  const encoded = Object.fromEntries(
    (Object.keys(REGIONS) as GeneratedRegion[]).map((region) => [region, encode(holidaysForRegion(region), names)]),
  ) as Record<GeneratedRegion, string>;
  const lines = [
    '// Generated by `npm run generate:holidays` (scripts/generate-holidays.ts). Do not edit by hand.',
    '// Each entry is 6 characters: day offset from 2000-01-01 (3, base 36), name index (2, base 36),',
    '// kind (b = bank holiday, s = substitute, m = moved, o = one-off). Weekdays only.',
    '',
    `/** Names of the holidays, indexed by the entries below. */`,
    `export const HOLIDAY_NAMES: readonly string[] = ${JSON.stringify(names, null, 2)};`,
    '',
    `/** England and Wales, ${FIRST_YEAR}–${LAST_YEAR}; ${OFFICIAL_FIRST_YEAR}–${OFFICIAL_LAST_YEAR} from the official GOV.UK list. */`,
    `export const ENGLAND_AND_WALES = ${JSON.stringify(encoded['england-and-wales'])};`,
    '',
    `/** Scotland, ${FIRST_YEAR}–${LAST_YEAR}, projected from rules. */`,
    `export const SCOTLAND = ${JSON.stringify(encoded.scotland)};`,
    '',
    `/** Northern Ireland, ${FIRST_YEAR}–${LAST_YEAR}, projected from rules. */`,
    `export const NORTHERN_IRELAND = ${JSON.stringify(encoded['northern-ireland'])};`,
    '',
  ];
  return lines.join('\n');
}
