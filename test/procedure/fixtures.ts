import type { TimelineEvent } from '../../src/index';

/**
 * A complaint received Monday 8 January 2024 that reaches Stage 3: Stage 1
 * answered Friday 19 January (9 working days); Stage 2 asked for Monday
 * 22 January and adjudicated Friday 23 February; Stage 3 asked for Friday
 * 1 March, so the panel is due by 16 April (worked in awkwardWeeks.test.ts).
 */
export const RECEIVED_8_JANUARY_2024 = '2024-01-08';

/** The events of that complaint up to the Stage 3 request. */
export const UP_TO_STAGE_3: readonly TimelineEvent[] = [
  { type: 'response', stage: 1, date: '2024-01-19', outcome: 'not-upheld' },
  { type: 'stage-requested', stage: 2, date: '2024-01-22' },
  { type: 'response', stage: 2, date: '2024-02-23', outcome: 'partly-upheld' },
  { type: 'stage-requested', stage: 3, date: '2024-03-01' },
];
