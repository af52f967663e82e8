import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAsOf } from '../../src/cli/report';
import { buildAnnualReport, parseComplaintRecords, toMarkdown, type PlainDate } from '../../src/index';
import { runCli } from './support';

const data = join(__dirname, '../../examples/data');
const sample = {
  'complaints.csv': readFileSync(join(data, 'complaints.csv'), 'utf8'),
  'complaints.columns.json': readFileSync(join(data, 'complaints.columns.json'), 'utf8'),
  'complaints.json': readFileSync(join(data, 'complaints.json'), 'utf8'),
};
const records = parseComplaintRecords(JSON.parse(sample['complaints.json'])).records;

describe('report', () => {
  it('writes the same Markdown as the library, from CSV with a mapping or from JSON', async () => {
    const expected = toMarkdown(buildAnnualReport(records, { year: '2024/25', asOf: '2025-05-31', previous: records }));
    const csv = await runCli(['report', 'complaints.csv', '--columns', 'complaints.columns.json', '--year', '2024/25', '--as-of', '2025-05-31', '--previous', 'complaints.csv'], sample);
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    expect(csv.stdout).toBe(expected);
    const json = await runCli(['report', 'complaints.json', '--year', '2024/25', '--as-of', '2025-05-31', '--previous', 'complaints.json'], sample);
    expect(json.stdout).toBe(expected);
  });

  it('defaults asOf to the later of the year end and the latest date in the records, and says so', async () => {
    const { code, stdout, stderr } = await runCli(['report', 'complaints.json', '--year', '2024/25'], sample);
    expect(code).toBe(0);
    expect(stdout).toContain('as the records stood on 29 May 2025');
    expect(stderr).toBe("As of 2025-05-29: the later of the year's last day and the latest date in the records (pass --as-of with the day the data was extracted to change it).\n");
    expect(defaultAsOf('2023-03-31' as PlainDate, [records])).toBe('2025-05-29');
    expect(defaultAsOf('2026-03-31' as PlainDate, [records])).toBe('2026-03-31');
  });

  it('writes to --out in the format its extension names, or the one --format names', async () => {
    const html = await runCli(['report', 'complaints.json', '--year', '2024/25', '--as-of', '2025-05-31', '--out', 'report.html'], sample);
    expect(html).toMatchObject({ code: 0, stdout: '' });
    expect(html.written.get('report.html')).toMatch(/^<!doctype html>/i);
    const saved = await runCli(['report', 'complaints.json', '--year', '2023/24', '--as-of', '2025-05-31', '--format', 'json', '--out', 'last-year.txt'], sample);
    expect(JSON.parse(saved.written.get('last-year.txt') ?? '')).toMatchObject({ kind: 'children-act-annual-report', period: { label: '2023/24' } });
  });

  it('takes last year’s report, saved as JSON, as --previous', async () => {
    const lastYear = JSON.stringify(buildAnnualReport(records, { year: '2023/24', asOf: '2025-05-31' }));
    const { code, stdout } = await runCli(['report', 'complaints.json', '--year', '2024/25', '--as-of', '2025-05-31', '--previous', 'last.json'], { ...sample, 'last.json': lastYear });
    expect(code).toBe(0);
    expect(stdout).toContain('Figures in brackets are 2023/24’s');
    const fromCsv = await runCli(['report', 'complaints.csv', '--columns', 'complaints.columns.json', '--year', '2024/25', '--as-of', '2025-05-31', '--previous', 'last.json'], { ...sample, 'last.json': lastYear });
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stdout).toBe(stdout);
  });

  it('writes every table as CSV under its title, or the one --table names', async () => {
    const all = await runCli(['report', 'complaints.json', '--year', '2024/25', '--as-of', '2025-05-31', '--format', 'csv'], sample);
    expect(all.stdout.startsWith('"1. Stage 1 complaints: volume, outcome and timeliness by year"\r\nYear,Stage 1 complaints,')).toBe(true);
    expect(all.stdout).toContain('\r\n\r\n2. Stage 1 response times by service area\r\n');
    const one = await runCli(['report', 'complaints.json', '--year', '2024/25', '--as-of', '2025-05-31', '--format', 'csv', '--table', 'sources'], sample);
    expect(one.stdout.split('\r\n')[0]).toBe('Source,Complaints,%');
    const none = await runCli(['report', 'complaints.json', '--year', '2024/25', '--format', 'csv', '--table', 'nope'], sample);
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('There is no table "nope"; the tables are stage-summary, response-times') });
  });

  it('leaves rejected rows out, lists them on stderr and exits 1 unless --allow-rejected', async () => {
    const rows = JSON.parse(sample['complaints.json']) as unknown[];
    const withBad = JSON.stringify([...rows, { id: 'BAD-1', receivedOn: '2024-06-31', serviceArea: 'CIN' }]);
    const files = { 'rows.json': withBad };
    const strict = await runCli(['report', 'rows.json', '--year', '2024/25', '--as-of', '2025-05-31'], files);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('# Children’s statutory complaints annual report 2024/25');
    expect(strict.stderr).toContain('Rejected rows of rows.json (not in the report):\nrow 188 (BAD-1): receivedOn: "2024-06-31" is not a date');
    expect(strict.stderr).toContain('1 row rejected; the report leaves it out (exit code 1; --allow-rejected exits 0).');
    expect((await runCli(['report', 'rows.json', '--year', '2024/25', '--as-of', '2025-05-31', '--allow-rejected'], files)).code).toBe(0);
  });

  it('treats a malformed year, a missing year or an unknown format as usage errors (exit 2)', async () => {
    const badYear = await runCli(['report', 'complaints.json', '--year', '2024'], sample);
    expect(badYear).toMatchObject({ code: 2, stdout: '' });
    expect(badYear.stderr).toContain("INVALID_ARGUMENT: Expected a financial year such as '2024/25' but got \"2024\".");
    expect((await runCli(['report', 'complaints.json'], sample)).stderr).toContain("required option '--year <year>' not specified");
    expect((await runCli(['report', 'complaints.json'], sample)).code).toBe(2);
    expect((await runCli(['report', 'complaints.json', '--year', '2024/25', '--format', 'pdf'], sample)).code).toBe(2);
    expect((await runCli(['report', 'complaints.json', '--year', '2024/25', '--as-of', '2024-01-01'], sample)).code).toBe(2);
  });

  it('fails with exit 3 when the output cannot be written, and 1 when --previous is not an earlier year', async () => {
    const unwritable = await runCli(['report', 'complaints.json', '--year', '2024/25', '--out', '/no-such-folder/report.md'], sample);
    expect(unwritable).toMatchObject({ code: 3, stderr: expect.stringContaining('error: Cannot write "/no-such-folder/report.md": there is no such file.') });
    const sameYear = JSON.stringify(buildAnnualReport(records, { year: '2024/25', asOf: '2025-05-31' }));
    const previous = await runCli(['report', 'complaints.json', '--year', '2024/25', '--previous', 'same.json'], { ...sample, 'same.json': sameYear });
    expect(previous).toMatchObject({ code: 1, stderr: expect.stringContaining('INVALID_REPORT_OPTIONS') });
  });
});

describe('help', () => {
  it('is there for the program and every command, with the exit codes, and exits 0', async () => {
    for (const argv of [['--help'], ['due', '--help'], ['validate', '--help'], ['report', '--help'], ['help', 'report']]) {
      const { code, stdout } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(stdout).toContain('Usage: children-act-complaints');
      expect(stdout).toContain('Exit codes:');
    }
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('treats no command or an unknown one as a usage error', async () => {
    expect((await runCli([])).code).toBe(2);
    const unknown = await runCli(['repot']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("(Did you mean report?)");
  });
});
