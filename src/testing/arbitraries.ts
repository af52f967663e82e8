/**
 * fast-check arbitraries for property tests of code that uses the library:
 * calendar dates, working days, complaint records and complaint timelines.
 * Every record is one {@link "children-act-complaints"!parseComplaintRecords | parseComplaintRecords} accepts unchanged, and
 * every timeline one {@link "children-act-complaints"!assessComplaint | assessComplaint} accepts.
 *
 * @module
 */
import * as fc from 'fast-check';
import { addWorkingDays } from '../calendar/addWorkingDays';
import type { WorkingDayCalendar } from '../calendar/calendar';
import { differenceInWorkingDays } from '../calendar/differenceInWorkingDays';
import { parsePlainDate, type DateInput, type PlainDate } from '../calendar/plainDate';
import { workingDayOnOrAfter } from '../calendar/workingDayOnOrAfter';
import { fail } from '../rules';
import { dayNumberOfIso, formatDayNumber, RANGE_END, RANGE_START } from '../internal/days';
import { latestDateIn } from '../internal/latestDate';
import type { ComplaintTimeline } from '../procedure/timeline';
import type { ComplaintRecord } from '../records/fields';
import { recordToTimeline } from '../records/timeline';
import { ageBands, disabilityStatuses, ethnicGroups, genders, sexualOrientations } from '../taxonomy/characteristics';
import { channels } from '../taxonomy/channels';
import { complaintTypes } from '../taxonomy/complaintTypes';
import { ombudsmanDecisions } from '../taxonomy/ombudsman';
import { stageOutcomes } from '../taxonomy/outcomes';
import { commonServiceAreas } from '../taxonomy/serviceAreas';
import { complainantSources } from '../taxonomy/sources';

/**
 * A range of dates, both ends included.
 *
 * @example
 * ```ts
 * import type { DateRangeOptions } from 'children-act-complaints/testing';
 *
 * const year: DateRangeOptions = { min: '2024-04-01', max: '2025-03-31' };
 * ```
 */
export interface DateRangeOptions {
  /** The first date; `'2000-01-01'`, the start of the supported range, by default. */
  readonly min?: DateInput | undefined;
  /** The last date; `'2099-12-31'`, the end of the supported range, by default. */
  readonly max?: DateInput | undefined;
}

/**
 * Options of {@link workingDayArbitrary}.
 *
 * @example
 * ```ts
 * import { createWorkingDayCalendar } from 'children-act-complaints';
 * import type { WorkingDayArbitraryOptions } from 'children-act-complaints/testing';
 *
 * const options: WorkingDayArbitraryOptions = {
 *   min: '2024-12-01',
 *   max: '2025-01-31',
 *   calendar: createWorkingDayCalendar({ extraClosedDays: ['2024-12-27'] }),
 * };
 * ```
 */
export interface WorkingDayArbitraryOptions extends DateRangeOptions {
  /** The calendar whose working days to draw; {@link "children-act-complaints"!englandAndWales | englandAndWales} by default. */
  readonly calendar?: WorkingDayCalendar | undefined;
}

/**
 * Options of {@link complaintRecordArbitrary} and the arbitraries built on it.
 *
 * @example
 * ```ts
 * import type { ComplaintArbitraryOptions } from 'children-act-complaints/testing';
 *
 * const options: ComplaintArbitraryOptions = {
 *   receivedFrom: '2024-04-01',
 *   receivedTo: '2025-03-31',
 *   serviceAreas: ['children-in-need', 'looked-after-children'],
 *   deferrals: false,
 * };
 * ```
 */
export interface ComplaintArbitraryOptions {
  /** The first day a complaint may be received; `'2015-01-01'` by default. */
  readonly receivedFrom?: DateInput | undefined;
  /** The last day a complaint may be received; `'2027-12-31'` (the end of the official holiday data) by default, `'2096-12-31'` at the latest. */
  readonly receivedTo?: DateInput | undefined;
  /** The service area ids to draw from; the ids of {@link "children-act-complaints"!commonServiceAreas | commonServiceAreas} by default. */
  readonly serviceAreas?: readonly string[] | undefined;
  /** Whether complaints may be deferred (reg 8); `true` by default. */
  readonly deferrals?: boolean | undefined;
}

/**
 * Options of {@link complaintRecordsArbitrary}.
 *
 * @example
 * ```ts
 * import type { ComplaintRecordsArbitraryOptions } from 'children-act-complaints/testing';
 *
 * const options: ComplaintRecordsArbitraryOptions = { receivedFrom: '2024-04-01', receivedTo: '2025-03-31', maxLength: 50 };
 * ```
 */
export interface ComplaintRecordsArbitraryOptions extends ComplaintArbitraryOptions {
  /** The fewest records; 0 by default. */
  readonly minLength?: number | undefined;
  /** The most records; 40 by default. */
  readonly maxLength?: number | undefined;
}

/**
 * A complaint timeline with a day to assess it on, as
 * {@link assessableComplaintArbitrary} draws them.
 *
 * @example
 * ```ts
 * import { assessComplaint } from 'children-act-complaints';
 * import type { AssessableComplaint } from 'children-act-complaints/testing';
 *
 * const drawn: AssessableComplaint = { timeline: { receivedOn: '2024-03-25', events: [] }, asOf: '2024-04-30' };
 * assessComplaint(drawn.timeline, { asOf: drawn.asOf }).status; // 'overdue'
 * ```
 */
export interface AssessableComplaint {
  /** The timeline. */
  readonly timeline: ComplaintTimeline;
  /** A day on or after every date in it: on the latest, or up to 60 days later. */
  readonly asOf: PlainDate;
}

/** The latest day a complaint may be received: its events may run almost three years on. */
const LAST_RECEIPT = '2096-12-31';


function optionsObject(options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw fail('wrong-type', { expected: 'an options object', example: 'an object, or nothing' }, { field: 'options', value: options });
  }
  return options as Record<string, unknown>;
}

/** Reads `min` and `max` (or their record twins) as day numbers, checking their order. */
function dayRange(given: Record<string, unknown>, [minKey, maxKey]: readonly [string, string], [minDefault, maxDefault]: readonly [string, string]): [number, number] {
  const min = dayNumberOfIso(parsePlainDate(given[minKey] ?? minDefault, minKey));
  const max = dayNumberOfIso(parsePlainDate(given[maxKey] ?? maxDefault, maxKey));
  for (const [key, day] of [[minKey, min], [maxKey, max]] as const) {
    if (day < RANGE_START || day > RANGE_END) {
      throw fail('out-of-range', { what: 'date' }, { field: key, value: formatDayNumber(day) });
    }
  }
  if (min > max) {
    throw fail('bounds-reversed', { lowField: minKey, low: formatDayNumber(min), highField: maxKey, high: formatDayNumber(max), kind: 'date' }, { field: maxKey, value: given[maxKey] });
  }
  return [min, max];
}

function dateOf(day: number): PlainDate {
  return formatDayNumber(day) as PlainDate;
}

/**
 * Draws calendar dates, `'YYYY-MM-DD'`, evenly from a range (by default the
 * whole supported range, 2000–2099). Shrinks towards `min`.
 *
 * @param options - `min` and `max`, both included
 * @returns an arbitrary of {@link "children-act-complaints"!PlainDate | PlainDate}s
 * @throws {@link "children-act-complaints"!InvalidInputError | InvalidInputError} `INVALID_DATE` when `min` or `max` is not a real `YYYY-MM-DD` date; `INVALID_ARGUMENT` when `max` is before `min` or the options are not an object
 * @throws {@link "children-act-complaints"!OutOfRangeError | OutOfRangeError} `OUT_OF_RANGE` when `min` or `max` is outside 2000-01-01 to 2099-12-31
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { plainDateArbitrary } from 'children-act-complaints/testing';
 *
 * fc.sample(plainDateArbitrary({ min: '2024-02-28', max: '2024-03-01' }), { numRuns: 5, seed: 7 }).every((d) => d >= '2024-02-28' && d <= '2024-03-01'); // true
 * fc.assert(fc.property(plainDateArbitrary(), (date) => /^\d{4}-\d{2}-\d{2}$/.test(date))); // passes
 * ```
 */
export function plainDateArbitrary(options?: DateRangeOptions): fc.Arbitrary<PlainDate> {
  const [min, max] = dayRange(optionsObject(options), ['min', 'max'], [dateOf(RANGE_START), dateOf(RANGE_END)]);
  return fc.integer({ min, max }).map(dateOf);
}

/**
 * Draws working days from a range, evenly among the working days of the
 * calendar (England and Wales by default), so weekends, bank holidays and
 * the calendar's closure days never appear. Shrinks towards the first
 * working day on or after `min`.
 *
 * @param options - `min` and `max` (both included) and `calendar`
 * @returns an arbitrary of working days
 * @throws {@link "children-act-complaints"!InvalidInputError | InvalidInputError} `INVALID_DATE` for a malformed `min` or `max`; `INVALID_ARGUMENT` when `max` is before `min`, the range holds no working day, or `calendar` is not a calendar
 * @throws {@link "children-act-complaints"!OutOfRangeError | OutOfRangeError} `OUT_OF_RANGE` when `min` or `max` is outside 2000-01-01 to 2099-12-31
 * @throws {@link "children-act-complaints"!CoverageError | CoverageError} `OUTSIDE_OFFICIAL_DATA` with a strict calendar, for a range beyond its official data
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { isWorkingDay } from 'children-act-complaints';
 * import { workingDayArbitrary } from 'children-act-complaints/testing';
 *
 * // Easter 2024: Good Friday 29 March and Easter Monday 1 April are never drawn.
 * const easter = workingDayArbitrary({ min: '2024-03-28', max: '2024-04-02' });
 * [...new Set(fc.sample(easter, { numRuns: 50, seed: 1 }))].sort(); // ['2024-03-28', '2024-04-02']
 * fc.assert(fc.property(workingDayArbitrary(), (day) => isWorkingDay(day))); // passes
 * ```
 */
export function workingDayArbitrary(options?: WorkingDayArbitraryOptions): fc.Arbitrary<PlainDate> {
  const given = optionsObject(options);
  const [min, max] = dayRange(given, ['min', 'max'], [dateOf(RANGE_START), dateOf(RANGE_END)]);
  const calendarOption = { calendar: given['calendar'] as WorkingDayCalendar | undefined };
  const first = workingDayOnOrAfter(dateOf(min), calendarOption);
  if (dayNumberOfIso(first) > max) {
    throw fail('no-working-day', { from: dateOf(min), to: dateOf(max) }, { field: 'max', value: given['max'] });
  }
  // The working days after `first` up to and including `max`: adding that many lands on the last one.
  const count = differenceInWorkingDays(dateOf(max), first, calendarOption);
  return fc.integer({ min: 0, max: count }).map((n) => addWorkingDays(first, n, calendarOption));
}

// ---------------------------------------------------------------------------
// Complaint records. Built forwards from receipt, stage by stage: a stage
// starts after the one before is answered, each date within a stage falls on
// or before its response, a hold lies inside Stage 1, and a withdrawal comes
// while a stage is open. The raw choices are plain numbers, so fast-check
// shrinks a failing record towards a short, simple one.
// ---------------------------------------------------------------------------

const upTo = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const answered = () => fc.constantFrom(...stageOutcomes.values.filter((outcome) => outcome !== 'withdrawn'));

const stageChoices = (base: number, cap: number) =>
  fc.record({
    acknowledged: upTo(5),
    extension: maybe(fc.record({ after: fc.integer({ min: 0, max: 30 }), limit: maybe(fc.integer({ min: base + 1, max: cap })), reason: maybe(fc.constantFrom('complex', 'awaiting information')) })),
    responded: upTo(cap + base * 2),
    outcome: maybe(answered()),
  });

const recordChoices = fc.record({
  groundsBefore: upTo(420),
  complaintType: fc.constantFrom(...complaintTypes.values),
  source: fc.constantFrom(...complainantSources.values),
  channel: maybe(fc.constantFrom(...channels.values)),
  stage1: stageChoices(10, 20),
  withdrawnByStage1Response: fc.boolean(),
  hold: maybe(fc.record({ after: fc.integer({ min: 0, max: 20 }), length: upTo(25), reason: maybe(fc.constantFrom('police investigation', 'care proceedings')) })),
  stage2: maybe(
    fc.record({
      requestedAfter: fc.integer({ min: 0, max: 30 }),
      statement: upTo(10),
      facts: stageChoices(25, 65),
      findings: maybe(fc.array(fc.record({ point: fc.constantFrom('Contact arrangements', 'Recording', 'Delay', 'Communication'), outcome: answered() }), { minLength: 1, maxLength: 3 })),
    }),
  ),
  stage3: maybe(fc.record({ requestedAfter: fc.integer({ min: 0, max: 25 }), panel: upTo(45), report: upTo(8), responded: upTo(25), outcome: maybe(answered()) })),
  withdrawnAfter: upTo(45),
  advocacy: maybe(fc.record({ offered: maybe(fc.boolean()), allocatedAfter: upTo(30), providedKnown: fc.boolean() })),
  complainant: maybe(
    fc.record({
      ageBand: maybe(fc.constantFrom(...ageBands.values)),
      gender: maybe(fc.constantFrom(...genders.values)),
      ethnicity: maybe(fc.constantFrom(...ethnicGroups.values)),
      disability: maybe(fc.constantFrom(...disabilityStatuses.values)),
      sexualOrientation: maybe(fc.constantFrom(...sexualOrientations.values)),
    }),
  ),
  ombudsman: maybe(fc.record({ referredAfter: fc.integer({ min: 0, max: 240 }), decidedAfter: upTo(180), decision: fc.constantFrom(...ombudsmanDecisions.values), label: maybe(fc.constantFrom('Premature', 'Not upheld', 'Upheld – maladministration and injustice', 'Closed after initial enquiries')) })),
});

type RecordChoices = typeof recordChoices extends fc.Arbitrary<infer C> ? C : never;
type StageChoices = RecordChoices['stage1'];

/** A plain object without the keys whose value is undefined, as `exactOptionalPropertyTypes` wants. */
function defined(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out[key] = value;
  return out;
}

/** Where the record's story has got to: its latest day, and whether the latest stage is still open. */
interface Cursor {
  last: number;
  open: boolean;
}

/** A stage's own facts from its start: acknowledgement, extension and response all on or before the response. */
function stageFacts(start: number, choices: StageChoices, cursor: Cursor, withdrawnByResponse: boolean): { facts: Record<string, unknown>; respondedDay: number | null } {
  const respondedDay = choices.responded === undefined ? null : start + choices.responded;
  const fits = (offset: number | undefined): offset is number => offset !== undefined && (respondedDay === null || start + offset <= respondedDay);
  const extension = choices.extension !== undefined && fits(choices.extension.after) ? choices.extension : undefined;
  const facts = defined({
    acknowledgedOn: fits(choices.acknowledged) ? dateOf(start + choices.acknowledged) : undefined,
    extensionNotifiedOn: extension === undefined ? undefined : dateOf(start + extension.after),
    extendedLimitWorkingDays: extension?.limit,
    extensionReason: extension?.reason,
    respondedOn: respondedDay === null ? undefined : dateOf(respondedDay),
    outcome: respondedDay === null ? undefined : withdrawnByResponse ? 'withdrawn' : choices.outcome,
  });
  cursor.last = Math.max(cursor.last, start, respondedDay ?? start, extension === undefined ? start : start + extension.after, fits(choices.acknowledged) ? start + choices.acknowledged : start);
  cursor.open = respondedDay === null;
  return { facts, respondedDay };
}

/** One hold inside Stage 1: it starts before the response and ends by it. */
function holdOf(received: number, respondedDay: number | null, choices: RecordChoices['hold'], cursor: Cursor): Record<string, unknown>[] {
  if (choices === undefined) return [];
  const from = received + choices.after;
  if (respondedDay !== null && from >= respondedDay) return [];
  const to = choices.length === undefined ? undefined : from + choices.length;
  if (respondedDay !== null && (to === undefined || to > respondedDay)) return [];
  cursor.last = Math.max(cursor.last, to ?? from);
  return [defined({ from: dateOf(from), to: to === undefined ? undefined : dateOf(to), reason: choices.reason })];
}

function stage3Of(requested: number, choices: NonNullable<RecordChoices['stage3']>, cursor: Cursor): Record<string, unknown> {
  const panel = choices.panel === undefined ? null : requested + choices.panel;
  const report = panel === null || choices.report === undefined ? null : panel + choices.report;
  const responded = report === null || choices.responded === undefined ? null : report + choices.responded;
  cursor.last = Math.max(cursor.last, requested, panel ?? requested, report ?? requested, responded ?? requested);
  cursor.open = responded === null;
  return defined({
    requestedOn: dateOf(requested),
    panelHeldOn: panel === null ? undefined : dateOf(panel),
    panelReportReceivedOn: report === null ? undefined : dateOf(report),
    respondedOn: responded === null ? undefined : dateOf(responded),
    outcome: responded === null ? undefined : choices.outcome,
  });
}

/** The advocacy facts: an advocate allocated is always one provided. */
function advocacyOf(received: number, choices: RecordChoices['advocacy']): Record<string, unknown> | undefined {
  if (choices === undefined) return undefined;
  const { offered, allocatedAfter, providedKnown } = choices;
  const advocacy = defined({
    offered,
    provided: allocatedAfter !== undefined || providedKnown ? allocatedAfter !== undefined : undefined,
    allocatedOn: allocatedAfter === undefined ? undefined : dateOf(received + allocatedAfter),
  });
  return Object.keys(advocacy).length > 0 ? advocacy : undefined;
}

/** An Ombudsman referral after everything else, with its decision where there is one. */
function ombudsmanOf(choices: RecordChoices['ombudsman'], cursor: Cursor): Record<string, unknown> | undefined {
  if (choices === undefined) return undefined;
  const referred = cursor.last + choices.referredAfter;
  const decided = choices.decidedAfter === undefined ? null : referred + choices.decidedAfter;
  return defined({
    referredOn: dateOf(referred),
    decidedOn: decided === null ? undefined : dateOf(decided),
    decision: decided === null ? undefined : choices.decision,
    label: decided === null ? undefined : choices.label,
  });
}

/** Builds a record the record reader and the deadline engine both accept, its keys in the reader's order. */
function layOutRecord(id: string, received: number, serviceArea: string, choices: RecordChoices, allowHolds: boolean): ComplaintRecord {
  const cursor: Cursor = { last: received, open: true };
  const withdrawnByResponse = choices.withdrawnByStage1Response && choices.stage2 === undefined && choices.withdrawnAfter !== undefined;
  const stage1 = stageFacts(received, choices.stage1, cursor, withdrawnByResponse);
  const deferrals = allowHolds ? holdOf(received, stage1.respondedDay, choices.hold, cursor) : [];
  let stage2: Record<string, unknown> | undefined;
  let stage2Responded: number | null = null;
  if (choices.stage2 !== undefined && stage1.respondedDay !== null && !withdrawnByResponse) {
    const requested = stage1.respondedDay + choices.stage2.requestedAfter;
    const stage = stageFacts(requested, choices.stage2.facts, cursor, false);
    stage2Responded = stage.respondedDay;
    const statement = choices.stage2.statement;
    const statementFits = statement !== undefined && (stage2Responded === null || requested + statement <= stage2Responded);
    if (statementFits) cursor.last = Math.max(cursor.last, requested + statement);
    stage2 = defined({
      requestedOn: dateOf(requested),
      statementAgreedOn: statementFits ? dateOf(requested + statement) : undefined,
      ...stage.facts,
      findings: stage2Responded === null ? undefined : choices.stage2.findings,
    });
  }
  const stage3 = choices.stage3 !== undefined && stage2Responded !== null ? stage3Of(stage2Responded + choices.stage3.requestedAfter, choices.stage3, cursor) : undefined;
  let withdrawnOn: PlainDate | undefined;
  if (!withdrawnByResponse && cursor.open && choices.withdrawnAfter !== undefined) {
    cursor.last += choices.withdrawnAfter;
    withdrawnOn = dateOf(cursor.last);
  }
  const complainant = choices.complainant === undefined ? {} : defined({ ...choices.complainant });
  return defined({
    id,
    receivedOn: dateOf(received),
    groundsAroseOn: choices.groundsBefore === undefined ? undefined : dateOf(Math.max(RANGE_START, received - choices.groundsBefore)),
    serviceArea,
    complaintType: choices.complaintType,
    source: choices.source,
    channel: choices.channel,
    stage1: stage1.facts,
    stage2,
    stage3,
    deferrals,
    withdrawnOn,
    advocacy: advocacyOf(received, choices.advocacy),
    complainant: Object.keys(complainant).length > 0 ? complainant : undefined,
    ombudsman: ombudsmanOf(choices.ombudsman, cursor),
  }) as unknown as ComplaintRecord;
}

interface RecordSettings {
  readonly from: number;
  readonly to: number;
  readonly serviceAreas: readonly string[];
  readonly deferrals: boolean;
}

function recordSettings(options: unknown): RecordSettings {
  const given = optionsObject(options);
  const [from, to] = dayRange(given, ['receivedFrom', 'receivedTo'], ['2015-01-01', '2027-12-31']);
  if (to > dayNumberOfIso(LAST_RECEIPT)) {
    throw fail('out-of-range', { what: 'date' }, { field: 'receivedTo', value: dateOf(to) });
  }
  const areas = given['serviceAreas'] ?? commonServiceAreas.values;
  if (!Array.isArray(areas) || areas.length === 0 || areas.some((area) => typeof area !== 'string' || area.trim() === '')) {
    throw fail('wrong-type', { expected: 'a non-empty list of service area ids', example: "e.g. ['children-in-need', 'looked-after-children'], or leave it out" }, { field: 'serviceAreas', value: areas });
  }
  const deferrals = given['deferrals'] ?? true;
  if (typeof deferrals !== 'boolean') throw fail('wrong-type', { expected: 'true or false', example: 'a boolean, or leave it out to allow deferrals' }, { field: 'deferrals', value: deferrals });
  return { from, to, serviceAreas: areas as readonly string[], deferrals };
}

function recordArbitrary(settings: RecordSettings, id: fc.Arbitrary<string>): fc.Arbitrary<ComplaintRecord> {
  return fc
    .tuple(id, fc.integer({ min: settings.from, max: settings.to }), fc.constantFrom(...settings.serviceAreas), recordChoices)
    .map(([recordId, received, area, choices]) => layOutRecord(recordId, received, area, choices, settings.deferrals));
}

/**
 * Draws valid complaint records: every one is a record
 * {@link "children-act-complaints"!parseComplaintRecords | parseComplaintRecords} accepts unchanged (with the default
 * {@link "children-act-complaints"!commonServiceAreas | commonServiceAreas}, or with the ids you pass declared), and whose
 * timeline {@link "children-act-complaints"!assessComplaint | assessComplaint} accepts. They cover every stage, extensions
 * (within the caps), deferrals, withdrawals, Stage 2 findings, advocacy,
 * characteristics and Ombudsman referrals. Ids look like `'C-123'`.
 *
 * @param options - `receivedFrom`, `receivedTo`, `serviceAreas` and `deferrals`
 * @returns an arbitrary of {@link "children-act-complaints"!ComplaintRecord | ComplaintRecord}s
 * @throws {@link "children-act-complaints"!InvalidInputError | InvalidInputError} `INVALID_DATE` for a malformed `receivedFrom` or `receivedTo`; `INVALID_ARGUMENT` for a range that ends before it starts or a malformed option
 * @throws {@link "children-act-complaints"!OutOfRangeError | OutOfRangeError} `OUT_OF_RANGE` when `receivedTo` is after 2096-12-31 or `receivedFrom` before 2000-01-01
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { parseComplaintRecords } from 'children-act-complaints';
 * import { complaintRecordArbitrary } from 'children-act-complaints/testing';
 *
 * fc.assert(
 *   fc.property(complaintRecordArbitrary({ receivedFrom: '2024-04-01', receivedTo: '2025-03-31' }), (record) =>
 *     parseComplaintRecords([record]).rejected.length === 0,
 *   ),
 * ); // passes
 * ```
 */
export function complaintRecordArbitrary(options?: ComplaintArbitraryOptions): fc.Arbitrary<ComplaintRecord> {
  const settings = recordSettings(options);
  return recordArbitrary(settings, fc.nat(999_999).map((n) => `C-${n}`));
}

/**
 * Draws lists of valid complaint records with distinct ids (`'C-1'`,
 * `'C-2'`, … in order), as one council's export would hold them: the whole
 * list is one {@link "children-act-complaints"!parseComplaintRecords | parseComplaintRecords} accepts without rejecting a row.
 *
 * @param options - those of {@link complaintRecordArbitrary}, with `minLength` (0) and `maxLength` (40)
 * @returns an arbitrary of record lists
 * @throws {@link "children-act-complaints"!InvalidInputError | InvalidInputError} as {@link complaintRecordArbitrary} does; `INVALID_ARGUMENT` for a length that is not a whole number from 0, or `maxLength` below `minLength`
 * @throws {@link "children-act-complaints"!OutOfRangeError | OutOfRangeError} `OUT_OF_RANGE` when `receivedTo` is after 2096-12-31 or `receivedFrom` before 2000-01-01
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { buildAnnualReport } from 'children-act-complaints';
 * import { complaintRecordsArbitrary } from 'children-act-complaints/testing';
 *
 * const year = complaintRecordsArbitrary({ receivedFrom: '2024-04-01', receivedTo: '2025-03-31', maxLength: 20 });
 * fc.assert(
 *   fc.property(year, (records) => {
 *     const report = buildAnnualReport(records, { year: '2024/25', asOf: '2028-01-01' });
 *     return report.tables.stageSummary.rows[0]?.stage1 === records.length;
 *   }),
 *   { numRuns: 20 },
 * ); // passes
 * ```
 */
export function complaintRecordsArbitrary(options?: ComplaintRecordsArbitraryOptions): fc.Arbitrary<ComplaintRecord[]> {
  const settings = recordSettings(options);
  const given = optionsObject(options);
  const length = (key: string, fallback: number): number => {
    const value = given[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw fail('wrong-type', { expected: 'a whole number from 0', example: `a length, or leave ${key} out for ${fallback}` }, { field: key, value });
    return value;
  };
  const minLength = length('minLength', 0);
  const maxLength = length('maxLength', Math.max(40, minLength));
  if (maxLength < minLength) throw fail('bounds-reversed', { lowField: 'minLength', low: String(minLength), highField: 'maxLength', high: String(maxLength), kind: 'number' }, { field: 'maxLength', value: maxLength });
  return fc
    .array(recordArbitrary(settings, fc.constant('')), { minLength, maxLength })
    .map((records) => records.map((record, index) => ({ ...record, id: `C-${index + 1}` })));
}

/**
 * Draws valid complaint timelines: every one is a {@link "children-act-complaints"!ComplaintTimeline | ComplaintTimeline}
 * that {@link "children-act-complaints"!assessComplaint | assessComplaint} accepts, on any `asOf` on or after its latest
 * date, under either `receipt` convention. They are the timelines of
 * {@link complaintRecordArbitrary}'s records, so the two agree.
 *
 * @param options - `receivedFrom`, `receivedTo` and `deferrals` (service areas play no part in a timeline)
 * @returns an arbitrary of timelines
 * @throws {@link "children-act-complaints"!InvalidInputError | InvalidInputError} `INVALID_DATE` for a malformed `receivedFrom` or `receivedTo`; `INVALID_ARGUMENT` for a range that ends before it starts or a malformed option
 * @throws {@link "children-act-complaints"!OutOfRangeError | OutOfRangeError} `OUT_OF_RANGE` when `receivedTo` is after 2096-12-31 or `receivedFrom` before 2000-01-01
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { assessComplaint } from 'children-act-complaints';
 * import { complaintTimelineArbitrary } from 'children-act-complaints/testing';
 *
 * fc.assert(
 *   fc.property(complaintTimelineArbitrary(), (timeline) => {
 *     const result = assessComplaint(timeline, { asOf: '2099-12-31' });
 *     return result.receivedOn === timeline.receivedOn;
 *   }),
 * ); // passes
 * ```
 */
export function complaintTimelineArbitrary(options?: ComplaintArbitraryOptions): fc.Arbitrary<ComplaintTimeline> {
  return complaintRecordArbitrary(options).map(recordToTimeline);
}

/**
 * Draws valid complaint timelines together with a day to assess them on: the
 * latest date in the timeline, or up to 60 days after it, so some stages
 * are still open and some overdue.
 *
 * @param options - as for {@link complaintTimelineArbitrary}
 * @returns an arbitrary of `{ timeline, asOf }`
 * @throws {@link "children-act-complaints"!InvalidInputError | InvalidInputError} `INVALID_DATE` for a malformed `receivedFrom` or `receivedTo`; `INVALID_ARGUMENT` for a range that ends before it starts or a malformed option
 * @throws {@link "children-act-complaints"!OutOfRangeError | OutOfRangeError} `OUT_OF_RANGE` when `receivedTo` is after 2096-12-31 or `receivedFrom` before 2000-01-01
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { assessComplaint, STAGE_STATUSES } from 'children-act-complaints';
 * import { assessableComplaintArbitrary } from 'children-act-complaints/testing';
 *
 * fc.assert(
 *   fc.property(assessableComplaintArbitrary(), ({ timeline, asOf }) =>
 *     STAGE_STATUSES.includes(assessComplaint(timeline, { asOf }).stages[0]!.status),
 *   ),
 * ); // passes
 * ```
 */
export function assessableComplaintArbitrary(options?: ComplaintArbitraryOptions): fc.Arbitrary<AssessableComplaint> {
  return fc.tuple(complaintTimelineArbitrary(options), fc.integer({ min: 0, max: 60 })).map(([timeline, later]) => ({
    timeline,
    asOf: dateOf(dayNumberOfIso(latestDateIn(timeline, timeline.receivedOn)) + later),
  }));
}
