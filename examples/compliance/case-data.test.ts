/**
 * Example 3: a council checks its own case data for compliance.
 *
 * The complaints manager keeps this file beside the case system's export
 * and runs it before each committee report:
 *
 *   npx vitest run --config examples/compliance/vitest.config.ts
 *
 * It uses the library's matchers (registered in setup.ts) on every case, and
 * a property test, with the library's arbitraries, of the case system's own
 * "on time" flag against the regulations.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { addWorkingDays, assessComplaint, readComplaintsCsv, recordToTimeline, type ComplaintRecord, type CsvField } from 'children-act-complaints';
import { complaintRecordArbitrary } from 'children-act-complaints/testing';
import { describe, expect, it } from 'vitest';

const data = new URL('../data/', import.meta.url);
const columns = JSON.parse(readFileSync(new URL('complaints.columns.json', data), 'utf8')) as Record<string, CsvField>;
const asOf = '2025-05-31'; // the day the export was taken
const { records, rejected } = readComplaintsCsv(readFileSync(new URL('complaints.csv', data), 'utf8'), { columns, asOf });

/** Cases known to be open past their Stage 1 deadline, reported to the complaints manager with a plan. */
const OVERDUE_REGISTER = ['C-2024-063', 'C-2024-064', 'C-2024-065', 'C-2024-066'];

describe('our case data (examples/data/complaints.csv)', () => {
  it('has no rows the library rejects', () => {
    expect(rejected).toEqual([]);
  });

  it('dates every response, adjudication and panel on a working day', () => {
    for (const record of records) {
      for (const date of [record.stage1.respondedOn, record.stage2?.respondedOn, record.stage3?.panelHeldOn, record.stage3?.respondedOn]) {
        if (date !== undefined) expect(date, record.id).toBeWorkingDay();
      }
    }
  });

  it('accepted every Stage 2 and Stage 3 request within the complainant’s window', () => {
    for (const record of records) {
      if (record.stage2 !== undefined) expect(record, record.id).toBeWithinRequestWindow(2);
      if (record.stage3 !== undefined) expect(record, record.id).toBeWithinRequestWindow(3);
    }
  });

  it('met the Stage 2 timescale in every investigation completed this year', () => {
    const completed = records.filter((record) => (record.stage2?.respondedOn ?? '') >= '2024-04-01');
    expect(completed.length).toBeGreaterThan(0);
    for (const record of completed) expect(record, record.id).toMeetStatutoryTimescale(2, { asOf });
  });

  it('lists on the overdue register exactly the Stage 1 complaints open past their deadline', () => {
    const overdue = records.filter((record) => assessComplaint(recordToTimeline(record), { asOf }).stages[0]?.status === 'overdue').map((record) => record.id);
    expect(overdue).toEqual(OVERDUE_REGISTER);
    for (const id of OVERDUE_REGISTER) {
      expect(records.find((record) => record.id === id), id).not.toMeetStatutoryTimescale(1, { asOf });
    }
  });
});

/**
 * The case system's own "answered on time" flag: the response on or before
 * the 10th working day after receipt, or the notified extended limit.
 */
function caseSystemOnTime(record: ComplaintRecord): boolean {
  const { respondedOn, extensionNotifiedOn, extendedLimitWorkingDays } = record.stage1;
  if (respondedOn === undefined) return false;
  const limit = extensionNotifiedOn === undefined ? 10 : Math.min(extendedLimitWorkingDays ?? 20, 20);
  return respondedOn <= addWorkingDays(record.receivedOn, limit);
}

describe('the case system’s "on time" flag', () => {
  it('agrees with the regulations for any answered complaint without a hold', () => {
    const answered = complaintRecordArbitrary({ receivedFrom: '2020-01-01', receivedTo: '2027-12-31', deferrals: false }).filter(
      (record) => record.stage1.respondedOn !== undefined && record.stage1.outcome !== 'withdrawn' && record.withdrawnOn === undefined,
    );
    fc.assert(
      fc.property(answered, (record) => {
        if (caseSystemOnTime(record)) expect(record).toMeetStatutoryTimescale(1);
        else expect(record).not.toMeetStatutoryTimescale(1);
      }),
      { numRuns: 300 },
    );
  });
});
