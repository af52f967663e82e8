import { complaintRecordSchema } from '../../src/schemas/index';
import { describe, expect, it } from 'vitest';
import { defineServiceAreas, InvalidInputError, parseComplaintRecords, type RecordIssue, type RejectedRow } from '../../src/index';

const base = { id: 'C-2024-001', receivedOn: '02/04/2024', serviceArea: 'Children in Need' };

function rejectionOf(row: Record<string, unknown>, options?: Parameters<typeof parseComplaintRecords>[1]): RejectedRow {
  const result = parseComplaintRecords([row], options);
  expect(result.records).toHaveLength(0);
  expect(result.rejected).toHaveLength(1);
  return result.rejected[0] as RejectedRow;
}

function rulesOf(row: Record<string, unknown>, options?: Parameters<typeof parseComplaintRecords>[1]): [string, string][] {
  return rejectionOf(row, options).issues.map((issue: RecordIssue) => [issue.field, issue.rule]);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe('parseComplaintRecords: reading', () => {
  it('reads labels, UK dates and yes/no into a canonical, frozen record', () => {
    const { records, rejected } = parseComplaintRecords([
      {
        ...base,
        groundsAroseOn: '2024-03-01',
        complaintType: 'Lack of info/ access to service',
        source: 'Parent/Guardian',
        channel: 'MOMO app',
        stage1: { extensionNotifiedOn: '10/04/2024', extendedLimitWorkingDays: '20', extensionReason: 'complex', respondedOn: '30/04/2024', outcome: 'Partially Upheld' },
        stage2: { requestedOn: '01/05/2024', statementAgreedOn: '03/05/2024', respondedOn: '2024-06-05', outcome: 'Partly upheld', findings: [{ point: 'Contact', outcome: 'Upheld' }, { point: 'Records', outcome: 'Not upheld' }] },
        stage3: { requestedOn: '10/06/2024', panelHeldOn: '01/07/2024', panelReportReceivedOn: '05/07/2024', respondedOn: '19/07/2024', outcome: 'Not Upheld' },
        deferrals: [{ from: '03/04/2024', to: '05/04/2024', reason: 'police investigation' }],
        advocacy: { offered: 'Yes', provided: 'Y', allocatedOn: '01/04/2024' },
        complainant: { ageBand: '16 to 17', gender: 'F', ethnicity: 'White British', disability: 'No', sexualOrientation: 'Prefer not to say' },
        ombudsman: { referredOn: '01/08/2024', decidedOn: '01/09/2024', decision: 'Premature (referred back for local resolution)' },
      },
    ]);
    expect(rejected).toEqual([]);
    const record = records[0];
    expect(record).toEqual({
      id: 'C-2024-001',
      receivedOn: '2024-04-02',
      groundsAroseOn: '2024-03-01',
      serviceArea: 'children-in-need',
      complaintType: 'lack-of-information',
      source: 'parent-guardian',
      channel: 'app',
      stage1: { extensionNotifiedOn: '2024-04-10', extendedLimitWorkingDays: 20, extensionReason: 'complex', respondedOn: '2024-04-30', outcome: 'partly-upheld' },
      stage2: {
        requestedOn: '2024-05-01',
        statementAgreedOn: '2024-05-03',
        respondedOn: '2024-06-05',
        outcome: 'partly-upheld',
        findings: [
          { point: 'Contact', outcome: 'upheld' },
          { point: 'Records', outcome: 'not-upheld' },
        ],
      },
      stage3: { requestedOn: '2024-06-10', panelHeldOn: '2024-07-01', panelReportReceivedOn: '2024-07-05', respondedOn: '2024-07-19', outcome: 'not-upheld' },
      deferrals: [{ from: '2024-04-03', to: '2024-04-05', reason: 'police investigation' }],
      advocacy: { offered: true, provided: true, allocatedOn: '2024-04-01' },
      complainant: { ageBand: '16-17', gender: 'female', ethnicity: 'white', disability: 'not-disabled', sexualOrientation: 'prefers-not-to-say' },
      ombudsman: {
        referredOn: '2024-08-01',
        decidedOn: '2024-09-01',
        decision: 'referred-back-for-local-resolution',
        label: 'Premature (referred back for local resolution)',
      },
    });
    expect(complaintRecordSchema.safeParse(record).success).toBe(true);
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record?.stage2?.findings?.[0])).toBe(true);
    expect(Object.isFrozen(record?.deferrals)).toBe(true);
  });

  it('fills complaint type and source with not-recorded, and leaves other blanks absent', () => {
    const { records } = parseComplaintRecords([{ ...base, channel: '', complainant: { gender: ' ' }, stage1: {} }]);
    expect(records[0]).toEqual({
      id: 'C-2024-001',
      receivedOn: '2024-04-02',
      serviceArea: 'children-in-need',
      complaintType: 'not-recorded',
      source: 'not-recorded',
      stage1: {},
      deferrals: [],
    });
  });

  it('treats "Open" and its kin as no outcome yet', () => {
    const { records } = parseComplaintRecords([{ ...base, stage1: { outcome: 'Open' } }, { ...base, id: 'C-2', stage1: { outcome: 'In progress' } }]);
    expect(records.map((r) => r.stage1)).toEqual([{}, {}]);
  });

  it('accepts dotted keys, holds and findings as text, and an id given as a number', () => {
    const { records, rejected } = parseComplaintRecords([
      {
        ...base,
        id: 17,
        'stage1.respondedOn': '12/04/2024',
        'stage1.outcome': 'Not upheld',
        'stage2.requestedOn': '15/04/2024',
        'stage2.respondedOn': '20/05/2024',
        'stage2.findings': 'Contact: upheld; Records: partially upheld',
        deferrals: '03/04/2024 to 05/04/2024',
      },
    ]);
    expect(rejected).toEqual([]);
    expect(records[0]?.id).toBe('17');
    expect(records[0]?.stage2?.findings).toEqual([
      { point: 'Contact', outcome: 'upheld' },
      { point: 'Records', outcome: 'partly-upheld' },
    ]);
    expect(records[0]?.deferrals).toEqual([{ from: '2024-04-03', to: '2024-04-05' }]);
  });

  it('keeps the Ombudsman label verbatim, reads a label given alone, and leaves out canonical values as labels', () => {
    const rows = [
      { ...base, id: 'a', ombudsman: { referredOn: '2024-05-01', decidedOn: '2024-06-01', decision: 'Local settlement' } },
      { ...base, id: 'b', ombudsman: { referredOn: '2024-05-01', decidedOn: '2024-06-01', label: 'Not for us' } },
      { ...base, id: 'c', ombudsman: { referredOn: '2024-05-01', decidedOn: '2024-06-01', decision: 'advice-given' } },
      { ...base, id: 'd', ombudsman: { referredOn: '2024-05-01', decidedOn: '2024-06-01', decision: 'upheld', label: 'Upheld – maladministration' } },
    ];
    const { records, rejected } = parseComplaintRecords(rows);
    expect(rejected).toEqual([]);
    expect(records.map((r) => r.ombudsman)).toEqual([
      { referredOn: '2024-05-01', decidedOn: '2024-06-01', decision: 'upheld', label: 'Local settlement' },
      { referredOn: '2024-05-01', decidedOn: '2024-06-01', decision: 'referred-back-for-local-resolution', label: 'Not for us' },
      { referredOn: '2024-05-01', decidedOn: '2024-06-01', decision: 'advice-given' },
      { referredOn: '2024-05-01', decidedOn: '2024-06-01', decision: 'upheld', label: 'Upheld – maladministration' },
    ]);
  });

  it('marks advocacy provided when an advocate was allocated', () => {
    const { records } = parseComplaintRecords([{ ...base, advocacy: { offered: 'no', allocatedOn: '2024-04-05' } }]);
    expect(records[0]?.advocacy).toEqual({ offered: false, provided: true, allocatedOn: '2024-04-05' });
  });

  it('uses the council’s service areas and aliases', () => {
    const areas = defineServiceAreas([{ id: 'cin', label: 'Children in Need', aliases: ['Child in Need Team'] }]);
    const { records, rejected } = parseComplaintRecords(
      [{ ...base, serviceArea: 'Child in Need Team', stage1: { respondedOn: '2024-04-10', outcome: 'Substantiated in part' } }],
      { serviceAreas: areas, aliases: { outcome: { 'Substantiated in part': 'partly-upheld' } } },
    );
    expect(rejected).toEqual([]);
    expect(records[0]?.serviceArea).toBe('cin');
    expect(records[0]?.stage1.outcome).toBe('partly-upheld');
  });

  it('returns an empty result for no rows', () => {
    expect(parseComplaintRecords([])).toEqual({ records: [], rejected: [] });
  });
});

describe('parseComplaintRecords: what gets rejected', () => {
  it.each([
    ['an impossible date', { ...base, receivedOn: '31/02/2024' }, [['receivedOn', 'invalid-date']]],
    ['a two-digit year', { ...base, receivedOn: '02/04/24' }, [['receivedOn', 'invalid-date']]],
    ['a date with a time', { ...base, receivedOn: '2024-04-02T09:00:00Z' }, [['receivedOn', 'invalid-date']]],
    ['a spreadsheet serial number', { ...base, receivedOn: 45384 }, [['receivedOn', 'invalid-date']]],
    ['a date outside 2000-2099', { ...base, receivedOn: '01/04/1999' }, [['receivedOn', 'out-of-range']]],
    ['missing required fields', { stage1: {} }, [['id', 'required'], ['receivedOn', 'required'], ['serviceArea', 'required']]],
    ['a response before receipt', { ...base, stage1: { respondedOn: '01/04/2024', outcome: 'Upheld' } }, [['stage1.respondedOn', 'before-receipt']]],
    ['grounds after receipt', { ...base, groundsAroseOn: '2024-05-01' }, [['groundsAroseOn', 'grounds-after-receipt']]],
    [
      'an outcome for a stage never requested',
      { ...base, stage2: { outcome: 'Upheld', respondedOn: '2024-05-01' } },
      [['stage2.respondedOn', 'stage-not-started'], ['stage2.outcome', 'stage-not-started']],
    ],
    ['Stage 3 without Stage 2', { ...base, stage1: { respondedOn: '2024-04-05' }, stage3: { requestedOn: '2024-05-01' } }, [['stage3.requestedOn', 'stage-not-started']]],
    ['Stage 2 without a Stage 1 response', { ...base, stage2: { requestedOn: '2024-05-01' } }, [['stage2.requestedOn', 'previous-stage-unanswered']]],
    ['an outcome without its response date', { ...base, stage1: { outcome: 'Upheld' } }, [['stage1.outcome', 'outcome-without-response']]],
    ['"Open" beside a response date', { ...base, stage1: { respondedOn: '2024-04-10', outcome: 'Open' } }, [['stage1.outcome', 'open-with-response']]],
    ['an unknown outcome label', { ...base, stage1: { respondedOn: '2024-04-10', outcome: 'Sort of' } }, [['stage1.outcome', 'unknown-label']]],
    ['an unknown service area', { ...base, serviceArea: 'Highways' }, [['serviceArea', 'unknown-label']]],
    ['an extension limit without its date', { ...base, stage1: { extendedLimitWorkingDays: 20 } }, [['stage1.extendedLimitWorkingDays', 'limit-without-extension']]],
    ['a bad working-day count', { ...base, stage1: { extensionNotifiedOn: '2024-04-05', extendedLimitWorkingDays: 2.5 } }, [['stage1.extendedLimitWorkingDays', 'invalid-value']]],
    ['a bad yes/no', { ...base, advocacy: { offered: 'perhaps' } }, [['advocacy.offered', 'invalid-value']]],
    [
      'an Ombudsman decision without its dates',
      { ...base, ombudsman: { decision: 'Upheld' } },
      [['ombudsman.referredOn', 'ombudsman-incomplete'], ['ombudsman.decision', 'ombudsman-incomplete']],
    ],
    ['a decision date without the decision', { ...base, ombudsman: { referredOn: '2024-05-01', decidedOn: '2024-06-01' } }, [['ombudsman.decidedOn', 'ombudsman-incomplete']]],
    ['a Stage 2 response before its request', { ...base, stage1: { respondedOn: '2024-04-05' }, stage2: { requestedOn: '2024-05-01', respondedOn: '2024-04-20' } }, [['stage2.respondedOn', 'out-of-order']]],
    ['a Stage 2 request before the Stage 1 response', { ...base, stage1: { respondedOn: '2024-04-25' }, stage2: { requestedOn: '2024-04-20' } }, [['stage2.requestedOn', 'out-of-order']]],
    ['a hold that ends before it starts', { ...base, deferrals: [{ from: '2024-04-10', to: '2024-04-05' }] }, [['deferrals[0].to', 'out-of-order']]],
    ['overlapping holds', { ...base, deferrals: [{ from: '2024-04-03', to: '2024-04-10' }, { from: '2024-04-08', to: '2024-04-12' }] }, [['deferrals[1].from', 'overlapping-deferrals']]],
    ['a hold without a start', { ...base, deferrals: [{ to: '2024-04-10' }] }, [['deferrals[0].from', 'required']]],
    ['advocacy allocated but not provided', { ...base, advocacy: { provided: 'No', allocatedOn: '2024-04-03' } }, [['advocacy.allocatedOn', 'advocacy-contradiction']]],
    ['a response after withdrawal', { ...base, withdrawnOn: '2024-04-05', stage1: { respondedOn: '2024-04-10', outcome: 'Upheld' } }, [['stage1.respondedOn', 'after-withdrawal']]],
    ['a Stage 3 response without the panel report', { ...base, stage1: { respondedOn: '2024-04-05' }, stage2: { requestedOn: '2024-04-08', respondedOn: '2024-05-01' }, stage3: { requestedOn: '2024-05-03', respondedOn: '2024-06-01' } }, [['stage3.respondedOn', 'step-missing']]],
    ['a hold between stages (the engine’s rule)', { ...base, stage1: { respondedOn: '2024-04-05' }, deferrals: [{ from: '2024-04-20' }] }, [['deferrals[0].from', 'not-assessable']]],
    ['an unknown field', { ...base, recievedOn: '2024-04-02' }, [['recievedOn', 'unknown-field']]],
    ['an unknown nested field', { ...base, stage1: { respondedon: '2024-04-10' } }, [['stage1.respondedon', 'unknown-field']]],
    ['a field given twice', { ...base, stage1: { respondedOn: '2024-04-10' }, 'stage1.respondedOn': '2024-04-10' }, [['stage1.respondedOn', 'duplicate-field']]],
    ['a nested group that is not an object', { ...base, stage1: 'responded' }, [['stage1', 'invalid-value']]],
  ] as const)('%s', (_name, row, expected) => {
    expect(rulesOf(row as Record<string, unknown>)).toEqual(expected);
  });

  it('reports every issue of a row, each with field, code, rule and message', () => {
    const rejected = rejectionOf({ id: 'C-9', receivedOn: '31/02/2024', serviceArea: 'Nowhere', stage1: { outcome: 'Maybe' }, complainant: { gender: 'Q' } });
    expect(rejected.id).toBe('C-9');
    expect(rejected.row).toBe(1);
    expect(rejected.issues.map((issue) => [issue.field, issue.code, issue.rule])).toEqual([
      ['receivedOn', 'INVALID_DATE', 'invalid-date'],
      ['serviceArea', 'UNKNOWN_LABEL', 'unknown-label'],
      ['stage1.outcome', 'UNKNOWN_LABEL', 'unknown-label'],
      ['stage1.outcome', 'INVALID_RECORD', 'outcome-without-response'],
      ['complainant.gender', 'UNKNOWN_LABEL', 'unknown-label'],
    ]);
    const label = rejected.issues[2] as RecordIssue;
    expect(label.value).toBe('Maybe');
    expect(label.suggestions?.length).toBeGreaterThan(0);
    for (const issue of rejected.issues) expect(issue.message.length).toBeGreaterThan(20);
  });

  it('rejects every date after asOf', () => {
    expect(rulesOf({ ...base, stage1: { respondedOn: '2024-07-02' } }, { asOf: '2024-07-01' })).toEqual([['stage1.respondedOn', 'after-as-of']]);
    expect(rulesOf({ ...base, deferrals: [{ from: '2024-04-03', to: '2024-07-05' }] }, { asOf: '2024-07-01' })).toEqual([['deferrals[0].to', 'after-as-of']]);
  });

  it('keeps the first row with an id and rejects later ones, naming the first', () => {
    const { records, rejected } = parseComplaintRecords([base, { ...base, receivedOn: '03/04/2024' }, { ...base, id: 'other' }, { ...base, receivedOn: 'x' }]);
    expect(records.map((r) => [r.id, r.receivedOn])).toEqual([
      ['C-2024-001', '2024-04-02'],
      ['other', '2024-04-02'],
    ]);
    expect(rejected.map((r) => [r.row, r.id, r.issues.map((i) => i.rule)])).toEqual([
      [2, 'C-2024-001', ['duplicate-id']],
      [4, 'C-2024-001', ['duplicate-id', 'invalid-date']],
    ]);
    expect(rejected[0]?.issues[0]?.message).toContain('Row 1');
  });

  it('rejects rows that are not objects, and rows that throw when read', () => {
    const hostile = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { records, rejected } = parseComplaintRecords([null, 'C-1', [base], 42, hostile, base]);
    expect(records).toHaveLength(1);
    expect(rejected.map((r) => [r.row, r.issues[0]?.rule])).toEqual([
      [1, 'not-an-object'],
      [2, 'not-an-object'],
      [3, 'not-an-object'],
      [4, 'not-an-object'],
      [5, 'not-an-object'],
    ]);
  });

  it('can ignore unknown fields instead', () => {
    const { records } = parseComplaintRecords([{ ...base, caseWorker: 'someone', stage1: { note: 'x' } }], { unknownFields: 'ignore' });
    expect(records).toHaveLength(1);
  });
});

describe('parseComplaintRecords: safety', () => {
  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const row = JSON.parse(
      '{"id":"C-1","receivedOn":"2024-04-02","serviceArea":"CIN","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"stage1":{"__proto__":{"polluted":true}}}',
    ) as Record<string, unknown>;
    const rejected = rejectionOf(row);
    expect(rejected.issues.map((i) => i.field)).toEqual(['__proto__', 'constructor', 'stage1.__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const ignored = parseComplaintRecords([row], { unknownFields: 'ignore' });
    expect(ignored.records).toHaveLength(1);
    expect(Object.getPrototypeOf(ignored.records[0])).toBe(Object.prototype);
    expect(Object.keys(ignored.records[0] as object)).not.toContain('__proto__');
  });

  it('reads an object without a prototype', () => {
    const row = Object.assign(Object.create(null) as Record<string, unknown>, base);
    expect(parseComplaintRecords([row]).records).toHaveLength(1);
  });

  it('never changes its input', () => {
    const rows = deepFreeze([
      { ...base, stage1: { respondedOn: '10/04/2024', outcome: 'Upheld' }, deferrals: [{ from: '03/04/2024', to: '05/04/2024' }] },
      { ...base, id: 'C-2', receivedOn: 'bad' },
    ]);
    const before = JSON.stringify(rows);
    const result = parseComplaintRecords(rows);
    expect(result.records).toHaveLength(1);
    expect(JSON.stringify(rows)).toBe(before);
  });

  it('refuses bad arguments with typed errors', () => {
    expect(() => parseComplaintRecords('rows' as never)).toThrow(InvalidInputError);
    expect(() => parseComplaintRecords([], { asOf: '31/05/2025' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', field: 'asOf' }));
    expect(() => parseComplaintRecords([], { serviceAreas: ['CIN'] as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'serviceAreas' }));
    expect(() => parseComplaintRecords([], { aliases: { outcomes: {} } as never })).toThrow(expect.objectContaining({ field: 'aliases.outcomes' }));
    expect(() => parseComplaintRecords([], { aliases: { outcome: { x: 'nope' } } as never })).toThrow(InvalidInputError);
    expect(() => parseComplaintRecords([], { unknownFields: 'drop' as never })).toThrow(InvalidInputError);
    expect(() => parseComplaintRecords([], 'options' as never)).toThrow(InvalidInputError);
  });
});
