import type { DeadlineRule, ProcedureDefinition, StageDefinition } from './definition';
import { deepFreeze } from '../internal/freeze';

const CODE = 'Local Government and Social Care Ombudsman, Complaint Handling Code';
const IN_USE = '2026-04-01';

const definition = {
  id: 'complaint-handling-code',
  title: 'Complaint Handling Code (Local Government and Social Care Ombudsman)',
  inForceFrom: IN_USE,
  workingDays: {
    id: 'working-day',
    summary: 'Working days exclude weekends and bank holidays; the Code does not say whether an organisation’s closure days count.',
    citation: { instrument: CODE, provision: 'definitions' },
    verification: 'S',
    inForceFrom: IN_USE,
    region: 'england-and-wales',
    closureDays: 'unspecified',
  },
  receipt: {
    id: 'receipt-on-non-working-day',
    summary: 'Whether a complaint that arrives on a non-working day is counted from that day or from the next working day.',
    citation: { instrument: CODE, provision: 'acknowledgement', source: 'not stated in the Code' },
    verification: 'U',
    inForceFrom: IN_USE,
    convention: 'receipt',
    default: 'as-received',
  },
  timeLimit: null,
  deferral: null,
  stages: [
    {
      stage: 1,
      name: 'Stage 1',
      start: {
        id: 'stage-1-start',
        summary: 'Stage 1 starts when the complaint is received.',
        citation: { instrument: CODE, provision: 'stage 1' },
        verification: 'S',
        inForceFrom: IN_USE,
        on: 'receipt',
      },
      clockStart: null,
      deadlines: [
        {
          id: 'stage-1-acknowledgement',
          summary: 'The complaint is acknowledged within 5 working days of receipt.',
          citation: { instrument: CODE, provision: 'stage 1' },
          verification: 'S',
          inForceFrom: IN_USE,
          step: 'acknowledgement',
          workingDays: 5,
          from: 'stage-start',
          soft: false,
          extension: null,
        },
        {
          id: 'stage-1-response',
          summary: 'The Stage 1 response is sent within 10 working days of the acknowledgement.',
          citation: { instrument: CODE, provision: 'stage 1' },
          verification: 'S',
          inForceFrom: IN_USE,
          step: 'response',
          workingDays: 10,
          from: 'acknowledgement',
          soft: false,
          extension: {
            id: 'stage-1-extension',
            summary: 'The response may be extended by no more than 10 working days without good reason, 20 in all.',
            citation: { instrument: CODE, provision: 'stage 1' },
            verification: 'S',
            inForceFrom: IN_USE,
            maxWorkingDays: 20,
          },
        },
      ],
      requestWindow: null,
    },
    {
      stage: 2,
      name: 'Stage 2',
      start: {
        id: 'stage-2-start',
        summary: 'Stage 2 starts when the complainant asks for it.',
        citation: { instrument: CODE, provision: 'stage 2' },
        verification: 'S',
        inForceFrom: IN_USE,
        on: 'request',
      },
      clockStart: null,
      deadlines: [
        {
          id: 'stage-2-acknowledgement',
          summary: 'The request is acknowledged within 5 working days.',
          citation: { instrument: CODE, provision: 'stage 2' },
          verification: 'S',
          inForceFrom: IN_USE,
          step: 'acknowledgement',
          workingDays: 5,
          from: 'stage-start',
          soft: false,
          extension: null,
        },
        {
          id: 'stage-2-response',
          summary: 'The Stage 2 response is sent within 20 working days of the acknowledgement.',
          citation: { instrument: CODE, provision: 'stage 2' },
          verification: 'S',
          inForceFrom: IN_USE,
          step: 'response',
          workingDays: 20,
          from: 'acknowledgement',
          soft: false,
          extension: {
            id: 'stage-2-extension',
            summary: 'The response may be extended by up to 20 working days, 40 in all.',
            citation: { instrument: CODE, provision: 'stage 2' },
            verification: 'S',
            inForceFrom: IN_USE,
            maxWorkingDays: 40,
          },
        },
      ],
      requestWindow: null,
    },
  ],
} as const satisfies ProcedureDefinition;

/**
 * The Local Government and Social Care Ombudsman's Complaint Handling Code,
 * which the Ombudsman uses in casework from 1 April 2026. It applies only
 * where no statutory procedure exists, so never to a complaint under
 * SI 2006/1738; it ships as a second procedure to show the engine reads data.
 *
 * Its rules, all counted in working days (S):
 * - Stage 1: acknowledge within 5 of receipt; respond within 10 of the
 *   acknowledgement, extendable by up to 10 (20 in all);
 * - Stage 2: acknowledge within 5 of the request; respond within 20 of the
 *   acknowledgement, extendable by up to 20 (40 in all);
 * - no Stage 3, no request window and no time limit are modelled.
 *
 * Each response deadline counts from the day the acknowledgement was
 * actually given, so a response cannot be due before its stage is
 * acknowledged; a late acknowledgement shows as a late `'acknowledgement'` step.
 *
 * @example
 * ```ts
 * import { assessComplaint, complaintHandlingCode } from 'children-act-complaints';
 *
 * const result = assessComplaint(
 *   { receivedOn: '2026-04-13', events: [{ type: 'acknowledged', stage: 1, date: '2026-04-15' }] },
 *   { asOf: '2026-04-20', procedure: complaintHandlingCode },
 * );
 * result.stages[0].steps.map((s) => [s.step, s.dueOn]);
 * // [['acknowledgement', '2026-04-20'], ['response', '2026-04-29']]
 * ```
 */
export const complaintHandlingCode: ProcedureDefinition<readonly [StageDefinition<readonly [DeadlineRule, DeadlineRule]>, StageDefinition<readonly [DeadlineRule, DeadlineRule]>]> =
  /* @__PURE__ */ deepFreeze(definition);
