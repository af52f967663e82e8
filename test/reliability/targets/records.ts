/** Hostile-input entries for the records module: the JSON and CSV readers and the timeline conversions. */
import fc from 'fast-check';
import { complaintRecordSchema } from '../../../src/schemas/index';
import { commonServiceAreas, defineServiceAreas, parseComplaintRecords, readComplaintsCsv, recordToTimeline, timelineToRecordFacts, type ComplaintRecordsResult } from '../../../src/index';
import { asExportRow, validRecord } from '../../records/arbitraries';
import { scenario } from '../../procedure/timelines.arbitrary';
import { hostileValue, nearly, spoiled } from '../../support/hostile';
import { COLUMNS, damagedCsv, expectEveryRowAccounted } from '../csv';
import { anyDate, target, targetOf, type HostileTarget } from '../registry';

const serviceAreasLike = fc.option(nearly(fc.constantFrom(commonServiceAreas, defineServiceAreas([{ id: 'cin', label: 'Children in Need' }]))), { nil: undefined });

/** The readers' options: `asOf`, service areas, aliases and the unknown-field policy, spoiled now and then. */
const recordOptions = fc.oneof(
  fc.constant(undefined),
  spoiled(
    fc.record(
      {
        asOf: nearly(anyDate),
        serviceAreas: serviceAreasLike,
        aliases: fc.record({ outcome: fc.constant({ Substantiated: 'upheld' }), source: fc.dictionary(fc.string(), fc.constantFrom('advocate', 'nobody')) }, { requiredKeys: [] }),
        unknownFields: nearly(fc.constantFrom('reject', 'ignore')),
      },
      { requiredKeys: [] },
    ),
    2,
  ),
);

/** Rows as an export writes them, spoiled anywhere. */
const rowsLike = fc.oneof({ arbitrary: spoiled(fc.array(validRecord.map(asExportRow), { maxLength: 6 })), weight: 5 }, { arbitrary: hostileValue(), weight: 1 });

const csvOptions = fc.oneof(
  { arbitrary: fc.constant({ columns: COLUMNS }), weight: 3 },
  { arbitrary: spoiled(fc.record({ columns: fc.constant(COLUMNS), delimiter: fc.constantFrom(',', ';', '\t'), asOf: anyDate }, { requiredKeys: ['columns'] }), 2), weight: 3 },
  { arbitrary: fc.constant({ columns: new Map(Object.entries(COLUMNS)) }), weight: 1 },
  { arbitrary: hostileValue(), weight: 1 },
);

/** A returned reader result accounts for every row given. */
function accountsForRows(result: unknown, args: readonly unknown[]): void {
  const rows = args[0];
  expectEveryRowAccounted(result as ComplaintRecordsResult, Array.isArray(rows) ? rows.length : undefined);
  for (const record of (result as ComplaintRecordsResult).records) {
    if (!complaintRecordSchema.safeParse(record).success) throw new Error(`an accepted record does not fit complaintRecordSchema: ${JSON.stringify(record)}`);
  }
  const { records, rejected } = result as ComplaintRecordsResult;
  if (![result, records, rejected, ...records, ...rejected].every(Object.isFrozen)) throw new Error('a reader result is not frozen');
}

const recordLike = fc.oneof({ arbitrary: spoiled(validRecord), weight: 4 }, { arbitrary: hostileValue(), weight: 1 });

export const recordTargets: readonly HostileTarget[] = [
  target('parseComplaintRecords', parseComplaintRecords, [rowsLike, recordOptions], { numRuns: 150, onReturn: accountsForRows }),
  target('readComplaintsCsv', readComplaintsCsv, [nearly(damagedCsv, 1), csvOptions], { numRuns: 150, onReturn: accountsForRows }),
  target('recordToTimeline', recordToTimeline, [recordLike]),
  targetOf('timelineToRecordFacts', timelineToRecordFacts, spoiled(scenario.map((s) => [s.timeline]))),
];
