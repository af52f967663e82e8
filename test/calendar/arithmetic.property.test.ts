import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, createWorkingDayCalendar, differenceInWorkingDays, isPlainDate, isWorkingDay, nextWorkingDay, parsePlainDate, previousWorkingDay, workingDayOnOrAfter } from '../../src/index';
import { daysFromCivil, daysInMonth, formatDayNumber } from '../../src/internal/days';
import { isoDateBetween, naiveAddWorkingDays, officialHolidays } from '../support/dates';

// Keep at least a year from the range ends: two chained steps of 130 working days must stay inside 2000–2099.
const date = isoDateBetween('2001-01-01', '2097-12-31');
const officialDate = isoDateBetween('2012-01-01', '2027-09-30');
const amount = fc.integer({ min: 0, max: 130 });
const signedAmount = fc.integer({ min: -130, max: 130 });
const runs = { numRuns: 500 };

describe('PlainDate round trips', () => {
  it('formatting a real date and parsing it gives it back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          fc.pre(d <= daysInMonth(y, m));
          const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(parsePlainDate(iso)).toBe(iso);
          expect(formatDayNumber(daysFromCivil(y, m, d))).toBe(iso);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('isPlainDate agrees with parsePlainDate on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (text) => {
        let parsed = true;
        try {
          parsePlainDate(text);
        } catch {
          parsed = false;
        }
        expect(isPlainDate(text)).toBe(parsed);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('addWorkingDays laws', () => {
  it('for amount ≥ 1 the result is a working day; for amount ≤ −1 too', () => {
    fc.assert(
      fc.property(date, signedAmount, (d, n) => {
        fc.pre(n !== 0);
        expect(isWorkingDay(addWorkingDays(d, n))).toBe(true);
      }),
      runs,
    );
  });

  it('0 returns the date unchanged, whatever kind of day it is', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(addWorkingDays(d, 0)).toBe(d);
      }),
      runs,
    );
  });

  it('differenceInWorkingDays(addWorkingDays(d, n), d) === n for n ≥ 0', () => {
    fc.assert(
      fc.property(date, amount, (d, n) => {
        expect(differenceInWorkingDays(addWorkingDays(d, n), d)).toBe(n);
      }),
      runs,
    );
  });

  it('stepping back from a working day is undone by counting: difference(add(d, −n), d) === −n', () => {
    fc.assert(
      fc.property(date, amount, (d, n) => {
        const w = workingDayOnOrAfter(d);
        expect(differenceInWorkingDays(addWorkingDays(w, -n), w)).toBe(0 - n);
      }),
      runs,
    );
  });

  it('addWorkingDays(d, differenceInWorkingDays(w, d)) === w for a working day w after d', () => {
    fc.assert(
      fc.property(date, amount, (d, n) => {
        const w = workingDayOnOrAfter(addWorkingDays(d, n + 1));
        expect(addWorkingDays(d, differenceInWorkingDays(w, d))).toBe(w);
      }),
      runs,
    );
  });

  it('is additive for non-negative amounts', () => {
    fc.assert(
      fc.property(date, amount, amount, (d, a, b) => {
        expect(addWorkingDays(addWorkingDays(d, a), b)).toBe(addWorkingDays(d, a + b));
      }),
      runs,
    );
  });

  it('is monotonic in the date', () => {
    fc.assert(
      fc.property(date, date, signedAmount, (x, y, n) => {
        const [d1, d2] = x <= y ? [x, y] : [y, x];
        expect(addWorkingDays(d1, n) <= addWorkingDays(d2, n)).toBe(true);
      }),
      runs,
    );
  });

  it('is monotonic in the amount', () => {
    fc.assert(
      fc.property(date, signedAmount, signedAmount, (d, a, b) => {
        const [n1, n2] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(d, n1) <= addWorkingDays(d, n2)).toBe(true);
      }),
      runs,
    );
  });

  it('agrees with a naive day-by-day loop over the official list', () => {
    const closed = new Set(officialHolidays.map((h) => h.date));
    fc.assert(
      fc.property(officialDate, fc.integer({ min: -60, max: 60 }), (d, n) => {
        fc.pre(d >= '2012-04-01');
        expect(addWorkingDays(d, n)).toBe(naiveAddWorkingDays(d, n, closed));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('differenceInWorkingDays laws', () => {
  it('is antisymmetric', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(differenceInWorkingDays(a, b)).toBe(0 - differenceInWorkingDays(b, a));
      }),
      runs,
    );
  });

  it('is monotonic in both arguments', () => {
    fc.assert(
      fc.property(date, date, date, (x, y, e) => {
        const [l1, l2] = x <= y ? [x, y] : [y, x];
        expect(differenceInWorkingDays(l1, e) <= differenceInWorkingDays(l2, e)).toBe(true);
        expect(differenceInWorkingDays(e, l1) >= differenceInWorkingDays(e, l2)).toBe(true);
      }),
      runs,
    );
  });

  it('adds up across a middle date', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(differenceInWorkingDays(c, a)).toBe(differenceInWorkingDays(c, b) + differenceInWorkingDays(b, a));
      }),
      runs,
    );
  });
});

describe('next, previous and on-or-after', () => {
  it('move strictly and land on working days', () => {
    fc.assert(
      fc.property(date, (d) => {
        const next = nextWorkingDay(d);
        const previous = previousWorkingDay(d);
        expect(next > d && isWorkingDay(next)).toBe(true);
        expect(previous < d && isWorkingDay(previous)).toBe(true);
        expect(differenceInWorkingDays(next, d)).toBe(1);
        expect(next).toBe(addWorkingDays(d, 1));
        expect(previous).toBe(addWorkingDays(d, -1));
        const onOrAfter = workingDayOnOrAfter(d);
        expect(onOrAfter === d).toBe(isWorkingDay(d));
        expect(onOrAfter <= next).toBe(true);
      }),
      runs,
    );
  });
});

describe('closure days', () => {
  it('adding a closure day never makes a result earlier', () => {
    fc.assert(
      fc.property(date, amount, fc.array(date, { maxLength: 5 }), (d, n, closures) => {
        const calendar = createWorkingDayCalendar({ extraClosedDays: closures });
        expect(addWorkingDays(d, n, { calendar }) >= addWorkingDays(d, n)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a closure day is not a working day, and declaring a day working opens it', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(isWorkingDay(d, { calendar: createWorkingDayCalendar({ extraClosedDays: [d] }) })).toBe(false);
        expect(isWorkingDay(d, { calendar: createWorkingDayCalendar({ extraWorkingDays: [d] }) })).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
