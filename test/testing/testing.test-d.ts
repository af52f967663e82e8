import type fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ComplaintRecord, ComplaintTimeline, PlainDate } from '../../src/index';
import {
  assessableComplaintArbitrary,
  complaintMatchers,
  complaintRecordArbitrary,
  complaintRecordsArbitrary,
  complaintTimelineArbitrary,
  plainDateArbitrary,
  workingDayArbitrary,
  type AssessableComplaint,
  type ChildrenActComplaintsMatchers,
  type MatcherResult,
} from '../../src/testing/index';

describe('the testing subpath types', () => {
  it('gives arbitraries of the library types', () => {
    expectTypeOf(plainDateArbitrary()).toEqualTypeOf<fc.Arbitrary<PlainDate>>();
    expectTypeOf(workingDayArbitrary({ min: '2024-01-01' })).toEqualTypeOf<fc.Arbitrary<PlainDate>>();
    expectTypeOf(complaintRecordArbitrary()).toEqualTypeOf<fc.Arbitrary<ComplaintRecord>>();
    expectTypeOf(complaintRecordsArbitrary({ maxLength: 3 })).toEqualTypeOf<fc.Arbitrary<ComplaintRecord[]>>();
    expectTypeOf(complaintTimelineArbitrary()).toEqualTypeOf<fc.Arbitrary<ComplaintTimeline>>();
    expectTypeOf(assessableComplaintArbitrary()).toEqualTypeOf<fc.Arbitrary<AssessableComplaint>>();
    // @ts-expect-error: holds is a boolean
    complaintRecordArbitrary({ deferrals: 'no' });
  });

  it('types the matchers for expect.extend and for assertions', () => {
    expect.extend(complaintMatchers);
    expectTypeOf(complaintMatchers.toBeWorkingDay).returns.toEqualTypeOf<MatcherResult>();
    expectTypeOf(expect('2024-04-09').toBeWorkingDay).toBeFunction();
    expectTypeOf(expect({}).toMeetStatutoryTimescale).parameter(0).toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf(expect({}).toBeWithinRequestWindow).parameter(0).toEqualTypeOf<2 | 3>();
    expectTypeOf<ChildrenActComplaintsMatchers<void>['toBeWorkingDay']>().returns.toEqualTypeOf<void>();
    // @ts-expect-error: there is no Stage 1 request window
    expect({}).toBeWithinRequestWindow(1);
  });
});
