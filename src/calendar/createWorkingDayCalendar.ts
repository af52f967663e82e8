import { failArgument } from '../rules';
import { dayNumberOfIso, RANGE_END, RANGE_START } from '../internal/days';
import { CalendarImpl, dayNumberIn, type Holiday, type Region, type WorkingDayCalendar } from './calendar';
import { ENGLAND_AND_WALES, NORTHERN_IRELAND, SCOTLAND } from './data/holidays.generated';
import { OFFICIAL_ENGLAND_AND_WALES_FROM, OFFICIAL_ENGLAND_AND_WALES_THROUGH } from './englandAndWales';
import type { DateInput, PlainDate } from './plainDate';

/**
 * A day to close on top of the bank holidays: a date, or a date with a name.
 *
 * @example
 * ```ts
 * import type { ClosedDayInput } from 'children-act-complaints';
 *
 * const days: ClosedDayInput[] = ['2024-12-27', { date: '2024-12-30', name: 'Council shutdown' }];
 * ```
 */
export type ClosedDayInput =
  | DateInput
  | {
      /** The closed day, `YYYY-MM-DD`. */
      readonly date: DateInput;
      /** A name for `holidaysIn` to show; default `'Closure day'`. */
      readonly name?: string | undefined;
    };

/**
 * Options for {@link createWorkingDayCalendar}.
 *
 * @example
 * ```ts
 * import type { WorkingDayCalendarOptions } from 'children-act-complaints';
 *
 * const options: WorkingDayCalendarOptions = { region: 'england-and-wales', strict: true };
 * ```
 */
export interface WorkingDayCalendarOptions {
  /** Whose bank holidays to follow. Default `'england-and-wales'`, the only region the 2006 Regulations use. */
  readonly region?: Region | undefined;
  /**
   * Extra closed days: a council's own closure days, or a newly proclaimed
   * holiday the bundled data does not know yet. Note that the 2006
   * Regulations do not exclude a council's closure days from working days;
   * the procedure engine warns when a calendar has any.
   */
  readonly extraClosedDays?: readonly ClosedDayInput[] | undefined;
  /** Days to treat as working days even though the rules close them (for example a cancelled holiday). */
  readonly extraWorkingDays?: readonly DateInput[] | undefined;
  /** When `true`, refuse dates beyond the official data with a `CoverageError` instead of projecting them. Default `false`. */
  readonly strict?: boolean | undefined;
}

const REGION_DATA: Record<Region, { encoded: string; from: number | null; through: number | null }> = {
  'england-and-wales': {
    encoded: ENGLAND_AND_WALES,
    from: OFFICIAL_ENGLAND_AND_WALES_FROM,
    through: OFFICIAL_ENGLAND_AND_WALES_THROUGH,
  },
  scotland: { encoded: SCOTLAND, from: null, through: null },
  'northern-ireland': { encoded: NORTHERN_IRELAND, from: null, through: null },
};

const REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

function listOf(value: unknown, field: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw failArgument('wrong-type', { expected: 'an array', example: 'an array of YYYY-MM-DD dates' }, { field, value });
  if (value.length > RANGE_END - RANGE_START + 1) throw failArgument('too-many-days', {}, { field, value });
  return value;
}

/**
 * Builds a working-day calendar: a region's bank holidays, plus the
 * council's own closure days, minus any days declared working.
 *
 * @param options - region, extra closed and working days, and strictness; all optional
 * @returns an immutable calendar to pass as `{ calendar }` to the arithmetic functions
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` for an unknown region, a non-array list, a non-boolean `strict`, or a day that is both closed and working; `INVALID_DATE` for a malformed day
 * @throws {@link OutOfRangeError} `OUT_OF_RANGE` for a day outside 2000-01-01 to 2099-12-31
 *
 * @example
 * ```ts
 * import { addWorkingDays, createWorkingDayCalendar } from 'children-act-complaints';
 *
 * const camden = createWorkingDayCalendar({
 *   extraClosedDays: [{ date: '2024-12-27', name: 'Council closure' }],
 * });
 * addWorkingDays('2024-12-20', 3);                       // '2024-12-27'
 * addWorkingDays('2024-12-20', 3, { calendar: camden }); // '2024-12-30'
 *
 * const strict = createWorkingDayCalendar({ strict: true });
 * strict.officialDataThrough; // '2027-12-31'
 * ```
 */
export function createWorkingDayCalendar(options: WorkingDayCalendarOptions = {}): WorkingDayCalendar {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw failArgument('wrong-type', { expected: 'an options object', example: "an object such as { region: 'england-and-wales' }" }, { field: 'options', value: options });
  }
  const region = options.region ?? 'england-and-wales';
  if (!REGIONS.includes(region)) {
    throw failArgument('not-a-choice', { what: 'region', choices: REGIONS }, { field: 'region', value: region });
  }
  const strict = options.strict ?? false;
  if (typeof strict !== 'boolean') {
    throw failArgument('wrong-type', { expected: 'true or false', example: 'a boolean' }, { field: 'strict', value: strict });
  }
  const data = REGION_DATA[region];
  // Validation uses a lenient calendar: extra days may lie beyond official data even when strict.
  const lenient = new CalendarImpl({ region, encoded: '', strict: false, officialFrom: null, officialThrough: null, extraClosedDays: [], extraWorkingDays: [] });

  const closed = new Map<string, Holiday>();
  listOf(options.extraClosedDays, 'extraClosedDays').forEach((entry, i) => {
    const isObject = typeof entry === 'object' && entry !== null;
    const rawDate: unknown = isObject ? (entry as { date?: unknown }).date : entry;
    const rawName: unknown = isObject ? (entry as { name?: unknown }).name : undefined;
    const field = `extraClosedDays[${i}]${isObject ? '.date' : ''}`;
    dayNumberIn(lenient, rawDate, field);
    if (rawName !== undefined && typeof rawName !== 'string') {
      throw failArgument('wrong-type', { expected: 'text', example: 'the name as text, or leave it out' }, { field: `extraClosedDays[${i}].name`, value: rawName });
    }
    const date = rawDate as PlainDate;
    closed.set(date, { date, name: rawName === undefined || rawName === '' ? 'Closure day' : rawName, kind: 'closure' });
  });
  const working = new Set<PlainDate>();
  listOf(options.extraWorkingDays, 'extraWorkingDays').forEach((entry, i) => {
    dayNumberIn(lenient, entry, `extraWorkingDays[${i}]`);
    const date = entry as PlainDate;
    if (closed.has(date)) {
      throw failArgument('closed-and-working', { date }, { field: `extraWorkingDays[${i}]`, value: date });
    }
    working.add(date);
  });

  const byDate = (a: { date: string } | string, b: { date: string } | string): number => {
    const x = typeof a === 'string' ? a : a.date;
    const y = typeof b === 'string' ? b : b.date;
    return dayNumberOfIso(x) - dayNumberOfIso(y);
  };
  return Object.freeze(
    new CalendarImpl({
      region,
      encoded: data.encoded,
      strict,
      officialFrom: data.from,
      officialThrough: data.through,
      extraClosedDays: [...closed.values()].sort(byDate),
      extraWorkingDays: [...working].sort(byDate),
    }),
  );
}
