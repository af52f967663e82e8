export { RECORD_FIELDS, type ComplaintRecord, type RecordField, type CsvField } from './fields';
export {
  type Stage1Record,
  type Stage2Record,
  type Stage2Finding,
  type Stage3Record,
  type DeferralPeriod,
  type AdvocacyRecord,
  type ComplainantCharacteristics,
  type OmbudsmanRecord,
} from './record';
export { type RecordIssue, type RejectedRow, type ComplaintRecordsResult } from './issues';
export { type RecordLabelAliases, type ComplaintRecordsOptions } from './options';
export { parseComplaintRecords } from './parseComplaintRecords';
export { readComplaintsCsv, type ReadComplaintsCsvOptions, type CsvComplaintRecordsResult, type CsvReadWarning } from './readComplaintsCsv';
export type { ExportEncoding } from './decode';
export { recordToTimeline, timelineToRecordFacts, type RecordTimelineFacts } from './timeline';
