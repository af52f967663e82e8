/**
 * `children-act-complaints/testing`: fast-check arbitraries and
 * `expect.extend` matchers for councils' own compliance tests.
 *
 * This subpath needs `fast-check` (an optional peer dependency: install it
 * beside your test runner). The package root never loads it.
 *
 * ```ts
 * // vitest.setup.ts (vitest.config.ts: test.setupFiles), or jest's setupFilesAfterEach file
 * import { expect } from 'vitest'; // with jest, the global expect
 * import { complaintMatchers } from 'children-act-complaints/testing';
 *
 * expect.extend(complaintMatchers);
 * ```
 *
 * Importing this subpath merges the matchers' types into the global
 * `jest.Matchers` interface, which vitest's `Assertion` extends and
 * `@types/jest` declares, so `expect(x).toBeWorkingDay()` type-checks in
 * both without naming either package (a project with only one of them
 * installed still type-checks).
 *
 * @module children-act-complaints/testing
 */
import type { ChildrenActComplaintsMatchers } from './matchers';

export {
  plainDateArbitrary,
  workingDayArbitrary,
  complaintRecordArbitrary,
  complaintRecordsArbitrary,
  complaintTimelineArbitrary,
  assessableComplaintArbitrary,
  type DateRangeOptions,
  type WorkingDayArbitraryOptions,
  type ComplaintArbitraryOptions,
  type ComplaintRecordsArbitraryOptions,
  type AssessableComplaint,
} from './arbitraries';
export {
  complaintMatchers,
  type ComplaintMatchers,
  type ChildrenActComplaintsMatchers,
  type ComplaintMatcherInput,
  type ComplaintMatcherOptions,
  type WorkingDayMatcherOptions,
  type MatcherContext,
  type MatcherResult,
} from './matchers';

// vitest's Assertion<T> extends jest.Matchers<void, T>, and @types/jest declares jest.Matchers<R, T = {}>:
// merging here types the matchers in both. The type parameters must repeat theirs exactly.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Matchers<R, T = {}> extends ChildrenActComplaintsMatchers<R> {}
  }
}
