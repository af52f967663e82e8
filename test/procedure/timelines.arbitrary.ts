/**
 * fast-check generators of valid complaint timelines under the statutory
 * procedure: up to three stages, each with an optional extension, hold,
 * statement and response; Stage 3 with its panel and report; an optional
 * withdrawal and Ombudsman referral. Dates are built as day numbers.
 */
import fc from 'fast-check';
import { formatDayNumber } from '../../src/internal/days';
import type { AssessmentConventions, ComplaintTimeline, TimelineEvent } from '../../src/index';
import { dayNumber } from '../support/dates';

const FIRST = dayNumber('2012-01-02');
const LAST = dayNumber('2026-06-30');
const iso = formatDayNumber;
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: arb, weight: 1 });

const holdPlan = fc.record({ after: fc.nat(40), length: fc.nat(30), resumed: fc.boolean() });

const stagePlan = (base: number, cap: number) =>
  fc.record({
    extension: optional(fc.record({ after: fc.nat(40), workingDays: optional(fc.integer({ min: base + 1, max: cap + 5 })) })),
    hold: optional(holdPlan),
    statementAfter: optional(fc.nat(20)),
    respondAfter: optional(fc.nat(130)),
    withdrawnOutcome: fc.nat(9).map((n) => n === 0),
    requestGap: fc.nat(40),
  });

const panelPlan = fc.record({
  panelAfter: optional(fc.nat(60)),
  reportAfter: optional(fc.nat(15)),
  respondAfter: optional(fc.nat(40)),
  hold: optional(holdPlan),
});

/** A plan of a timeline, before dates are laid out. */
export const timelinePlan = fc.record({
  received: fc.integer({ min: FIRST, max: LAST }),
  groundsBefore: optional(fc.nat(500)),
  stage1: stagePlan(10, 20),
  stage2: optional(stagePlan(25, 65)),
  stage3: optional(panelPlan),
  withdrawAfter: rarely(fc.nat(30)),
  ombudsman: rarely(fc.record({ after: fc.nat(60), decisionAfter: optional(fc.nat(200)) })),
  asOfAfter: fc.nat(90),
  receipt: fc.constantFrom('as-received', 'next-working-day'),
  stage2ClockStartsOn: fc.constantFrom('request', 'statement-agreed'),
});

export type TimelinePlan = typeof timelinePlan extends fc.Arbitrary<infer T> ? T : never;

/** A timeline, the day to assess it on and the conventions to use. */
export interface Scenario {
  readonly timeline: ComplaintTimeline;
  readonly asOf: string;
  readonly conventions: AssessmentConventions;
}

/**
 * A hold begins strictly before the stage's response: two holds begun on the day one stage is answered and the next
 * asked for cannot say which stage each is for (the engine gives the first to the later stage and refuses the second).
 */
function addHold(events: TimelineEvent[], start: number, limit: number, hold: TimelinePlan['stage1']['hold']): void {
  if (hold === undefined || start + hold.after >= limit) return;
  const from = start + hold.after;
  events.push({ type: 'deferred', date: iso(from), reason: 'proceedings' });
  if (hold.resumed && from + hold.length <= limit) events.push({ type: 'resumed', date: iso(from + hold.length) });
}

/** Lays a plan out as dated events; returns the day of the stage's response, or null. */
function addStage(events: TimelineEvent[], stage: 1 | 2, start: number, plan: TimelinePlan['stage1']): number | null {
  const responseDay = plan.respondAfter === undefined ? null : start + plan.respondAfter;
  const limit = responseDay ?? Infinity;
  if (plan.extension !== undefined && start + plan.extension.after <= limit) {
    const { workingDays } = plan.extension;
    events.push({ type: 'extension-notified', stage, date: iso(start + plan.extension.after), ...(workingDays === undefined ? {} : { workingDays }) });
  }
  if (stage === 2 && plan.statementAfter !== undefined && start + plan.statementAfter <= limit) {
    events.push({ type: 'statement-agreed', date: iso(start + plan.statementAfter) });
  }
  addHold(events, start, limit, plan.hold);
  if (responseDay !== null) {
    events.push({ type: 'response', stage, date: iso(responseDay), outcome: plan.withdrawnOutcome && stage === 2 ? 'withdrawn' : 'partly-upheld' });
  }
  return responseDay;
}

/** Builds the scenario a plan describes. */
export function layOut(plan: TimelinePlan): Scenario {
  const events: TimelineEvent[] = [];
  const answered1 = addStage(events, 1, plan.received, plan.stage1);
  if (answered1 !== null && plan.stage2 !== undefined) {
    const request = answered1 + plan.stage1.requestGap;
    events.push({ type: 'stage-requested', stage: 2, date: iso(request) });
    const answered2 = addStage(events, 2, request, plan.stage2);
    if (answered2 !== null && plan.stage3 !== undefined && !plan.stage2.withdrawnOutcome) {
      const request3 = answered2 + plan.stage2.requestGap;
      events.push({ type: 'stage-requested', stage: 3, date: iso(request3) });
      const p = plan.stage3;
      const panel = p.panelAfter === undefined ? null : request3 + p.panelAfter;
      const report = panel === null || p.reportAfter === undefined ? null : panel + p.reportAfter;
      const response = report === null || p.respondAfter === undefined ? null : report + p.respondAfter;
      if (panel !== null) events.push({ type: 'panel-held', date: iso(panel) });
      if (report !== null) events.push({ type: 'panel-report-received', date: iso(report) });
      if (response !== null) events.push({ type: 'response', stage: 3, date: iso(response), outcome: 'upheld' });
      addHold(events, request3, response ?? Infinity, p.hold);
    }
  }
  let latest = Math.max(plan.received, ...events.map((e) => dayNumber(e.date)));
  if (plan.withdrawAfter !== undefined && !(plan.stage2?.withdrawnOutcome === true && events.some((e) => e.type === 'response' && e.stage === 2))) {
    latest += plan.withdrawAfter;
    events.push({ type: 'withdrawn', date: iso(latest) });
  }
  if (plan.ombudsman !== undefined) {
    latest += plan.ombudsman.after;
    events.push({ type: 'ombudsman-referred', date: iso(latest) });
    if (plan.ombudsman.decisionAfter !== undefined) {
      latest += plan.ombudsman.decisionAfter;
      events.push({ type: 'ombudsman-decision', date: iso(latest), decision: 'not-upheld', label: 'Not upheld' });
    }
  }
  const timeline: ComplaintTimeline = {
    id: `T${plan.received}`,
    receivedOn: iso(plan.received),
    ...(plan.groundsBefore === undefined ? {} : { groundsAroseOn: iso(plan.received - plan.groundsBefore) }),
    events,
  };
  return {
    timeline,
    asOf: iso(latest + plan.asOfAfter),
    conventions: { receipt: plan.receipt, stage2ClockStartsOn: plan.stage2ClockStartsOn },
  };
}

/** Valid scenarios under the statutory procedure. */
export const scenario: fc.Arbitrary<Scenario> = timelinePlan.map(layOut);
