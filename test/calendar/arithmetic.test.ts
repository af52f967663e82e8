import { describe, expect, it } from 'vitest';
import { addWorkingDays, ChildrenActComplaintsError, CoverageError, createWorkingDayCalendar, differenceInWorkingDays, InvalidInputError, isWorkingDay, nextWorkingDay, OutOfRangeError, previousWorkingDay, workingDayOnOrAfter } from '../../src/index';

describe('addWorkingDays: the awkward weeks, worked by hand', () => {
  it.each([
    // Easter 2024: Good Friday 29 March, Easter Monday 1 April.
    ['2024-03-25', 10, '2024-04-10'],
    ['2024-03-28', 1, '2024-04-02'],
    ['2024-03-29', 1, '2024-04-02'], // from Good Friday itself, which is not counted
    ['2024-03-29', 0, '2024-03-29'], // 0 returns the date unchanged, even a holiday
    ['2024-04-02', -1, '2024-03-28'],
    // Easter 2025: Good Friday 18 April, Easter Monday 21 April.
    ['2025-04-17', 1, '2025-04-22'],
    // Christmas 2021 at a weekend: 25 and 26 Saturday and Sunday; substitutes 27 and 28; New Year substitute 3 January 2022.
    ['2021-12-24', 1, '2021-12-29'],
    ['2021-12-24', 3, '2021-12-31'],
    ['2021-12-24', 4, '2022-01-04'],
    ['2021-12-24', 10, '2022-01-12'],
    // Christmas 2022: Sunday 25, Boxing Day Monday 26, substitute Tuesday 27.
    ['2022-12-23', 1, '2022-12-28'],
    // From Friday 16 December: 19, 20, 21, 22, 23 (5); 26 and 27 closed; 28, 29, 30 (8);
    // 2 January 2023 is the New Year substitute; 3 (9), 4 (10).
    ['2022-12-16', 10, '2023-01-04'],
    // Christmas 2027: Saturday 25, Sunday 26; substitutes Monday 27 and Tuesday 28.
    ['2027-12-24', 1, '2027-12-29'],
    // June 2012: spring holiday moved to Monday 4 June, jubilee Tuesday 5 June; 28 May is a normal working day.
    ['2012-05-25', 1, '2012-05-28'],
    ['2012-06-01', 1, '2012-06-06'],
    ['2012-05-31', 10, '2012-06-18'],
    // May 2020: early May holiday moved to Friday 8 May (VE day); Monday 4 May is a working day; spring holiday 25 May.
    ['2020-05-01', 1, '2020-05-04'],
    ['2020-05-07', 1, '2020-05-11'],
    // 4–7 May (4); 8 closed; 11–22 May (14); 25 closed; 26–29 May (18); 1 June (19), 2 June (20).
    ['2020-05-01', 20, '2020-06-02'],
    // June 2022: spring holiday moved to Thursday 2 June, jubilee Friday 3 June; 30 May is a working day.
    ['2022-05-27', 1, '2022-05-30'],
    ['2022-06-01', 1, '2022-06-06'],
    // September 2022: state funeral, Monday 19 September.
    ['2022-09-16', 1, '2022-09-20'],
    ['2022-09-12', 10, '2022-09-27'],
    // May 2023: early May Monday 1, coronation Monday 8, spring Monday 29.
    ['2023-04-28', 1, '2023-05-02'],
    ['2023-05-05', 1, '2023-05-09'],
    // 1 May closed; 2–5 (4); 8 closed; 9–26 (18); 29 closed; 30 (19), 31 (20).
    ['2023-04-28', 20, '2023-05-31'],
  ])('addWorkingDays(%s, %i) is %s', (date, amount, expected) => {
    expect(addWorkingDays(date, amount)).toBe(expected);
  });
});

describe('the issue’s own example', () => {
  it('skips Good Friday and Easter Monday', () => {
    expect(addWorkingDays('2024-03-25', 10)).toBe('2024-04-10');
    expect(differenceInWorkingDays('2024-04-10', '2024-03-25')).toBe(10);
  });
});

describe('differenceInWorkingDays', () => {
  it.each([
    ['2024-04-10', '2024-03-25', 10],
    ['2024-03-25', '2024-04-10', -10],
    ['2024-03-25', '2024-03-25', 0],
    ['2024-03-30', '2024-03-29', 0], // Saturday after Good Friday
    ['2024-04-01', '2024-03-28', 0], // Good Friday, weekend, Easter Monday
    ['2024-04-02', '2024-03-28', 1],
    ['2022-12-28', '2022-12-23', 1],
    ['2023-01-04', '2022-12-16', 10],
  ])('differenceInWorkingDays(%s, %s) is %i', (later, earlier, expected) => {
    expect(differenceInWorkingDays(later, earlier)).toBe(expected);
  });
});

describe('next, previous and on-or-after', () => {
  it('moves strictly', () => {
    expect(nextWorkingDay('2024-03-27')).toBe('2024-03-28');
    expect(nextWorkingDay('2024-03-28')).toBe('2024-04-02');
    expect(previousWorkingDay('2024-04-02')).toBe('2024-03-28');
    expect(previousWorkingDay('2024-03-28')).toBe('2024-03-27');
  });

  it('keeps a working day and moves a closed one', () => {
    expect(workingDayOnOrAfter('2024-03-28')).toBe('2024-03-28');
    expect(workingDayOnOrAfter('2024-03-29')).toBe('2024-04-02');
    expect(workingDayOnOrAfter('2024-03-23')).toBe('2024-03-25');
  });
});

describe('closure days', () => {
  const camden = createWorkingDayCalendar({ extraClosedDays: ['2024-12-27', '2024-12-30', '2024-12-31'] });

  it('are skipped like holidays', () => {
    expect(addWorkingDays('2024-12-20', 3)).toBe('2024-12-27');
    expect(addWorkingDays('2024-12-20', 3, { calendar: camden })).toBe('2025-01-02');
    expect(differenceInWorkingDays('2025-01-02', '2024-12-20', { calendar: camden })).toBe(3);
    expect(isWorkingDay('2024-12-27', { calendar: camden })).toBe(false);
  });

  it('do not change the default calendar', () => {
    expect(isWorkingDay('2024-12-27')).toBe(true);
  });
});

describe('strict calendars', () => {
  const strict = createWorkingDayCalendar({ strict: true });

  it('answer inside the official data', () => {
    expect(addWorkingDays('2027-12-10', 10, { calendar: strict })).toBe('2027-12-24');
  });

  it('refuse dates and results beyond it with OUTSIDE_OFFICIAL_DATA', () => {
    expect(() => addWorkingDays('2028-01-04', 1, { calendar: strict })).toThrow(CoverageError);
    expect(() => addWorkingDays('2027-12-24', 10, { calendar: strict })).toThrow(CoverageError);
    expect(() => isWorkingDay('2011-12-30', { calendar: strict })).toThrow(CoverageError);
    expect(() => differenceInWorkingDays('2028-01-04', '2027-12-01', { calendar: strict })).toThrow(
      expect.objectContaining({ code: 'OUTSIDE_OFFICIAL_DATA', field: 'later' }),
    );
    expect(() => nextWorkingDay('2027-12-31', { calendar: strict })).toThrow(CoverageError);
  });

  it('name the answer, not the start date, when only the answer lies beyond the official data', () => {
    expect(() => addWorkingDays('2027-12-24', 10, { calendar: strict })).toThrow(
      'The answer 2028-01-12, reached from "2027-12-24", is beyond this strict calendar',
    );
  });

  it('accept closure days beyond the official data when building', () => {
    const c = createWorkingDayCalendar({ strict: true, extraClosedDays: ['2030-12-27'] });
    expect(c.extraClosedDays[0]?.date).toBe('2030-12-27');
  });
});

describe('bad input', () => {
  const codeOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(ChildrenActComplaintsError);
      return (error as ChildrenActComplaintsError).code;
    }
    return undefined;
  };

  it.each([
    ['2023-02-29', 1, 'INVALID_DATE'],
    ['2023-2-1', 1, 'INVALID_DATE'],
    ['01/02/2023', 1, 'INVALID_DATE'],
    [' 2023-02-01', 1, 'INVALID_DATE'],
    [20230201, 1, 'INVALID_DATE'],
    [null, 1, 'INVALID_DATE'],
    ['2023-02-01', Number.NaN, 'INVALID_AMOUNT'],
    ['2023-02-01', 1.5, 'INVALID_AMOUNT'],
    ['2023-02-01', Number.POSITIVE_INFINITY, 'INVALID_AMOUNT'],
    ['2023-02-01', Number.NEGATIVE_INFINITY, 'INVALID_AMOUNT'],
    ['2023-02-01', '10', 'INVALID_AMOUNT'],
    ['2023-02-01', 1e9, 'OUT_OF_RANGE'],
    ['2023-02-01', -1e9, 'OUT_OF_RANGE'],
    ['2023-02-01', Number.MAX_SAFE_INTEGER, 'OUT_OF_RANGE'],
    ['2023-02-01', 30_000, 'OUT_OF_RANGE'],
    ['1999-12-31', 1, 'OUT_OF_RANGE'],
    ['2100-01-01', -1, 'OUT_OF_RANGE'],
    ['2099-12-30', 5, 'OUT_OF_RANGE'],
    ['2000-01-04', -5, 'OUT_OF_RANGE'],
  ])('addWorkingDays(%j, %j) fails with %s', (date, amount, code) => {
    expect(codeOf(() => addWorkingDays(date as string, amount as number))).toBe(code);
  });

  it('reports the field and a fix', () => {
    try {
      addWorkingDays('2023-02-01', 2.5);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).field).toBe('amount');
      expect((error as InvalidInputError).message).toContain('2.5');
      expect((error as InvalidInputError).fix).toMatch(/whole number/);
    }
    try {
      addWorkingDays('2099-12-30', 5);
    } catch (error) {
      expect(error).toBeInstanceOf(OutOfRangeError);
      expect((error as OutOfRangeError).message).toContain('2099-12-30');
    }
  });

  it.each([[null], [5], ['calendar'], [[]], [{ calendar: {} }], [{ calendar: 'england-and-wales' }]])('refuses options %j', (options) => {
    expect(codeOf(() => addWorkingDays('2024-01-02', 1, options as never))).toBe('INVALID_ARGUMENT');
  });

  it('accepts undefined options and an undefined calendar', () => {
    expect(addWorkingDays('2024-01-02', 1, undefined)).toBe('2024-01-03');
    expect(addWorkingDays('2024-01-02', 1, { calendar: undefined })).toBe('2024-01-03');
  });

  it('checks createWorkingDayCalendar options', () => {
    expect(codeOf(() => createWorkingDayCalendar({ region: 'wales' as never }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createWorkingDayCalendar({ strict: 'yes' as never }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createWorkingDayCalendar({ extraClosedDays: '2024-12-27' as never }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createWorkingDayCalendar({ extraClosedDays: ['27/12/2024'] }))).toBe('INVALID_DATE');
    expect(codeOf(() => createWorkingDayCalendar({ extraClosedDays: [{ date: '2024-12-27', name: 5 as never }] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createWorkingDayCalendar({ extraClosedDays: ['2124-12-27'] }))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => createWorkingDayCalendar({ extraClosedDays: ['2024-12-27'], extraWorkingDays: ['2024-12-27'] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createWorkingDayCalendar(null as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createWorkingDayCalendar({ extraClosedDays: [{ date: '2024-12-27' }] }))).toBeUndefined();
    const field = (() => {
      try {
        createWorkingDayCalendar({ extraClosedDays: ['2024-12-27', { date: 'nope' }] });
      } catch (error) {
        return (error as ChildrenActComplaintsError).field;
      }
      return undefined;
    })();
    expect(field).toBe('extraClosedDays[1].date');
  });

  it('every other function reports a bad date the same way', () => {
    for (const fn of [isWorkingDay, nextWorkingDay, previousWorkingDay, workingDayOnOrAfter]) {
      expect(codeOf(() => fn('2023-02-29'))).toBe('INVALID_DATE');
      expect(codeOf(() => fn('1999-12-31'))).toBe('OUT_OF_RANGE');
    }
    expect(codeOf(() => differenceInWorkingDays('2024-01-01', 'x'))).toBe('INVALID_DATE');
    expect(codeOf(() => previousWorkingDay('2000-01-03'))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => nextWorkingDay('2099-12-31'))).toBe('OUT_OF_RANGE');
  });
});

describe('range edges', () => {
  it('works at both ends of the supported range', () => {
    expect(addWorkingDays('2000-01-01', 1)).toBe('2000-01-04'); // 3 January 2000 was the New Year substitute
    expect(isWorkingDay('2000-01-03')).toBe(false);
    expect(addWorkingDays('2099-12-31', -1)).toBe('2099-12-30');
    expect(differenceInWorkingDays('2099-12-31', '2000-01-01')).toBeGreaterThan(25_000);
  });
});
