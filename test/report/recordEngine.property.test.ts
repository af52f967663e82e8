/**
 * The report's reading of a record against assessComplaint: for any record,
 * valid or broken, seen on any asOf day, the report reads the record's fields
 * straight into the engine's plan (no timeline is built), and that gives
 * exactly the stage and step timings assessComplaint gives for the record's
 * timeline cut at asOf, and refuses exactly the records it refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessComplaint, ChildrenActComplaintsError, createWorkingDayCalendar, recordToTimeline, type ComplaintRecord } from '../../src/index';
import { dayNumberOfIso, formatDayNumber } from '../../src/internal/days';
import { checkRecord } from '../../src/records/record';
import { RecordEngine } from '../../src/report/internal/recordEngine';
import { readReportOptions } from '../../src/report/options';
import { complaintRecordArbitrary, latestDateOf } from './arbitraries';

type Timings = { status: string; taken: number; steps: { status: string; taken: number }[] }[];

function engineTimings(record: ComplaintRecord, asOf: string, options: { calendar?: ReturnType<typeof createWorkingDayCalendar>; conventions?: object }): Timings | 'refused' {
  try {
    const timeline = recordToTimeline(record);
    const events = timeline.events.filter((event) => !(typeof event.date === "string" && dayNumberOfIso(event.date) > dayNumberOfIso(asOf)));
    const assessment = assessComplaint({ ...timeline, events }, { asOf, ...options });
    return assessment.stages.map((stage) => ({
      status: stage.status,
      taken: stage.workingDaysTaken ?? -1,
      steps: stage.steps.map((step) => ({ status: step.status, taken: step.workingDaysTaken ?? -1 })),
    }));
  } catch (error) {
    if (error instanceof ChildrenActComplaintsError) return 'refused';
    throw error;
  }
}

/** Breaks a record in one of the ways hand-built records break. */
const mutation = fc.record({
  kind: fc.constantFrom('shift', 'malformed', 'remove', 'outcome', 'extension', 'none'),
  pick: fc.nat(),
  shift: fc.integer({ min: -60, max: 60 }),
});

function datePaths(record: unknown, prefix: string[] = []): string[][] {
  const paths: string[][] = [];
  if (typeof record !== 'object' || record === null) return paths;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) paths.push([...prefix, key]);
    else if (typeof value === 'object' && value !== null) paths.push(...datePaths(value, [...prefix, key]));
  }
  return paths;
}

function mutate(record: ComplaintRecord, m: { kind: string; pick: number; shift: number }): ComplaintRecord {
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  const paths = datePaths(copy);
  const path = paths[m.pick % paths.length] as string[];
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((at, key) => at[key] as Record<string, unknown>, copy);
  const key = path[path.length - 1] as string;
  switch (m.kind) {
    case 'shift':
      parent[key] = formatDayNumber(dayNumberOfIso(parent[key] as string) + m.shift);
      break;
    case 'malformed':
      parent[key] = '2024-02-30';
      break;
    case 'remove':
      delete parent[key];
      break;
    case 'outcome':
      (copy['stage1'] as Record<string, unknown>)['outcome'] = m.shift % 2 === 0 ? 'withdrawn' : 'upheld';
      break;
    case 'extension':
      (copy['stage1'] as Record<string, unknown>)['extensionNotifiedOn'] = copy['receivedOn'];
      (copy['stage1'] as Record<string, unknown>)['extendedLimitWorkingDays'] = Math.abs(m.shift) % 25;
      break;
  }
  return copy as unknown as ComplaintRecord;
}

const calendars = [undefined, createWorkingDayCalendar({ extraClosedDays: ['2023-12-27', '2023-12-28', '2023-12-29'] })];

/** The settings both properties draw, besides the record. */
const settings = [
  fc.integer({ min: -30, max: 200 }),
  fc.constantFrom(0, 1),
  fc.constantFrom('as-received', 'next-working-day'),
  fc.constantFrom('request', 'statement-agreed'),
] as const;

/**
 * An assessor on drawn settings, its asOf running from receipt (nothing
 * counted) to well after the record's last event (the report assesses only
 * received records), and the engine's timings for a record on the same settings.
 */
function setUp(valid: ComplaintRecord, lag: number, calendarIndex: number, receipt: 'as-received' | 'next-working-day', stage2ClockStartsOn: 'request' | 'statement-agreed') {
  const latest = dayNumberOfIso(latestDateOf(valid));
  const asOf = formatDayNumber(Math.max(dayNumberOfIso(valid.receivedOn), latest - 60 + lag));
  const calendar = calendars[calendarIndex];
  const conventions = { receipt, stage2ClockStartsOn } as const;
  const { engine: settings } = readReportOptions({ period: { from: '2021-01-01', to: '2021-12-31' }, asOf, calendar, conventions });
  const reader = new RecordEngine(settings.plan, settings.asOfDay);
  const ours = (record: ComplaintRecord): Timings | 'refused' => {
    if (checkRecord(record).length > 0 || reader.read(record) !== null) return 'refused';
    return reader.evaluation.stages.slice(0, settings.plan.stages.length).map((stage) => ({
      status: stage.status,
      taken: stage.taken,
      steps: stage.steps.map((step) => ({ status: step.status, taken: step.taken })),
    }));
  };
  const engine = (record: ComplaintRecord) => engineTimings(record, asOf, { ...(calendar === undefined ? {} : { calendar }), conventions });
  return { ours, engine };
}

describe('the report’s one assessment per record', () => {
  it('agrees with assessComplaint on every record and asOf, and refuses what it refuses', () => {
    fc.assert(
      fc.property(
        complaintRecordArbitrary({ receivedFrom: '2022-01-01', receivedTo: '2024-12-31' }),
        mutation,
        ...settings,
        (valid, m, lag, calendarIndex, receipt, stage2ClockStartsOn) => {
          const record = mutate(valid, m);
          const { ours, engine } = setUp(valid, lag, calendarIndex, receipt, stage2ClockStartsOn);
          expect(ours(record)).toEqual(engine(record));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('agrees on every valid record, deferrals and all, with nothing refused', () => {
    fc.assert(
      fc.property(complaintRecordArbitrary({ receivedFrom: '2022-01-01', receivedTo: '2024-12-31' }), ...settings, (record, lag, calendarIndex, receipt, stage2ClockStartsOn) => {
        const { ours, engine } = setUp(record, lag, calendarIndex, receipt, stage2ClockStartsOn);
        const timings = ours(record);
        expect(timings).not.toBe('refused');
        expect(timings).toEqual(engine(record));
      }),
      { numRuns: 500 },
    );
  });
});
