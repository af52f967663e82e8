/**
 * Shares and averages as the annual report keeps them: the counts they come
 * from, and the figure rounded the caller's way.
 *
 * @module
 */

/**
 * How a report rounds its percentages and averages:
 * - `'half-up'`: to the nearest, halves upward (most councils; the default);
 * - `'truncate'`: the fractional part dropped (some published reports, e.g. 14 of 18 printed as 77%).
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from 'children-act-complaints';
 *
 * ROUNDING_MODES; // ['half-up', 'truncate']
 * ```
 */
export const ROUNDING_MODES = ['half-up', 'truncate'] as const;

/**
 * One of {@link ROUNDING_MODES}.
 *
 * @example
 * ```ts
 * import type { Rounding } from 'children-act-complaints';
 *
 * const rounding: Rounding = 'truncate';
 * ```
 */
export type Rounding = (typeof ROUNDING_MODES)[number];

/**
 * A share: its numerator, its denominator and the rounded percentage.
 * `percent` is `null` when the denominator is 0.
 *
 * @example
 * ```ts
 * import type { Share } from 'children-act-complaints';
 *
 * const notUpheldOfClosed: Share = { numerator: 29, denominator: 34, percent: 85 };
 * ```
 */
export interface Share {
  /** The count the share is of. */
  readonly numerator: number;
  /** The count it is a share of. */
  readonly denominator: number;
  /** `numerator / denominator` as a percentage, rounded; `null` when the denominator is 0. */
  readonly percent: number | null;
}

/**
 * An average number of working days, with the total and the count it comes from.
 *
 * @example
 * ```ts
 * import type { Average } from 'children-act-complaints';
 *
 * const lac: Average = { total: 234, count: 13, value: 18, rounded: 18 };
 * ```
 */
export interface Average {
  /** The sum of the values averaged. */
  readonly total: number;
  /** How many values. */
  readonly count: number;
  /** `total / count`, unrounded; `null` when `count` is 0. */
  readonly value: number | null;
  /** `value` rounded to whole working days; `null` when `count` is 0. */
  readonly rounded: number | null;
}

/**
 * Divides whole numbers and rounds the quotient to `decimals` places, in
 * exact integer arithmetic, so 14 of 18 is 77.7… whatever the float error.
 *
 * @internal
 */
export function roundQuotient(numerator: number, denominator: number, rounding: Rounding, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = numerator * scale;
  const whole = Math.floor(scaled / denominator);
  const rest = scaled - whole * denominator;
  const rounded = rounding === 'truncate' ? whole : 2 * rest >= denominator ? whole + 1 : whole;
  return rounded / scale;
}

/**
 * A share of whole counts, rounded the given way.
 *
 * @internal
 */
export function shareOf(numerator: number, denominator: number, rounding: Rounding, decimals = 0): Share {
  return {
    numerator,
    denominator,
    percent: denominator === 0 ? null : roundQuotient(numerator * 100, denominator, rounding, decimals),
  };
}

/**
 * An average of whole numbers of working days, rounded to whole days the given way.
 *
 * @internal
 */
export function averageOf(total: number, count: number, rounding: Rounding): Average {
  return {
    total,
    count,
    value: count === 0 ? null : total / count,
    rounded: count === 0 ? null : roundQuotient(total, count, rounding, 0),
  };
}
