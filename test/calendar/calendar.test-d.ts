import { describe, expectTypeOf, it } from 'vitest';
import { addWorkingDays, differenceInWorkingDays, englandAndWales, isPlainDate, parsePlainDate, toLondonDate, type Holiday, type HolidayKind, type PlainDate, type Region } from '../../src/index';

describe('calendar types', () => {
  it('brands PlainDate so a bare string is not one', () => {
    expectTypeOf<string>().not.toMatchTypeOf<PlainDate>();
    expectTypeOf<PlainDate>().toMatchTypeOf<string>();
    expectTypeOf(parsePlainDate('2024-01-01')).toEqualTypeOf<PlainDate>();
    expectTypeOf(toLondonDate('2024-01-01T00:00:00Z')).toEqualTypeOf<PlainDate>();
  });

  it('narrows with isPlainDate', () => {
    const value: unknown = '2024-01-01';
    if (isPlainDate(value)) expectTypeOf(value).toEqualTypeOf<PlainDate>();
  });

  it('returns PlainDate and number from the arithmetic', () => {
    expectTypeOf(addWorkingDays('2024-03-25', 10)).toEqualTypeOf<PlainDate>();
    expectTypeOf(differenceInWorkingDays('2024-04-10', '2024-03-25')).toEqualTypeOf<number>();
    expectTypeOf(addWorkingDays).parameter(1).toEqualTypeOf<number>();
  });

  it('exposes calendar data as readonly values', () => {
    expectTypeOf(englandAndWales.holidaysIn(2024)).toEqualTypeOf<readonly Holiday[]>();
    expectTypeOf<Holiday['kind']>().toEqualTypeOf<HolidayKind>();
    expectTypeOf<HolidayKind>().toEqualTypeOf<'bank-holiday' | 'substitute' | 'moved' | 'one-off' | 'closure'>();
    expectTypeOf<Region>().toEqualTypeOf<'england-and-wales' | 'scotland' | 'northern-ireland'>();
    expectTypeOf(englandAndWales.officialDataThrough).toEqualTypeOf<PlainDate | null>();
  });

  it('never takes a Date in the arithmetic', () => {
    // @ts-expect-error a JS Date is an instant, not a calendar date
    addWorkingDays(new Date(), 1);
  });
});
