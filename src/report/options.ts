/**
 * The options of {@link buildAnnualReport}, and how they are read.
 *
 * @module
 */
import { calendarOf, type WorkingDayCalendar } from '../calendar/calendar';
import { englandAndWalesImpl } from '../calendar/englandAndWales';
import { parsePlainDate, type DateInput, type PlainDate } from '../calendar/plainDate';
import { ChildrenActComplaintsError, InvalidInputError } from '../errors';
import { describeValue } from '../internal/describe';
import { civilFromDays, daysFromCivil, daysInMonth, dayNumberOfIso, formatDayNumber } from '../internal/days';
import type { AssessmentConventions } from '../procedure/definition';
import { readSettings, type AssessmentSettings } from '../procedure/internal/options';
import type { ComplaintRecord } from '../records/record';
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
   * {@link COMMON_SERVICE_AREAS} in its order, then the others by id.
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
  readonly engine: AssessmentSettings;
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

function invalid(field: string, value: unknown, problem: string, fix: string): InvalidInputError {
  return new InvalidInputError('INVALID_ARGUMENT', problem, { field, value, fix });
}

/** @internal An error for options that contradict each other. */
export function inconsistent(field: string, value: unknown, problem: string, fix: string): ChildrenActComplaintsError {
  return new ChildrenActComplaintsError('INVALID_REPORT_OPTIONS', problem, { field, value, fix });
}

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
    throw invalid('options.year', value, `Expected a financial year such as '2024/25' but got ${describeValue(value)}.`, "Write the year as 'YYYY/YY', e.g. '2024/25' for 1 April 2024 to 31 March 2025, or give an explicit period.");
  }
  return [daysFromCivil(first, 4, 1), daysFromCivil(first + 1, 3, 31)];
}

function readPeriod(given: Record<string, unknown>): [number, number] {
  const { year, period } = given;
  if (year !== undefined && period !== undefined) {
    throw inconsistent('options.period', period, 'Both year and period are given.', 'Give the financial year or an explicit period, not both.');
  }
  if (year !== undefined) return readYear(year);
  if (typeof period !== 'object' || period === null) {
    throw inconsistent('options.year', undefined, 'The report needs a year or a period.', "Pass { year: '2024/25' } or { period: { from: '2024-04-01', to: '2025-03-31' } }.");
  }
  const { from, to } = period as Record<string, unknown>;
  const fromDay = dayNumberOfIso(parsePlainDate(from, 'options.period.from'));
  const toDay = dayNumberOfIso(parsePlainDate(to, 'options.period.to'));
  if (toDay < fromDay) {
    throw inconsistent('options.period.to', to, `The period ends (${String(to)}) before it starts (${String(from)}).`, 'Give the first and last days of the period, in that order.');
  }
  return [fromDay, toDay];
}

function isServiceAreas(value: unknown): value is ServiceAreas {
  return typeof value === 'object' && value !== null && Array.isArray((value as ServiceAreas).ids) && typeof (value as ServiceAreas).labelOf === 'function';
}

/**
 * Reads and checks the options.
 *
 * @internal
 */
export function readReportOptions(options: unknown): ReportContext {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('options', options, `Expected an options object but got ${describeValue(options)}.`, "Pass e.g. { year: '2024/25', asOf: '2025-05-31' }.");
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!KNOWN.has(key)) throw invalid(`options.${key}`, key, `Unknown option ${describeValue(key)}.`, `The options are ${[...KNOWN].join(', ')}.`);
  }
  const [fromDay, toDay] = readPeriod(given);
  if (given['asOf'] === undefined) {
    throw new InvalidInputError('INVALID_DATE', 'options.asOf is missing.', {
      field: 'options.asOf',
      value: undefined,
      fix: "Pass the day the records describe, e.g. { asOf: '2025-05-31' }; the library never reads the clock.",
    });
  }
  const asOf = parsePlainDate(given['asOf'], 'options.asOf');
  const asOfDay = dayNumberOfIso(asOf);
  if (asOfDay < fromDay) {
    throw inconsistent('options.asOf', asOf, `asOf (${asOf}) is before the period starts (${formatDayNumber(fromDay)}).`, 'Report on a period that has begun by asOf.');
  }
  const rounding = given['rounding'] ?? 'half-up';
  if (!(ROUNDING_MODES as readonly unknown[]).includes(rounding)) {
    throw invalid('options.rounding', rounding, `Unknown rounding ${describeValue(rounding)}.`, "Use 'half-up' (the default) or 'truncate'.");
  }
  const decimals = given['percentDecimals'] ?? 0;
  if (decimals !== 0 && decimals !== 1 && decimals !== 2) {
    throw invalid('options.percentDecimals', decimals, `Expected 0, 1 or 2 decimal places but got ${describeValue(decimals)}.`, 'Leave it out for whole percentages.');
  }
  const upheld = given['upheldIncludesPartly'] ?? false;
  if (typeof upheld !== 'boolean') {
    throw invalid('options.upheldIncludesPartly', upheld, `Expected true or false but got ${describeValue(upheld)}.`, 'Leave it out to count only complaints upheld in full.');
  }
  const served = given['childrenServed'];
  if (served !== undefined && (typeof served !== 'number' || !Number.isInteger(served) || served <= 0)) {
    throw invalid('options.childrenServed', served, `Expected a whole number of children above 0 but got ${describeValue(served)}.`, 'Give the number of children and young people the service worked with in the year.');
  }
  const areas = given['serviceAreas'];
  if (areas !== undefined && !isServiceAreas(areas)) {
    throw invalid('options.serviceAreas', areas, 'Expected the service areas returned by defineServiceAreas().', 'Pass defineServiceAreas([...]) or commonServiceAreas, or leave it out.');
  }
  const title = given['title'];
  if (title !== undefined && (typeof title !== 'string' || title.trim() === '')) {
    throw invalid('options.title', title, `Expected a title but got ${describeValue(title)}.`, 'Give a non-empty title, or leave it out.');
  }
  const calendarOption = given['calendar'] as WorkingDayCalendar | undefined;
  calendarOf({ calendar: calendarOption }, englandAndWalesImpl);
  const conventionsOption = given['conventions'] as AssessmentConventions | undefined;
  const engine = readSettings({ asOf, calendar: calendarOption, conventions: conventionsOption });
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
