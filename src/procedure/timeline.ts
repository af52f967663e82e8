/**
 * The shared timeline contract: what has happened to one complaint so far.
 *
 * A council app (or the records module) builds a {@link ComplaintTimeline};
 * the procedure engine reads it. The shape is defined once, as a zod schema,
 * and the TypeScript types are derived from it.
 *
 * @module
 */
import * as z from 'zod';
import { isPlainDate, type DateInput } from '../calendar/plainDate';
import { frozenOnSuccess } from '../internal/frozen';
import { OMBUDSMAN_DECISIONS } from '../taxonomy/ombudsman';
import { STAGE_OUTCOMES } from '../taxonomy/outcomes';

/**
 * Every event type a timeline may hold, in the fixed order the engine uses
 * for events that share a date: a stage's own business first (request,
 * acknowledgement, statement, extension, panel, report, response), then the
 * hold, withdrawal and Ombudsman events.
 *
 * @example
 * ```ts
 * import { TIMELINE_EVENT_TYPES } from 'children-act-complaints';
 *
 * TIMELINE_EVENT_TYPES.indexOf('response') < TIMELINE_EVENT_TYPES.indexOf('withdrawn'); // true
 * ```
 */
export const TIMELINE_EVENT_TYPES = [
  'stage-requested',
  'acknowledged',
  'statement-agreed',
  'extension-notified',
  'panel-held',
  'panel-report-received',
  'response',
  'resumed',
  'on-hold',
  'withdrawn',
  'ombudsman-referred',
  'ombudsman-decision',
] as const;

/**
 * One of {@link TIMELINE_EVENT_TYPES}.
 *
 * @example
 * ```ts
 * import type { TimelineEventType } from 'children-act-complaints';
 *
 * const type: TimelineEventType = 'response';
 * ```
 */
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

function buildComplaintTimelineSchema() {
  const day = z.custom<DateInput>((value) => isPlainDate(value), {
    message: 'Expected a real calendar date written YYYY-MM-DD.',
  });
  const reason = z.string().exactOptional();
  // The comments on these fields become the documentation of the derived types.
  const on = {
    /** The day it happened, `YYYY-MM-DD`. */
    date: day,
  };
  const ofStage12 = {
    /** The stage it concerns: 1 or 2. */
    stage: z.literal([1, 2]),
  };
  const event = <T extends TimelineEventType, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
    frozenOnSuccess(
      z.strictObject({
        /** What happened. */
        type: z.literal(type),
        ...shape,
      }),
    );
  const eventSchema = z.discriminatedUnion('type', [
    event('acknowledged', { ...ofStage12, ...on }),
    event('extension-notified', {
      ...ofStage12,
      ...on,
      /** The new total limit in working days, counted from the same day as the limit it extends; the stage's maximum when left out. */
      workingDays: z.number().int().positive().exactOptional(),
      /** Why, as told to the complainant. */
      reason,
    }),
    event('response', {
      /** 1: the Stage 1 response; 2: the council's adjudication; 3: the council's response to the review panel. */
      stage: z.literal([1, 2, 3]),
      ...on,
      /** The outcome, one of `STAGE_OUTCOMES`. */
      outcome: z.enum(STAGE_OUTCOMES).exactOptional(),
    }),
    event('stage-requested', {
      /** The stage asked for: 2 or 3. */
      stage: z.literal([2, 3]),
      ...on,
    }),
    event('statement-agreed', on),
    event('panel-held', on),
    event('panel-report-received', on),
    event('on-hold', {
      ...on,
      /** The proceedings or investigation the complaint waits for. */
      reason,
    }),
    event('resumed', on),
    event('withdrawn', on),
    event('ombudsman-referred', on),
    event('ombudsman-decision', {
      ...on,
      /** The canonical decision, one of `OMBUDSMAN_DECISIONS`. */
      decision: z.enum(OMBUDSMAN_DECISIONS),
      /** The decision as the era worded it, kept verbatim. */
      label: z.string().exactOptional(),
    }),
  ]);
  return frozenOnSuccess(
    z.strictObject({
      /** The council's reference for the complaint, echoed back in results and errors. */
      id: z.string().exactOptional(),
      /** The day the complaint (the representation) was received: Stage 1 starts. */
      receivedOn: day,
      /** The day the grounds for the complaint arose, for the one-year time limit (reg 9). */
      groundsAroseOn: day.exactOptional(),
      /** What has happened since, in any order. */
      events: frozenOnSuccess(z.array(eventSchema)),
    }),
  );
}

/**
 * The zod schema of a {@link ComplaintTimeline}. Unknown keys are refused,
 * not dropped, so a misspelt field is caught. It is a `z.lazy` schema: the
 * object schema inside is built on first use, not at import.
 *
 * Most callers never need it: {@link assessComplaint} validates its input and
 * turns every problem into a typed library error. Use the schema to compose
 * your own validation, or to generate JSON Schema with
 * `z.toJSONSchema(complaintTimelineSchema, { io: 'input', unrepresentable: 'any' })`
 * (the date check is code, so JSON Schema shows dates as any value; the
 * parsed value is frozen by a transform, which only the input side can show).
 *
 * @example
 * ```ts
 * import { complaintTimelineSchema } from 'children-act-complaints';
 *
 * complaintTimelineSchema.safeParse({ receivedOn: '2024-05-01', events: [] }).success; // true
 * complaintTimelineSchema.safeParse({ receivedOn: '01/05/2024', events: [] }).success; // false
 * ```
 */
export const complaintTimelineSchema = /* @__PURE__ */ z.lazy(buildComplaintTimelineSchema);

/**
 * A complaint's timeline: the day it was received, optionally the day its
 * grounds arose, and what has happened since, as typed events in any order.
 *
 * @example
 * ```ts
 * import type { ComplaintTimeline } from 'children-act-complaints';
 *
 * const timeline: ComplaintTimeline = {
 *   id: 'C-2024-017',
 *   receivedOn: '2024-03-25',
 *   events: [
 *     { type: 'extension-notified', stage: 1, date: '2024-04-08', workingDays: 20, reason: 'complex' },
 *     { type: 'response', stage: 1, date: '2024-04-19', outcome: 'partly-upheld' },
 *   ],
 * };
 * ```
 */
export type ComplaintTimeline = z.output<typeof complaintTimelineSchema>;

/**
 * One event of a {@link ComplaintTimeline}, discriminated by `type`:
 * - `acknowledged` (stage 1 or 2): used by the Complaint Handling Code;
 * - `extension-notified` (stage 1 or 2): `workingDays` is the new total limit
 *   from the stage's start (the stage's maximum when left out);
 * - `response` (stage 1, 2 or 3): the Stage 1 response, the Stage 2
 *   adjudication, or the council's response to the review panel;
 * - `stage-requested` (stage 2 or 3);
 * - `statement-agreed`: the written statement of complaint (reg 16);
 * - `panel-held`, `panel-report-received`: Stage 3;
 * - `on-hold`, `resumed`: a reg 8 deferral, which stops the clock;
 * - `withdrawn`, `ombudsman-referred`, `ombudsman-decision`.
 *
 * @example
 * ```ts
 * import type { TimelineEvent } from 'children-act-complaints';
 *
 * const event: TimelineEvent = { type: 'response', stage: 1, date: '2024-04-10', outcome: 'upheld' };
 * ```
 */
export type TimelineEvent = ComplaintTimeline['events'][number];

/**
 * The event of a given type.
 *
 * @example
 * ```ts
 * import type { TimelineEventOf } from 'children-act-complaints';
 *
 * const hold: TimelineEventOf<'on-hold'> = { type: 'on-hold', date: '2024-04-02', reason: 'police investigation' };
 * ```
 */
export type TimelineEventOf<T extends TimelineEventType> = Extract<
  TimelineEvent,
  {
    /** The event type to pick. */
    readonly type: T;
  }
>;
