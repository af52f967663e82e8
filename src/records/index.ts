export {
  complaintRecordSchema,
  type ComplaintRecord,
  type Stage1Record,
  type Stage2Record,
  type Stage2Finding,
  type Stage3Record,
  type HoldPeriod,
  type AdvocacyRecord,
  type ComplainantCharacteristics,
  type OmbudsmanRecord,
} from './record';
export { RECORD_FIELDS, CSV_ONLY_FIELDS, type RecordField, type CsvField } from './fields';
export { type RecordRule, type RecordIssue, type RejectedRow, type ComplaintRecordsResult } from './issues';
export { type RecordLabelAliases, type ComplaintRecordsOptions } from './options';
export { parseComplaintRecords } from './parseComplaintRecords';
export { readComplaintsCsv, type ReadComplaintsCsvOptions, type CsvComplaintRecordsResult } from './readComplaintsCsv';
export { recordToTimeline, timelineToRecordFacts, type RecordTimelineFacts } from './timeline';
