import { dayNumberOfIso } from '../internal/days';
import { failArgument, type RejectionDetails } from '../rules';
import type { PlainDate } from './plainDate';

const TIMESTAMP_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/;

let londonFormatter: Intl.DateTimeFormat | undefined;

function formatter(): Intl.DateTimeFormat {
  // en-CA formats as YYYY-MM-DD; built once, on first use, not at import.
  return (londonFormatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }));
}

function invalid(value: unknown, hint: RejectionDetails['invalid-timestamp']['hint']): Error {
  return failArgument('invalid-timestamp', { hint }, { field: 'instant', value });
}

/**
 * Converts an instant to the calendar date it falls on in England
 * (Europe/London, so GMT in winter and BST in summer).
 *
 * This is the library's one bridge from instants to calendar dates. Use it
 * once, where a timestamp enters your app (an email's `Date` header, a web
 * form's submission time), and pass the result to everything else.
 *
 * @param instant - a JS `Date`, or an ISO 8601 timestamp that carries an offset (`Z` or `±HH:MM`)
 * @returns the Europe/London calendar date of that instant
 * @throws {@link InvalidInputError} with code `INVALID_TIMESTAMP` for an invalid `Date`, a timestamp without an offset, or anything else
 *
 * @example
 * ```ts
 * import { toLondonDate } from 'children-act-complaints';
 *
 * // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
 * toLondonDate('2024-06-30T23:30:00Z'); // '2024-07-01'
 * // In winter London is on GMT.
 * toLondonDate('2024-12-31T23:30:00Z'); // '2024-12-31'
 * toLondonDate(new Date(Date.UTC(2024, 2, 31, 0, 30))); // '2024-03-31'
 * ```
 */
export function toLondonDate(instant: Date | string): PlainDate {
  let epochMs: number;
  if (typeof instant === 'string') {
    const match = TIMESTAMP_WITH_OFFSET.exec(instant);
    if (match === null) {
      throw invalid(instant, /^\d{4}-\d{2}-\d{2}$/.test(instant) ? 'plain-date' : /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/.test(instant) ? 'no-offset' : 'other');
    }
    const [, year, month, day, hour, minute, second] = match;
    if (
      Number.isNaN(dayNumberOfIso(`${year}-${month}-${day}`)) ||
      Number(hour) > 23 ||
      Number(minute) > 59 ||
      Number(second ?? 0) > 59
    ) {
      throw invalid(instant, 'no-such-time');
    }
    epochMs = Date.parse(instant.replace(' ', 'T'));
  } else if (Object.prototype.toString.call(instant) === '[object Date]') {
    epochMs = Date.prototype.getTime.call(instant);
  } else {
    throw invalid(instant, 'other');
  }
  if (!Number.isFinite(epochMs)) {
    throw invalid(instant, 'invalid');
  }
  // Year 0001–9999 in London: keeps the result a valid PlainDate.
  if (epochMs < -62135596800000 + 86400000 || epochMs > 253402300799999 - 86400000) {
    throw invalid(instant, 'beyond-years');
  }
  return formatter().format(epochMs) as PlainDate;
}
