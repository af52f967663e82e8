/**
 * readComplaintsCsv given a file's bytes: the encodings and separators
 * spreadsheet programs save, each read to the same records, with the
 * encoding said where it had to be guessed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineServiceAreas, InvalidInputError, readComplaintsCsv, type CsvField } from '../../src/index';

const columns: Record<string, CsvField> = { 'Réf': 'id', 'Date reçue': 'receivedOn', Équipe: 'serviceArea', Raison: 'stage1.extensionReason', 'Prolongé le': 'stage1.extensionNotifiedOn' };
const serviceAreas = defineServiceAreas([
  { id: 'cin', label: 'Children in Need', aliases: ['Équipe Enfance'] },
  { id: 'lac', label: 'Looked After Children' },
]);

/** Windows-1252 bytes of a text whose every character is in that code page. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '€': 0x80, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...text].map((c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : Number.NaN)));
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withBom = (text: string): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
function utf16le(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i += 1) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(bytes);
}
function utf16be(text: string): Uint8Array {
  const bytes = [0xfe, 0xff];
  for (let i = 0; i < text.length; i += 1) bytes.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
  return Uint8Array.from(bytes);
}

const csv = [
  'Réf,Date reçue,Équipe,Raison,Prolongé le',
  'C-é1,02/04/2024,Équipe Enfance,"Parent’s advocate, £0 cost",10/04/2024',
  'C-e1,03/04/2024,Looked After Children,,',
].join('\r\n');

describe('readComplaintsCsv: bytes in', () => {
  it('reads Excel’s Windows-1252 CSV, keeping é, £ and ’, and says so', () => {
    const result = readComplaintsCsv(windows1252(csv), { columns, serviceAreas, asOf: '2024-05-01' });
    expect(result.encoding).toBe('windows-1252');
    expect(result.rejected).toEqual([]);
    // Two distinct ids, not one "duplicate" of two replacement characters.
    expect(result.records.map((record) => record.id)).toEqual(['C-é1', 'C-e1']);
    expect(result.records[0]?.stage1.extensionReason).toBe('Parent’s advocate, £0 cost');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['read-as-windows-1252']);
    expect(result.warnings[0]?.message).toMatch(/Windows-1252/);
  });

  it('reads UTF-8 with and without a byte-order mark, and UTF-16 with one, to the same records, with no warning', () => {
    const expected = readComplaintsCsv(csv, { columns, serviceAreas, asOf: '2024-05-01' }).records;
    for (const [bytes, encoding] of [
      [utf8(csv), 'utf-8'],
      [withBom(csv), 'utf-8'],
      [utf16le(csv), 'utf-16le'],
      [utf16be(csv), 'utf-16be'],
    ] as const) {
      const result = readComplaintsCsv(bytes, { columns, serviceAreas, asOf: '2024-05-01' });
      expect(result.encoding).toBe(encoding);
      expect(result.records).toEqual(expected);
      expect(result.warnings).toEqual([]);
    }
  });

  it('reads Excel’s “Unicode Text” (UTF-16LE, tab-separated), finding the tab itself', () => {
    const lines = [
      'Réf\tDate reçue\tÉquipe\tRaison\tProlongé le',
      'C-é1\t02/04/2024\tÉquipe Enfance\tParent’s advocate, £0 cost\t10/04/2024',
      'C-e1\t03/04/2024\tLooked After Children\t\t',
    ].join('\r\n');
    const result = readComplaintsCsv(utf16le(lines), { columns, serviceAreas, asOf: '2024-05-01' });
    expect(result.delimiter).toBe('\t');
    expect(result.rejected).toEqual([]);
    expect(result.records).toHaveLength(2);
    expect(result.records[0]?.stage1.extensionReason).toBe('Parent’s advocate, £0 cost');
  });

  it('finds a semicolon separator, and keeps a comma one when the header has both', () => {
    expect(readComplaintsCsv('Réf;Date reçue;Équipe\nC-1;02/04/2024;Children in Need', { columns: { Réf: 'id', 'Date reçue': 'receivedOn', Équipe: 'serviceArea' }, serviceAreas }).delimiter).toBe(';');
    expect(readComplaintsCsv('Réf,Date reçue,Équipe\nC-1,02/04/2024,Children in Need', { columns: { Réf: 'id', 'Date reçue': 'receivedOn', Équipe: 'serviceArea' }, serviceAreas }).delimiter).toBe(',');
  });

  it('warns when the text it is given already holds replacement characters', () => {
    const mangled = csv.replace('é1', '\uFFFD1');
    const result = readComplaintsCsv(mangled, { columns, serviceAreas, asOf: '2024-05-01' });
    expect(result.encoding).toBeNull();
    expect(result.warnings.map((warning) => warning.code)).toEqual(['replacement-characters']);
  });

  it('refuses an empty file, or one of blank lines only, instead of describing it as no complaints', () => {
    for (const file of ['', '\r\n\r\n', new Uint8Array(), utf16le('')]) {
      expect(() => readComplaintsCsv(file, { columns, serviceAreas })).toThrow(InvalidInputError);
      expect(() => readComplaintsCsv(file, { columns, serviceAreas })).toThrow(/empty/);
    }
  });

  it('reads any Windows-1252 text as written, and the same text in UTF-8 to the same records (property)', () => {
    const cp1252 = fc.constantFrom(...'abcXYZ09 éèàçñöÉ£€’‘“”–—·°½'.split(''));
    const reason = fc.array(cp1252, { minLength: 1, maxLength: 20 }).map((chars) => chars.join('').trim()).filter((text) => text !== '');
    fc.assert(
      fc.property(fc.array(reason, { minLength: 1, maxLength: 8 }), (reasons) => {
        const lines = ['Réf,Date reçue,Équipe,Raison,Prolongé le', ...reasons.map((text, i) => `C-${i},02/04/2024,Children in Need,"${text}",10/04/2024`)];
        const text = lines.join('\r\n');
        const fromCp = readComplaintsCsv(windows1252(text), { columns, serviceAreas, asOf: '2024-05-01' });
        const fromUtf8 = readComplaintsCsv(utf8(text), { columns, serviceAreas, asOf: '2024-05-01' });
        expect(fromCp.records).toEqual(fromUtf8.records);
        expect(fromCp.records.map((record) => record.stage1.extensionReason)).toEqual(reasons);
        expect(fromCp.records.length + fromCp.rejected.length).toBe(reasons.length);
      }),
      { numRuns: 100 },
    );
  });
});
