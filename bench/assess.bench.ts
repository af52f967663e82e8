/**
 * assessComplaint over a few thousand varied timelines, against
 * addWorkingDays, side by side in one process: what one assessment costs,
 * counted in working-day steps.
 *
 * Run with `npm run bench -- assess`; results go to docs/performance.md.
 */
import type { ComplaintTimeline, TimelineEvent } from '../src/index';
import { daysFromCivil, formatDayNumber } from '../src/internal/days';
import { built, formatNs, machine, measure } from './harness';

const START = daysFromCivil(2023, 4, 3);

/**
 * `count` deterministic timelines: every one answered at Stage 1 or still
 * open; about a quarter extended; about a fifth going on to Stage 2 and a
 * twentieth to Stage 3; some withdrawn, some deferred, some with the
 * Ombudsman. Each comes with the day to assess it on.
 */
export function syntheticTimelines(count: number, seed = 7): { timeline: ComplaintTimeline; asOf: string }[] {
  let state = seed;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const days = (max: number): number => 1 + Math.floor(random() * max);
  const date = formatDayNumber;
  const list: { timeline: ComplaintTimeline; asOf: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const received = START + Math.floor(random() * 700);
    const events: TimelineEvent[] = [];
    let day = received;
    let asOf = received + 40;
    const deferred = random() < 0.08;
    if (deferred) {
      events.push({ type: 'deferred', date: date(received + 2), reason: 'police investigation' }, { type: 'resumed', date: date(received + 12) });
      day = received + 12;
    }
    const extended = !deferred && random() < 0.25;
    if (extended) {
      events.push({ type: 'extension-notified', stage: 1, date: date(received + 7), workingDays: 20 });
      day = received + 7;
    }
    if (random() < 0.85) {
      day += days(30);
      events.push({ type: 'response', stage: 1, date: date(day), outcome: random() < 0.5 ? 'not-upheld' : 'partly-upheld' });
      asOf = day + 10;
      if (random() < 0.22) {
        const requested = day + days(15);
        events.push({ type: 'stage-requested', stage: 2, date: date(requested) });
        asOf = requested + 30;
        if (random() < 0.6) {
          const adjudicated = requested + 20 + days(50);
          events.push({ type: 'response', stage: 2, date: date(adjudicated), outcome: 'partly-upheld' });
          asOf = adjudicated + 10;
          if (random() < 0.25) {
            const panel = adjudicated + days(15);
            events.push({ type: 'stage-requested', stage: 3, date: date(panel) }, { type: 'panel-held', date: date(panel + 25) });
            asOf = panel + 30;
          }
        }
      }
    } else if (random() < 0.3) {
      events.push({ type: 'withdrawn', date: date(day + days(8)) });
    }
    list.push({ timeline: { id: `C-${i}`, receivedOn: date(received), events }, asOf: date(asOf) });
  }
  return list;
}

export async function runAssessBench(): Promise<string> {
  const { addWorkingDays, assessComplaint } = await built();
  const timelines = syntheticTimelines(4000);
  const starts = timelines.map((entry) => entry.timeline.receivedOn);
  const options = timelines.map((entry) => ({ asOf: entry.asOf }));
  const n = timelines.length;
  const rows: [string, number][] = [];
  let assess = 0;
  let add = 0;
  for (let round = 0; round < 3; round += 1) {
    add = measure('addWorkingDays', (i) => addWorkingDays(starts[i % n] as string, 20), 200_000).nsPerCall;
    assess = measure('assessComplaint', (i) => assessComplaint((timelines[i % n] as { timeline: ComplaintTimeline }).timeline, options[i % n] as { asOf: string }), 40_000).nsPerCall;
  }
  rows.push(['children-act-complaints assessComplaint', assess], ['children-act-complaints addWorkingDays (20 working days)', add]);
  const ratio = assess / add;
  return [
    `Measured on ${machine()}, by \`npm run bench -- assess\`.`,
    '',
    `${n.toLocaleString('en-GB')} deterministic timelines, assessed in turn: every one received in 2023–25 and answered at Stage 1 or still open, about a quarter extended, a fifth going on to Stage 2 and some to a review panel, some withdrawn, 8% deferred under regulation 8. Each is assessed on a day after its last event. The figure is the median of seven rounds, after a warm-up, in the same process as the addWorkingDays case.`,
    '',
    '| Case | Time per call |',
    '|---|---|',
    ...rows.map(([name, ns]) => `| ${name} | ${formatNs(ns)} |`),
    '',
    `- One assessment costs **${ratio.toFixed(1)}** addWorkingDays calls (goal: at most 50). It checks the timeline against its contract, files and checks its events, runs the compiled plan and builds the frozen result.`,
  ].join('\n');
}
