import { describe, expect, it } from 'vitest';
import { InvalidInputError, readComplaintsCsv, type CsvField } from '../../src/index';

const columns: Record<string, CsvField> = {
  'Case ref': 'id',
  'Date received': 'receivedOn',
  Team: 'serviceArea',
  'Who complained': 'source',
  'Stage 1 response': 'stage1.respondedOn',
  'Stage 1 outcome': 'stage1.outcome',
};
const header = 'Case ref,Date received,Team,Who complained,Stage 1 response,Stage 1 outcome';
const good = (n: number) => `C-${n},0${n}/04/2024,Children in Need,Parent/Guardian,1${n}/04/2024,Not upheld`;

function read(lines: readonly string[], eol = '\r\n', options: Partial<Parameters<typeof readComplaintsCsv>[1]> = {}) {
  return readComplaintsCsv(lines.join(eol), { columns, ...options });
}

describe('readComplaintsCsv: reading', () => {
  it('maps the council’s headings to fields and reads UK dates and labels', () => {
    const result = read([header, good(1), good(2)]);
    expect(result.rejected).toEqual([]);
    expect(result.records[0]).toEqual({
      id: 'C-1',
      receivedOn: '2024-04-01',
      serviceArea: 'children-in-need',
      complaintType: 'not-recorded',
      source: 'parent-guardian',
      stage1: { respondedOn: '2024-04-11', outcome: 'not-upheld' },
      deferrals: [],
    });
    expect(result.headings).toEqual(header.split(','));
    expect(result.unmappedHeadings).toEqual([]);
    expect(result.missingHeadings).toEqual([]);
  });

  it('copes with a BOM, LF, CR or mixed line ends, and blank lines anywhere', () => {
    const expected = read([header, good(1), good(2), good(3)]).records;
    expect(readComplaintsCsv(`\uFEFF${[header, good(1), good(2), good(3)].join('\r\n')}\r\n\r\n\r\n`, { columns }).records).toEqual(expected);
    expect(read([header, good(1), good(2), good(3)], '\n').records).toEqual(expected);
    expect(read([header, good(1), good(2), good(3)], '\r').records).toEqual(expected);
    expect(readComplaintsCsv(`${header}\r\n${good(1)}\n${good(2)}\r${good(3)}\n`, { columns }).records).toEqual(expected);
    const blanks = readComplaintsCsv(`\n\n${header}\n\n${good(1)}\n,,,,,\n  \n${good(2)}\n${good(3)}\n\n`, { columns });
    expect(blanks.records).toEqual(expected);
    expect(blanks.rejected).toEqual([]);
  });

  it('reads quoted fields with separators, quotes and line breaks', () => {
    const result = read([
      header,
      '"C-1","01/04/2024","Children in Need","Parent/Guardian","11/04/2024","Not upheld"',
      'C-2,02/04/2024,"Children, Young People and Families ""CIN""",Friend,,',
      'C-3,03/04/2024,Children in Need,"Family\r\nMember",,',
    ]);
    expect(result.records.map((r) => r.id)).toEqual(['C-1', 'C-3']);
    expect(result.records[1]?.source).toBe('family-member');
    expect(result.rejected[0]?.issues[0]).toMatchObject({ field: 'serviceArea', rule: 'unknown-label', column: 'Team', value: 'Children, Young People and Families "CIN"' });
  });

  it('numbers rows from the first data row and gives each rejected row its line', () => {
    const result = readComplaintsCsv(['', header, good(1), '', 'C-2,31/02/2024,CIN,Friend,,', 'C-3,"bad,CIN,Friend,,', good(4)].join('\n'), { columns });
    expect(result.records.map((r) => r.id)).toEqual(['C-1', 'C-4']);
    expect(result.rejected.map((r) => [r.row, r.line, r.id, r.issues[0]?.rule])).toEqual([
      [2, 5, 'C-2', 'invalid-date'],
      [3, 6, 'C-3', 'malformed-csv'],
    ]);
  });

  it('matches headings ignoring case, spacing and punctuation, and lists unmapped and missing ones', () => {
    const result = readComplaintsCsv(['CASE REF;date-received;team;Notes', 'C-1;01/04/2024;LAC;private'].join('\n'), {
      columns: { 'Case ref': 'id', 'Date received': 'receivedOn', Team: 'serviceArea', 'Stage 1 outcome': 'stage1.outcome' },
      delimiter: ';',
    });
    expect(result.records.map((r) => r.serviceArea)).toEqual(['looked-after-children']);
    expect(result.unmappedHeadings).toEqual(['Notes']);
    expect(result.missingHeadings).toEqual(['Stage 1 outcome']);
  });

  it('takes the mapping as a Map too, and single-hold columns', () => {
    const result = readComplaintsCsv(['Ref,Received,Area,On hold,Resumed,Why', 'C-1,01/04/2024,CIN,02/04/2024,04/04/2024,court'].join('\n'), {
      columns: new Map<string, CsvField>([
        ['Ref', 'id'],
        ['Received', 'receivedOn'],
        ['Area', 'serviceArea'],
        ['On hold', 'deferral.from'],
        ['Resumed', 'deferral.to'],
        ['Why', 'deferral.reason'],
      ]),
    });
    expect(result.records[0]?.deferrals).toEqual([{ from: '2024-04-02', to: '2024-04-04', reason: 'court' }]);
  });

  it('refuses an empty file: it has not even a header line, so it cannot be an export of no complaints', () => {
    expect(() => readComplaintsCsv('', { columns })).toThrow(/The file is empty/);
    expect(() => readComplaintsCsv('\r\n\r\n', { columns })).toThrow(InvalidInputError);
  });
});

describe('readComplaintsCsv: broken files keep every good row', () => {
  it('a broken quote: the bad line is rejected and reading resumes on the next', () => {
    const result = read([header, good(1), 'C-2,"02/04/2024,CIN,Friend,,', good(3), 'C-4,"04/04/2024",CIN,"Friend",,', good(5)]);
    expect(result.records.map((r) => r.id)).toEqual(['C-1', 'C-3', 'C-4', 'C-5']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ row: 2, line: 3, id: 'C-2' });
    expect(result.rejected[0]?.issues[0]?.rule).toBe('malformed-csv');
    expect(result.rejected[0]?.issues[0]?.message).toContain('quote');
  });

  it('a broken quote on the last line', () => {
    const result = read([header, good(1), 'C-2,"02/04/2024,CIN,Friend,,']);
    expect(result.records.map((r) => r.id)).toEqual(['C-1']);
    expect(result.rejected.map((r) => [r.row, r.issues[0]?.rule])).toEqual([[2, 'malformed-csv']]);
  });

  it('a stray quote inside an unquoted field', () => {
    const result = read([header, good(1), 'C-2,02/04/2024,CIN,Friend ("Sam"),,', good(3)]);
    expect(result.records.map((r) => r.id)).toEqual(['C-1', 'C-3']);
    expect(result.rejected[0]?.issues[0]?.rule).toBe('malformed-csv');
  });

  it('a quote that swallows lines and leaves the wrong number of cells', () => {
    const result = read([header, good(1), 'C-2,"02/04/2024,CIN', 'C-3,03/04/2024,CIN,Friend,,Upheld"', good(4)]);
    expect(result.records.map((r) => r.id)).toEqual(['C-1', 'C-4']);
    expect(result.rejected.map((r) => [r.row, r.line, r.id, r.issues[0]?.rule])).toEqual([
      [2, 3, 'C-2', 'malformed-csv'],
      [3, 4, 'C-3', 'malformed-csv'],
    ]);
  });

  it('a truncated last line, and rows with too many cells', () => {
    const result = read([header, good(1), 'C-2,02/04/2024,CIN,Friend,,,extra', good(3), 'C-4,04/04/20']);
    expect(result.records.map((r) => r.id)).toEqual(['C-1', 'C-3']);
    expect(result.rejected.map((r) => [r.row, r.id, r.issues[0]?.rule])).toEqual([
      [2, 'C-2', 'column-count'],
      [4, 'C-4', 'column-count'],
    ]);
  });

  it('many rows, a third of them broken in different ways', () => {
    const lines = [header];
    const broken = new Set<number>();
    for (let i = 1; i <= 3000; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const row = `C-${i},${day}/05/2024,Children in Need,Parent/Guardian,${day}/06/2024,Not upheld`;
      if (i % 3 !== 0) lines.push(row);
      else {
        broken.add(i);
        lines.push([`C-${i},"${day}/05/2024,CIN,,,`, `C-${i},${day}/05/20`, `C-${i},31/02/2024,CIN,,,`, `C-${i},${day}/05/2024,Nowhere,,,`][i % 4] as string);
      }
    }
    const result = readComplaintsCsv(lines.join('\r\n'), { columns });
    expect(result.records.length + result.rejected.length).toBe(3000);
    expect(result.rejected.map((r) => r.id)).toEqual([...broken].map((i) => `C-${i}`));
    expect(result.records).toHaveLength(2000);
  });
});

describe('readComplaintsCsv: safety and bad arguments', () => {
  it('reads __proto__ and constructor headings and cells as plain data', () => {
    const result = readComplaintsCsv(['__proto__,constructor,Received,Team', 'C-1,x,01/04/2024,CIN'].join('\n'), {
      columns: JSON.parse('{"__proto__":"id","Received":"receivedOn","Team":"serviceArea"}') as Record<string, CsvField>,
    });
    expect(result.records[0]?.id).toBe('C-1');
    expect(result.unmappedHeadings).toEqual(['constructor']);
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });

  it.each([
    ['a file that is neither bytes nor text', () => readComplaintsCsv(42 as never, { columns }), 'file'],
    ['no options', () => readComplaintsCsv(header, undefined as never), 'options'],
    ['columns that are not an object', () => readComplaintsCsv(header, { columns: 'id' as never }), 'columns'],
    ['a column mapped to an unknown field', () => readComplaintsCsv(header, { columns: { ...columns, Extra: 'stage1.answeredOn' as CsvField } }), 'columns["Extra"]'],
    ['two headings for one field', () => readComplaintsCsv(header, { columns: { ...columns, 'Date logged': 'receivedOn' } }), 'columns["Date logged"]'],
    ['a required field unmapped', () => readComplaintsCsv(header, { columns: { 'Case ref': 'id', Team: 'serviceArea' } }), 'columns'],
    ['a required heading missing from the file', () => readComplaintsCsv('Ref,Date received,Team\nC-1,01/04/2024,CIN', { columns }), 'columns'],
    ['a mapped heading twice in the file', () => readComplaintsCsv('Case ref,Case Ref,Date received,Team\n', { columns }), 'text'],
    ['a header that cannot be read', () => readComplaintsCsv('Case ref,"Date received,Team\n', { columns }), 'text'],
    ['a bad delimiter', () => readComplaintsCsv(header, { columns, delimiter: '"' }), 'delimiter'],
  ])('refuses %s with INVALID_ARGUMENT', (_name, call, field) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).code).toBe('INVALID_ARGUMENT');
    expect((caught as InvalidInputError).field).toBe(field);
  });

  it('suggests the nearest heading when a required one is missing', () => {
    expect(() => readComplaintsCsv('Case reference,Date received,Team\n', { columns })).toThrow(/nearest headings are "Case reference"/);
  });
});
