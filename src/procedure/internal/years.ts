import { civilFromDays, daysFromCivil, daysInMonth } from '../../internal/days';

/**
 * The same calendar day `years` later; 29 February becomes 28 February in a
 * year without it.
 *
 * @internal
 */
export function addYears(dayNumber: number, years: number): number {
  const [year, month, day] = civilFromDays(dayNumber);
  const target = year + years;
  return daysFromCivil(target, month, Math.min(day, daysInMonth(target, month)));
}
