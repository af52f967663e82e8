import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, assessComplaint, createWorkingDayCalendar, differenceInWorkingDays, isWorkingDay, type ComplaintAssessment, type ComplaintTimeline, type WorkingDayCalendar } from '../../src/index';
import { formatDayNumber } from '../../src/internal/days';
import { dayNumber } from '../support/dates';
import { scenario, type Scenario } from './timelines.arbitrary';

const RUNS = { numRuns: 300 };

const assess = (s: Scenario, calendar?: WorkingDayCalendar): ComplaintAssessment =>
  assessComplaint(s.timeline, { asOf: s.asOf, conventions: s.conventions, ...(calendar === undefined ? {} : { calendar }) });

/** Every deadline of an assessment, keyed by where it is. */
function deadlines(result: ComplaintAssessment): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const stage of result.stages) {
    found.set(`${stage.stage}.window`, stage.requestWindowClosesOn);
    for (const step of stage.steps) {
      found.set(`${stage.stage}.${step.step}.dueOn`, step.dueOn);
      found.set(`${stage.stage}.${step.step}.extendedDueOn`, step.extendedDueOn);
      found.set(`${stage.stage}.${step.step}.latestPossibleDueOn`, step.latestPossibleDueOn);
    }
  }
  return found;
}

describe('laws of the assessment', () => {
  it('puts every due date and window on a working day', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const [where, date] of deadlines(assess(s))) {
          if (date !== null) expect(isWorkingDay(date), where).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never puts an extended due date before the base one, nor past the latest possible', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const stage of assess(s).stages) {
          for (const step of stage.steps) {
            if (step.dueOn === null) continue;
            if (step.extendedDueOn !== null) expect(step.extendedDueOn >= step.dueOn).toBe(true);
            // The latest possible date is unknown (null) only while a hold that began before it lasts.
            if (step.latestPossibleDueOn !== null) expect(step.latestPossibleDueOn >= (step.extendedDueOn ?? step.dueOn)).toBe(true);
            else expect(stage.deferrals.some((hold) => hold.to === null)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("has 'met' exactly when workingDaysTaken ≤ the limit, exactly when doneOn ≤ dueOn", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const stage of assess(s).stages) {
          for (const step of stage.steps) {
            if (step.doneOn === null || step.dueOn === null || step.workingDaysTaken === null) continue;
            const met = step.status === 'met';
            expect(step.workingDaysTaken <= step.workingDays).toBe(met);
            expect(step.doneOn <= step.dueOn).toBe(met);
            if (step.extendedDueOn !== null && !met) {
              expect(step.doneOn <= step.extendedDueOn).toBe(step.status === 'met-within-extension');
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('never moves a deadline because of an event dated after it', () => {
    fc.assert(
      fc.property(scenario, fc.nat(400), (s, cutAfter) => {
        const cut = formatDayNumber(dayNumber(s.timeline.receivedOn) + cutAfter);
        const before = s.timeline.events.filter((e) => e.date <= cut);
        const after = s.timeline.events.filter((e) => e.date > cut);
        if (after.length === 0) return;
        const firstLater = after.map((e) => e.date).reduce((a, b) => (a < b ? a : b));
        const extensionLater = after.some((e) => e.type === 'extension-notified');
        const prefix = assessComplaint({ ...s.timeline, events: before }, { asOf: cut, conventions: s.conventions });
        const full = deadlines(assess(s));
        for (const [where, date] of deadlines(prefix)) {
          if (date === null || date > firstLater) continue;
          if (where.endsWith('extendedDueOn') && extensionLater) continue;
          expect(full.get(where), where).toBe(date);
        }
      }),
      RUNS,
    );
  });

  it('never makes a deadline earlier when a closure day is added', () => {
    fc.assert(
      fc.property(scenario, fc.nat(200), (s, offset) => {
        const closed = formatDayNumber(dayNumber(s.timeline.receivedOn) + offset);
        const calendar = createWorkingDayCalendar({ extraClosedDays: [closed] });
        const plain = deadlines(assess(s));
        for (const [where, date] of deadlines(assess(s, calendar))) {
          const base = plain.get(where);
          if (date !== null && base != null) expect(date >= base, where).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order the events are given in', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray([...s.timeline.events.keys()], { minLength: s.timeline.events.length }))),
        ([s, order]) => {
          const shuffled: ComplaintTimeline = { ...s.timeline, events: order.map((i) => s.timeline.events[i]!) };
          const remapped = JSON.stringify(assessComplaint(shuffled, { asOf: s.asOf, conventions: s.conventions }), (key, value: unknown) =>
            key === 'eventIndex' ? order[value as number] : value,
          );
          expect(remapped).toBe(JSON.stringify(assess(s)));
        },
      ),
      RUNS,
    );
  });
});

describe('a time on hold', () => {
  /** A Stage 1 timeline without holds, and a hold to add before its deadline (and before any response). */
  const stage1WithHold = fc
    .record({
      received: fc.integer({ min: dayNumber('2012-01-02'), max: dayNumber('2026-06-30') }),
      extension: fc.option(fc.integer({ min: 11, max: 20 }), { nil: undefined }),
      holdAfter: fc.nat(13),
      holdLength: fc.nat(40),
      respondAfterResume: fc.option(fc.nat(40), { nil: undefined }),
      receipt: fc.constantFrom('as-received' as const, 'next-working-day' as const),
    })
    .map((p) => {
      const received = formatDayNumber(p.received);
      const from = formatDayNumber(p.received + p.holdAfter);
      const to = formatDayNumber(p.received + p.holdAfter + p.holdLength);
      const events: ComplaintTimeline['events'] = p.extension === undefined ? [] : [{ type: 'extension-notified', stage: 1, date: received, workingDays: p.extension }];
      const response = p.respondAfterResume === undefined ? [] : [{ type: 'response', stage: 1, date: formatDayNumber(dayNumber(to) + 1 + p.respondAfterResume) } as const];
      const asOf = formatDayNumber(p.received + p.holdAfter + p.holdLength + 60);
      return { received, from, to, events, response, asOf, conventions: { receipt: p.receipt } };
    });

  it('pushes every later deadline of its stage back by exactly its working days', () => {
    fc.assert(
      fc.property(stage1WithHold, ({ received, from, to, events, response, asOf, conventions }) => {
        const without = assessComplaint({ receivedOn: received, events: [...events, ...response] }, { asOf, conventions }).stages[0]!;
        if (without.dueOn === null || from >= without.dueOn) return;
        const withHold = assessComplaint(
          { receivedOn: received, events: [...events, { type: 'deferred', date: from }, { type: 'resumed', date: to }, ...response] },
          { asOf, conventions },
        ).stages[0]!;
        const clockStart = without.clockStartsOn as string;
        const counted = from > clockStart ? from : clockStart;
        const held = to > counted ? differenceInWorkingDays(to, counted) : 0;
        expect(withHold.workingDaysDeferred).toBe(held);
        for (const key of ['dueOn', 'extendedDueOn', 'latestPossibleDueOn'] as const) {
          const moved = withHold[key];
          const original = without[key];
          if (original === null) {
            expect(moved).toBeNull();
            continue;
          }
          expect(moved).toBe(addWorkingDays(original, held));
          expect(differenceInWorkingDays(moved as string, original)).toBe(held);
        }
        if (without.workingDaysTaken !== null) expect(withHold.workingDaysTaken).toBe(without.workingDaysTaken - held);
      }),
      RUNS,
    );
  });
});

describe('time zones', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it('give the same assessment in every zone', () => {
    const zones = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London', 'Pacific/Chatham', 'Asia/Kathmandu'];
    fc.assert(
      fc.property(scenario, (s) => {
        const outputs = zones.map((zone) => {
          process.env['TZ'] = zone;
          return JSON.stringify(assess(s));
        });
        expect(new Set(outputs).size).toBe(1);
      }),
      { numRuns: 50 },
    );
  });
});
