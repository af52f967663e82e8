export { TIMELINE_EVENT_TYPES, type TimelineEventType, type ComplaintTimeline, type TimelineEvent, type TimelineEventOf } from './timeline';
export {
  VERIFICATION_STATUSES,
  CONVENTION_OPTIONS,
  STAGE_STEPS,
  type VerificationStatus,
  type Citation,
  type ProcedureRule,
  type ReceiptConvention,
  type Stage2ClockStart,
  type ConventionOptions,
  type ConventionName,
  type AssessmentConventions,
  type ConventionRule,
  type WorkingDayRule,
  type StageStep,
  type DeadlineAnchor,
  type ExtensionRule,
  type DeadlineRule,
  type RequestWindowRule,
  type StageStartRule,
  type StageDefinition,
  type TimeLimitRule,
  type ProcedureDefinition,
} from './definition';
export { childrenAct1989England } from './childrenAct1989England';
export { complaintHandlingCode } from './complaintHandlingCode';
export {
  STAGE_STATUSES,
  COMPLAINT_STATUSES,
  WARNING_CODES,
  type StageStatus,
  type ComplaintStatus,
  type WarningCode,
  type AssessmentWarning,
  type StepAssessment,
  type DeferralAssessment,
  type ExtensionAssessment,
  type StageAssessment,
  type OmbudsmanReferralAssessment,
  type NextDeadline,
  type TimeLimitAssessment,
  type AppliedConventions,
  type ComplaintAssessment,
} from './assessment';
export { assessComplaint, safeAssessComplaint, type AssessComplaintOptions, type SafeAssessment } from './assessComplaint';
export { upcomingDeadlines, type UpcomingDeadlinesOptions, type UpcomingDeadline } from './upcomingDeadlines';
