export { ROUNDING_MODES, type Rounding, type Share, type Average } from './share';
export {
  REPORT_COLUMNS,
  type ResponseTimeColumn,
  type OutcomeColumn,
  type TimelinessColumn,
  type ReportCohort,
  type CoverageReason,
  type ComplainantCharacteristic,
} from './columns';
export {
  type ChecklistItemId,
  type PreviousFigure,
  type CountCell,
  type OutcomeCell,
  type CoverageGap,
  type Coverage,
  type ReportPeriod,
  type TableCommon,
  type StageSummaryRow,
  type StageSummaryTable,
  type ResponseTimesRow,
  type ResponseTimesTable,
  type OutcomesRow,
  type OutcomesTable,
  type GroupRow,
  type SourcesTable,
  type ComplaintTypesRow,
  type ComplaintTypesTable,
  type Stage2Table,
  type TimelinessRow,
  type Stage3Table,
  type OmbudsmanRow,
  type OmbudsmanTable,
  type MonthlyTable,
  type AdvocacyTable,
  type ComplainantSection,
  type ComplainantsTable,
  type TimelinessTable,
  type ChecklistGap,
  type ChecklistItem,
  type ChecklistTable,
  type AnnualReportTables,
  type AnnualReportTable,
  type RejectedReportRecord,
  type ReportWarning,
  type AnnualReportSettings,
  type AnnualReport,
} from './types';
export { type AnnualReportOptions } from './options';
export { buildAnnualReport } from './buildAnnualReport';
export { toMarkdown } from './render/toMarkdown';
export { toCsv } from './render/toCsv';
export { toHtml } from './render/toHtml';
