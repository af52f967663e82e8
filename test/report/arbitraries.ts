/**
 * fast-check arbitraries that build valid complaint records: every record
 * they make is one parseComplaintRecords would accept and the deadline
 * engine can assess (checked by a property test). Dates are built forwards
 * from receipt, stage by stage, so each stage starts after the one before
 * is answered, and a withdrawal or a hold falls where the procedure allows.
 *
 * Written to be moved to a public testing subpath later: nothing here
 * depends on the report module.
 */
import fc from 'fast-check';
import type { ComplaintRecord, PlainDate } from '../../src/index';
import { ageBands, complainantSources, complaintTypes, disabilityStatuses, ethnicGroups, genders, ombudsmanDecisions, sexualOrientations, stageOutcomes } from '../../src/index';
import { daysFromCivil, formatDayNumber } from '../../src/internal/days';

/** The service areas the arbitraries use: ids of the common list. */
export const ARBITRARY_SERVICE_AREAS = ['children-in-need', 'looked-after-children', 'disabled-children', 'quality-assurance'] as const;

/** Options of {@link complaintRecordArbitrary}. */
export interface RecordArbitraryOptions {
  /** First and last day a complaint may be received, `YYYY-MM-DD`. */
  readonly receivedFrom?: string;
  readonly receivedTo?: string;
  /** Whether records may have deferrals (reg 8); default true. */
  readonly deferrals?: boolean;
  /** The service areas to draw from. */
  readonly serviceAreas?: readonly string[];
}

function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

const date = (day: number): PlainDate => formatDayNumber(day) as PlainDate;

/** Sets a key only when the value is defined, as exactOptionalPropertyTypes wants. */
function put<T extends object>(target: T, key: string, value: unknown): void {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
}

const outcome = fc.constantFrom(...stageOutcomes.values.filter((o) => o !== 'withdrawn'));

/** Up to `max` days after `from`, or absent. */
const maybeAfter = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });

/**
 * The raw choices a record is built from; kept separate so shrinking works
 * on plain numbers.
 */
const choices = fc.record({
  grounds: maybeAfter(400),
  stage1: fc.record({
    ack: maybeAfter(6),
    ext: maybeAfter(15),
    extLimit: fc.option(fc.integer({ min: 11, max: 25 }), { nil: undefined }),
    response: maybeAfter(90),
    outcome: fc.option(outcome, { nil: undefined }),
    withdrawnByResponse: fc.boolean(),
  }),
  stage2: fc.option(
    fc.record({
      request: fc.integer({ min: 0, max: 40 }),
      statement: maybeAfter(10),
      ack: maybeAfter(5),
      ext: maybeAfter(30),
      extLimit: fc.option(fc.integer({ min: 26, max: 70 }), { nil: undefined }),
      response: maybeAfter(120),
      outcome: fc.option(outcome, { nil: undefined }),
    }),
    { nil: undefined },
  ),
  stage3: fc.option(
    fc.record({
      request: fc.integer({ min: 0, max: 30 }),
      panel: maybeAfter(60),
      report: maybeAfter(10),
      response: maybeAfter(30),
      outcome: fc.option(outcome, { nil: undefined }),
    }),
    { nil: undefined },
  ),
  withdrawal: maybeAfter(60),
  hold: fc.option(fc.record({ start: fc.integer({ min: 0, max: 20 }), length: maybeAfter(25) }), { nil: undefined }),
  advocacy: fc.option(
    fc.record({
      offered: fc.option(fc.boolean(), { nil: undefined }),
      allocated: fc.option(fc.integer({ min: -10, max: 30 }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  complainant: fc.option(
    fc.record({
      ageBand: fc.option(fc.constantFrom(...ageBands.values), { nil: undefined }),
      gender: fc.option(fc.constantFrom(...genders.values), { nil: undefined }),
      ethnicity: fc.option(fc.constantFrom(...ethnicGroups.values), { nil: undefined }),
      disability: fc.option(fc.constantFrom(...disabilityStatuses.values), { nil: undefined }),
      sexualOrientation: fc.option(fc.constantFrom(...sexualOrientations.values), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  ombudsman: fc.option(
    fc.record({
      referred: fc.integer({ min: 0, max: 300 }),
      decided: maybeAfter(200),
      decision: fc.constantFrom(...ombudsmanDecisions.values),
      label: fc.option(fc.constantFrom('Upheld – maladministration & injustice', 'Premature', 'Not upheld', 'Closed after initial enquiries'), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  complaintType: fc.constantFrom(...complaintTypes.values),
  source: fc.constantFrom(...complainantSources.values),
});

type Choices = typeof choices extends fc.Arbitrary<infer C> ? C : never;

/** Builds a valid record from receipt, an id, an area and the choices. */
function buildRecord(id: string, received: number, serviceArea: string, c: Choices, allowHolds: boolean): ComplaintRecord {
  const record: Record<string, unknown> = { id, receivedOn: date(received), serviceArea, complaintType: c.complaintType, source: c.source, deferrals: [] };
  put(record, 'groundsAroseOn', c.grounds === undefined ? undefined : date(received - c.grounds));
  let last = received; // the latest stage-business day so far
  let openStage = true; // whether the latest stage started has no response yet

  const s1: Record<string, unknown> = {};
  const response1 = c.stage1.response === undefined ? undefined : received + c.stage1.response;
  const bound1 = response1 ?? Number.POSITIVE_INFINITY;
  if (c.stage1.ack !== undefined && received + c.stage1.ack <= bound1) {
    s1['acknowledgedOn'] = date(received + c.stage1.ack);
    last = Math.max(last, received + c.stage1.ack);
  }
  if (c.stage1.ext !== undefined && received + c.stage1.ext <= bound1) {
    s1['extensionNotifiedOn'] = date(received + c.stage1.ext);
    put(s1, 'extendedLimitWorkingDays', c.stage1.extLimit);
    last = Math.max(last, received + c.stage1.ext);
  }
  let withdrawnByResponse = false;
  if (response1 !== undefined) {
    s1['respondedOn'] = date(response1);
    withdrawnByResponse = c.stage1.withdrawnByResponse && c.stage2 === undefined && c.withdrawal !== undefined;
    put(s1, 'outcome', withdrawnByResponse ? 'withdrawn' : c.stage1.outcome);
    last = response1;
    openStage = false;
  }
  record['stage1'] = s1;

  // A hold within Stage 1, ending on or before its response.
  if (allowHolds && c.hold !== undefined) {
    const from = received + c.hold.start;
    if (response1 === undefined || from <= response1) {
      const to = c.hold.length === undefined ? undefined : from + c.hold.length;
      if (to === undefined ? response1 === undefined : response1 === undefined || to <= response1) {
        record['deferrals'] = [to === undefined ? { from: date(from) } : { from: date(from), to: date(to) }];
        last = Math.max(last, to ?? from);
      }
    }
  }

  let response2: number | undefined;
  if (c.stage2 !== undefined && response1 !== undefined && !withdrawnByResponse) {
    const s = c.stage2;
    const request = response1 + s.request;
    const s2: Record<string, unknown> = { requestedOn: date(request) };
    response2 = s.response === undefined ? undefined : request + s.response;
    const bound = response2 ?? Number.POSITIVE_INFINITY;
    last = request;
    for (const [key, offset] of [
      ['statementAgreedOn', s.statement],
      ['acknowledgedOn', s.ack],
    ] as const) {
      if (offset !== undefined && request + offset <= bound) {
        s2[key] = date(request + offset);
        last = Math.max(last, request + offset);
      }
    }
    if (s.ext !== undefined && request + s.ext <= bound) {
      s2['extensionNotifiedOn'] = date(request + s.ext);
      put(s2, 'extendedLimitWorkingDays', s.extLimit);
      last = Math.max(last, request + s.ext);
    }
    openStage = true;
    if (response2 !== undefined) {
      s2['respondedOn'] = date(response2);
      put(s2, 'outcome', s.outcome);
      last = response2;
      openStage = false;
    }
    record['stage2'] = s2;
  }

  if (c.stage3 !== undefined && response2 !== undefined) {
    const s = c.stage3;
    const request = response2 + s.request;
    const s3: Record<string, unknown> = { requestedOn: date(request) };
    last = request;
    openStage = true;
    if (s.panel !== undefined) {
      const panel = request + s.panel;
      s3['panelHeldOn'] = date(panel);
      last = panel;
      if (s.report !== undefined) {
        const report = panel + s.report;
        s3['panelReportReceivedOn'] = date(report);
        last = report;
        if (s.response !== undefined) {
          s3['respondedOn'] = date(report + s.response);
          put(s3, 'outcome', s.outcome);
          last = report + s.response;
          openStage = false;
        }
      }
    }
    record['stage3'] = s3;
  }

  // A withdrawal: recorded by the Stage 1 response, or while a stage is open.
  if (withdrawnByResponse) {
    // the response itself records it
  } else if (c.withdrawal !== undefined && openStage) {
    const day = last + c.withdrawal;
    record['withdrawnOn'] = date(day);
    last = day;
  }

  if (c.advocacy !== undefined) {
    const advocacy: Record<string, unknown> = {};
    put(advocacy, 'offered', c.advocacy.offered);
    if (c.advocacy.allocated !== undefined) {
      advocacy['provided'] = true;
      advocacy['allocatedOn'] = date(received + c.advocacy.allocated);
    }
    if (Object.keys(advocacy).length > 0) record['advocacy'] = advocacy;
  }
  if (c.complainant !== undefined) {
    const complainant: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(c.complainant)) put(complainant, key, value);
    if (Object.keys(complainant).length > 0) record['complainant'] = complainant;
  }
  if (c.ombudsman !== undefined) {
    const referred = last + c.ombudsman.referred;
    const ombudsman: Record<string, unknown> = { referredOn: date(referred) };
    if (c.ombudsman.decided !== undefined) {
      ombudsman['decidedOn'] = date(referred + c.ombudsman.decided);
      ombudsman['decision'] = c.ombudsman.decision;
      put(ombudsman, 'label', c.ombudsman.label);
    }
    record['ombudsman'] = ombudsman;
  }
  return record as unknown as ComplaintRecord;
}

/**
 * A valid complaint record.
 *
 * @param options - the window of receipt dates, whether holds may occur, the service areas
 */
export function complaintRecordArbitrary(options: RecordArbitraryOptions = {}): fc.Arbitrary<ComplaintRecord> {
  const from = dayOf(options.receivedFrom ?? '2019-01-01');
  const to = dayOf(options.receivedTo ?? '2025-12-31');
  const areas = options.serviceAreas ?? ARBITRARY_SERVICE_AREAS;
  return fc
    .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: from, max: to }), fc.constantFrom(...areas), choices)
    .map(([n, received, area, c]) => buildRecord(`C-${n}`, received, area, c, options.deferrals ?? true));
}

/**
 * A list of valid records with distinct ids.
 *
 * @param options - as for {@link complaintRecordArbitrary}, plus the list's length bounds
 */
export function complaintRecordsArbitrary(options: RecordArbitraryOptions & { readonly minLength?: number; readonly maxLength?: number } = {}): fc.Arbitrary<ComplaintRecord[]> {
  return fc
    .array(complaintRecordArbitrary(options), { minLength: options.minLength ?? 0, maxLength: options.maxLength ?? 40 })
    .map((records) => records.map((record, index) => ({ ...record, id: `C-${index + 1}` }) as ComplaintRecord));
}

/** The latest date a record mentions, for choosing an asOf on or after it. */
export function latestDateOf(record: ComplaintRecord): string {
  let latest = record.receivedOn as string;
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      if (value > latest) latest = value;
    } else if (typeof value === 'object' && value !== null) {
      for (const inner of Object.values(value)) visit(inner);
    }
  };
  visit(record);
  return latest;
}
