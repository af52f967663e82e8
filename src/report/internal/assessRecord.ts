/**
 * One assessment per record, shared by every table: the record's dates as
 * day numbers, run through the deadline engine's fast path where it can
 * take them and through {@link assessComplaint} otherwise. Dates after
 * `asOf` are left out, so the record is seen as it stood on `asOf`.
 *
 * @internal
 * @module
 */
import { dayNumberOfIso } from '../../internal/days';
import type { ComplaintAssessment } from '../../procedure/assessment';
import { assessComplaint } from '../../procedure/assessComplaint';
import {
  createFastTimer,
  emptyStageTimings,
  emptyTimelineDays,
  NO_DAY,
  type FastTimer,
  type StageDays,
  type StageTiming,
  type TimelineDays,
} from '../../procedure/internal/fastTimings';
import type { AssessmentSettings } from '../../procedure/internal/options';
import { recordToTimeline, sourcedEventsOf } from '../../records/timeline';
import type { ComplaintRecord } from '../../records/record';
import type { ReportContext } from '../options';

/** The day number of a date that is there but is not a real `YYYY-MM-DD` date. */
export const MALFORMED_DAY = -2;

/** A date field's day number; {@link NO_DAY} when absent, {@link MALFORMED_DAY} when not a real `YYYY-MM-DD` date. */
export function dayOf(value: unknown): number {
  if (value === undefined) return NO_DAY;
  if (typeof value !== 'string') return MALFORMED_DAY;
  const day = dayNumberOfIso(value);
  return day === day ? day : MALFORMED_DAY;
}

/** At most this many dates are remembered: every day from 2000 to 2099 fits. */
const DAY_CACHE_LIMIT = 40_000;

/**
 * {@link dayOf} with a memory of the dates already read. A year's records
 * share a few hundred distinct dates, and strings read from JSON are shared
 * too, so most reads are a lookup instead of a parse. One per report.
 */
export class DayReader {
  readonly #days = new Map<string, number>();

  /** As {@link dayOf}. */
  read(value: unknown): number {
    if (value === undefined) return NO_DAY;
    if (typeof value !== 'string') return MALFORMED_DAY;
    const known = this.#days.get(value);
    if (known !== undefined) return known;
    const day = dayNumberOfIso(value);
    if (day !== day) return MALFORMED_DAY;
    if (this.#days.size < DAY_CACHE_LIMIT) this.#days.set(value, day);
    return day;
  }
}

type Loose = Record<string, unknown>;

/** The dates of Stages 2 and 3 besides the request, as the timeline reads them. */
const STAGE_DATE_KEYS = {
  2: ['statementAgreedOn', 'acknowledgedOn', 'extensionNotifiedOn', 'respondedOn'],
  3: ['panelHeldOn', 'panelReportReceivedOn', 'respondedOn'],
} as const;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null;
}

/**
 * The parts of a record its reader has already read, so that the hot path
 * reads each field of a record once.
 */
export interface RecordParts {
  record: ComplaintRecord;
  /** The day number of `receivedOn` (see {@link dayOf}). */
  received: number;
  stage1: unknown;
  stage2: unknown;
  stage3: unknown;
  ombudsman: unknown;
}

/** Reads a record's parts. */
export function partsOf(record: ComplaintRecord): RecordParts {
  return { record, received: dayOf(record.receivedOn), stage1: record.stage1, stage2: record.stage2, stage3: record.stage3, ombudsman: record.ombudsman };
}

/** Marks a stage as not started: no facts at all. */
function clearStage(stage: StageDays): void {
  stage.request = stage.acknowledged = stage.statement = stage.panel = stage.report = stage.response = stage.extension = NO_DAY;
  stage.extensionWorkingDays = NO_DAY;
  stage.responseWithdrawn = false;
}

/** Assesses records on the report's settings, reusing its buffers. */
export class RecordAssessor {
  /** The stage timings of the last record assessed. */
  readonly timings: StageTiming[];
  /** Whether the last record assessed had facts dated after `asOf`. */
  droppedAfterAsOf = false;
  /** Reads dates for this assessor and its caller. */
  readonly dates = new DayReader();
  /** Which path assessed the last record: the engine's fast path, or {@link assessComplaint}. */
  lastPath: 'fast' | 'full' = 'full';
  readonly #days: TimelineDays;
  readonly #fast: FastTimer | null;
  readonly #asOfDay: number;
  readonly #context: ReportContext;
  #fields: string[] = [];

  constructor(context: ReportContext) {
    const settings: AssessmentSettings = context.engine;
    this.#context = context;
    this.#asOfDay = settings.asOfDay;
    this.#days = emptyTimelineDays(settings.procedure.stages.length);
    this.#fast = createFastTimer(settings);
    this.timings = emptyStageTimings(settings);
  }

  /**
   * Assesses a record whose receipt is on or before `asOf`, filling
   * {@link timings}. Throws the engine's typed error when the engine refuses it.
   * `received` is the day number of `record.receivedOn`, when the caller has read it.
   */
  assess(record: ComplaintRecord): void {
    this.assessParts(partsOf(record));
  }

  /** {@link assess} on parts the caller has already read. */
  assessParts(parts: RecordParts): void {
    this.droppedAfterAsOf = false;
    if (this.#fast !== null && this.#fill(parts) && this.#fast.time(this.#days, this.timings)) {
      this.lastPath = 'fast';
      return;
    }
    this.lastPath = 'full';
    this.#full(parts.record);
  }

  /** A day on or before asOf, or {@link NO_DAY} for one after it; a malformed day stays malformed. */
  #cut(day: number): number {
    if (day > this.#asOfDay) {
      this.droppedAfterAsOf = true;
      return NO_DAY;
    }
    return day;
  }

  /** Fills the day facts for the fast path; `false` when the record needs the full engine. */
  #fill(parts: RecordParts): boolean {
    const days = this.#days;
    const record = parts.record as unknown as Loose;
    if (typeof record['id'] !== 'string') return false;
    const holds = record['holds'];
    if (!Array.isArray(holds)) return false;
    for (let i = 0; i < holds.length; i += 1) {
      const hold: unknown = holds[i];
      // A hold that began after asOf had not happened; any other needs the full engine.
      if (!isObject(hold) || !(this.dates.read(hold['from']) > this.#asOfDay)) return false;
      const to = this.dates.read(hold['to']);
      if (to !== NO_DAY && to <= this.#asOfDay) return false;
      this.droppedAfterAsOf = true;
    }
    days.received = parts.received;
    days.grounds = this.dates.read(record['groundsAroseOn']);
    days.withdrawn = this.#cut(this.dates.read(record['withdrawnOn']));
    if (days.received === MALFORMED_DAY || days.grounds === MALFORMED_DAY || days.withdrawn === MALFORMED_DAY) return false;
    const stages = days.stages;
    const stage1 = parts.stage1;
    if (!isObject(stage1) || !this.#fillStage(stage1, stages[0] as StageDays, 1)) return false;
    // A later stage without its request, or without the stage before, is for the engine to refuse.
    const stage2 = parts.stage2;
    const stage3 = parts.stage3;
    if (stage2 === undefined) {
      if (stage3 !== undefined) return false;
      clearStage(stages[1] as StageDays);
      clearStage(stages[2] as StageDays);
    } else {
      if (!isObject(stage2) || stage2['requestedOn'] === undefined || !this.#fillStage(stage2, stages[1] as StageDays, 2)) return false;
      if (stage3 === undefined) clearStage(stages[2] as StageDays);
      else if (!isObject(stage3) || stage3['requestedOn'] === undefined || !this.#fillStage(stage3, stages[2] as StageDays, 3)) return false;
    }
    const ombudsman = parts.ombudsman;
    days.ombudsmanReferred = NO_DAY;
    days.ombudsmanDecided = NO_DAY;
    if (ombudsman !== undefined) {
      if (!isObject(ombudsman)) return false;
      const label = ombudsman['label'];
      const decision = ombudsman['decision'];
      if ((label !== undefined && typeof label !== 'string') || (decision !== undefined && typeof decision !== 'string')) return false;
      const referred = this.#cut(this.dates.read(ombudsman['referredOn']));
      const decided = this.dates.read(ombudsman['decidedOn']);
      if (referred === MALFORMED_DAY || decided === MALFORMED_DAY) return false;
      days.ombudsmanReferred = referred;
      // The timeline holds a decision only with both its date and its category (the caller checks the category).
      if (decision !== undefined) days.ombudsmanDecided = this.#cut(decided);
    }
    return true;
  }

  /**
   * Fills one stage from the fields the record's timeline reads for it
   * (see {@link recordToTimeline}): Stage 1 has no request, statement or
   * panel; Stage 2 no panel; Stage 3 no acknowledgement or extension. An
   * extension's limit and reason, and a response's outcome, are read only
   * with their date, as the timeline does.
   */
  #fillStage(value: Loose, stage: StageDays, n: 1 | 2 | 3): boolean {
    const asOfDay = this.#asOfDay;
    if (n !== 1) {
      const request = this.dates.read(value['requestedOn']);
      if (request === MALFORMED_DAY) return false;
      if (request > asOfDay) {
        // Not requested by asOf: the stage and all its facts had not happened (facts on or before asOf need the full engine).
        for (const key of STAGE_DATE_KEYS[n]) {
          const day = this.dates.read(value[key]);
          if (day !== NO_DAY && day <= asOfDay) return false;
        }
        this.droppedAfterAsOf = true;
        clearStage(stage);
        return true;
      }
      stage.request = request;
    } else {
      stage.request = NO_DAY;
    }
    stage.acknowledged = n === 3 ? NO_DAY : this.#cut(this.dates.read(value['acknowledgedOn']));
    stage.statement = n === 2 ? this.#cut(this.dates.read(value['statementAgreedOn'])) : NO_DAY;
    stage.panel = n === 3 ? this.#cut(this.dates.read(value['panelHeldOn'])) : NO_DAY;
    stage.report = n === 3 ? this.#cut(this.dates.read(value['panelReportReceivedOn'])) : NO_DAY;
    const response = this.#cut(this.dates.read(value['respondedOn']));
    const extension = n === 3 ? NO_DAY : this.dates.read(value['extensionNotifiedOn']);
    stage.response = response;
    stage.extension = this.#cut(extension);
    if (
      stage.acknowledged === MALFORMED_DAY ||
      stage.statement === MALFORMED_DAY ||
      stage.panel === MALFORMED_DAY ||
      stage.report === MALFORMED_DAY ||
      response === MALFORMED_DAY ||
      extension === MALFORMED_DAY
    ) {
      return false;
    }
    stage.extensionWorkingDays = NO_DAY;
    if (extension !== NO_DAY) {
      const limit = value['extendedLimitWorkingDays'];
      const reason = value['extensionReason'];
      if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit <= 0)) return false;
      if (reason !== undefined && typeof reason !== 'string') return false;
      if (limit !== undefined && stage.extension !== NO_DAY) stage.extensionWorkingDays = limit;
    }
    stage.responseWithdrawn = response !== NO_DAY && value['outcome'] === 'withdrawn';
    return true;
  }

  /** The record field of an event of the last timeline given to the full engine. */
  fieldOfEvent(index: number): string | undefined {
    return this.#fields[index];
  }

  #full(record: ComplaintRecord): void {
    const context = this.#context;
    this.#fields = [];
    const timeline = recordToTimeline(record);
    const asOfDay = this.#asOfDay;
    const kept = sourcedEventsOf(record).filter((sourced) => !(dayOf(sourced.event.date) > asOfDay));
    if (kept.length !== timeline.events.length) this.droppedAfterAsOf = true;
    this.#fields = kept.map((sourced) => sourced.field);
    const assessment = assessComplaint(
      { ...timeline, events: kept.map((sourced) => sourced.event) },
      { asOf: context.asOf, calendar: context.calendarOption, conventions: context.conventionsOption },
    );
    copyTimings(assessment, this.timings);
  }
}

/** Copies the full engine's stage and step timings into the fast path's shape. */
function copyTimings(assessment: ComplaintAssessment, out: StageTiming[]): void {
  assessment.stages.forEach((stage, i) => {
    const timing = out[i] as StageTiming;
    timing.status = stage.status;
    timing.taken = stage.workingDaysTaken ?? -1;
    stage.steps.forEach((step, k) => {
      const target = timing.steps[k];
      if (target === undefined) return;
      target.status = step.status;
      target.taken = step.workingDaysTaken ?? -1;
    });
  });
}
