/**
 * The command line as scripts meet it: a child process (the TypeScript source
 * run through tsx) on files in a temporary folder, checking exit codes, what
 * goes to stdout and stderr, and the files written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const main = join(root, 'src/cli/main.ts');
// The tsx loader by its path, since the child runs in a temporary folder outside the project.
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
let folder = '';

function cli(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, main, ...args], { cwd: folder, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cac-cli-'));
  for (const file of ['complaints.csv', 'complaints.columns.json']) copyFileSync(join(root, 'examples/data', file), join(folder, file));
  writeFileSync(join(folder, 'broken.csv'), 'Case Ref,Date Received,Service Area\nC-1,02/04/2024,Children in Need\nC-2,30/02/2024,Children in Need\n');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the children-act-complaints process', () => {
  it('prints a deadline and exits 0', () => {
    const { status, stdout, stderr } = cli(['due', '2024-03-25', '--json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toMatchObject({ stage: 1, dueOn: '2024-04-10' });
  });

  it('writes a report file, with the default asOf explained on stderr, and exits 0', () => {
    const { status, stdout, stderr } = cli(['report', 'complaints.csv', '--columns', 'complaints.columns.json', '--year', '2024/25', '--out', 'report.md']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('As of 2025-05-29');
    expect(readFileSync(join(folder, 'report.md'), 'utf8')).toMatch(/^# Children’s statutory complaints annual report 2024\/25\n/);
  });

  it('lists rejected rows on stdout and exits 1, reading standard input too', () => {
    const fromFile = cli(['validate', 'broken.csv', '--columns', 'complaints.columns.json']);
    expect(fromFile.status).toBe(1);
    expect(fromFile.stdout).toContain('row 2, line 3 (C-2), column "Date Received": receivedOn: "30/02/2024" is not a date');
    expect(fromFile.stderr).toContain('mapped headings not in "broken.csv"');
    const fromStdin = cli(['validate', '-', '--columns', 'complaints.columns.json'], readFileSync(join(folder, 'broken.csv'), 'utf8'));
    expect(fromStdin.status).toBe(1);
    expect(fromStdin.stdout).toContain('-: 2 rows, 1 accepted, 1 rejected');
  });

  it('exits 2 on a usage error and 3 on a file it cannot read, with one line and no stack trace', () => {
    const usage = cli(['due', '2024-13-01']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('INVALID_DATE');
    const missing = cli(['validate', 'nowhere.csv']);
    expect(missing).toEqual({ status: 3, stdout: '', stderr: 'error: Cannot read the records file "nowhere.csv": there is no such file.\n' });
    expect(existsSync(join(folder, 'nowhere.csv'))).toBe(false);
  });
});
