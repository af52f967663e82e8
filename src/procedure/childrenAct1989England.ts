import type { DeadlineRule, ProcedureDefinition, StageDefinition } from './definition';
import { deepFreeze } from '../internal/freeze';

const SI = 'SI 2006/1738';
const GUIDANCE = 'Getting the Best from Complaints (DfES, 2006)';
const IN_FORCE = '2006-09-01';

const definition = {
  id: 'children-act-1989-england',
  title: 'Children Act 1989 Representations Procedure (England) Regulations 2006',
  inForceFrom: IN_FORCE,
  workingDays: {
    id: 'working-day',
    summary:
      'A working day is any day but a Saturday, a Sunday, Christmas Day, Boxing Day, Good Friday or an England and Wales bank holiday; a council’s own closure days still count.',
    citation: { instrument: SI, provision: 'reg 2' },
    verification: 'P',
    inForceFrom: IN_FORCE,
    region: 'england-and-wales',
    closureDays: 'not-excluded',
  },
  receipt: {
    id: 'receipt-on-non-working-day',
    summary:
      'Whether a complaint or request that arrives on a non-working day is counted from that day or deemed to arrive on the next working day; councils differ.',
    citation: { instrument: SI, provision: 'reg 14', source: 'council practice' },
    verification: 'U',
    inForceFrom: IN_FORCE,
    convention: 'receipt',
    default: 'as-received',
  },
  timeLimit: {
    id: 'time-limit',
    summary:
      'A complaint is to be made within one year of its grounds arising; a later one may be considered where it was not reasonable to complain sooner and it can still be considered fairly.',
    citation: { instrument: SI, provision: 'reg 9', source: GUIDANCE },
    verification: 'S',
    inForceFrom: IN_FORCE,
    years: 1,
  },
  deferral: {
    id: 'deferral',
    summary:
      'Consideration may be deferred where it could prejudice court, tribunal, disciplinary or criminal proceedings or investigations; the clock stops while it is deferred (which matters qualify is unverified).',
    citation: { instrument: SI, provision: 'reg 8', source: GUIDANCE },
    verification: 'S',
    inForceFrom: IN_FORCE,
  },
  stages: [
    {
      stage: 1,
      name: 'Local resolution',
      start: {
        id: 'stage-1-start',
        summary: 'Stage 1 starts when the council receives the complaint (the representation).',
        citation: { instrument: SI, provision: 'reg 14' },
        verification: 'S',
        inForceFrom: IN_FORCE,
        on: 'receipt',
      },
      clockStart: null,
      deadlines: [
        {
          id: 'stage-1-response',
          summary: 'The council responds within 10 working days of receipt.',
          citation: { instrument: SI, provision: 'reg 14', source: GUIDANCE },
          verification: 'S',
          inForceFrom: IN_FORCE,
          step: 'response',
          workingDays: 10,
          from: 'clock-start',
          soft: false,
          extension: {
            id: 'stage-1-extension',
            summary: 'A complex complaint may take a further 10 working days, 20 in all, once the complainant is told.',
            citation: { instrument: SI, provision: 'reg 14', source: GUIDANCE },
            verification: 'S',
            inForceFrom: IN_FORCE,
            maxWorkingDays: 20,
          },
        },
      ],
      requestWindow: {
        id: 'stage-2-request-window',
        summary:
          'The complainant may ask for Stage 2 within 20 working days of receiving the Stage 1 response; a later request is at the council’s discretion (practice; the legal basis is unverified).',
        citation: { instrument: SI, provision: 'reg 15', source: 'council practice; no provision found for the 20 working days' },
        verification: 'S',
        inForceFrom: IN_FORCE,
        workingDays: 20,
      },
    },
    {
      stage: 2,
      name: 'Investigation',
      start: {
        id: 'stage-2-start',
        summary:
          'Stage 2 starts on the complainant’s request; an investigating officer and an independent person consider the complaint, and the council’s adjudication closes the stage.',
        citation: { instrument: SI, provision: 'reg 17' },
        verification: 'S',
        inForceFrom: IN_FORCE,
        on: 'request',
      },
      clockStart: {
        id: 'stage-2-clock-start',
        summary:
          'Whether the Stage 2 clock runs from the request or from the agreed written statement of complaint (reg 16); councils differ.',
        citation: { instrument: SI, provision: 'reg 16', source: 'council practice' },
        verification: 'U',
        inForceFrom: IN_FORCE,
        convention: 'stage2ClockStartsOn',
        default: 'request',
      },
      deadlines: [
        {
          id: 'stage-2-response',
          summary: 'The investigation and the council’s adjudication are completed within 25 working days.',
          citation: { instrument: SI, provision: 'reg 17', source: GUIDANCE },
          verification: 'S',
          inForceFrom: IN_FORCE,
          step: 'response',
          workingDays: 25,
          from: 'clock-start',
          soft: false,
          extension: {
            id: 'stage-2-extension',
            summary: 'The limit may be extended, with written reasons, to at most 65 working days.',
            citation: { instrument: SI, provision: 'reg 17', source: GUIDANCE },
            verification: 'S',
            inForceFrom: IN_FORCE,
            maxWorkingDays: 65,
          },
        },
      ],
      requestWindow: {
        id: 'stage-3-request-window',
        summary: 'The complainant may ask for a review panel within 20 working days of receiving the adjudication.',
        citation: { instrument: SI, provision: 'reg 18', source: GUIDANCE },
        verification: 'S',
        inForceFrom: IN_FORCE,
        workingDays: 20,
      },
    },
    {
      stage: 3,
      name: 'Review panel',
      start: {
        id: 'stage-3-start',
        summary: 'Stage 3 starts on the complainant’s request for a review panel.',
        citation: { instrument: SI, provision: 'reg 18', source: GUIDANCE },
        verification: 'S',
        inForceFrom: IN_FORCE,
        on: 'request',
      },
      clockStart: null,
      deadlines: [
        {
          id: 'stage-3-panel',
          summary: 'A panel of three independent people meets within 30 working days of the request.',
          citation: { instrument: SI, provision: 'reg 19' },
          verification: 'P',
          inForceFrom: IN_FORCE,
          step: 'panel',
          workingDays: 30,
          from: 'stage-start',
          soft: false,
          extension: null,
        },
        {
          id: 'stage-3-panel-report',
          summary: 'The panel sends its report within 5 working days of meeting.',
          citation: { instrument: SI, provision: 'reg 20', source: GUIDANCE },
          verification: 'S',
          inForceFrom: IN_FORCE,
          step: 'panel-report',
          workingDays: 5,
          from: 'panel',
          soft: false,
          extension: null,
        },
        {
          id: 'stage-3-response',
          summary:
            'The council responds to the panel’s recommendations within 15 working days of receiving the report, or as soon as reasonably practicable.',
          citation: { instrument: SI, provision: 'reg 20', source: GUIDANCE },
          verification: 'S',
          inForceFrom: IN_FORCE,
          step: 'response',
          workingDays: 15,
          from: 'panel-report',
          soft: true,
          extension: null,
        },
      ],
      requestWindow: null,
    },
  ],
} as const satisfies ProcedureDefinition;

/**
 * The children's statutory complaints procedure in England: Children Act 1989
 * s.26 and the Children Act 1989 Representations Procedure (England)
 * Regulations 2006 (SI 2006/1738), in force from 1 September 2006.
 *
 * One deeply frozen object. Each rule carries its citation, its verification
 * status (`'P'` primary text, `'S'` secondary sources, `'U'` unverified) and
 * the day it came into force:
 * - working days: regulation 2, England and Wales bank holidays; a council's
 *   closure days are not excluded (P);
 * - time limit: one year from the grounds arising, reg 9 (S);
 * - Stage 1, local resolution: 10 working days from receipt, extendable to 20, reg 14 (S);
 * - the window to ask for Stage 2: 20 working days from the Stage 1 response (S, legal basis U);
 * - Stage 2, investigation: 25 working days, extendable to 65, reg 17 (S);
 *   its clock runs from the request or from the agreed statement (U: the
 *   `stage2ClockStartsOn` convention);
 * - the window to ask for Stage 3: 20 working days from the adjudication, reg 18 (S);
 * - Stage 3, review panel: meets within 30 working days of the request, reg 19 (P);
 *   reports within 5 working days of meeting, reg 20 (S); the council responds
 *   within 15 working days of the report "or as soon as reasonably
 *   practicable", a soft deadline, reg 20 (S);
 * - deferral while other proceedings run, reg 8: modelled as a deferral that stops the clock (S, its list U);
 * - receipt on a non-working day: the `receipt` convention (U).
 *
 * @example
 * ```ts
 * import { childrenAct1989England } from 'children-act-complaints';
 *
 * const [stage1, stage2, stage3] = childrenAct1989England.stages;
 * stage1.deadlines[0].workingDays;                // 10
 * stage1.deadlines[0].extension?.maxWorkingDays;  // 20
 * stage2.deadlines[0].extension?.maxWorkingDays;  // 65
 * stage3.deadlines.map((d) => [d.step, d.workingDays, d.soft]);
 * // [['panel', 30, false], ['panel-report', 5, false], ['response', 15, true]]
 * stage3.deadlines[0].citation;                   // { instrument: 'SI 2006/1738', provision: 'reg 19' }
 * Object.isFrozen(stage1.deadlines[0]);           // true
 * ```
 */
export const childrenAct1989England: ProcedureDefinition<readonly [StageDefinition<readonly [DeadlineRule]>, StageDefinition<readonly [DeadlineRule]>, StageDefinition<readonly [DeadlineRule, DeadlineRule, DeadlineRule]>]> =
  /* @__PURE__ */ deepFreeze(definition);
