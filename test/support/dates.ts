import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { daysFromCivil, formatDayNumber, weekdayOf } from '../../src/internal/days';

/** The official GOV.UK list, as copied into data/. */
export const officialHolidays: readonly { date: string; title: string }[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/bank-holidays-england-and-wales.json', import.meta.url)), 'utf8'),
);

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

/** Arbitrary ISO date between two ISO dates inclusive. */
export function isoDateBetween(from: string, to: string): fc.Arbitrary<string> {
  return fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(formatDayNumber);
}

/**
 * A deliberately naive reference: steps one day at a time, consulting the
 * official list and UTC weekdays. Valid only inside 2012–2027 (plus margin
 * on weekdays), used to cross-check the fast implementation.
 */
export function naiveAddWorkingDays(date: string, amount: number, closed: ReadonlySet<string>): string {
  let day = dayNumber(date);
  const step = amount >= 0 ? 1 : -1;
  let left = Math.abs(amount);
  while (left > 0) {
    day += step;
    const iso = formatDayNumber(day);
    const w = weekdayOf(day);
    if (w !== 0 && w !== 6 && !closed.has(iso)) left -= 1;
  }
  return formatDayNumber(day);
}
