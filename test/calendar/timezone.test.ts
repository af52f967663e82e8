import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../support/calendarFingerprint.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

function fingerprintUnder(tz: string): string {
  return execFileSync(process.execPath, [tsx, script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }).trim();
}

describe('the calendar does not depend on the machine’s time zone', () => {
  it('gives identical answers under UTC, Kiritimati (UTC+14), Los Angeles and London', () => {
    const results = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata'].map(fingerprintUnder);
    expect(new Set(results).size).toBe(1);
    expect(results[0]).toMatch(/^[0-9a-f]{64} \d+$/);
  });
});
