import { complaintTimelineSchema } from '../../src/schemas/index';
import { describe, expectTypeOf, it } from 'vitest';
import { assessComplaint, childrenAct1989England, complaintHandlingCode, upcomingDeadlines, type AssessComplaintOptions, type ComplaintAssessment, type ComplaintStatus, type ComplaintTimeline, type ConventionRule, type DeadlineRule, type DateInput, type PlainDate, type ProcedureDefinition, type StageAssessment, type StageStatus, type TimelineEvent, type TimelineEventOf, type UpcomingDeadline, type WarningCode } from '../../src/index';
import type { z } from 'zod';

describe('the timeline contract', () => {
  it('has the shape of the shared contract', () => {
    expectTypeOf<ComplaintTimeline['receivedOn']>().toEqualTypeOf<DateInput>();
    expectTypeOf<ComplaintTimeline['events']>().toEqualTypeOf<readonly TimelineEvent[]>();
    expectTypeOf<TimelineEventOf<'response'>['stage']>().toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf<TimelineEventOf<'stage-requested'>['stage']>().toEqualTypeOf<2 | 3>();
    expectTypeOf<TimelineEventOf<'extension-notified'>['stage']>().toEqualTypeOf<1 | 2>();
    expectTypeOf<TimelineEventOf<'ombudsman-decision'>['decision']>().toEqualTypeOf<
      | 'upheld-maladministration-and-injustice'
      | 'upheld-maladministration-no-injustice'
      | 'upheld'
      | 'satisfactory-remedy-provided'
      | 'not-upheld'
      | 'closed-after-initial-enquiries'
      | 'referred-back-for-local-resolution'
      | 'incomplete-or-invalid'
      | 'advice-given'
      | 'closed-court-proceedings'
      | 'out-of-jurisdiction'
    >();
    expectTypeOf<TimelineEvent['type']>().toEqualTypeOf<
      | 'acknowledged'
      | 'extension-notified'
      | 'response'
      | 'stage-requested'
      | 'statement-agreed'
      | 'panel-held'
      | 'panel-report-received'
      | 'deferred'
      | 'resumed'
      | 'withdrawn'
      | 'ombudsman-referred'
      | 'ombudsman-decision'
    >();
  });

  it('is derived from the schema', () => {
    expectTypeOf<z.output<typeof complaintTimelineSchema>>().toEqualTypeOf<ComplaintTimeline>();
  });

  it('keeps optional fields exact: present with a value, or absent', () => {
    // @ts-expect-error exactOptionalPropertyTypes: an id may be left out, not set to undefined
    const withUndefined: ComplaintTimeline = { receivedOn: '2024-01-08', id: undefined, events: [] };
    void withUndefined;
    // @ts-expect-error a response to Stage 4 does not exist
    const stage4: TimelineEvent = { type: 'response', stage: 4, date: '2024-01-08' };
    void stage4;
    // @ts-expect-error outcomes are the canonical values
    const label: TimelineEvent = { type: 'response', stage: 1, date: '2024-01-08', outcome: 'Upheld' };
    void label;
  });

  it('is readonly', () => {
    const timeline: ComplaintTimeline = { receivedOn: '2024-01-08', events: [] };
    // @ts-expect-error the timeline is readonly
    timeline.receivedOn = '2024-01-09';
  });
});

describe('the procedures as data', () => {
  it('satisfy ProcedureDefinition, with stages and deadlines that are safe to index', () => {
    expectTypeOf(childrenAct1989England).toExtend<ProcedureDefinition>();
    expectTypeOf(complaintHandlingCode).toExtend<ProcedureDefinition>();
    // Tuples: no `| undefined` under noUncheckedIndexedAccess.
    expectTypeOf(childrenAct1989England.stages[0].deadlines[0].workingDays).toEqualTypeOf<number>();
    expectTypeOf(childrenAct1989England.stages[2].deadlines[2]).toEqualTypeOf<DeadlineRule>();
    expectTypeOf(childrenAct1989England.stages).toHaveProperty('length').toEqualTypeOf<3>();
    expectTypeOf(complaintHandlingCode.stages).toHaveProperty('length').toEqualTypeOf<2>();
    expectTypeOf(childrenAct1989England.stages[1].clockStart).toEqualTypeOf<ConventionRule<'stage2ClockStartsOn'> | null>();
  });
});

describe('assessComplaint', () => {
  it('requires asOf and returns plain data', () => {
    expectTypeOf(assessComplaint).returns.toEqualTypeOf<ComplaintAssessment>();
    expectTypeOf<AssessComplaintOptions['asOf']>().toEqualTypeOf<DateInput>();
    // @ts-expect-error asOf is required: the library never reads the clock
    assessComplaint({ receivedOn: '2024-01-08', events: [] }, {});
    // @ts-expect-error conventions take the documented choices only
    assessComplaint({ receivedOn: '2024-01-08', events: [] }, { asOf: '2024-01-08', conventions: { receipt: 'monday' } });
  });

  it('types the result’s statuses, dates and warnings', () => {
    expectTypeOf<ComplaintAssessment['status']>().toEqualTypeOf<ComplaintStatus>();
    expectTypeOf<StageAssessment['status']>().toEqualTypeOf<StageStatus>();
    expectTypeOf<StageAssessment['dueOn']>().toEqualTypeOf<PlainDate | null>();
    expectTypeOf<StageAssessment['stage']>().toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf<ComplaintAssessment['warnings'][number]['code']>().toEqualTypeOf<WarningCode>();
    expectTypeOf<StageStatus>().toEqualTypeOf<
      'not-started' | 'open' | 'overdue' | 'met' | 'met-within-extension' | 'late' | 'withdrawn' | 'deferred'
    >();
  });
});

describe('upcomingDeadlines', () => {
  it('returns a readonly list of rows', () => {
    expectTypeOf(upcomingDeadlines).returns.toEqualTypeOf<readonly UpcomingDeadline[]>();
    // @ts-expect-error withinWorkingDays is required
    upcomingDeadlines([], { asOf: '2024-01-08' });
  });
});
