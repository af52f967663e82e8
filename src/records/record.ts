/**
 * The complaint record: one complaint with everything an annual report needs.
 * The shape is defined once, as a zod schema built on first use, and the
 * TypeScript types are derived from it.
 *
 * @module
 */
import * as z from 'zod';
import { isPlainDate, type PlainDate } from '../calendar/plainDate';
import { frozenOnSuccess } from '../internal/frozen';
import { characteristicSchemas } from '../taxonomy/characteristics';
import { channelSchema } from '../taxonomy/channels';
import { complaintTypeSchema } from '../taxonomy/complaintTypes';
import { ombudsmanDecisionSchema } from '../taxonomy/ombudsman';
import { stageOutcomeSchema } from '../taxonomy/outcomes';
import { complainantSourceSchema } from '../taxonomy/sources';

function buildComplaintRecordSchema() {
  const date = z.custom<PlainDate>((value) => isPlainDate(value), { message: 'Expected a real calendar date written YYYY-MM-DD.' });
  const text = z.string().min(1);
  const outcome = stageOutcomeSchema();
  const characteristic = characteristicSchemas();
  const stageFacts = {
    /** When the complaint was acknowledged (used by the Complaint Handling Code). */
    acknowledgedOn: date.exactOptional(),
    /** When the complainant was told the response would take longer. */
    extensionNotifiedOn: date.exactOptional(),
    /** The new total limit, in working days from the stage start; the stage's maximum when absent. */
    extendedLimitWorkingDays: z.number().int().positive().exactOptional(),
    /** Why the stage was extended. */
    extensionReason: text.exactOptional(),
    /** When the response (Stage 1) or adjudication (Stage 2) was sent. */
    respondedOn: date.exactOptional(),
    /** The outcome of the response; absent while the stage is open. */
    outcome: outcome.exactOptional(),
  };
  const finding = frozenOnSuccess(z.strictObject({
    /** The point of complaint, as the investigation worded it. */
    point: text,
    /** The finding on that point. */
    outcome,
  }));
  const hold = frozenOnSuccess(z.strictObject({
    /** The first day on hold. */
    from: date,
    /** The day the clock restarted; absent while still on hold. */
    to: date.exactOptional(),
    /** Why (the proceedings that would be prejudiced). */
    reason: text.exactOptional(),
  }));
  return frozenOnSuccess(z.strictObject({
    /** The council's reference for the complaint. */
    id: text,
    /** The day the complaint (representation) was received: Stage 1 starts. */
    receivedOn: date,
    /** The day the grounds arose, for the one-year time limit (reg 9). */
    groundsAroseOn: date.exactOptional(),
    /** The id of a service area from the council's declared list. */
    serviceArea: text,
    /** The complaint's type; `'not-recorded'` when the export left it blank. */
    complaintType: complaintTypeSchema(),
    /** Who complained; `'not-recorded'` when the export left it blank. */
    source: complainantSourceSchema(),
    /** How the complaint arrived; absent when not recorded. */
    channel: channelSchema().exactOptional(),
    /** Stage 1, local resolution. */
    stage1: frozenOnSuccess(z.strictObject(stageFacts)),
    /** Stage 2, the investigation, once requested. */
    stage2: frozenOnSuccess(z.strictObject({
      /** When Stage 2 was requested. */
      requestedOn: date,
      /** When the written statement of complaint was agreed (reg 16). */
      statementAgreedOn: date.exactOptional(),
      ...stageFacts,
      /** The finding on each point of complaint, where recorded. */
      findings: frozenOnSuccess(z.array(finding)).exactOptional(),
    })).exactOptional(),
    /** Stage 3, the review panel, once requested. */
    stage3: frozenOnSuccess(z.strictObject({
      /** When Stage 3 was requested. */
      requestedOn: date,
      /** When the review panel met. */
      panelHeldOn: date.exactOptional(),
      /** When the council received the panel's report. */
      panelReportReceivedOn: date.exactOptional(),
      /** When the council responded to the panel's recommendations. */
      respondedOn: date.exactOptional(),
      /** The outcome of that response. */
      outcome: outcome.exactOptional(),
    })).exactOptional(),
    /** Reg 8 deferrals, in date order, when the clock stopped. */
    holds: frozenOnSuccess(z.array(hold)),
    /** When the complainant withdrew the complaint. */
    withdrawnOn: date.exactOptional(),
    /** Advocacy for the complaint (s.26A). */
    advocacy: frozenOnSuccess(z.strictObject({
      /** Whether advocacy was offered. */
      offered: z.boolean().exactOptional(),
      /** Whether an advocate was provided. */
      provided: z.boolean().exactOptional(),
      /** When an advocate was allocated, for counting advocacy by quarter. */
      allocatedOn: date.exactOptional(),
    })).exactOptional(),
    /** The complainant's characteristics; an absent field means not recorded. */
    complainant: frozenOnSuccess(z.strictObject({
      /** Age band. */
      ageBand: characteristic.ageBand.exactOptional(),
      /** Gender. */
      gender: characteristic.gender.exactOptional(),
      /** Ethnic group (the five Census groups). */
      ethnicity: characteristic.ethnicity.exactOptional(),
      /** Disability. */
      disability: characteristic.disability.exactOptional(),
      /** Sexual orientation. */
      sexualOrientation: characteristic.sexualOrientation.exactOptional(),
    })).exactOptional(),
    /** The complaint's time with the Local Government and Social Care Ombudsman. */
    ombudsman: frozenOnSuccess(z.strictObject({
      /** When the complaint was referred to the Ombudsman. */
      referredOn: date.exactOptional(),
      /** When the Ombudsman decided. */
      decidedOn: date.exactOptional(),
      /** The decision, in the canonical set. */
      decision: ombudsmanDecisionSchema().exactOptional(),
      /** The decision as the era's own label wrote it, verbatim. */
      label: text.exactOptional(),
    })).exactOptional(),
  }));
}

/**
 * The zod schema of a {@link ComplaintRecord}'s shape: canonical values
 * only, ISO dates only, unknown keys refused. Like
 * {@link complaintTimelineSchema}, it checks the shape, not the rules between
 * fields (a response before receipt, an outcome for a stage that never
 * started); {@link parseComplaintRecords} checks both, reads labels and UK
 * dates, and reports every problem. Use it to check a record built by hand.
 * It is a `z.lazy` schema: the object schema inside is built on first use,
 * not at import.
 *
 * @example
 * ```ts
 * import { complaintRecordSchema } from 'children-act-complaints';
 *
 * complaintRecordSchema.safeParse({
 *   id: 'C-2024-001', receivedOn: '2024-04-02', serviceArea: 'children-in-need',
 *   complaintType: 'quality-of-service', source: 'parent-guardian', stage1: {}, holds: [],
 * }).success; // true
 * ```
 */
export const complaintRecordSchema = /* @__PURE__ */ z.lazy(buildComplaintRecordSchema);

/**
 * One complaint, as the annual report and the deadline engine need it.
 *
 * - `id`: the council's reference. `receivedOn`: the day the complaint
 *   (representation) was received, when Stage 1 starts. `groundsAroseOn`:
 *   when the grounds arose, for the one-year time limit (reg 9).
 * - `serviceArea`: an id from the council's declared list (see
 *   {@link defineServiceAreas}). `complaintType` and `source` are
 *   `'not-recorded'` when the export left them blank. `channel` is absent when
 *   not recorded.
 * - `stage1`, `stage2`, `stage3`: what happened at each stage. Stage 1 always
 *   exists (it starts on receipt); Stage 2 and 3 exist once requested.
 *   `extendedLimitWorkingDays` is the new total limit from the stage start
 *   (the stage's maximum when absent). Stage 2 `findings` are the per-point
 *   findings, where recorded. Stage 3 holds the panel dates and the council's
 *   response to the panel.
 * - `holds`: reg 8 deferrals, when the clock stopped (`to` absent while still on hold).
 * - `withdrawnOn`, `advocacy` (offered, provided, and the day an advocate was
 *   allocated), `complainant` characteristics (absent means not recorded), and
 *   `ombudsman` (referral, decision, and the era's own `label`, verbatim).
 *
 * @example
 * ```ts
 * import type { ComplaintRecord } from 'children-act-complaints';
 *
 * const record: ComplaintRecord = {
 *   id: 'C-2024-017',
 *   receivedOn: '2024-03-25' as ComplaintRecord['receivedOn'],
 *   serviceArea: 'children-in-need',
 *   complaintType: 'staff-behaviour',
 *   source: 'parent-guardian',
 *   stage1: { respondedOn: '2024-04-10' as ComplaintRecord['receivedOn'], outcome: 'not-upheld' },
 *   holds: [],
 * };
 * ```
 */
export type ComplaintRecord = z.output<typeof complaintRecordSchema>;

/**
 * What happened at Stage 1 of a {@link ComplaintRecord}.
 *
 * @example
 * ```ts
 * import type { Stage1Record } from 'children-act-complaints';
 *
 * const stage1: Stage1Record = { outcome: 'upheld' };
 * ```
 */
export type Stage1Record = ComplaintRecord['stage1'];

/**
 * What happened at Stage 2 (the investigation) of a {@link ComplaintRecord}.
 *
 * @example
 * ```ts
 * import type { Stage2Record, PlainDate } from 'children-act-complaints';
 *
 * const stage2: Stage2Record = { requestedOn: '2024-05-01' as PlainDate, findings: [{ point: 'Contact', outcome: 'upheld' }] };
 * ```
 */
export type Stage2Record = NonNullable<ComplaintRecord['stage2']>;

/**
 * One per-point finding of a Stage 2 investigation.
 *
 * @example
 * ```ts
 * import type { Stage2Finding } from 'children-act-complaints';
 *
 * const finding: Stage2Finding = { point: 'Delay in the assessment', outcome: 'upheld' };
 * ```
 */
export type Stage2Finding = NonNullable<Stage2Record['findings']>[number];

/**
 * What happened at Stage 3 (the review panel) of a {@link ComplaintRecord}.
 *
 * @example
 * ```ts
 * import type { Stage3Record, PlainDate } from 'children-act-complaints';
 *
 * const stage3: Stage3Record = { requestedOn: '2024-07-01' as PlainDate };
 * ```
 */
export type Stage3Record = NonNullable<ComplaintRecord['stage3']>;

/**
 * A reg 8 deferral: the clock stopped from `from`, and restarted on `to`.
 *
 * @example
 * ```ts
 * import type { HoldPeriod, PlainDate } from 'children-act-complaints';
 *
 * const hold: HoldPeriod = { from: '2024-04-02' as PlainDate, reason: 'police investigation' };
 * ```
 */
export type HoldPeriod = ComplaintRecord['holds'][number];

/**
 * Advocacy for a complaint (Children Act 1989 s.26A).
 *
 * @example
 * ```ts
 * import type { AdvocacyRecord, PlainDate } from 'children-act-complaints';
 *
 * const advocacy: AdvocacyRecord = { offered: true, provided: true, allocatedOn: '2024-04-03' as PlainDate };
 * ```
 */
export type AdvocacyRecord = NonNullable<ComplaintRecord['advocacy']>;

/**
 * The complainant's characteristics; an absent field means not recorded.
 *
 * @example
 * ```ts
 * import type { ComplainantCharacteristics } from 'children-act-complaints';
 *
 * const who: ComplainantCharacteristics = { ageBand: '16-17', ethnicity: 'not-recorded' };
 * ```
 */
export type ComplainantCharacteristics = NonNullable<ComplaintRecord['complainant']>;

/**
 * The complaint's time with the Ombudsman: referral, decision, and the
 * decision's label in the era's own words.
 *
 * @example
 * ```ts
 * import type { OmbudsmanRecord, PlainDate } from 'children-act-complaints';
 *
 * const ombudsman: OmbudsmanRecord = {
 *   referredOn: '2024-09-01' as PlainDate,
 *   decidedOn: '2024-11-12' as PlainDate,
 *   decision: 'referred-back-for-local-resolution',
 *   label: 'Premature (referred back for local resolution)',
 * };
 * ```
 */
export type OmbudsmanRecord = NonNullable<ComplaintRecord['ombudsman']>;
