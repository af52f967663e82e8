import { describe, expect, it } from 'vitest';
import { InvalidInputError, toLondonDate } from '../../src/index';

describe('toLondonDate', () => {
  it.each([
    // BST (UTC+1) from the last Sunday of March to the last Sunday of October.
    ['2024-06-30T23:30:00Z', '2024-07-01'],
    ['2024-06-30T22:59:59Z', '2024-06-30'],
    ['2024-06-30T23:00:00Z', '2024-07-01'],
    ['2024-12-31T23:30:00Z', '2024-12-31'],
    ['2025-01-01T00:00:00Z', '2025-01-01'],
    // Clocks go forward at 01:00 UTC on 31 March 2024.
    ['2024-03-30T23:59:59Z', '2024-03-30'],
    ['2024-03-31T23:30:00Z', '2024-04-01'],
    // Clocks go back at 01:00 UTC on 27 October 2024.
    ['2024-10-26T23:30:00Z', '2024-10-27'],
    ['2024-10-27T23:30:00Z', '2024-10-27'],
    // Offsets other than Z.
    ['2024-07-01T00:30:00+01:00', '2024-07-01'],
    ['2024-07-01T08:00:00+10:00', '2024-06-30'],
    ['2024-01-15T20:00:00-05:00', '2024-01-16'],
    ['2024-01-15T12:00+00:00', '2024-01-15'],
    ['2024-01-15T12:00:00.123Z', '2024-01-15'],
    ['2024-01-15 12:00:00Z', '2024-01-15'],
  ])('%s is %s in London', (instant, expected) => {
    expect(toLondonDate(instant)).toBe(expected);
  });

  it('accepts a Date', () => {
    expect(toLondonDate(new Date(Date.UTC(2024, 2, 31, 0, 30)))).toBe('2024-03-31');
    expect(toLondonDate(new Date(Date.UTC(2024, 5, 30, 23, 30)))).toBe('2024-07-01');
  });

  it.each([
    ['2024-06-30T23:30:00', 'offset'],
    ['2024-06-30', 'parsePlainDate'],
    ['2024-02-30T10:00:00Z', 'does not exist'],
    ['2024-01-01T24:00:00Z', 'does not exist'],
    ['2024-01-01T12:60:00Z', 'does not exist'],
    ['yesterday', 'ISO 8601'],
    ['', 'ISO 8601'],
  ])('refuses %j with INVALID_TIMESTAMP', (value, hint) => {
    expect(() => toLondonDate(value)).toThrow(InvalidInputError);
    expect(() => toLondonDate(value)).toThrow(hint);
    expect(() => toLondonDate(value)).toThrow(expect.objectContaining({ code: 'INVALID_TIMESTAMP', field: 'instant' }));
  });

  it.each([new Date(Number.NaN), null, undefined, 1_700_000_000_000, {}])('refuses %s', (value) => {
    expect(() => toLondonDate(value as Date)).toThrow(expect.objectContaining({ code: 'INVALID_TIMESTAMP' }));
  });
});
