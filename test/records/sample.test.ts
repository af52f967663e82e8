/**
 * The bundled synthetic sample in examples/data/: the committed files are
 * exactly what the seeded generator writes, read cleanly as CSV and as JSON,
 * and have the proportions of a real council's children's complaints.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSample } from '../../scripts/generate-sample';
import { differenceInWorkingDays, parseComplaintRecords, readComplaintsCsv, type ComplaintRecord, type CsvField } from '../../src/index';

const file = (name: string) => readFileSync(fileURLToPath(new URL(`../../examples/data/${name}`, import.meta.url)), 'utf8');
const csv = file('complaints.csv');
const columns = JSON.parse(file('complaints.columns.json')) as Record<string, CsvField>;
const json = JSON.parse(file('complaints.json')) as unknown[];
const AS_OF = '2025-05-31';

const fromCsv = readComplaintsCsv(csv, { columns, asOf: AS_OF });
const fromJson = parseComplaintRecords(json, { asOf: AS_OF });
const records = fromJson.records;

function yearOf(startYear: number): ComplaintRecord[] {
  return records.filter((r) => r.receivedOn >= `${startYear}-04-01` && r.receivedOn <= `${startYear + 1}-03-31`);
}

describe('the bundled sample', () => {
  it('is what the seeded generator writes', () => {
    const built = buildSample();
    expect(built.csv).toBe(csv);
    expect(built.columns).toEqual(columns);
    expect(built.records).toEqual(json);
  });

  it('reads without a single rejection as CSV and as JSON, and both give the same records', () => {
    expect(fromCsv.rejected).toEqual([]);
    expect(fromJson.rejected).toEqual([]);
    expect(fromCsv.unmappedHeadings).toEqual([]);
    expect(fromCsv.missingHeadings).toEqual([]);
    expect(fromCsv.records).toEqual(fromJson.records);
    expect(records).toEqual(json);
  });

  it('holds three financial years of 50 to 70 complaints each', () => {
    for (const year of [2022, 2023, 2024]) {
      expect(yearOf(year).length).toBeGreaterThanOrEqual(50);
      expect(yearOf(year).length).toBeLessThanOrEqual(70);
    }
    expect(records.length).toBe(yearOf(2022).length + yearOf(2023).length + yearOf(2024).length);
  });

  it('has realistic proportions', () => {
    for (const year of [2022, 2023, 2024]) {
      const complaints = yearOf(year);
      const yearEnd = `${year + 1}-03-31`;
      const answered = complaints.filter((r) => r.stage1.respondedOn !== undefined);
      const within10 = answered.filter((r) => differenceInWorkingDays(r.stage1.respondedOn as string, r.receivedOn) <= 10).length / complaints.length;
      const notUpheld = answered.filter((r) => r.stage1.outcome === 'not-upheld').length / answered.length;
      const escalated = complaints.filter((r) => r.stage2 !== undefined).length / complaints.length;
      const openAtYearEnd = complaints.filter((r) => r.withdrawnOn === undefined && !(r.stage1.respondedOn !== undefined && r.stage1.respondedOn <= yearEnd)).length;
      const parents = complaints.filter((r) => r.source === 'parent-guardian').length / complaints.length;
      expect(within10).toBeGreaterThan(0.2);
      expect(within10).toBeLessThan(0.45);
      expect(notUpheld).toBeGreaterThan(0.45);
      expect(escalated).toBeGreaterThanOrEqual(0.1);
      expect(escalated).toBeLessThanOrEqual(0.2);
      expect(openAtYearEnd).toBeGreaterThan(0);
      expect(parents).toBeGreaterThan(0.5);
      expect(complaints.filter((r) => r.advocacy?.provided === true).length).toBeGreaterThan(5);
      expect(complaints.filter((r) => r.ombudsman?.decision !== undefined).length).toBeGreaterThan(0);
      expect(complaints.filter((r) => r.complainant?.ethnicity === 'not-recorded').length / complaints.length).toBeGreaterThan(0.4);
    }
    expect(records.filter((r) => r.stage3 !== undefined)).toHaveLength(1);
    expect(yearOf(2024).filter((r) => r.stage1.respondedOn === undefined && r.withdrawnOn === undefined).length).toBeGreaterThan(0);
  });

  it('describes no real person: invented ids, and only the generator’s own short phrases as text', () => {
    for (const record of records) expect(record.id).toMatch(/^C-20(22|23|24)-\d{3}$/);
    const texts = new Set<string>();
    for (const record of records) {
      for (const text of [record.stage1.extensionReason, record.stage2?.extensionReason, ...record.deferrals.map((h) => h.reason), ...(record.stage2?.findings ?? []).map((f) => f.point)]) {
        if (text !== undefined) texts.add(text);
      }
    }
    expect(texts.size).toBeLessThan(15);
    expect(Object.keys(columns).some((heading) => /name|address|postcode|dob|birth|phone number/i.test(heading))).toBe(false);
  });
});
