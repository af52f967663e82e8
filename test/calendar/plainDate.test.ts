import { describe, expect, it } from 'vitest';
import { InvalidInputError, isPlainDate, parsePlainDate } from '../../src/index';

describe('parsePlainDate', () => {
  it.each(['2024-02-29', '2000-01-01', '2099-12-31', '0001-01-01', '9999-12-31', '1999-06-15'])('accepts %s', (text) => {
    expect(parsePlainDate(text)).toBe(text);
    expect(isPlainDate(text)).toBe(true);
  });

  it.each([
    ['2023-02-29', 'does not exist'],
    ['2024-04-31', 'does not exist'],
    ['2024-13-01', 'does not exist'],
    ['2024-00-10', 'does not exist'],
    ['2024-01-00', 'does not exist'],
    ['0000-01-01', 'does not exist'],
    ['2023-2-1', 'Pad the month and day'],
    ['01/02/2023', 'DD/MM/YYYY'],
    [' 2023-02-01', 'whitespace'],
    ['2023-02-01 ', 'whitespace'],
    ['2023-02-01T00:00:00Z', 'toLondonDate'],
    ['２０２３-０２-０１', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
    ['2023/02/01', 'YYYY-MM-DD'],
    ['+2023-02-01', 'YYYY-MM-DD'],
  ])('refuses %j with INVALID_DATE and a fix', (text, hint) => {
    expect(isPlainDate(text)).toBe(false);
    let caught: unknown;
    try {
      parsePlainDate(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    const error = caught as InvalidInputError;
    expect(error.code).toBe('INVALID_DATE');
    expect(error.field).toBe('date');
    expect(error.message).toContain('[children-act-complaints] INVALID_DATE');
    expect(error.fix).toContain(hint);
  });

  it.each([null, undefined, 20230201, new Date(0), {}, [], true, Symbol('x'), 1n])('refuses the non-string %s', (value) => {
    expect(isPlainDate(value)).toBe(false);
    expect(() => parsePlainDate(value)).toThrow(InvalidInputError);
  });

  it('names the field it was given', () => {
    expect(() => parsePlainDate('nope', 'receivedOn')).toThrow(expect.objectContaining({ field: 'receivedOn' }));
  });

  it('tells a Date user to go through toLondonDate', () => {
    expect(() => parsePlainDate(new Date(0))).toThrow(/toLondonDate/);
  });

  it('does not print a huge string in full', () => {
    const long = 'x'.repeat(100_000);
    try {
      parsePlainDate(long);
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(400);
    }
  });
});
