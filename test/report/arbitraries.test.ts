import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseComplaintRecords } from '../../src/index';
import { complaintRecordsArbitrary } from './arbitraries';

describe('the record arbitraries', () => {
  it('build only records that parseComplaintRecords accepts unchanged', () => {
    fc.assert(
      fc.property(complaintRecordsArbitrary({ maxLength: 10 }), (records) => {
        const result = parseComplaintRecords(records);
        expect(result.rejected).toEqual([]);
        expect(result.records).toEqual(records);
      }),
      { numRuns: 300 },
    );
  });
});
