/** Hostile-input entries for the procedure module: timelines, assessments and dashboards. */
import fc from 'fast-check';
import { assessComplaint, childrenAct1989England, complaintHandlingCode, REJECTION_RULES, safeAssessComplaint, upcomingDeadlines } from '../../../src/index';
import { scenario } from '../../procedure/timelines.arbitrary';
import { hostileValue, nearly, spoiled } from '../../support/hostile';
import { calendarLike, expectFrozenData, target, targetOf, type HostileTarget } from '../registry';

/** A procedure: one of the two, a copy spoiled deep inside, or not a procedure at all. */
export const procedureLike: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  { arbitrary: fc.constantFrom(childrenAct1989England, complaintHandlingCode), weight: 2 },
  { arbitrary: spoiled(fc.constantFrom(childrenAct1989England, complaintHandlingCode), 2), weight: 2 },
  { arbitrary: hostileValue(), weight: 1 },
);

const conventionsLike = fc.option(
  fc.record({ receipt: nearly(fc.constantFrom('as-received', 'next-working-day')), stage2ClockStartsOn: nearly(fc.constantFrom('request', 'statement-agreed')) }, { requiredKeys: [] }),
  { nil: undefined },
);

/** `[timeline, options]`, agreeing with each other, then spoiled anywhere. */
const assessArgs = spoiled(
  fc
    .tuple(scenario, fc.option(calendarLike, { nil: undefined }), procedureLike, conventionsLike)
    .map(([s, calendar, procedure, conventions]) => [s.timeline, { asOf: s.asOf, calendar, procedure, conventions: conventions ?? s.conventions }]),
);

/** `[timelines, options]` for a dashboard, then spoiled anywhere. */
const dashboardArgs = spoiled(
  fc.tuple(fc.array(scenario, { maxLength: 5 }), nearly(fc.integer({ min: 0, max: 30 })), fc.option(calendarLike, { nil: undefined })).map(([list, within, calendar]) => [
    list.map((s) => s.timeline),
    { asOf: list.reduce((max, s) => (s.asOf > max ? s.asOf : max), '2026-12-31'), withinWorkingDays: within, calendar },
  ]),
);


export const procedureTargets: readonly HostileTarget[] = [
  targetOf('safeAssessComplaint', safeAssessComplaint, assessArgs, {
    numRuns: 200,
    neverThrows: true,
    onReturn: (result) => {
      const assessed = result as { success: boolean; data?: unknown; issues?: readonly { rule: string; message: unknown; fix: unknown }[] };
      if (assessed.success) return expectFrozenData(assessed.data);
      if ((assessed.issues ?? []).length === 0) throw new Error('a failed assessment lists no issues');
      for (const issue of assessed.issues ?? []) {
        if (!REJECTION_RULES.includes(issue.rule as never) || typeof issue.message !== 'string' || typeof issue.fix !== 'string') throw new Error(`an issue is not from the catalogue: ${JSON.stringify(issue)}`);
      }
    },
  }),
  targetOf('assessComplaint', assessComplaint, assessArgs, { numRuns: 200, onReturn: expectFrozenData }),
  targetOf('upcomingDeadlines', upcomingDeadlines, dashboardArgs, { numRuns: 100, onReturn: expectFrozenData }),
];
