/**
 * children-act-complaints: deadlines, working days and annual-report tables
 * for the children's statutory complaints procedure in England (Children
 * Act 1989 s.26; SI 2006/1738).
 *
 * @module children-act-complaints
 */
export * from './calendar/index';
export * from './taxonomy/index';
export * from './procedure/index';
export * from './records/index';
export * from './report/index';
export {
  type ErrorCode,
  ChildrenActComplaintsError,
  InvalidInputError,
  OutOfRangeError,
  CoverageError,
  TimelineError,
  UnknownLabelError,
} from './errors';
export { REJECTION_RULES, type RejectionRule, type RejectionDetails, type AnyRejectionDetails, type EventRef, type Issue, type AnyIssue } from './rules';
