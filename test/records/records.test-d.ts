import { describe, expectTypeOf, it } from 'vitest';
import { parseComplaintRecords, readComplaintsCsv, recordToTimeline, timelineToRecordFacts, type ComplaintRecord, type ComplaintTimeline, type CsvField, type PlainDate, type RecordField, type RecordTimelineFacts, type StageOutcome, type ComplaintType, type ComplainantSource, type Channel, type OmbudsmanDecision, type RejectedRow, type RecordIssue, type RejectionRule, type ErrorCode } from '../../src/index';

describe('record types', () => {
  it('derive the record from the schema, with canonical values and branded dates', () => {
    expectTypeOf<ComplaintRecord['receivedOn']>().toEqualTypeOf<PlainDate>();
    expectTypeOf<ComplaintRecord['complaintType']>().toEqualTypeOf<ComplaintType>();
    expectTypeOf<ComplaintRecord['source']>().toEqualTypeOf<ComplainantSource>();
    expectTypeOf<NonNullable<ComplaintRecord['channel']>>().toEqualTypeOf<Channel>();
    expectTypeOf<NonNullable<ComplaintRecord['stage1']['outcome']>>().toEqualTypeOf<StageOutcome>();
    expectTypeOf<NonNullable<NonNullable<ComplaintRecord['ombudsman']>['decision']>>().toEqualTypeOf<OmbudsmanDecision>();
    expectTypeOf<ComplaintRecord['deferrals']>().toMatchTypeOf<readonly { readonly from: PlainDate; readonly to?: PlainDate }[]>();
  });

  it('makes records read-only and optional fields exact', () => {
    const record = {} as ComplaintRecord;
    // @ts-expect-error: records are read-only
    record.id = 'x';
    // @ts-expect-error: exactOptionalPropertyTypes: an optional field cannot be set to undefined
    const _bad: ComplaintRecord['stage1'] = { outcome: undefined };
  });

  it('types the readers and the conversions', () => {
    const result = parseComplaintRecords([]);
    expectTypeOf(result.records).toEqualTypeOf<readonly ComplaintRecord[]>();
    expectTypeOf(result.rejected).toEqualTypeOf<readonly RejectedRow[]>();
    expectTypeOf<RecordIssue['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<RecordIssue['rule']>().toEqualTypeOf<RejectionRule>();
    expectTypeOf(readComplaintsCsv('', { columns: { Ref: 'id' } }).unmappedHeadings).toEqualTypeOf<readonly string[]>();
    expectTypeOf(recordToTimeline).returns.toEqualTypeOf<ComplaintTimeline>();
    expectTypeOf(timelineToRecordFacts).returns.toEqualTypeOf<RecordTimelineFacts>();
    expectTypeOf<RecordField>().toMatchTypeOf<CsvField>();
    expectTypeOf<'deferral.from'>().toMatchTypeOf<CsvField>();
  });

  it('checks column targets', () => {
    // @ts-expect-error: not a record field
    readComplaintsCsv('', { columns: { Ref: 'reference' } });
  });
});
