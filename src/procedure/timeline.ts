/**
 * The timeline contract: what has happened to one complaint so far.
 *
 * A council app builds a {@link ComplaintTimeline}; the procedure engine
 * reads it. The contract is written once, as a shape, and the TypeScript
 * types, the check at the boundary and the zod schema of the `schemas`
 * subpath are derived from it.
 *
 * @module
 */
import { s, type Fields, type Infer } from '../internal/shape';
import { ombudsmanDecisions } from '../taxonomy/ombudsman';
import { stageOutcomes } from '../taxonomy/outcomes';

/**
 * Every event type a timeline may hold, in the fixed order the engine uses
 * for events that share a date: a stage's own business first (request,
 * acknowledgement, statement, extension, panel, report, response), then the
 * deferral, withdrawal and Ombudsman events.
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
  'deferred',
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

const event = <const T extends TimelineEventType, const F extends Fields>(type: T, fields: F) =>
  s.object({ type: s.required(s.oneOf([type] as const), 'What happened.'), ...fields });

/** The shape of a {@link ComplaintTimeline}. @internal */
export const TIMELINE_SHAPE = /* @__PURE__ */ (() => {
  const date = s.required(s.dateInput(), 'The day it happened, `YYYY-MM-DD`.');
  const stage12 = s.required(s.oneOf([1, 2] as const), 'The stage it concerns: 1 or 2.');
  return s.object({
    id: s.optional(s.text(), 'The council’s reference for the complaint, echoed back in results and errors.'),
    receivedOn: s.required(s.dateInput(), 'The day the complaint (the representation) was received: Stage 1 starts.'),
    groundsAroseOn: s.optional(s.dateInput(), 'The day the grounds for the complaint arose, for the one-year time limit (reg 9).'),
    events: s.required(
      s.array(
        s.union('type', [
          event('acknowledged', { stage: stage12, date }),
          event('extension-notified', {
            stage: stage12,
            date,
            workingDays: s.optional(s.int(1), 'The new total limit in working days, counted from the same day as the limit it extends; the stage’s maximum when left out.'),
            reason: s.optional(s.text(), 'Why, as told to the complainant.'),
          }),
          event('response', {
            stage: s.required(s.oneOf([1, 2, 3] as const), '1: the Stage 1 response; 2: the council’s adjudication; 3: the council’s response to the review panel.'),
            date,
            outcome: s.optional(s.oneOf(stageOutcomes.values), 'The outcome, one of `stageOutcomes.values`.'),
          }),
          event('stage-requested', { stage: s.required(s.oneOf([2, 3] as const), 'The stage asked for: 2 or 3.'), date }),
          event('statement-agreed', { date }),
          event('panel-held', { date }),
          event('panel-report-received', { date }),
          event('deferred', { date, reason: s.optional(s.text(), 'The proceedings or investigation the complaint waits for (reg 8).') }),
          event('resumed', { date }),
          event('withdrawn', { date }),
          event('ombudsman-referred', { date }),
          event('ombudsman-decision', {
            date,
            decision: s.required(s.oneOf(ombudsmanDecisions.values), 'The canonical decision, one of `ombudsmanDecisions.values`.'),
            label: s.optional(s.text(), 'The decision as the era worded it, kept verbatim.'),
          }),
        ] as const),
      ),
      'What has happened since, in any order.',
    ),
  });
})();

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
 *
 * @useDeclaredType
 */
export type ComplaintTimeline = Infer<typeof TIMELINE_SHAPE>;

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
 * - `deferred`, `resumed`: a deferral under reg 8, which stops the clock;
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
 * const deferral: TimelineEventOf<'deferred'> = { type: 'deferred', date: '2024-04-02', reason: 'police investigation' };
 * ```
 *
 * @typeParam T - the event type
 */
export type TimelineEventOf<T extends TimelineEventType> = Extract<
  TimelineEvent,
  {
    /** The event type to pick. */
    readonly type: T;
  }
>;
