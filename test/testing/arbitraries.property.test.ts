import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessComplaint, createWorkingDayCalendar, defineServiceAreas, differenceInWorkingDays, isPlainDate, isWorkingDay, parseComplaintRecords, recordToTimeline } from '../../src/index';
import {
  assessableComplaintArbitrary,
  complaintRecordArbitrary,
  complaintRecordsArbitrary,
  complaintTimelineArbitrary,
  plainDateArbitrary,
  workingDayArbitrary,
} from '../../src/testing/index';

describe('plainDateArbitrary', () => {
  it('draws real dates inside the range', () => {
    fc.assert(
      fc.property(plainDateArbitrary({ min: '2023-12-30', max: '2024-03-02' }), (date) => {
        expect(isPlainDate(date)).toBe(true);
        expect(date >= '2023-12-30' && date <= '2024-03-02').toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(fc.sample(plainDateArbitrary({ min: '2024-02-29', max: '2024-02-29' }), 3)).toEqual(['2024-02-29', '2024-02-29', '2024-02-29']);
  });

  it('reaches both ends of the supported range', () => {
    expect(new Set(fc.sample(plainDateArbitrary({ min: '2000-01-01', max: '2000-01-02' }), 50))).toEqual(new Set(['2000-01-01', '2000-01-02']));
    expect(fc.sample(plainDateArbitrary({ min: '2099-12-31' }), 2)).toEqual(['2099-12-31', '2099-12-31']);
  });

  it('refuses a malformed or reversed range with typed errors', () => {
    expect(() => plainDateArbitrary({ min: '2024-02-30' })).toThrow(/INVALID_DATE.*\(min\)/);
    expect(() => plainDateArbitrary({ min: '2024-03-01', max: '2024-02-01' })).toThrow(/INVALID_ARGUMENT.*max \(2024-02-01\) is before min/);
    expect(() => plainDateArbitrary({ min: '1999-12-31' })).toThrow(/OUT_OF_RANGE: min \(1999-12-31\) is outside the supported range/);
    expect(() => workingDayArbitrary({ max: '2100-01-04' })).toThrow(/OUT_OF_RANGE/);
  });
});

describe('workingDayArbitrary', () => {
  it('draws only working days, every one of them in the range', () => {
    const drawn = new Set(fc.sample(workingDayArbitrary({ min: '2024-03-28', max: '2024-04-02' }), 200));
    expect(drawn).toEqual(new Set(['2024-03-28', '2024-04-02'])); // Good Friday, the weekend and Easter Monday never
    fc.assert(
      fc.property(workingDayArbitrary(), (day) => isWorkingDay(day)),
      { numRuns: 500 },
    );
  });

  it('skips the closure days of the calendar given', () => {
    const calendar = createWorkingDayCalendar({ extraClosedDays: ['2024-12-27', '2024-12-30', '2024-12-31'] });
    const drawn = new Set(fc.sample(workingDayArbitrary({ min: '2024-12-24', max: '2025-01-02', calendar }), 200));
    expect(drawn).toEqual(new Set(['2024-12-24', '2025-01-02']));
  });

  it('draws every working day of a range evenly enough to reach each one', () => {
    const range = { min: '2024-05-01', max: '2024-05-31' };
    const count = differenceInWorkingDays(range.max, '2024-04-30');
    expect(new Set(fc.sample(workingDayArbitrary(range), 2000)).size).toBe(count);
  });

  it('says so when a range holds no working day', () => {
    expect(() => workingDayArbitrary({ min: '2024-03-29', max: '2024-04-01' })).toThrow(/no working day from 2024-03-29 to 2024-04-01/);
  });
});

describe('complaintRecordArbitrary and complaintRecordsArbitrary', () => {
  it('build lists that parseComplaintRecords accepts unchanged, row for row', () => {
    fc.assert(
      fc.property(complaintRecordsArbitrary({ maxLength: 12 }), (records) => {
        const result = parseComplaintRecords(records);
        expect(result.rejected).toEqual([]);
        expect(result.records).toEqual(records);
      }),
      { numRuns: 150 },
    );
  });

  it('keep to the receipt window, the service areas and the holds option', () => {
    const areas = ['cin', 'lac'];
    const options = { receivedFrom: '2024-04-01', receivedTo: '2025-03-31', serviceAreas: areas, deferrals: false };
    fc.assert(
      fc.property(complaintRecordArbitrary(options), (record) => {
        expect(record.receivedOn >= '2024-04-01' && record.receivedOn <= '2025-03-31').toBe(true);
        expect(areas).toContain(record.serviceArea);
        expect(record.deferrals).toEqual([]);
        const declared = defineServiceAreas([{ id: 'cin', label: 'Children in Need' }, { id: 'lac', label: 'Looked After Children' }]);
        expect(parseComplaintRecords([record], { serviceAreas: declared }).rejected).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('stay inside the supported range at both of its ends', () => {
    for (const options of [{ receivedFrom: '2000-01-01', receivedTo: '2000-01-10' }, { receivedFrom: '2096-12-20', receivedTo: '2096-12-31' }]) {
      fc.assert(
        fc.property(complaintRecordArbitrary(options), (record) => parseComplaintRecords([record]).rejected.length === 0),
        { numRuns: 100 },
      );
    }
  });

  it('give distinct ids in order and respect the length bounds', () => {
    fc.assert(
      fc.property(complaintRecordsArbitrary({ minLength: 2, maxLength: 5 }), (records) => {
        expect(records.length).toBeGreaterThanOrEqual(2);
        expect(records.length).toBeLessThanOrEqual(5);
        expect(records.map((r) => r.id)).toEqual(records.map((_r, i) => `C-${i + 1}`));
      }),
      { numRuns: 50 },
    );
  });

  it('cover every stage, holds, withdrawals and the Ombudsman', () => {
    const records = fc.sample(complaintRecordArbitrary(), { numRuns: 400, seed: 42 });
    expect(records.some((r) => r.stage3?.respondedOn !== undefined)).toBe(true);
    expect(records.some((r) => r.deferrals.length > 0)).toBe(true);
    expect(records.some((r) => r.withdrawnOn !== undefined)).toBe(true);
    expect(records.some((r) => r.stage1.outcome === 'withdrawn')).toBe(true);
    expect(records.some((r) => r.ombudsman?.decision !== undefined)).toBe(true);
    expect(records.some((r) => r.stage2?.findings !== undefined)).toBe(true);
  });

  it('refuse bad options with typed errors', () => {
    expect(() => complaintRecordArbitrary({ receivedTo: '2098-01-01' })).toThrow(/OUT_OF_RANGE/);
    expect(() => complaintRecordArbitrary({ serviceAreas: [] })).toThrow(/INVALID_ARGUMENT.*serviceAreas|serviceAreas.*INVALID_ARGUMENT|non-empty list/);
    expect(() => complaintRecordsArbitrary({ minLength: 3, maxLength: 2 })).toThrow(/maxLength \(2\) is below minLength \(3\)/);
    // @ts-expect-error: holds is a boolean
    expect(() => complaintRecordArbitrary({ deferrals: 'yes' })).toThrow(/Expected true or false/);
  });
});

describe('complaintTimelineArbitrary and assessableComplaintArbitrary', () => {
  it('build timelines the engine accepts under every convention', () => {
    fc.assert(
      fc.property(
        assessableComplaintArbitrary(),
        fc.constantFrom('as-received', 'next-working-day'),
        fc.constantFrom('request', 'statement-agreed'),
        ({ timeline, asOf }, receipt, stage2ClockStartsOn) => {
          const result = assessComplaint(timeline, { asOf, conventions: { receipt, stage2ClockStartsOn } });
          expect(result.asOf).toBe(asOf);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('are the timelines of the record arbitrary', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const [record] = fc.sample(complaintRecordArbitrary(), { numRuns: 1, seed });
        const [timeline] = fc.sample(complaintTimelineArbitrary(), { numRuns: 1, seed });
        expect(timeline).toEqual(recordToTimeline(record!));
      }),
      { numRuns: 30 },
    );
  });
});
