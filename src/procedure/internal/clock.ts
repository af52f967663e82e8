import { formatInRange, RANGE_START } from '../../internal/days';
import { stepWorkingDays } from '../../calendar/addWorkingDays';
import type { CalendarImpl } from '../../calendar/calendar';

/**
 * A stretch of days on hold, `(from, to]`: the working days after `from` up
 * to and including `to` are taken off the clock. `to` is `Infinity` while
 * the hold lasts.
 *
 * @internal
 */
export interface HoldSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * Working-day arithmetic on day numbers for one stage, with its holds.
 *
 * The clock of a deadline counts the working days after its anchor that are
 * not on hold. A deadline of N working days falls on the N-th such day. So a
 * hold that begins before a deadline pushes it back by exactly the working
 * days on hold, and a hold that begins on or after it leaves it alone.
 *
 * @internal
 */
export class StageClock {
  readonly #calendar: Readonly<CalendarImpl>;
  readonly #holds: readonly HoldSpan[];

  /**
   * @param calendar - the calendar to count in
   * @param holds - the stage's holds, in date order, not overlapping
   */
  constructor(calendar: Readonly<CalendarImpl>, holds: readonly HoldSpan[]) {
    this.#calendar = calendar;
    this.#holds = holds;
  }

  /** Working days `d` with `from < d <= to` (0 when `to <= from`). */
  between(from: number, to: number): number {
    if (to <= from) return 0;
    const { cumulative } = this.#calendar.tables();
    return (cumulative[to - RANGE_START + 1] as number) - (cumulative[from - RANGE_START + 1] as number);
  }

  /** The `amount`-th working day after `day` (the day itself when `amount` is 0). */
  step(day: number, amount: number): number {
    return stepWorkingDays(this.#calendar, day, amount, 'timeline', formatInRange(day));
  }

  /** The day itself if it is a working day, else the next working day. */
  onOrAfter(day: number): number {
    return this.#calendar.tables().closed[day - RANGE_START] === 0 ? day : this.step(day, 1);
  }

  /** The deadline `amount` working days of clock after `anchor`, or `null` while a hold that pushes it lasts. */
  due(anchor: number, amount: number): number | null {
    let day = this.step(anchor, amount);
    for (const hold of this.#holds) {
      if (hold.to <= anchor) continue;
      const from = Math.max(hold.from, anchor);
      if (from >= day) break;
      if (hold.to === Infinity) return null;
      day = this.step(day, this.between(from, hold.to));
    }
    return day;
  }

  /** Working days on hold after `anchor` up to and including `upTo`. */
  held(anchor: number, upTo: number): number {
    let total = 0;
    for (const hold of this.#holds) {
      total += this.between(Math.max(hold.from, anchor), Math.min(hold.to, upTo));
    }
    return total;
  }

  /**
   * Working days of clock from `anchor` to a step done on `done` (a
   * non-working day counting as the next working day). A step done on a day
   * on hold counts as done on the next day of clock.
   */
  taken(anchor: number, done: number): number {
    const day = this.onOrAfter(done);
    const inHold = this.#holds.some((hold) => Math.max(hold.from, anchor) < day && day <= hold.to);
    return this.between(anchor, day) - this.held(anchor, day) + (inHold ? 1 : 0);
  }
}
