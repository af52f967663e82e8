import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workOutDue } from '../../src/cli/due';
import { addWorkingDays, assessComplaint, childrenAct1989England, parsePlainDate } from '../../src/index';
import { runCli } from './support';

describe('due', () => {
  it('gives the Stage 1 deadline and the extended one, with the regulation', async () => {
    const { code, stdout, stderr } = await runCli(['due', '2024-03-25']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'Stage 1 (Local resolution), received 2024-03-25 (Monday)',
        '  Response due: 2024-04-10 (Wednesday), 10 working days [SI 2006/1738 reg 14; verified against guidance and practice]',
        '    with an extension, at most 20 working days: 2024-04-24 (Wednesday) (--extended)',
        '  The complainant may then ask for Stage 2 within 20 working days of the response.',
        '',
      ].join('\n'),
    );
  });

  it('leads with the extended deadline under --extended, and prints JSON for scripts', async () => {
    const extended = await runCli(['due', '2024-03-25', '--extended']);
    expect(extended.stdout).toContain('Response due (extended): 2024-04-24 (Wednesday), 20 working days');
    const json = JSON.parse((await runCli(['due', '2024-03-25', '--extended', '--json'])).stdout);
    expect(json).toMatchObject({ stage: 1, date: '2024-03-25', countsFrom: '2024-03-25', extended: true, dueOn: '2024-04-24', requestWindowWorkingDays: 20 });
    expect(json.steps[0]).toMatchObject({ step: 'response', workingDays: 10, dueOn: '2024-04-10', maxExtendedWorkingDays: 20, latestPossibleDueOn: '2024-04-24', verification: 'S' });
  });

  it('chains the Stage 3 steps from the procedure data, and says they cannot be extended', async () => {
    const { code, stdout } = await runCli(['due', '2024-06-03', '--stage', '3', '--extended']);
    expect(code).toBe(0);
    expect(stdout).toContain('Review panel to meet by: 2024-07-15 (Monday), 30 working days [SI 2006/1738 reg 19; verified against the regulations]');
    expect(stdout).toContain('Panel’s report due: 2024-07-22 (Monday), 5 working days after the panel meets, if that is 2024-07-15');
    expect(stdout).toContain('Response due: 2024-08-12 (Monday), 15 working days after the report arrives, if that is 2024-07-22, or as soon as reasonably practicable');
    expect(stdout).toContain('Note: Stage 3 deadlines cannot be extended');
  });

  it('explains the receipt convention for a start on a non-working day', async () => {
    const asReceived = await runCli(['due', '2024-06-01']);
    expect(asReceived.stdout).toContain('Note: 2024-06-01 is a Saturday: counted from that day itself (the default; --receipt next-working-day counts from 2024-06-03).');
    const next = JSON.parse((await runCli(['due', '2024-06-01', '--receipt', 'next-working-day', '--json'])).stdout);
    expect(next.countsFrom).toBe('2024-06-03');
    expect(next.dueOn).toBe(addWorkingDays('2024-06-03', 10));
  });

  it('notes the Stage 2 clock-start convention and another region', async () => {
    expect((await runCli(['due', '2024-05-02', '--stage', '2'])).stdout).toContain('Response due: 2024-06-10 (Monday), 25 working days');
    expect((await runCli(['due', '2024-05-02', '--stage', '2'])).stdout).toContain('The Stage 2 clock is counted from the request (the default convention');
    const scotland = await runCli(['due', '2024-12-02', '--region', 'scotland']);
    expect(scotland.stdout).toContain('2024-12-02 is St Andrew’s Day (substitute day)');
    expect(scotland.stdout).toContain('these dates use scotland holidays instead');
  });

  it('refuses a malformed date, stage, region or convention as usage errors (exit 2)', async () => {
    for (const argv of [
      ['due', '2024-02-30'],
      ['due', '25/03/2024'],
      ['due', '2024-03-25', '--stage', '4'],
      ['due', '2024-03-25', '--region', 'wales'],
      ['due', '2024-03-25', '--receipt', 'whenever'],
      ['due'],
    ]) {
      const { code, stderr, stdout } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^error: /);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect((await runCli(['due', '2024-02-30'])).stderr).toContain('INVALID_DATE: "2024-02-30" is not a real calendar date');
    expect((await runCli(['due', '2024-03-25', '--region', 'wales'])).stderr).toContain("Use one of 'england-and-wales', 'scotland', 'northern-ireland'.");
    expect((await runCli(['due', '2099-12-30'])).stderr).toContain('OUT_OF_RANGE');
  });

  it('agrees with the deadline engine for Stage 1, extended or not, under either receipt convention', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), fc.boolean(), fc.constantFrom('as-received', 'next-working-day'), (offset, extended, receipt) => {
        const date = parsePlainDate(addDays('2005-01-01', offset));
        const due = workOutDue(date, { stage: 1, extended, region: 'england-and-wales', receipt });
        const events = extended ? [{ type: 'extension-notified', stage: 1, date } as const] : [];
        const stage1 = assessComplaint({ receivedOn: date, events }, { asOf: date, conventions: { receipt } }).stages[0];
        expect(due.dueOn).toBe(extended ? stage1?.extendedDueOn : stage1?.dueOn);
        expect(due.steps[0]?.latestPossibleDueOn).toBe(stage1?.latestPossibleDueOn);
      }),
      { numRuns: 200 },
    );
  });

  it('takes every figure from the procedure data', () => {
    const stage2 = childrenAct1989England.stages[1].deadlines[0];
    const due = workOutDue(parsePlainDate('2024-05-02'), { stage: 2, extended: false, region: 'england-and-wales', receipt: 'as-received' });
    expect(due.steps[0]).toMatchObject({ rule: stage2.id, workingDays: stage2.workingDays, maxExtendedWorkingDays: stage2.extension?.maxWorkingDays, citation: stage2.citation });
  });
});

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
