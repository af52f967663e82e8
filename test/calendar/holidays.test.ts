import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateHolidayModule, rulesFor } from '../../scripts/holidayData';
import { createWorkingDayCalendar, englandAndWales, isWorkingDay, type HolidayKind } from '../../src/index';
import { formatDayNumber, weekdayOf } from '../../src/internal/days';
import { dayNumber, officialHolidays } from '../support/dates';

const officialDates = new Set(officialHolidays.map((h) => h.date));

describe('the bundled holiday data', () => {
  it('is what the generator produces today (run `npm run generate:holidays` if this fails)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../src/calendar/data/holidays.generated.ts', import.meta.url)),
      'utf8',
    );
    expect(committed).toBe(generateHolidayModule());
  });

  const shared = fileURLToPath(new URL('../../../shared/reference/bank-holidays-england-and-wales.json', import.meta.url));
  it.skipIf(!existsSync(shared))('keeps data/ identical to the reference copy of the official list', () => {
    expect(JSON.parse(readFileSync(shared, 'utf8'))).toEqual(officialHolidays);
  });

  it('covers 2012 to 2027 in the official list', () => {
    expect(officialHolidays.length).toBe(132);
    expect(officialHolidays[0]?.date).toBe('2012-01-02');
    expect(officialHolidays.at(-1)?.date).toBe('2027-12-28');
    expect(englandAndWales.officialDataFrom).toBe('2012-01-01');
    expect(englandAndWales.officialDataThrough).toBe('2027-12-31');
  });
});

describe('England and Wales working days, 2012–2027, against the official list', () => {
  it.each(officialHolidays.map((h) => [h.date, h.title] as const))('%s (%s) is not a working day', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it('treats every other weekday from 2012 to 2027 as a working day, and every weekend day as closed', () => {
    const wrong: string[] = [];
    for (let day = dayNumber('2012-01-01'); day <= dayNumber('2027-12-31'); day += 1) {
      const iso = formatDayNumber(day);
      const w = weekdayOf(day);
      const expected = w !== 0 && w !== 6 && !officialDates.has(iso);
      if (isWorkingDay(iso) !== expected) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('lists exactly the official days in holidaysIn, year by year', () => {
    for (let year = 2012; year <= 2027; year += 1) {
      const listed = englandAndWales.holidaysIn(year).map((h) => h.date);
      expect(listed).toEqual(officialHolidays.filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.date));
    }
  });
});

describe('the corrections to date-holidays', () => {
  it('date-holidays still gets June 2012 wrong, and the bundled data does not', () => {
    const rules2012 = rulesFor('england-and-wales', 2012).map((h) => h.date);
    expect(rules2012).toContain('2012-05-28');
    expect(rules2012).not.toContain('2012-06-04');
    expect(isWorkingDay('2012-05-28')).toBe(true);
    expect(isWorkingDay('2012-06-04')).toBe(false);
    expect(isWorkingDay('2012-06-05')).toBe(false);
  });

  it('adds the 2011 royal wedding, which date-holidays lacks', () => {
    expect(rulesFor('england-and-wales', 2011).map((h) => h.date)).not.toContain('2011-04-29');
    expect(isWorkingDay('2011-04-29')).toBe(false);
    expect(englandAndWales.holidaysIn(2011).find((h) => h.date === '2011-04-29')?.kind).toBe('one-off');
  });

  it('applies the 2002 Golden Jubilee proclamation', () => {
    expect(isWorkingDay('2002-05-27')).toBe(true);
    expect(isWorkingDay('2002-06-03')).toBe(false);
    expect(isWorkingDay('2002-06-04')).toBe(false);
  });

  it('projects years after the official data from the rules', () => {
    expect(englandAndWales.holidaysIn(2028).map((h) => h.date)).toEqual([
      '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
    ]);
    expect(englandAndWales.holidaysIn(2099).length).toBeGreaterThanOrEqual(8);
  });
});

describe('holidaysIn', () => {
  const kindsOf = (year: number): [string, HolidayKind][] =>
    englandAndWales.holidaysIn(year).map((h) => [h.date, h.kind]);

  it('classifies 2022: substitutes, a moved spring holiday, the jubilee and the state funeral', () => {
    expect(kindsOf(2022)).toEqual([
      ['2022-01-03', 'substitute'],
      ['2022-04-15', 'bank-holiday'],
      ['2022-04-18', 'bank-holiday'],
      ['2022-05-02', 'bank-holiday'],
      ['2022-06-02', 'moved'],
      ['2022-06-03', 'one-off'],
      ['2022-08-29', 'bank-holiday'],
      ['2022-09-19', 'one-off'],
      ['2022-12-26', 'bank-holiday'],
      ['2022-12-27', 'substitute'],
    ]);
  });

  it('classifies 2020 and 2023', () => {
    expect(kindsOf(2020)).toContainEqual(['2020-05-08', 'moved']);
    expect(kindsOf(2020)).toContainEqual(['2020-12-28', 'substitute']);
    expect(kindsOf(2023)).toContainEqual(['2023-05-08', 'one-off']);
    expect(kindsOf(2023)).toContainEqual(['2023-01-02', 'substitute']);
  });

  it('names days as the official list does', () => {
    const names = englandAndWales.holidaysIn(2023).map((h) => h.name);
    expect(names).toContain('Bank holiday for the coronation of King Charles III');
    expect(names).toContain('New Year’s Day (substitute day)');
  });

  it('returns frozen values', () => {
    const list = englandAndWales.holidaysIn(2024);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(Object.isFrozen(englandAndWales)).toBe(true);
  });

  it('lists closure days as kind "closure" and drops days declared working', () => {
    const calendar = createWorkingDayCalendar({
      extraClosedDays: ['2024-12-27', { date: '2024-12-30', name: 'Council shutdown' }, '2024-12-28'],
      extraWorkingDays: ['2024-08-26'],
    });
    const list = calendar.holidaysIn(2024);
    expect(list.map((h) => h.date)).not.toContain('2024-08-26');
    expect(list.filter((h) => h.kind === 'closure')).toEqual([
      { date: '2024-12-27', name: 'Closure day', kind: 'closure' },
      { date: '2024-12-30', name: 'Council shutdown', kind: 'closure' },
    ]);
    expect(isWorkingDay('2024-08-26', { calendar })).toBe(true);
    expect(isWorkingDay('2024-12-30', { calendar })).toBe(false);
  });

  it('refuses years it cannot answer for', () => {
    expect(() => englandAndWales.holidaysIn(1999)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => englandAndWales.holidaysIn(2100)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => englandAndWales.holidaysIn(2024.5)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => englandAndWales.holidaysIn('2024' as unknown as number)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const strict = createWorkingDayCalendar({ strict: true });
    expect(() => strict.holidaysIn(2028)).toThrow(expect.objectContaining({ code: 'OUTSIDE_OFFICIAL_DATA' }));
    expect(strict.holidaysIn(2027).length).toBe(8);
  });
});

describe('other regions', () => {
  it('follows Scotland: 2 January and St Andrew’s Day, no Easter Monday', () => {
    const scotland = createWorkingDayCalendar({ region: 'scotland' });
    expect(scotland.region).toBe('scotland');
    expect(scotland.officialDataThrough).toBeNull();
    expect(isWorkingDay('2024-01-02', { calendar: scotland })).toBe(false);
    expect(isWorkingDay('2024-04-01', { calendar: scotland })).toBe(true);
    expect(isWorkingDay('2024-08-05', { calendar: scotland })).toBe(false);
    expect(isWorkingDay('2024-08-26', { calendar: scotland })).toBe(true);
    expect(isWorkingDay('2022-09-19', { calendar: scotland })).toBe(false);
  });

  it('follows Northern Ireland: St Patrick’s Day and the Twelfth', () => {
    const ni = createWorkingDayCalendar({ region: 'northern-ireland' });
    expect(isWorkingDay('2024-03-18', { calendar: ni })).toBe(false);
    expect(isWorkingDay('2024-07-12', { calendar: ni })).toBe(false);
    expect(isWorkingDay('2024-04-01', { calendar: ni })).toBe(false);
  });

  it('a strict calendar without official data refuses every date', () => {
    const strict = createWorkingDayCalendar({ region: 'scotland', strict: true });
    expect(() => isWorkingDay('2024-01-02', { calendar: strict })).toThrow(/no official holiday list/);
  });
});
