/**
 * The same answers in every time zone, across the API, checked in one
 * process by switching `TZ` (Node applies a change at once). This
 * complements `.ci/run`, which runs the whole suite under each zone: here a
 * local run catches a time-zone dependence too, and compares the zones
 * directly rather than each against fixed expectations.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { addWorkingDays, assessComplaint, buildAnnualReport, differenceInWorkingDays, englandAndWales, parseComplaintRecords, readComplaintsCsv, toCsv, toHtml, toLondonDate, toMarkdown, upcomingDeadlines } from '../../src/index';
import { asExportRow, validRecord } from '../records/arbitraries';
import { scenario } from '../procedure/timelines.arbitrary';
import { complaintRecordsArbitrary } from '../report/arbitraries';
import { COLUMNS, csvPlan, writeCsv } from './csv';

const ZONES = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns'];
const original = process.env['TZ'];
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

/** Fixed inputs, drawn once with a fixed seed. */
const scenarios = fc.sample(scenario, { numRuns: 40, seed: 7 });
const rows = fc.sample(validRecord.map(asExportRow), { numRuns: 40, seed: 11 });
const files = fc.sample(csvPlan, { numRuns: 10, seed: 13 }).map((plan) => writeCsv(plan));
const [reportRecords = []] = fc.sample(complaintRecordsArbitrary({ receivedFrom: '2022-04-01', receivedTo: '2024-05-31', minLength: 60, maxLength: 60 }), { numRuns: 1, seed: 17 });
/** Instants around the clock changes and midnight, as Dates and as ISO strings. */
const instants = ['2024-03-31T00:59:59Z', '2024-03-31T01:00:00Z', '2024-10-27T00:30:00Z', '2024-10-27T01:30:00Z', '2024-06-30T23:30:00Z', '2024-12-31T23:59:59.999Z', '2000-01-01T00:00:00Z'];

function answers(): string {
  return JSON.stringify({
    assessments: scenarios.map((s) => assessComplaint(s.timeline, { asOf: s.asOf, conventions: s.conventions })),
    dashboard: upcomingDeadlines(
      scenarios.map((s) => s.timeline),
      { asOf: scenarios.reduce((max, s) => (s.asOf > max ? s.asOf : max), '2000-01-01'), withinWorkingDays: 20 },
    ),
    records: parseComplaintRecords(rows),
    csv: files.map((text) => readComplaintsCsv(text, { columns: COLUMNS })),
    london: instants.flatMap((iso) => [toLondonDate(iso), toLondonDate(new Date(iso))]),
    arithmetic: ['2024-03-28', '2024-12-24', '2099-12-30', '2000-01-05'].map((d) => [addWorkingDays(d, -1), differenceInWorkingDays('2099-12-31', d)]),
    holidays: [2000, 2024, 2099].map((year) => englandAndWales.holidaysIn(year)),
    report: (() => {
      const report = buildAnnualReport(reportRecords, { year: '2023/24', asOf: '2024-05-31', previous: reportRecords });
      return [report, toMarkdown(report), toHtml(report), toCsv(report.tables.responseTimes)];
    })(),
  });
}

describe('the API does not depend on the machine’s time zone', () => {
  it(`gives the same answers, reports and renderings included, under ${ZONES.join(', ')}`, () => {
    const byZone = ZONES.map((zone) => {
      process.env['TZ'] = zone;
      return answers();
    });
    for (const [index, zone] of ZONES.entries()) expect(byZone[index], zone).toBe(byZone[0]);
  });

  it('really switches the zone, so the comparison means something', () => {
    const offsets = ZONES.map((zone) => {
      process.env['TZ'] = zone;
      return [0, 6].map((month) => new Date(Date.UTC(2024, month, 1)).getTimezoneOffset()).join('/');
    });
    expect(new Set(offsets).size).toBe(ZONES.length);
  });
});
