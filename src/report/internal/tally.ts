/**
 * One pass over the records: each record is placed in the year's cohorts
 * by its dates, checked, assessed once, and counted in every table that
 * covers it. The counts are kept in typed arrays, indexed by service area
 * and column, so the pass allocates nothing per record on its common path.
 *
 * @internal
 * @module
 */
import { ChildrenActComplaintsError } from '../../errors';
import { civilFromDays } from '../../internal/days';
import type { StageStatus } from '../../procedure/assessment';
import type { StageResult } from '../../procedure/engine/evaluate';
import { NO_DAY } from '../../procedure/engine/plan';
import type { DayReader } from '../../records/entries';
import type { ComplaintRecord } from '../../records/fields';
import { checkRecord, isChecked, type AdvocacyRecord, type OmbudsmanRecord, type Stage1Record, type Stage2Record, type Stage3Record } from '../../records/record';
import { issueOf, type RejectionDetails, type RejectionRule } from '../../rules';
import { RecordEngine } from './recordEngine';
import { ageBands, disabilityStatuses, ethnicGroups, genders, sexualOrientations } from '../../taxonomy/characteristics';
import { complaintTypes } from '../../taxonomy/complaintTypes';
import { ombudsmanDecisions } from '../../taxonomy/ombudsman';
import { stageOutcomes } from '../../taxonomy/outcomes';
import { complainantSources } from '../../taxonomy/sources';
import {
  COMPLAINANT_CHARACTERISTICS,
  COVERAGE_REASONS,
  OUTCOME_COLUMNS,
  REPORT_COHORTS,
  RESPONSE_TIME_COLUMNS,
  TIMELINESS_COLUMNS,
  AVERAGE_EXCLUDES_FROM,
  RESPONSE_TIME_BAND_EDGES,
  type ComplainantCharacteristic,
} from '../columns';
import type { ReportContext } from '../options';
import type { RejectedReportRecord } from '../types';

/** The values of each characteristic, in the taxonomy's order. */
export const CHARACTERISTIC_VALUES: Readonly<Record<ComplainantCharacteristic, readonly string[]>> = {
  ageBand: ageBands.values,
  gender: genders.values,
  ethnicity: ethnicGroups.values,
  disability: disabilityStatuses.values,
  sexualOrientation: sexualOrientations.values,
};

const O = OUTCOME_COLUMNS.length;
const R = RESPONSE_TIME_COLUMNS.length;
const T = complaintTypes.values.length;
const TC = TIMELINESS_COLUMNS.length;
const REASONS = COVERAGE_REASONS.length + 1;
const [BAND_1, BAND_2, BAND_3] = RESPONSE_TIME_BAND_EDGES;

function indexMap(values: readonly string[]): Map<string, number> {
  return new Map(values.map((value, index) => [value, index]));
}

const OPEN = OUTCOME_COLUMNS.indexOf('open');
const WITHDRAWN = OUTCOME_COLUMNS.indexOf('withdrawn');
const NO_OUTCOME = OUTCOME_COLUMNS.indexOf('outcome-not-recorded');

/** The index in {@link TIMELINESS_COLUMNS} of a step's status. */
function timelinessColumn(status: StageStatus): number {
  switch (status) {
    case 'met':
      return 0;
    case 'met-within-extension':
      return 1;
    case 'late':
      return 2;
    case 'overdue':
      return 4;
    case 'withdrawn':
      return 5;
    default:
      // 'open', 'on-hold', and a step not reached yet (a panel report before the panel).
      return 3;
  }
}


/** The months of a period as `'YYYY-MM'`, and each day's month index. */
function monthsOf(fromDay: number, toDay: number): { keys: string[]; dayMonth: Uint16Array } {
  const keys: string[] = [];
  const dayMonth = new Uint16Array(toDay - fromDay + 1);
  let last = '';
  for (let day = fromDay; day <= toDay; day += 1) {
    const [y, m] = civilFromDays(day);
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key !== last) {
      keys.push(key);
      last = key;
    }
    dayMonth[day - fromDay] = keys.length - 1;
  }
  return { keys, dayMonth };
}

/** The service areas of the rows, in order, with their headings. */
export interface ServiceAreaRows {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
}

/** Where a date falls for a cohort: 0 counted, else 1 + the index of the coverage reason. */
function placement(day: number, context: ReportContext): number {
  if (day === NO_DAY) return 4; // not-reached
  if (day < context.fromDay) return 1;
  if (day > context.toDay) return 2;
  if (day > context.asOfDay) return 3;
  return 0;
}

/** A record the report cannot count: its first problem, as the report lists it. */
class RejectRecord extends Error {
  constructor(
    readonly code: ChildrenActComplaintsError['code'],
    readonly field: string,
    readonly problem: string,
  ) {
    super(problem);
  }
}

/** A rejection built by the catalogue. */
function reject<R extends RejectionRule>(rule: R, details: RejectionDetails[R], field: string, value?: unknown): RejectRecord {
  const issue = issueOf(rule, details, value === undefined ? { field } : { field, value }, 'record');
  return new RejectRecord(issue.code, field, issue.message);
}

/** The fixed lookups every year's count uses, built on first use. */
interface Lookups {
  readonly typeIndex: ReadonlyMap<string, number>;
  readonly sourceIndex: ReadonlyMap<string, number>;
  readonly outcomeIndex: ReadonlyMap<string, number>;
  readonly decisionIndex: ReadonlyMap<string, number>;
  readonly characteristicIndex: readonly ReadonlyMap<string, number>[];
  readonly notRecordedIndex: readonly number[];
}

let lookups: Lookups | undefined;
function lookupsOf(): Lookups {
  return (lookups ??= {
    typeIndex: indexMap(complaintTypes.values),
    sourceIndex: indexMap(complainantSources.values),
    outcomeIndex: indexMap(stageOutcomes.values),
    decisionIndex: indexMap(ombudsmanDecisions.values),
    characteristicIndex: COMPLAINANT_CHARACTERISTICS.map((name) => indexMap(CHARACTERISTIC_VALUES[name])),
    notRecordedIndex: COMPLAINANT_CHARACTERISTICS.map((name) => CHARACTERISTIC_VALUES[name].indexOf('not-recorded')),
  });
}

/** A date field's day number, {@link NO_DAY} when absent. */
function dateOf(dates: DayReader, value: string | undefined): number {
  return value === undefined ? NO_DAY : dates.read(value);
}

/**
 * Counts one year's records into typed arrays, which the tables read. One
 * small method per record keeps the hot path easy for the JIT to optimise.
 */
class YearCounter {
  readonly areaIds: readonly string[];
  readonly areaLabels: readonly string[];
  /** The months of the period, `'YYYY-MM'`, and how many quarters they make. */
  readonly months: readonly string[];
  readonly quarters: number;
  /** Per area: Stage 1 complaints; then per area × response-time column, per area × outcome column. */
  readonly s1Total: Int32Array;
  readonly s1Response: Int32Array;
  readonly s1Outcome: Int32Array;
  /** Per area: working days of the answers of under 100 working days, and how many. */
  readonly s1TakenSum: Float64Array;
  readonly s1TakenCount: Int32Array;
  readonly s1Within10: Int32Array;
  readonly s1Within20: Int32Array;
  /** Per area × complaint type. */
  readonly types: Int32Array;
  readonly sources: Int32Array;
  readonly byMonth: Int32Array;
  readonly characteristics: Readonly<Record<ComplainantCharacteristic, Int32Array>>;
  /** Stage 1 complaints with no advocacy recorded at all. */
  advocacyUnrecorded = 0;
  /** Per timeliness row × column; the rows are every deadline of every stage, in order. */
  readonly timeliness: Int32Array;
  readonly timelinessRowOf: readonly number[];
  readonly s2Total: Int32Array;
  readonly s2Outcome: Int32Array;
  /** Stage 2 adjudications within the limit, and within the longest extension. */
  s2WithinLimit = 0;
  s2WithinExtension = 0;
  s3Requested = 0;
  s3PanelsHeld = 0;
  readonly s3Outcome: Int32Array;
  readonly ombudsman: Int32Array;
  readonly ombudsmanLabels = new Map<string, Map<string, number>>();
  readonly advocacy: Int32Array;
  /** Per cohort × (counted, then each coverage reason). */
  readonly coverage: Int32Array;
  readonly rejected: RejectedReportRecord[] = [];
  /** Records counted whose later facts were left out as after `asOf`. */
  asAt = 0;
  given = 0;

  readonly #context: ReportContext;
  readonly #lookups: Lookups;
  readonly #areaIndex: ReadonlyMap<string, number>;
  readonly #dayMonth: Uint16Array;
  readonly #characteristicCounts: readonly Int32Array[];
  readonly #engine: RecordEngine;
  /** The limits of the Stage 1 and Stage 2 responses, and their longest extensions, from the procedure data. */
  readonly #limits: readonly [number, number, number, number];
  readonly #panelStep: number;
  /** Stage 1 complaints with no complainant recorded at all: added to each "not recorded" count at the end. */
  #noComplainant = 0;
  /** The complaint type and source columns of the record being counted, found by the check. */
  #type = 0;
  #source = 0;
  /** The outcome column of each stage's recorded outcome, found by the check ({@link NO_OUTCOME} when none). */
  readonly #outcomeAt = new Int32Array(3);
  /** The column of each complainant characteristic, found by the check. */
  readonly #characteristicAt = new Int32Array(COMPLAINANT_CHARACTERISTICS.length);

  constructor(context: ReportContext, areas: ServiceAreaRows) {
    const A = areas.ids.length;
    const { keys, dayMonth } = monthsOf(context.fromDay, context.toDay);
    const stages = context.engine.plan.procedure.stages;
    const rowOf: number[] = [];
    let rows = 0;
    for (const stage of stages) {
      rowOf.push(rows);
      rows += stage.deadlines.length;
    }
    this.areaIds = areas.ids;
    this.areaLabels = areas.labels;
    this.months = keys;
    this.quarters = Math.ceil(keys.length / 3);
    this.s1Total = new Int32Array(A);
    this.s1Response = new Int32Array(A * R);
    this.s1Outcome = new Int32Array(A * O);
    this.s1TakenSum = new Float64Array(A);
    this.s1TakenCount = new Int32Array(A);
    this.s1Within10 = new Int32Array(A);
    this.s1Within20 = new Int32Array(A);
    this.types = new Int32Array(A * T);
    this.sources = new Int32Array(complainantSources.values.length);
    this.byMonth = new Int32Array(keys.length);
    this.#characteristicCounts = COMPLAINANT_CHARACTERISTICS.map((name) => new Int32Array(CHARACTERISTIC_VALUES[name].length));
    this.characteristics = Object.fromEntries(COMPLAINANT_CHARACTERISTICS.map((name, c) => [name, this.#characteristicCounts[c]])) as Record<ComplainantCharacteristic, Int32Array>;
    this.timeliness = new Int32Array(rows * TC);
    this.timelinessRowOf = rowOf;
    this.s2Total = new Int32Array(A);
    this.s2Outcome = new Int32Array(A * O);
    this.s3Outcome = new Int32Array(O);
    this.ombudsman = new Int32Array(ombudsmanDecisions.values.length);
    this.advocacy = new Int32Array(this.quarters);
    this.coverage = new Int32Array(REPORT_COHORTS.length * REASONS);
    this.#context = context;
    this.#lookups = lookupsOf();
    this.#areaIndex = indexMap(areas.ids);
    this.#dayMonth = dayMonth;
    this.#engine = new RecordEngine(context.engine.plan, context.engine.asOfDay);
    const response = (index: number) => context.engine.plan.stages[index]?.response;
    this.#limits = [response(0)?.workingDays ?? 0, response(0)?.cap ?? 0, response(1)?.workingDays ?? 0, response(1)?.cap ?? 0];
    this.#panelStep = (stages[2]?.deadlines ?? []).findIndex((rule) => rule.step === 'panel');
  }

  /** Counts one record, or lists it as rejected. */
  count(record: ComplaintRecord, index: number): void {
    this.given += 1;
    try {
      this.#count(record);
    } catch (error) {
      if (!(error instanceof RejectRecord)) throw error;
      const id = typeof record === 'object' && record !== null && typeof record.id === 'string' ? record.id : null;
      this.rejected.push({ index, id, code: error.code, field: error.field, message: error.problem });
    }
  }

  /** Adds the complaints with no complainant recorded to each "not recorded" count, and returns the counts. */
  finish(): YearTally {
    const { notRecordedIndex } = this.#lookups;
    this.#characteristicCounts.forEach((counts, c) => {
      const at = notRecordedIndex[c] as number;
      counts[at] = (counts[at] as number) + this.#noComplainant;
    });
    this.#noComplainant = 0;
    return this;
  }

  #count(record: ComplaintRecord): void {
    // Check once, at the boundary: the readers' records are known good; any other is checked against the field table.
    if (!isChecked(record)) {
      const [issue] = checkRecord(record);
      if (issue !== undefined) throw new RejectRecord(issue.code, issue.field, issue.message);
    }
    const context = this.#context;
    const dates: DayReader = this.#engine.dates;
    const received = dates.read(record.receivedOn);
    const { stage2, stage3, ombudsman, advocacy, complainant } = record;
    const p1 = placement(received, context);
    const p2 = placement(stage2 === undefined ? NO_DAY : dates.read(stage2.requestedOn), context);
    const p3 = placement(stage3 === undefined ? NO_DAY : dates.read(stage3.requestedOn), context);
    const p4 = placement(ombudsman === undefined ? NO_DAY : dateOf(dates, ombudsman.decidedOn), context);
    const allocated = advocacy === undefined ? NO_DAY : dateOf(dates, advocacy.allocatedOn);
    const p5 = placement(allocated, context);
    let area = -1;
    if (p1 === 0 || p2 === 0 || p3 === 0 || p4 === 0) {
      area = this.#place(record, received, p1 === 0);
      this.#assess(record);
    }
    // Counted from here: the record is accepted.
    const coverage = this.coverage;
    coverage[p1] = (coverage[p1] as number) + 1;
    coverage[REASONS + p2] = (coverage[REASONS + p2] as number) + 1;
    coverage[2 * REASONS + p3] = (coverage[2 * REASONS + p3] as number) + 1;
    coverage[3 * REASONS + p4] = (coverage[3 * REASONS + p4] as number) + 1;
    coverage[4 * REASONS + p5] = (coverage[4 * REASONS + p5] as number) + 1;
    if (p1 === 0) this.#countStage1(area, received, complainant, advocacy);
    if (p2 === 0) this.#countStage2(area);
    if (p3 === 0) this.#countStage3();
    if (p4 === 0) this.#countOmbudsman((ombudsman as OmbudsmanRecord).decision as string, (ombudsman as OmbudsmanRecord).label);
    if (p5 === 0) {
      const quarter = Math.floor((this.#dayMonth[allocated - context.fromDay] as number) / 3);
      this.advocacy[quarter] = (this.advocacy[quarter] as number) + 1;
    }
  }

  /** Finds the columns the tables count a record in; returns its service area's row. The record's values are canonical, checked at the boundary. */
  #place(record: ComplaintRecord, received: number, stage1: boolean): number {
    const { typeIndex, sourceIndex, characteristicIndex, notRecordedIndex } = this.#lookups;
    if (received > this.#context.asOfDay) throw reject('received-after-as-of', { receivedOn: record.receivedOn }, 'receivedOn', record.receivedOn);
    const area = this.#areaIndex.get(record.serviceArea);
    if (area === undefined) {
      throw reject('undeclared-service-area', { declared: this.#context.serviceAreas === null ? null : this.areaIds }, 'serviceArea', record.serviceArea);
    }
    const outcomeAt = this.#outcomeAt;
    outcomeAt[0] = this.#outcomeIndex((record.stage1 as Stage1Record).outcome);
    outcomeAt[1] = record.stage2 === undefined ? NO_OUTCOME : this.#outcomeIndex((record.stage2 as Stage2Record).outcome);
    outcomeAt[2] = record.stage3 === undefined ? NO_OUTCOME : this.#outcomeIndex((record.stage3 as Stage3Record).outcome);
    if (stage1) {
      this.#type = typeIndex.get(record.complaintType) as number;
      this.#source = sourceIndex.get(record.source) as number;
      const complainant = record.complainant as Record<string, unknown> | undefined;
      if (complainant !== undefined) {
        for (let c = 0; c < COMPLAINANT_CHARACTERISTICS.length; c += 1) {
          const value = complainant[COMPLAINANT_CHARACTERISTICS[c] as ComplainantCharacteristic];
          this.#characteristicAt[c] = value === undefined ? (notRecordedIndex[c] as number) : ((characteristicIndex[c] as ReadonlyMap<string, number>).get(value as string) as number);
        }
      }
    }
    return area;
  }

  /** The outcome's column, {@link NO_OUTCOME} when none is recorded. */
  #outcomeIndex(outcome: string | undefined): number {
    return outcome === undefined ? NO_OUTCOME : (this.#lookups.outcomeIndex.get(outcome) as number);
  }

  /** Runs the record, as it stood on asOf, through the deadline engine's plan. */
  #assess(record: ComplaintRecord): void {
    const refusal = this.#engine.read(record);
    if (refusal !== null) throw new RejectRecord(refusal.code, refusal.field, refusal.message);
    if (this.#engine.dropped) this.asAt += 1;
  }

  /** The outcome column of a stage's response, from the engine's timing and the recorded outcome. */
  #outcomeColumn(timing: StageResult, stage: number): number {
    if (timing.status === 'withdrawn') return WITHDRAWN;
    if (timing.taken < 0) return OPEN;
    return this.#outcomeAt[stage] as number;
  }

  #countStage1(area: number, received: number, complainant: unknown, advocacy: AdvocacyRecord | undefined): void {
    const timing = this.#engine.evaluation.stages[0] as StageResult;
    const [limit, cap] = this.#limits;
    this.s1Total[area] = (this.s1Total[area] as number) + 1;
    const outcome = this.#outcomeColumn(timing, 0);
    this.s1Outcome[area * O + outcome] = (this.s1Outcome[area * O + outcome] as number) + 1;
    let band: number;
    if (outcome === WITHDRAWN) band = 4;
    else if (outcome === OPEN) band = 5;
    else {
      const taken = timing.taken;
      band = taken <= BAND_1 ? 0 : taken <= BAND_2 ? 1 : taken <= BAND_3 ? 2 : 3;
      if (taken <= limit) this.s1Within10[area] = (this.s1Within10[area] as number) + 1;
      if (taken <= cap) this.s1Within20[area] = (this.s1Within20[area] as number) + 1;
      if (taken < AVERAGE_EXCLUDES_FROM) {
        this.s1TakenSum[area] = (this.s1TakenSum[area] as number) + taken;
        this.s1TakenCount[area] = (this.s1TakenCount[area] as number) + 1;
      }
    }
    this.s1Response[area * R + band] = (this.s1Response[area * R + band] as number) + 1;
    const type = this.#type;
    this.types[area * T + type] = (this.types[area * T + type] as number) + 1;
    const source = this.#source;
    this.sources[source] = (this.sources[source] as number) + 1;
    const month = this.#dayMonth[received - this.#context.fromDay] as number;
    this.byMonth[month] = (this.byMonth[month] as number) + 1;
    if (complainant === undefined) this.#noComplainant += 1;
    else this.#countComplainant();
    if (advocacy === undefined || (advocacy.offered === undefined && advocacy.provided === undefined && advocacy.allocatedOn === undefined)) this.advocacyUnrecorded += 1;
    this.#countTimeliness(0, timing);
  }

  /** Counts the characteristics {@link #check} has already looked up. */
  #countComplainant(): void {
    for (let c = 0; c < COMPLAINANT_CHARACTERISTICS.length; c += 1) {
      const at = this.#characteristicAt[c] as number;
      const counts = this.#characteristicCounts[c] as Int32Array;
      counts[at] = (counts[at] as number) + 1;
    }
  }

  #countStage2(area: number): void {
    const timing = this.#engine.evaluation.stages[1] as StageResult;
    this.s2Total[area] = (this.s2Total[area] as number) + 1;
    const outcome = this.#outcomeColumn(timing, 1);
    this.s2Outcome[area * O + outcome] = (this.s2Outcome[area * O + outcome] as number) + 1;
    if (outcome !== WITHDRAWN && outcome !== OPEN) {
      if (timing.taken <= this.#limits[2]) this.s2WithinLimit += 1;
      if (timing.taken <= this.#limits[3]) this.s2WithinExtension += 1;
    }
    this.#countTimeliness(1, timing);
  }

  #countStage3(): void {
    const timing = this.#engine.evaluation.stages[2] as StageResult;
    this.s3Requested += 1;
    if (this.#panelStep >= 0 && (timing.steps[this.#panelStep] as { taken: number }).taken >= 0) this.s3PanelsHeld += 1;
    const outcome = this.#outcomeColumn(timing, 2);
    this.s3Outcome[outcome] = (this.s3Outcome[outcome] as number) + 1;
    this.#countTimeliness(2, timing);
  }

  #countOmbudsman(decision: string, label: string | undefined): void {
    const at = this.#lookups.decisionIndex.get(decision) as number;
    this.ombudsman[at] = (this.ombudsman[at] as number) + 1;
    if (label !== undefined) {
      let labels = this.ombudsmanLabels.get(decision);
      if (labels === undefined) this.ombudsmanLabels.set(decision, (labels = new Map()));
      labels.set(label, (labels.get(label) ?? 0) + 1);
    }
  }

  /** Counts each step of a stage in its timeliness row; a stage withdrawn by its response counts the response as withdrawn. */
  #countTimeliness(stage: number, timing: StageResult): void {
    const base = this.timelinessRowOf[stage] as number;
    const steps = timing.steps;
    const last = steps.length - 1;
    for (let k = 0; k <= last; k += 1) {
      const status = k === last && timing.status === 'withdrawn' ? 'withdrawn' : (steps[k] as { status: StageStatus }).status;
      const at = (base + k) * TC + timelinessColumn(status);
      this.timeliness[at] = (this.timeliness[at] as number) + 1;
    }
  }
}

/** The counts of one year, as the tables read them. */
export type YearTally = YearCounter;

/**
 * Counts the records of one year.
 *
 * @internal
 */
export function tallyYear(records: readonly ComplaintRecord[], context: ReportContext, areas: ServiceAreaRows): YearTally {
  const counter = new YearCounter(context, areas);
  for (let index = 0; index < records.length; index += 1) counter.count(records[index] as ComplaintRecord, index);
  return counter.finish();
}

