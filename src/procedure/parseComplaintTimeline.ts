import type * as z from 'zod';
import {
  ChildrenActComplaintsError,
  InvalidInputError,
  TimelineError,
  type ErrorDetails,
  type TimelineErrorDetails,
} from '../errors';
import { describeValue } from '../internal/describe';
import { complaintTimelineSchema, TIMELINE_EVENT_TYPES, type ComplaintTimeline } from './timeline';

/**
 * The result of {@link safeParseComplaintTimeline}: the timeline, or every
 * problem found, each as a typed library error.
 *
 * @example
 * ```ts
 * import { safeParseComplaintTimeline, type ComplaintTimelineParseResult } from 'children-act-complaints';
 *
 * const result: ComplaintTimelineParseResult = safeParseComplaintTimeline({ receivedOn: '2024-05-01', events: [] });
 * result.success; // true
 * ```
 */
export type ComplaintTimelineParseResult =
  | {
      /** The timeline is well formed. */
      readonly success: true;
      /** The timeline, typed and frozen. */
      readonly data: ComplaintTimeline;
    }
  | {
      /** The timeline has problems. */
      readonly success: false;
      /** One typed error per problem, in the order found. */
      readonly errors: readonly ChildrenActComplaintsError[];
    };

type Issue = z.core.$ZodIssue;

function fieldOf(path: readonly PropertyKey[]): string {
  let field = '';
  for (const key of path) {
    field += typeof key === 'number' ? `[${key}]` : field === '' ? String(key) : `.${String(key)}`;
  }
  return field === '' ? 'timeline' : field;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const DATE_FIELDS = /* @__PURE__ */ new Set(['receivedOn', 'groundsAroseOn', 'date']);

interface ProblemSpec {
  readonly code: ChildrenActComplaintsError['code'];
  readonly problem: string;
  readonly details: TimelineErrorDetails | ErrorDetails;
}

function build(spec: ProblemSpec, note = ''): ChildrenActComplaintsError {
  const problem = spec.problem + note;
  if ('rule' in spec.details) return new TimelineError(problem, spec.details);
  return new InvalidInputError(spec.code as InvalidInputError['code'], problem, spec.details);
}

function describeIssue(issue: Issue, input: unknown): ProblemSpec {
  const path = issue.path;
  const field = fieldOf(path);
  const value = valueAt(input, path);
  const last = path[path.length - 1];
  const eventIndex = path[0] === 'events' && typeof path[1] === 'number' ? path[1] : null;
  const eventType = eventIndex === null ? null : valueAt(input, ['events', eventIndex, 'type']);
  const typeName = typeof eventType === 'string' ? eventType : null;

  if (eventIndex !== null && path.length === 3 && last === 'type') {
    return {
      code: 'INVALID_TIMELINE',
      problem: `Event ${eventIndex} has an unknown type ${describeValue(value)}.`,
      details: {
        field,
        value,
        eventIndex,
        eventType: typeName,
        rule: 'unknown-event-type',
        fix: `Use one of ${TIMELINE_EVENT_TYPES.map((t) => `'${t}'`).join(', ')}.`,
      },
    };
  }
  if (eventIndex !== null && last === 'stage') {
    const allowed = issue.code === 'invalid_value' ? issue.values.join(', ') : '1, 2 or 3';
    return {
      code: 'INVALID_TIMELINE',
      problem: `Event ${eventIndex} (${typeName ?? 'event'}) names an unknown stage ${describeValue(value)}.`,
      details: { field, value, eventIndex, eventType: typeName, rule: 'unknown-stage', fix: `A ${typeName ?? 'this'} event takes stage ${allowed}.` },
    };
  }
  if (typeof last === 'string' && DATE_FIELDS.has(last) && value !== undefined) {
    return {
      code: 'INVALID_DATE',
      problem: `${describeValue(value)} is not a real calendar date in the form YYYY-MM-DD.`,
      details: { field, value, fix: 'Write the date as YYYY-MM-DD with a real day and month, e.g. 2024-04-10; convert timestamps with toLondonDate().' },
    };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `'${k}'`).join(', ');
    return {
      code: 'INVALID_ARGUMENT',
      problem: `${field} has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${keys}.`,
      details: { field, value: issue.keys, fix: 'Remove the key or correct its spelling; unknown keys are refused so that nothing is silently ignored.' },
    };
  }
  if (last === 'workingDays') {
    return {
      code: 'INVALID_AMOUNT',
      problem: `${field} must be a whole number of working days above 0 but is ${describeValue(value)}.`,
      details: { field, value, fix: 'Give the new total limit from the stage start, e.g. 20 for Stage 1, or leave it out to use the maximum.' },
    };
  }
  const listed = issue.code === 'invalid_value' ? ` Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.` : '';
  return {
    code: 'INVALID_ARGUMENT',
    problem: `${field} is not valid: ${describeValue(value)}.${listed}`,
    details: {
      field,
      value,
      fix: listed === '' ? `Check the field against the ComplaintTimeline type (${issue.message}).` : 'Use one of the listed values.',
    },
  };
}

/**
 * Checks a complaint timeline without throwing, and reports every problem
 * with its shape: unknown keys, malformed dates, unknown event types and
 * stages, outcomes outside {@link STAGE_OUTCOMES}, and so on.
 *
 * It checks the shape only. Whether the events make sense together (a
 * response before receipt, Stage 2 without Stage 1) is checked by
 * {@link assessComplaint}.
 *
 * @param value - anything, typically a parsed JSON body or a converted record
 * @returns `{ success: true, data }` with the timeline, or `{ success: false, errors }` with one typed error per problem
 * @throws never: every problem is returned in `errors` as the typed error {@link parseComplaintTimeline} would throw
 *
 * @example
 * ```ts
 * import { safeParseComplaintTimeline } from 'children-act-complaints';
 *
 * const result = safeParseComplaintTimeline({
 *   receivedOn: '2024-02-30',
 *   events: [{ type: 'response', stage: 4, date: '2024-03-01' }],
 * });
 * if (!result.success) result.errors.map((e) => [e.code, e.field]);
 * // [['INVALID_DATE', 'receivedOn'], ['INVALID_TIMELINE', 'events[0].stage']]
 * ```
 */
export function safeParseComplaintTimeline(value: unknown): ComplaintTimelineParseResult {
  const parsed = complaintTimelineSchema.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, errors: Object.freeze(parsed.error.issues.map((issue) => build(describeIssue(issue, value)))) };
}

/**
 * Checks a complaint timeline's shape and returns it, or throws a typed
 * error for the first problem found; the message says how many more there are.
 *
 * @param value - anything, typically a parsed JSON body or a converted record
 * @returns the timeline, typed and frozen
 * @throws {@link InvalidInputError} `INVALID_DATE` for a malformed date; `INVALID_AMOUNT` for a bad `workingDays`; `INVALID_ARGUMENT` for any other bad field, an unknown key or a value outside its list
 * @throws {@link TimelineError} `INVALID_TIMELINE` for an unknown event type (rule `'unknown-event-type'`) or stage (rule `'unknown-stage'`)
 *
 * @example
 * ```ts
 * import { parseComplaintTimeline } from 'children-act-complaints';
 *
 * parseComplaintTimeline({ receivedOn: '2024-05-01', events: [{ type: 'withdrawn', date: '2024-05-03' }] }).events.length; // 1
 * parseComplaintTimeline({ receivedOn: '2024-05-01', events: [{ type: 'closed', date: '2024-05-03' }] });
 * // throws TimelineError: rule 'unknown-event-type', field 'events[0].type'
 * ```
 */
export function parseComplaintTimeline(value: unknown): ComplaintTimeline {
  const parsed = complaintTimelineSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [first, ...rest] = parsed.error.issues.map((issue) => describeIssue(issue, value));
  const note =
    rest.length === 0
      ? ''
      : ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'}, at ${rest.slice(0, 5).map((spec) => spec.details.field).join(', ')}${rest.length > 5 ? ', …' : ''})`;
  throw build(first as ProblemSpec, note);
}
