/**
 * Prints a hash of many calendar answers. The time-zone test runs this under
 * several TZ values and expects the same hash every time.
 */
import { createHash } from 'node:crypto';
import { addWorkingDays, differenceInWorkingDays, englandAndWales, isWorkingDay, toLondonDate } from '../../src/index';
import { formatDayNumber } from '../../src/internal/days';
import { dayNumber } from './dates';

const hash = createHash('sha256');
let count = 0;
for (let day = dayNumber('2000-02-01'); day <= dayNumber('2099-11-30'); day += 37) {
  const iso = formatDayNumber(day);
  hash.update(`${iso}:${isWorkingDay(iso)}:${addWorkingDays(iso, 10)}:${addWorkingDays(iso, -7)}:${differenceInWorkingDays(iso, '2050-06-01')}\n`);
  count += 1;
}
for (let year = 2000; year <= 2099; year += 1) hash.update(JSON.stringify(englandAndWales.holidaysIn(year)));
for (const instant of ['2024-03-31T00:30:00Z', '2024-10-27T00:30:00Z', '2024-06-30T23:30:00Z', '2024-12-31T23:59:59Z']) {
  hash.update(toLondonDate(instant));
}
console.log(`${hash.digest('hex')} ${count}`);
