/**
 * Bugs the hostile-input suite found, each pinned by the smallest input that
 * showed it, so they stay fixed even when the fuzzer's seed does not find
 * them again.
 */
import { complaintRecordSchema, complaintTimelineSchema } from '../../src/schemas/index';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, assessComplaint, buildAnnualReport, englandAndWales, commonServiceAreas, normaliseLabel, stageOutcomes, parsePlainDate, readComplaintsCsv, safeAssessComplaint, genders, toCsv, toHtml, toMarkdown } from '../../src/index';
import fc from 'fast-check';
import { complaintRecordsArbitrary } from '../report/arbitraries';
import { expectTypedError, snapshotOf, withOwnKey } from '../support/hostile';

describe('calendar', () => {
  it('a look-alike calendar (Object.create of one, or a Proxy) is INVALID_ARGUMENT, not a TypeError from its missing private fields', () => {
    for (const calendar of [Object.create(englandAndWales) as unknown, new Proxy(englandAndWales, {})]) {
      expect(expectTypedError(() => addWorkingDays('2024-01-02', 1, { calendar } as never)).field).toBe('options.calendar');
      expect(expectTypedError(() => assessComplaint({ receivedOn: '2024-01-02', events: [] }, { asOf: '2024-02-01', calendar } as never)).field).toBe('options.calendar');
    }
  });

  it('holidaysIn taken off its calendar is INVALID_ARGUMENT, not a TypeError', () => {
    const { holidaysIn } = englandAndWales;
    expect(expectTypedError(() => holidaysIn(2024)).code).toBe('INVALID_ARGUMENT');
    expect(expectTypedError(() => holidaysIn.call(Object.create(englandAndWales), 2024)).field).toBe('this');
  });

  it('parsePlainDate names the field "date" when given an empty field name', () => {
    expect(expectTypedError(() => parsePlainDate('2023-02-29', '')).field).toBe('date');
  });
});

describe('taxonomy', () => {
  it('normaliseLabel refuses a label that is not text with INVALID_ARGUMENT, not a TypeError', () => {
    for (const label of [undefined, null, 42, [], {}]) expect(expectTypedError(() => normaliseLabel(label as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('a label parser given a field name that is not a non-empty string names the taxonomy’s own field', () => {
    for (const field of ['', 0, false, [], {}, null]) {
      expect(expectTypedError(() => stageOutcomes.parse('Uphold-ish', { field } as never)).field).toBe('outcome');
      const result = genders.safeParse('Unknown gender', { field } as never);
      expect(result.success ? null : result.error.field).toBe('complainant.gender');
      expect(expectTypedError(() => commonServiceAreas.parse('Highways', field as never)).field).toBe('serviceArea');
    }
    expect(expectTypedError(() => stageOutcomes.parse('Uphold-ish', { field: 'stage1.outcome' })).field).toBe('stage1.outcome');
  });
});

describe('procedure', () => {
  it('an own __proto__ or constructor key in conventions is an unknown convention, not a TypeError', () => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const conventions = withOwnKey({ receipt: 'as-received' }, key, '');
      const error = expectTypedError(() => assessComplaint({ receivedOn: '2024-01-08', events: [] }, { asOf: '2024-01-09', conventions } as never));
      expect([error.code, error.field]).toEqual(['INVALID_ARGUMENT', `options.conventions.${key}`]);
    }
  });
});

describe('records', () => {
  const header = 'Case ref,Date received,Team\r\n';

  it('readComplaintsCsv refuses a column mapped to an object whose toString is not a function, with INVALID_ARGUMENT', () => {
    const columns = { 'Case ref': { toString: 'id' }, 'Date received': 'receivedOn', Team: 'serviceArea' };
    expect(expectTypedError(() => readComplaintsCsv(header, { columns } as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('readComplaintsCsv refuses a Map whose heading is not text, instead of calling String() on it', () => {
    const columns = new Map<unknown, string>([[{ toString: null }, 'id'], ['Date received', 'receivedOn'], ['Team', 'serviceArea']]);
    const error = expectTypedError(() => readComplaintsCsv(header, { columns } as never));
    expect([error.code, error.field]).toEqual(['INVALID_ARGUMENT', 'columns']);
  });

  it('readComplaintsCsv ranks the fields for a 100,000-character target on its first 80 characters, as the label parsers do', () => {
    // The fuzzer's counterexample: the suggestions compared the whole target with every field, once per sort comparison.
    const refusal = (target: string) => expectTypedError(() => readComplaintsCsv(header, { columns: { 'Case ref': target, 'Date received': 'receivedOn', Team: 'serviceArea' } } as never));
    const long = refusal('9'.repeat(100_000));
    expect([long.code, long.field]).toEqual(['INVALID_ARGUMENT', 'columns["Case ref"]']);
    expect(long.fix.split('; ')[1]).toBe(refusal('9'.repeat(80)).fix.split('; ')[1]);
    expect(long.fix).toMatch(/nearest fields are "[\w.]+", "[\w.]+", "[\w.]+"/);
  });
});

describe('the timeline and record schemas', () => {
  it('a failed parse leaves the caller’s values unfrozen (zod’s readonly froze them)', () => {
    const events = { not: 'a list' };
    const handler = (): string => 'a function where an object belongs';
    expect(safeAssessComplaint({ receivedOn: '2024-01-08', events } as never, { asOf: '2024-01-31' }).success).toBe(false);
    expect(complaintTimelineSchema.safeParse({ receivedOn: '2024-01-08', events }).success).toBe(false);
    const deferrals = { first: { from: '2024-01-09' } };
    expect(complaintRecordSchema.safeParse({ id: 'C-1', stage1: handler, deferrals }).success).toBe(false);
    expect([Object.isFrozen(events), Object.isFrozen(deferrals), Object.isFrozen(handler)]).toEqual([false, false, false]);
  });

  it('a typed array where a list belongs is INVALID_ARGUMENT, not a TypeError from Object.freeze', () => {
    expect(expectTypedError(() => assessComplaint({ receivedOn: '2024-01-08', events: new Uint8Array(3) } as never, { asOf: '2024-01-31' })).code).toBe('INVALID_ARGUMENT');
    expect(complaintRecordSchema.safeParse({ deferrals: new Float64Array(2) }).success).toBe(false);
  });

  it('a timeline that passes is assessed into deeply frozen data, and the schema accepts it', () => {
    const timeline = { receivedOn: '2024-01-08', events: [{ type: 'withdrawn', date: '2024-01-09' }] } as const;
    expect(complaintTimelineSchema.safeParse(timeline).success).toBe(true);
    const result = safeAssessComplaint(timeline, { asOf: '2024-01-31' });
    expect(result.success).toBe(true);
    if (result.success) expect([Object.isFrozen(result), Object.isFrozen(result.data), Object.isFrozen(result.data.stages[0])]).toEqual([true, true, true]);
  });
});

describe('report', () => {
  const [records = []] = fc.sample(complaintRecordsArbitrary({ receivedFrom: '2023-04-01', receivedTo: '2024-03-31', minLength: 10, maxLength: 10 }), { numRuns: 1, seed: 3 });
  const sampleReport = () => ({ records, report: buildAnnualReport(records, { year: '2023/24', asOf: '2024-05-31' }) });

  it('last year’s report, parsed from JSON, is not frozen or shared by the new report', () => {
    const { records, report } = sampleReport();
    const previous = JSON.parse(JSON.stringify(report)) as typeof report;
    const before = snapshotOf(previous);
    const built = buildAnnualReport(records, { year: '2024/25', asOf: '2025-05-31', previous });
    expect(snapshotOf(previous)).toEqual(before);
    expect(Object.isFrozen(previous.period)).toBe(false);
    expect(built.previousPeriod).toEqual(previous.period);
    expect(built.previousPeriod).not.toBe(previous.period);
  });

  it('last year’s report that cannot be written as JSON is INVALID_ARGUMENT', () => {
    const { records, report } = sampleReport();
    const previous = { ...JSON.parse(JSON.stringify(report)), title: 10n };
    expect(expectTypedError(() => buildAnnualReport(records, { year: '2024/25', asOf: '2025-05-31', previous })).field).toBe('options.previous');
  });

  /** The sample report as JSON, parsed, with two tables altered inside. */
  function withBrokenTables(): Record<string, unknown> {
    const report = JSON.parse(JSON.stringify(sampleReport().report)) as { tables: Record<string, Record<string, unknown>> };
    (report.tables['sources'] as Record<string, unknown>)['rows'] = 5;
    (report.tables['outcomes'] as Record<string, unknown>)['totals'] = {};
    return report;
  }

  it('a report or table altered out of shape is INVALID_REPORT from every renderer, naming the path, not a TypeError from inside', () => {
    const report = withBrokenTables();
    for (const render of [toMarkdown, toHtml]) {
      const error = expectTypedError(() => render(report as never));
      expect([error.code, error.field]).toEqual(['INVALID_REPORT', 'report.tables.outcomes.totals.serviceArea']);
    }
    const error = expectTypedError(() => toCsv((report['tables'] as Record<string, never>)['sources'] as never));
    expect([error.code, error.field]).toEqual(['INVALID_REPORT', 'table.rows']);
  });

  it('last year’s report altered out of shape is INVALID_REPORT naming the path, not a TypeError from the table builders', () => {
    const { records } = sampleReport();
    const error = expectTypedError(() => buildAnnualReport(records, { year: '2024/25', asOf: '2025-05-31', previous: withBrokenTables() as never }));
    expect([error.code, error.field]).toEqual(['INVALID_REPORT', 'options.previous.tables.outcomes.totals.serviceArea']);
  });

  it('last year’s report edited by hand, keeping its shape, is read; a string count is refused at its path', () => {
    const { records, report } = sampleReport();
    const edited = JSON.parse(JSON.stringify(report)) as { title: string; tables: { sources: { rows: { cell: { count: unknown } }[] } } };
    edited.title = 'Typed in again by hand';
    const built = buildAnnualReport(records, { year: '2024/25', asOf: '2025-05-31', previous: edited as never });
    expect(built.previousPeriod?.label).toBe('2023/24');
    (edited.tables.sources.rows[2] as { cell: { count: unknown } }).cell.count = '<script>alert(1)</script>';
    const error = expectTypedError(() => buildAnnualReport(records, { year: '2024/25', asOf: '2025-05-31', previous: edited as never }));
    expect([error.code, error.field]).toEqual(['INVALID_REPORT', 'options.previous.tables.sources.rows[2].cell.count']);
    expect(expectTypedError(() => toHtml({ ...built, tables: { ...built.tables, sources: edited.tables.sources } } as never)).field).toBe('report.tables.sources.rows[2].cell.count');
  });

  it('an unaltered report still renders after a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(sampleReport().report)) as ReturnType<typeof sampleReport>['report'];
    expect(toMarkdown(copy)).toBe(toMarkdown(sampleReport().report));
    expect(toCsv(copy.tables.sources)).toBe(toCsv(sampleReport().report.tables.sources));
  });
});
