import { describeValue } from '../internal/describe';
import { dayNumberOfIso, formatInRange, RANGE_END, RANGE_LENGTH, RANGE_START, weekdayOf } from '../internal/days';
import { failArgument } from '../rules';
import { HOLIDAY_NAMES } from './data/holidays.generated';
import { parsePlainDate, type PlainDate } from './plainDate';

/**
 * The parts of the United Kingdom with their own bank holidays.
 *
 * The 2006 Regulations apply in England, so their working days are always
 * `'england-and-wales'`. The other regions are for other regimes.
 *
 * @example
 * ```ts
 * import { createWorkingDayCalendar, type Region } from 'children-act-complaints';
 *
 * const region: Region = 'scotland';
 * createWorkingDayCalendar({ region }).holidaysIn(2024).length; // 9
 * ```
 */
export type Region = 'england-and-wales' | 'scotland' | 'northern-ireland';

/**
 * Why a day is closed:
 * - `'bank-holiday'`: a regular holiday (including Christmas Day and Good Friday);
 * - `'substitute'`: a weekday proclaimed in place of a holiday that fell at a weekend;
 * - `'moved'`: a regular holiday proclaimed onto another date that year;
 * - `'one-off'`: an extra holiday proclaimed for one year (a jubilee, a state funeral);
 * - `'closure'`: a day the calendar's owner added through `extraClosedDays`.
 *
 * @example
 * ```ts
 * import { englandAndWales, type HolidayKind } from 'children-act-complaints';
 *
 * const kinds: HolidayKind[] = englandAndWales.holidaysIn(2022).map((h) => h.kind);
 * // ['substitute', 'bank-holiday', 'bank-holiday', 'bank-holiday', 'moved', 'one-off', ...]
 * ```
 */
export type HolidayKind = 'bank-holiday' | 'substitute' | 'moved' | 'one-off' | 'closure';

/**
 * One closed weekday in a calendar.
 *
 * @example
 * ```ts
 * import { englandAndWales, type Holiday } from 'children-act-complaints';
 *
 * const first: Holiday | undefined = englandAndWales.holidaysIn(2024)[0];
 * // { date: '2024-01-01', name: 'New Year’s Day', kind: 'bank-holiday' }
 * ```
 */
export interface Holiday {
  /** The closed day. */
  readonly date: PlainDate;
  /** Its name, as the official list writes it where there is one. */
  readonly name: string;
  /** Why it is closed. */
  readonly kind: HolidayKind;
}

/**
 * A working-day calendar: which days count as working days, and how far its
 * official data reaches.
 *
 * Get one from {@link createWorkingDayCalendar}, or use the default,
 * {@link englandAndWales}. Calendars are immutable.
 *
 * @example
 * ```ts
 * import { englandAndWales } from 'children-act-complaints';
 *
 * englandAndWales.region;              // 'england-and-wales'
 * englandAndWales.officialDataThrough; // '2027-12-31'
 * englandAndWales.holidaysIn(2023).map((h) => h.date);
 * // ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']
 * ```
 */
export interface WorkingDayCalendar {
  /** Whose bank holidays the calendar follows. */
  readonly region: Region;
  /** When `true`, dates beyond the official data throw a {@link CoverageError} instead of being projected. */
  readonly strict: boolean;
  /** First date covered by an official published list, or `null` when the region has none bundled. */
  readonly officialDataFrom: PlainDate | null;
  /** Last date covered by an official published list, or `null` when the region has none bundled. */
  readonly officialDataThrough: PlainDate | null;
  /** First date the calendar can answer for at all: `'2000-01-01'`. */
  readonly supportedFrom: PlainDate;
  /** Last date the calendar can answer for at all: `'2099-12-31'`. */
  readonly supportedThrough: PlainDate;
  /** Days the owner closed on top of the bank holidays, as `kind: 'closure'`. */
  readonly extraClosedDays: readonly Holiday[];
  /** Days the owner declared working even though the rules would close them. */
  readonly extraWorkingDays: readonly PlainDate[];
  /**
   * The closed weekdays of a year, in date order: bank holidays, substitute,
   * moved and one-off days, and closure days. Weekends are not listed.
   *
   * @param year - a whole year from 2000 to 2099
   * @returns the closed weekdays of that year
   * @throws {@link InvalidInputError} `INVALID_ARGUMENT` for a year that is not a whole number, or when called as a function taken off the calendar
   * @throws {@link OutOfRangeError} `OUT_OF_RANGE` for a year outside 2000–2099
   * @throws {@link CoverageError} `OUTSIDE_OFFICIAL_DATA` on a strict calendar, for a year its official data does not cover
   */
  holidaysIn(year: number): readonly Holiday[];
}

/** Lookup tables built on first use. */
export interface CalendarTables {
  /** 1 where the day at that offset from 2000-01-01 is closed. */
  readonly closed: Uint8Array;
  /** `cumulative[i]` = working days in offsets `[0, i)`; length `RANGE_LENGTH + 1`. */
  readonly cumulative: Int32Array;
  /** Offsets of the working days, in order. */
  readonly workingDays: Int32Array;
}

const KIND_OF_CODE: Record<string, HolidayKind> = { b: 'bank-holiday', s: 'substitute', m: 'moved', o: 'one-off' };

interface CalendarSpec {
  readonly region: Region;
  readonly encoded: string;
  readonly strict: boolean;
  readonly officialFrom: number | null;
  readonly officialThrough: number | null;
  readonly extraClosedDays: readonly Holiday[];
  readonly extraWorkingDays: readonly PlainDate[];
}

/** The calendar's implementation. Not exported from the package: users see {@link WorkingDayCalendar}. */
export class CalendarImpl implements WorkingDayCalendar {
  readonly region: Region;
  readonly strict: boolean;
  readonly officialDataFrom: PlainDate | null;
  readonly officialDataThrough: PlainDate | null;
  readonly supportedFrom = formatInRange(RANGE_START) as PlainDate;
  readonly supportedThrough = formatInRange(RANGE_END) as PlainDate;
  readonly extraClosedDays: readonly Holiday[];
  readonly extraWorkingDays: readonly PlainDate[];
  /** @internal Day numbers of the official data, or NaN. */
  readonly officialFrom: number;
  /** @internal */
  readonly officialThrough: number;
  readonly #encoded: string;
  #tables: CalendarTables | undefined;
  #byYear: Map<number, readonly Holiday[]> | undefined;

  constructor(spec: CalendarSpec) {
    this.region = spec.region;
    this.strict = spec.strict;
    this.#encoded = spec.encoded;
    this.officialFrom = spec.officialFrom ?? Number.NaN;
    this.officialThrough = spec.officialThrough ?? Number.NaN;
    this.officialDataFrom = spec.officialFrom === null ? null : (formatInRange(spec.officialFrom) as PlainDate);
    this.officialDataThrough = spec.officialThrough === null ? null : (formatInRange(spec.officialThrough) as PlainDate);
    this.extraClosedDays = Object.freeze(spec.extraClosedDays.map((h) => Object.freeze({ ...h })));
    this.extraWorkingDays = Object.freeze([...spec.extraWorkingDays]);
  }

  /**
   * @internal Whether a value really is a calendar made by this class: a
   * brand check on a private field, which an object made with
   * `Object.create(calendar)` or a `Proxy` of one fails, though `instanceof`
   * passes and reading its private fields would throw a `TypeError`.
   */
  static isCalendar(value: unknown): value is CalendarImpl {
    return typeof value === 'object' && value !== null && #encoded in value;
  }

  /** @internal The lookup tables, built once on first use (about 0.3 ms). */
  tables(): CalendarTables {
    return (this.#tables ??= this.#build());
  }

  #build(): CalendarTables {
    const closed = new Uint8Array(RANGE_LENGTH);
    for (let offset = 0; offset < RANGE_LENGTH; offset += 1) {
      const w = weekdayOf(RANGE_START + offset);
      if (w === 0 || w === 6) closed[offset] = 1;
    }
    const text = this.#encoded;
    for (let i = 0; i < text.length; i += 6) closed[Number.parseInt(text.slice(i, i + 3), 36)] = 1;
    for (const h of this.extraClosedDays) closed[dayNumberOfIso(h.date) - RANGE_START] = 1;
    for (const d of this.extraWorkingDays) closed[dayNumberOfIso(d) - RANGE_START] = 0;
    const cumulative = new Int32Array(RANGE_LENGTH + 1);
    let count = 0;
    for (let offset = 0; offset < RANGE_LENGTH; offset += 1) {
      cumulative[offset] = count;
      if (closed[offset] === 0) count += 1;
    }
    cumulative[RANGE_LENGTH] = count;
    const workingDays = new Int32Array(count);
    let k = 0;
    for (let offset = 0; offset < RANGE_LENGTH; offset += 1) if (closed[offset] === 0) workingDays[k++] = offset;
    return { closed, cumulative, workingDays };
  }

  holidaysIn(year: number): readonly Holiday[] {
    if (!CalendarImpl.isCalendar(this)) {
      throw failArgument('detached-method', { method: 'holidaysIn' }, { field: 'this', value: this });
    }
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      throw failArgument('wrong-type', { expected: 'a whole year', example: 'a four-digit year such as 2024' }, { field: 'year', value: year });
    }
    if (year < 2000 || year > 2099) {
      throw failArgument('out-of-range', { what: 'year' }, { field: 'year', value: year });
    }
    if (this.strict) {
      this.assertCovered(dayNumberOfIso(`${year}-01-01`), 'year', year);
      this.assertCovered(dayNumberOfIso(`${year}-12-31`), 'year', year);
    }
    const byYear = (this.#byYear ??= this.#groupByYear());
    return byYear.get(year) ?? Object.freeze([]);
  }

  #groupByYear(): Map<number, readonly Holiday[]> {
    const working = new Set<string>(this.extraWorkingDays);
    const all: Holiday[] = [];
    const text = this.#encoded;
    for (let i = 0; i < text.length; i += 6) {
      const date = formatInRange(RANGE_START + Number.parseInt(text.slice(i, i + 3), 36)) as PlainDate;
      if (working.has(date)) continue;
      const name = HOLIDAY_NAMES[Number.parseInt(text.slice(i + 3, i + 5), 36)] ?? 'Bank holiday';
      all.push(Object.freeze({ date, name, kind: KIND_OF_CODE[text.charAt(i + 5)] ?? 'bank-holiday' }));
    }
    const listed = new Set(all.map((h) => h.date));
    for (const h of this.extraClosedDays) {
      if (working.has(h.date) || listed.has(h.date)) continue;
      const w = weekdayOf(dayNumberOfIso(h.date));
      if (w !== 0 && w !== 6) all.push(h);
    }
    all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const map = new Map<number, Holiday[]>();
    for (const h of all) {
      const y = Number(h.date.slice(0, 4));
      let list = map.get(y);
      if (list === undefined) map.set(y, (list = []));
      list.push(h);
    }
    for (const list of map.values()) Object.freeze(list);
    return map;
  }

  /** @internal Throws when a strict calendar is asked about a day beyond its official data. */
  assertCovered(dayNumber: number, field: string, value: unknown, subject = describeValue(value)): void {
    if (!(dayNumber >= this.officialFrom && dayNumber <= this.officialThrough)) {
      throw failArgument(
        'outside-official-data',
        { subject, region: this.region, officialFrom: this.officialDataFrom, officialThrough: this.officialDataThrough },
        { field, value },
      );
    }
  }
}

/**
 * Reads a date argument and returns its day number, checking the supported
 * range and, for a strict calendar, the official data.
 *
 * @internal
 */
export function dayNumberIn(calendar: Readonly<CalendarImpl>, value: unknown, field: string): number {
  const day = typeof value === 'string' ? dayNumberOfIso(value) : Number.NaN;
  if (!(day >= RANGE_START && day <= RANGE_END)) {
    // parsePlainDate throws its own INVALID_DATE, with a fix suited to the text given.
    if (Number.isNaN(day)) parsePlainDate(value, field);
    throw failArgument('out-of-range', { what: 'date' }, { field, value });
  }
  if (calendar.strict) calendar.assertCovered(day, field, value);
  return day;
}

/**
 * Formats a result day number, checking range and strict coverage.
 *
 * @internal
 */
export function resultDate(calendar: Readonly<CalendarImpl>, day: number, field: string, value: unknown): PlainDate {
  if (calendar.strict) {
    const reached = formatInRange(day);
    calendar.assertCovered(day, field, value, value === undefined ? `The answer ${reached}` : `The answer ${reached}, reached from ${describeValue(value)},`);
  }
  return formatInRange(day) as PlainDate;
}

/** @internal The common `{ calendar }` option of the arithmetic functions. */
export interface CalendarOption {
  /** The calendar to count in; defaults to {@link englandAndWales}. */
  readonly calendar?: WorkingDayCalendar | undefined;
}

/**
 * Reads the `{ calendar }` option, falling back to the given default.
 *
 * @internal
 */
export function calendarOf(options: CalendarOption | undefined, fallback: Readonly<CalendarImpl>): Readonly<CalendarImpl> {
  if (options === undefined) return fallback;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw failArgument('wrong-type', { expected: 'an options object', example: '{ calendar } or leave the options out' }, { field: 'options', value: options });
  }
  const calendar = options.calendar;
  if (calendar === undefined) return fallback;
  if (CalendarImpl.isCalendar(calendar)) return calendar;
  throw failArgument('wrong-type', { expected: 'a working-day calendar', example: 'englandAndWales or a calendar made by createWorkingDayCalendar()' }, { field: 'options.calendar', value: calendar });
}
