/**
 * The same input gives the same output whatever its order: records shuffled
 * in a JSON array or a CSV file, events shuffled within a timeline (valid or
 * not: the same error, about the same event), timelines shuffled on a
 * dashboard. Row numbers and indexes follow the input, so results are
 * compared by id and by content.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessComplaint, buildAnnualReport, ombudsmanDecisions, parseComplaintRecords, readComplaintsCsv, stageOutcomes, TimelineError, upcomingDeadlines, type ComplaintRecordsResult, type ComplaintTimeline } from '../../src/index';
import { asExportRow, validRecord } from '../records/arbitraries';
import { complaintRecordArbitrary } from '../report/arbitraries';
import { scenario } from '../procedure/timelines.arbitrary';
import { isoDateBetween } from '../support/dates';
import { fuzzRuns, spoiled } from '../support/hostile';
import { COLUMNS, csvPlan, writeCsv } from './csv';

/** A permutation of `0..n-1`. */
const permutationOf = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

/** A list and a permutation of it. */
function withPermutation<T>(list: fc.Arbitrary<readonly T[]>): fc.Arbitrary<[readonly T[], readonly number[]]> {
  return list.chain((items) => fc.tuple(fc.constant(items), permutationOf(items.length)));
}

/**
 * A reader's result with row numbers and lines taken out, keyed by id,
 * sorted: what must not depend on order. For CSV, what csv-parse says about
 * a broken quote depends on the lines after it, so messages (and the details
 * they are built from) are left out and each issue is compared by field,
 * code, rule and column.
 */
function byId(result: ComplaintRecordsResult, messages = true): unknown {
  const text = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' || typeof inner === 'symbol' ? String(inner) : inner));
  const strip = (text: string) => (messages ? text.replace(/\b(Row|Line|row|line) \d+/g, '$1 #') : '');
  return {
    records: result.records.map(text).sort(),
    rejected: result.rejected
      .map((row) => text({ id: row.id ?? null, issues: row.issues.map((issue) => ({ ...issue, message: strip(issue.message), details: messages ? issue.details : null })) }))
      .sort(),
  };
}

const RUNS = fuzzRuns(40);

describe('records: order does not matter', () => {
  it('parseComplaintRecords accepts and rejects the same rows, for the same reasons, whatever their order', () => {
    const rows = fc.array(fc.oneof(validRecord.map(asExportRow), spoiled(validRecord.map(asExportRow), 2)), { maxLength: 12 }).map((list) =>
      // Distinct ids, so that "the first row with an id is kept" cannot depend on the order.
      list.map((row, i) => (typeof row === 'object' && row !== null && !Array.isArray(row) && typeof (row as { id?: unknown }).id === 'string' ? { ...row, id: `R-${i}` } : row)),
    );
    fc.assert(
      fc.property(withPermutation(rows), fc.constantFrom(undefined, '2026-12-31'), ([list, order], asOf) => {
        const options = asOf === undefined ? {} : { asOf };
        const given = parseComplaintRecords(list, options);
        const shuffled = parseComplaintRecords(order.map((i) => list[i]), options);
        expect(byId(shuffled)).toEqual(byId(given));
      }),
      RUNS,
    );
  });

  it('readComplaintsCsv accepts and rejects the same rows, for the same reasons, whatever the order of the lines', () => {
    fc.assert(
      fc.property(withPermutation(csvPlan), ([plan, order]) => {
        // Ids follow the row, not its place: write each row with its own id.
        const lines = plan.map((row, i) => writeCsv([row]).split('\r\n').slice(1).join('\r\n').replace(/^C-0/, `C-${i}`));
        const header = writeCsv([]);
        const given = readComplaintsCsv(header + lines.join(''), { columns: COLUMNS });
        const shuffled = readComplaintsCsv(header + order.map((i) => lines[i]).join(''), { columns: COLUMNS });
        expect(given.records.length + given.rejected.length).toBe(plan.length);
        expect(byId(shuffled, false)).toEqual(byId(given, false));
      }),
      RUNS,
    );
  });
});

/** Timelines of the right shape whose events are random: mostly impossible under the procedure. */
const randomEvent = fc.oneof(
  fc.record({ type: fc.constant('response'), stage: fc.constantFrom(1, 2, 3), date: isoDateBetween('2024-01-01', '2024-03-31'), outcome: fc.constantFrom(...stageOutcomes.values) }),
  fc.record({ type: fc.constant('stage-requested'), stage: fc.constantFrom(2, 3), date: isoDateBetween('2024-01-01', '2024-03-31') }),
  fc.record({ type: fc.constantFrom('acknowledged', 'extension-notified'), stage: fc.constantFrom(1, 2), date: isoDateBetween('2024-01-01', '2024-03-31') }),
  fc.record({
    type: fc.constantFrom('statement-agreed', 'panel-held', 'panel-report-received', 'deferred', 'resumed', 'withdrawn', 'ombudsman-referred'),
    date: isoDateBetween('2024-01-01', '2024-03-31'),
  }),
  fc.record({ type: fc.constant('ombudsman-decision'), date: isoDateBetween('2024-01-01', '2024-03-31'), decision: fc.constantFrom(...ombudsmanDecisions.values) }),
);
const randomTimeline = fc.record({ receivedOn: isoDateBetween('2024-01-01', '2024-02-15'), events: fc.array(randomEvent, { maxLength: 8 }) });

type Outcome = { readonly result: string } | { readonly error: string };

/**
 * What assessing gives, with each event index turned into the event it
 * names: identical events are interchangeable, so an index alone may differ.
 */
function assessed(timeline: ComplaintTimeline): Outcome {
  const eventAt = (index: number): string => JSON.stringify(timeline.events[index]);
  try {
    return { result: JSON.stringify(assessComplaint(timeline, { asOf: '2024-06-30' }), (key, value: unknown) => (key === 'eventIndex' && typeof value === 'number' ? eventAt(value) : value)) };
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
    const event = error.eventIndex === null ? null : eventAt(error.eventIndex);
    return { error: JSON.stringify([error.code, error.rule, error.eventType, event, error.field.replace(/^events\[\d+\]/, 'events[#]')]) };
  }
}

describe('timelines: order does not matter', () => {
  it('an impossible timeline fails with the same rule about the same event, whatever the order of its events', () => {
    fc.assert(
      fc.property(
        randomTimeline.chain((t) => fc.tuple(fc.constant(t), permutationOf(t.events.length))),
        ([timeline, order]) => {
          const shuffled = { ...timeline, events: order.map((i) => timeline.events[i]) } as ComplaintTimeline;
          expect(assessed(shuffled)).toEqual(assessed(timeline as ComplaintTimeline));
        },
      ),
      fuzzRuns(300),
    );
  });

  it('upcomingDeadlines lists the same deadlines whatever the order of the timelines', () => {
    fc.assert(
      fc.property(withPermutation(fc.array(scenario, { maxLength: 8 })), ([list, order]) => {
        const timelines = list.map((s, i) => ({ ...s.timeline, id: `T-${i}` }));
        const asOf = list.reduce((max, s) => (s.asOf > max ? s.asOf : max), '2026-07-01');
        const rows = (given: readonly ComplaintTimeline[]) =>
          upcomingDeadlines(given, { asOf, withinWorkingDays: 10 })
            .map(({ timelineIndex: _index, ...row }) => JSON.stringify(row))
            .sort();
        expect(rows(order.map((i) => timelines[i] as ComplaintTimeline))).toEqual(rows(timelines));
      }),
      RUNS,
    );
  });
});

describe('the report: order does not matter', () => {
  it('builds the same tables, coverage and warnings, and rejects the same records for the same reasons, whatever their order', () => {
    const records = fc.array(fc.oneof({ arbitrary: complaintRecordArbitrary({ receivedFrom: '2022-10-01', receivedTo: '2024-06-30' }), weight: 3 }, { arbitrary: spoiled(complaintRecordArbitrary({ receivedFrom: '2023-01-01', receivedTo: '2024-03-31' }), 2), weight: 1 }), { maxLength: 20 });
    fc.assert(
      fc.property(withPermutation(records), fc.constantFrom('2024-03-31', '2024-05-31'), ([list, order], asOf) => {
        const build = (given: readonly unknown[]) => {
          // records.rejected's indices follow the input order, so they are left out.
          const { records: fate, ...report } = buildAnnualReport(given as never, { year: '2023/24', asOf });
          const rejected = fate.rejected.map(({ index: _index, ...rest }) => JSON.stringify(rest)).sort();
          return { ...report, fate: { ...fate, rejected } };
        };
        expect(build(order.map((i) => list[i]))).toEqual(build(list));
      }),
      RUNS,
    );
  });
});
