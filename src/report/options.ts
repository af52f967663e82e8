/**
 * The options of {@link buildAnnualReport}, and how they are read.
 *
 * @module
 */
import { calendarOf, type WorkingDayCalendar } from '../calendar/calendar';
import { englandAndWalesImpl } from '../calendar/englandAndWales';
import { parsePlainDate, type DateInput, type PlainDate } from '../calendar/plainDate';
import { fail } from '../rules';
import { civilFromDays, daysFromCivil, daysInMonth, dayNumberOfIso, formatDayNumber } from '../internal/days';
import type { AssessmentConventions } from '../procedure/definition';
import { readEngineOptions, type EngineSettings } from '../procedure/engine/options';
import type { ComplaintRecord } from '../records/fields';
import type { ServiceAreas } from '../taxonomy/serviceAreas';
import { ROUNDING_MODES, type Rounding } from './share';
import type { AnnualReport, ReportPeriod } from './types';

/**
 * Options of {@link buildAnnualReport}.
 *
 * @example
 * ```ts
 * import { defineServiceAreas, type AnnualReportOptions } from 'children-act-complaints';
 *
 * const options: AnnualReportOptions = {
 *   year: '2024/25',
 *   asOf: '2025-05-31',
 *   rounding: 'half-up',
 *   serviceAreas: defineServiceAreas([
 *     { id: 'cin', label: 'Children in Need' },
 *     { id: 'lac', label: 'Looked After Children and Care Leavers' },
 *   ]),
 *   childrenServed: 1919,
 * };
 * ```
 */
export interface AnnualReportOptions {
  /** The financial year, 1 April to 31 March: `'2024/25'` (also `'2024/2025'` or `'2024-25'`). Give this or `period`. */
  readonly year?: string | undefined;
  /** An explicit period, both days inclusive. Give this or `year`. */
  readonly period?:
    | {
        /** The first day of the period. */
        readonly from: DateInput;
        /** The last day of the period. */
        readonly to: DateInput;
      }
    | undefined;
  /**
   * The day the records describe (usually the day they were extracted).
   * Whatever is dated later had not happened: a case answered after `asOf`
   * is open in the report. The library never reads the clock.
   */
  readonly asOf: DateInput;
  /**
   * Last year: its records (assessed on the same `asOf`), or its report
   * (as it was published, including the earlier years' summary rows it
   * carried). It feeds the brackets and the summary rows.
   */
  readonly previous?: AnnualReport | readonly ComplaintRecord[] | undefined;
  /** How percentages and averages are rounded: `'half-up'` (the default) or `'truncate'`. */
  readonly rounding?: Rounding | undefined;
  /** Decimal places of percentages, 0 (the default) to 2. */
  readonly percentDecimals?: number | undefined;
  /**
   * The council's service areas, in the order of the rows (see
   * {@link defineServiceAreas}). A record whose area is not declared is
   * rejected. Without it, the rows are the areas the records use: those of
   * `commonServiceAreas.areas` in its order, then the others by id.
   */
  readonly serviceAreas?: ServiceAreas | undefined;
  /** The working-day calendar; defaults to {@link englandAndWales}. */
  readonly calendar?: WorkingDayCalendar | undefined;
  /** The deadline engine's conventions for the unverified rules (see {@link AssessComplaintOptions}). */
  readonly conventions?: AssessmentConventions | undefined;
  /** Whether "upheld" in the summary counts partly upheld complaints too; a council's choice, `false` by default. */
  readonly upheldIncludesPartly?: boolean | undefined;
  /** Children and young people served in the year, for the complaints-per-children-served share. */
  readonly childrenServed?: number | undefined;
  /** The report's title; defaults to "Children's statutory complaints annual report <year>". */
  readonly title?: string | undefined;
}

/** The options, checked, with the engine's settings. @internal */
export interface ReportContext {
  readonly period: ReportPeriod;
  readonly fromDay: number;
  readonly toDay: number;
  readonly asOf: PlainDate;
  readonly asOfDay: number;
  readonly rounding: Rounding;
  readonly percentDecimals: number;
  readonly upheldIncludesPartly: boolean;
  readonly childrenServed: number | null;
  readonly serviceAreas: ServiceAreas | null;
  readonly engine: EngineSettings;
  readonly calendarOption: WorkingDayCalendar | undefined;
  readonly conventionsOption: AssessmentConventions | undefined;
  readonly title: string;
}

const KNOWN = new Set([
  'year',
  'period',
  'asOf',
  'previous',
  'rounding',
  'percentDecimals',
  'serviceAreas',
  'calendar',
  'conventions',
  'upheldIncludesPartly',
  'childrenServed',
  'title',
]);

/** The label of a financial year starting in `year`: `'2024/25'`. @internal */
export function financialYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** A period's label: the financial year's, or the dates. @internal */
export function periodLabel(fromDay: number, toDay: number): string {
  const [y, m, d] = civilFromDays(fromDay);
  if (m === 4 && d === 1 && toDay === daysFromCivil(y + 1, 3, 31)) return financialYearLabel(y);
  return `${formatDayNumber(fromDay)} to ${formatDayNumber(toDay)}`;
}

/** The same day a year earlier (29 February becomes 28 February). @internal */
export function yearEarlier(day: number): number {
  const [y, m, d] = civilFromDays(day);
  return daysFromCivil(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
}

/** A period from day numbers. @internal */
export function periodOf(fromDay: number, toDay: number): ReportPeriod {
  return { from: formatDayNumber(fromDay) as PlainDate, to: formatDayNumber(toDay) as PlainDate, label: periodLabel(fromDay, toDay) };
}

function readYear(value: unknown): [number, number] {
  const match = typeof value === 'string' ? /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(value.trim()) : null;
  const first = match === null ? Number.NaN : Number(match[1]);
  const second = match === null ? Number.NaN : Number(match[2]);
  const valid = match !== null && ((match[2] as string).length === 2 ? second === (first + 1) % 100 : second === first + 1);
  if (!valid || first < 2000 || first > 2098) {
    throw fail('invalid-year', {}, { field: 'options.year', value });
  }
  return [daysFromCivil(first, 4, 1), daysFromCivil(first + 1, 3, 31)];
}

function readPeriod(given: Record<string, unknown>): [number, number] {
  const { year, period } = given;
  if (year !== undefined && period !== undefined) {
    throw fail('period-not-given', { problem: 'both' }, { field: 'options.period', value: period });
  }
  if (year !== undefined) return readYear(year);
  if (typeof period !== 'object' || period === null) {
    throw fail('period-not-given', { problem: 'neither' }, { field: 'options.year', value: undefined });
  }
  const { from, to } = period as Record<string, unknown>;
  const fromDay = dayNumberOfIso(parsePlainDate(from, 'options.period.from'));
  const toDay = dayNumberOfIso(parsePlainDate(to, 'options.period.to'));
  if (toDay < fromDay) {
    throw fail('period-reversed', { from: String(from), to: String(to) }, { field: 'options.period.to', value: to });
  }
  return [fromDay, toDay];
}

function isServiceAreas(value: unknown): value is ServiceAreas {
  return typeof value === 'object' && value !== null && Array.isArray((value as ServiceAreas).values) && Array.isArray((value as ServiceAreas).areas) && typeof (value as ServiceAreas).safeParse === 'function';
}

/**
 * Reads and checks the options.
 *
 * @internal
 */
export function readReportOptions(options: unknown): ReportContext {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw fail('wrong-type', { expected: 'an options object', example: "e.g. { year: '2024/25', asOf: '2025-05-31' }" }, { field: 'options', value: options });
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!KNOWN.has(key)) throw fail('unknown-option', { option: key, known: [...KNOWN] }, { field: `options.${key}`, value: key });
  }
  const [fromDay, toDay] = readPeriod(given);
  if (given['asOf'] === undefined) {
    throw fail('missing-as-of', { example: "{ asOf: '2025-05-31' }, the day the records describe" }, { field: 'options.asOf' });
  }
  const asOf = parsePlainDate(given['asOf'], 'options.asOf');
  const asOfDay = dayNumberOfIso(asOf);
  if (asOfDay < fromDay) {
    throw fail('as-of-before-period', { asOf, from: formatDayNumber(fromDay) }, { field: 'options.asOf', value: asOf });
  }
  const rounding = given['rounding'] ?? 'half-up';
  if (!(ROUNDING_MODES as readonly unknown[]).includes(rounding)) {
    throw fail('not-a-choice', { what: 'rounding', choices: ROUNDING_MODES }, { field: 'options.rounding', value: rounding });
  }
  const decimals = given['percentDecimals'] ?? 0;
  if (decimals !== 0 && decimals !== 1 && decimals !== 2) {
    throw fail('not-a-choice', { what: 'percentDecimals', choices: ['0', '1', '2'] }, { field: 'options.percentDecimals', value: decimals });
  }
  const upheld = given['upheldIncludesPartly'] ?? false;
  if (typeof upheld !== 'boolean') {
    throw fail('wrong-type', { expected: 'true or false', example: 'a boolean, or leave it out to count only complaints upheld in full' }, { field: 'options.upheldIncludesPartly', value: upheld });
  }
  const served = given['childrenServed'];
  if (served !== undefined && (typeof served !== 'number' || !Number.isInteger(served) || served <= 0)) {
    throw fail('wrong-type', { expected: 'a whole number of children above 0', example: 'the number of children and young people the service worked with in the year' }, { field: 'options.childrenServed', value: served });
  }
  const areas = given['serviceAreas'];
  if (areas !== undefined && !isServiceAreas(areas)) {
    throw fail('wrong-type', { expected: 'the service areas returned by defineServiceAreas()', example: 'defineServiceAreas([...]) or commonServiceAreas, or leave it out' }, { field: 'options.serviceAreas', value: areas });
  }
  const title = given['title'];
  if (title !== undefined && (typeof title !== 'string' || title.trim() === '')) {
    throw fail('wrong-type', { expected: 'a non-empty title', example: 'a title, or leave it out' }, { field: 'options.title', value: title });
  }
  const calendarOption = given['calendar'] as WorkingDayCalendar | undefined;
  calendarOf({ calendar: calendarOption }, englandAndWalesImpl);
  const conventionsOption = given['conventions'] as AssessmentConventions | undefined;
  const engine = readEngineOptions({ asOf, calendar: calendarOption, conventions: conventionsOption });
  const period = periodOf(fromDay, toDay);
  return {
    period,
    fromDay,
    toDay,
    asOf,
    asOfDay,
    rounding: rounding as Rounding,
    percentDecimals: decimals,
    upheldIncludesPartly: upheld,
    childrenServed: (served as number | undefined) ?? null,
    serviceAreas: (areas as ServiceAreas | undefined) ?? null,
    engine,
    calendarOption,
    conventionsOption,
    title: (title as string | undefined) ?? `Children’s statutory complaints annual report ${period.label}`,
  };
}
