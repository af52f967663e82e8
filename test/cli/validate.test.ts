import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRESS_THRESHOLD_BYTES } from '../../src/cli/progress';
import { runCli } from './support';

const data = join(__dirname, '../../examples/data');
const sample = {
  'complaints.csv': readFileSync(join(data, 'complaints.csv'), 'utf8'),
  'complaints.columns.json': readFileSync(join(data, 'complaints.columns.json'), 'utf8'),
  'complaints.json': readFileSync(join(data, 'complaints.json'), 'utf8'),
};

const columns = JSON.stringify({ 'Case ref': 'id', 'Date received': 'receivedOn', Team: 'serviceArea', 'Stage 1 response': 'stage1.respondedOn', 'Stage 1 outcome': 'stage1.outcome', Notes: 'stage1.extensionReason' });
const broken = [
  'Case ref,Date received,Team,Stage 1 response,Stage 1 outcome,Notes,Unused',
  'C-1,02/04/2024,Children in Need,16/04/2024,Partially Upheld,,x',
  'C-2,31/02/2024,LAC,,,,x',
  'C-3,03/04/2024,Nope,01/04/2024,Upheld,,x',
  'C-4,03/04/2024,LAC,,"broken,,x',
].join('\n');

describe('validate', () => {
  it('accepts the bundled sample, CSV with its mapping and JSON, and exits 0', async () => {
    const csv = await runCli(['validate', 'complaints.csv', '--columns', 'complaints.columns.json'], sample);
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    expect(csv.stdout).toBe('complaints.csv: 187 rows, 187 accepted, 0 rejected (no --as-of given, so dates in the future were not checked).\n');
    const json = await runCli(['validate', 'complaints.json', '--as-of', '2025-05-31'], sample);
    expect(json).toMatchObject({ code: 0, stdout: 'complaints.json: 187 rows, 187 accepted, 0 rejected as of 2025-05-31.\n' });
  });

  it('lists each rejected row with its row, line, id, column, field and reason, and exits 1', async () => {
    const { code, stdout, stderr } = await runCli(['validate', 'export.csv', '--columns', 'map.json'], { 'export.csv': broken, 'map.json': columns });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('row 2, line 3 (C-2), column "Date received": receivedOn: "31/02/2024" is not a date this reader accepts: that day does not exist in that month. Correct the date in the export: DD/MM/YYYY or YYYY-MM-DD.');
    expect(lines[1]).toMatch(/^row 3, line 4 \(C-3\), column "Team": serviceArea: "Nope" is not a known service area\..*nearest known labels/);
    expect(lines[2]).toBe('row 3, line 4 (C-3), column "Stage 1 response": stage1.respondedOn (2024-04-01) is before the complaint was received (2024-04-03). Check the date and receivedOn.');
    expect(lines[3]).toMatch(/^row 4, line 5 \(C-4\): Line 5 cannot be read as CSV/);
    expect(lines.at(-1)).toBe('export.csv: 4 rows, 1 accepted, 3 rejected (no --as-of given, so dates in the future were not checked).');
    expect(stderr).toBe('Note: 1 column of "export.csv" not read (not in the mapping): Unused.\n');
  });

  it('rejects rows dated after --as-of', async () => {
    const { code, stdout } = await runCli(['validate', 'complaints.json', '--as-of', '2024-05-31'], sample);
    expect(code).toBe(1);
    expect(stdout).toContain('row 187 (C-2024-066): receivedOn (2025-03-31) is after the asOf day (2024-05-31).');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('complaints.json: 187 rows, 128 accepted, 59 rejected as of 2024-05-31.');
  });

  it('prints the rejected rows as JSON for scripts', async () => {
    const { code, stdout } = await runCli(['validate', 'export.csv', '--columns', 'map.json', '--json'], { 'export.csv': broken, 'map.json': columns });
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ file: 'export.csv', format: 'csv', rows: 4, accepted: 1 });
    expect(result.rejected[0]).toMatchObject({ row: 2, line: 3, id: 'C-2', issues: [{ field: 'receivedOn', column: 'Date received', code: 'INVALID_DATE', rule: 'invalid-date' }] });
  });

  it('reads a CSV whose headings are the record fields without --columns, and standard input as -', async () => {
    const csv = 'id,receivedOn,serviceArea,stage1.respondedOn\nC-1,2024-04-02,CIN,2024-04-12\n';
    expect(await runCli(['validate', '-'], { '-': csv })).toMatchObject({ code: 0, stdout: '-: 1 row, 1 accepted, 0 rejected (no --as-of given, so dates in the future were not checked).\n' });
    const own = await runCli(['validate', 'complaints.csv'], sample);
    expect(own.code).toBe(1);
    expect(own.stderr).toContain('error: The records file "complaints.csv" cannot be read: INVALID_ARGUMENT: The file has no heading "id"');
    expect(own.stderr).toContain('pass --columns <mapping.json> to map your own headings.');
  });

  it('says what is wrong with a file it cannot use (exit 1) or cannot read (exit 3)', async () => {
    expect(await runCli(['validate', 'rows.json'], { 'rows.json': '{"id": 1' })).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: The records file "rows.json" is not valid JSON: /) });
    expect(await runCli(['validate', 'rows.json'], { 'rows.json': '{"id": 1}' })).toMatchObject({ code: 1, stderr: expect.stringContaining('should hold a JSON array of complaint records') });
    expect(await runCli(['validate', 'export.csv', '--columns', 'map.json'], { 'export.csv': broken, 'map.json': '["id"]' })).toMatchObject({ code: 1, stderr: expect.stringContaining('should be a JSON object from your headings to record fields') });
    expect(await runCli(['validate', 'export.csv', '--columns', 'map.json'], { 'export.csv': broken, 'map.json': '{"Case ref": "identifier"}' })).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('"identifier" is not a record field'),
    });
    expect(await runCli(['validate', 'missing.csv'])).toMatchObject({ code: 3, stderr: 'error: Cannot read the records file "missing.csv": there is no such file.\n' });
    expect(await runCli(['validate', 'export.csv', '--columns', 'nope.json'], { 'export.csv': broken })).toMatchObject({ code: 3, stderr: 'error: Cannot read the column mapping "nope.json": there is no such file.\n' });
  });

  it('treats --columns on a JSON file and a bad --as-of as usage errors (exit 2)', async () => {
    expect((await runCli(['validate', 'complaints.json', '--columns', 'complaints.columns.json'], sample)).code).toBe(2);
    expect((await runCli(['validate', 'complaints.json', '--as-of', '31/05/2025'], sample)).code).toBe(2);
    expect((await runCli(['validate', 'complaints.json', '--no-such-option'], sample)).code).toBe(2);
  });

  it('shows a progress line on stderr for a large file on a terminal, and only when asked elsewhere', async () => {
    const big = sample['complaints.json'].padEnd(PROGRESS_THRESHOLD_BYTES + 10, ' ');
    const onTerminal = await runCli(['validate', 'big.json'], { 'big.json': big }, { stderrIsTTY: true });
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stderr).toContain('\r\u001b[2Kchecking big.json (1.0 MB)…');
    expect(onTerminal.stderr.endsWith('\r\u001b[2K')).toBe(true); // cleared at the end
    expect((await runCli(['validate', 'big.json'], { 'big.json': big })).stderr).toBe('');
    expect((await runCli(['validate', 'big.json', '--no-progress'], { 'big.json': big }, { stderrIsTTY: true })).stderr).toBe('');
    expect((await runCli(['validate', 'complaints.json', '--progress'], sample)).stderr).toMatch(/^checking complaints.json \(\d+ kB\)…\nchecking 187 rows of complaints.json…\n$/);
  });
});
